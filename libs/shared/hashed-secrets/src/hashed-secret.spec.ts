import { createHash } from 'node:crypto';
import { generateSecret, hashSecret, verifySecret } from './hashed-secret';

describe('hashed secrets', () => {
  it('generates 256 random bits as base64url, different every time', () => {
    const secret = generateSecret();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
    expect(generateSecret()).not.toBe(secret);
  });

  it('hashes as SHA-256 hex, so hashes stored before this helper still match', () => {
    expect(hashSecret('a-key')).toBe(createHash('sha256').update('a-key', 'utf8').digest('hex'));
    expect(hashSecret('a-key')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('verifies a secret against its stored hash and refuses any other', () => {
    const secret = generateSecret();
    const stored = hashSecret(secret);
    expect(verifySecret(secret, stored)).toBe(true);
    expect(verifySecret(generateSecret(), stored)).toBe(false);
    expect(verifySecret(stored, stored)).toBe(false);
  });

  it('refuses a stored hash of the wrong length instead of throwing', () => {
    expect(verifySecret('x', '')).toBe(false);
    expect(verifySecret('x', 'abcd')).toBe(false);
  });
});
