import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DecryptionError, EnvelopeCipher } from './envelope-cipher';
import { MasterKeyError, MasterKeyring, loadMasterKeyring, parseMasterKey } from './master-keyring';

const keyText = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;
const ring = (active: string, ...previous: string[]) => loadMasterKeyring({ activeKey: active, previousKeys: previous.join(',') });

describe('EnvelopeCipher', () => {
  const first = keyText('k1');
  const cipher = new EnvelopeCipher(ring(first));

  it('round-trips text and bytes, with a fresh data key and iv every time', () => {
    const a = cipher.encrypt('s3cr3t-value', 'acc/one');
    const b = cipher.encrypt('s3cr3t-value', 'acc/one');
    expect(cipher.decryptText(a, 'acc/one')).toBe('s3cr3t-value');
    expect(a.keyId).toBe('k1');
    expect(a.ciphertext).not.toBe(b.ciphertext);
    expect(a.wrappedDataKey).not.toBe(b.wrappedDataKey);

    const bytes = randomBytes(4096);
    expect(cipher.decrypt(cipher.encrypt(bytes, 'acc/file'), 'acc/file').equals(bytes)).toBe(true);
    expect(cipher.decryptText(cipher.encrypt('', 'acc/empty'), 'acc/empty')).toBe('');
  });

  it('never stores the plaintext or the data key in clear', () => {
    const sealed = cipher.encrypt('recognisable-plaintext', 'acc/x');
    const stored = JSON.stringify(sealed);
    expect(stored).not.toContain('recognisable-plaintext');
    expect(stored).not.toContain(Buffer.from('recognisable-plaintext').toString('base64'));
  });

  it('detects tampering with the ciphertext, the wrapped key or the key id', () => {
    const sealed = cipher.encrypt('value', 'acc/x');
    const flip = (base64: string) => {
      const bytes = Buffer.from(base64, 'base64');
      bytes[bytes.length - 1] ^= 1;
      return bytes.toString('base64');
    };
    expect(() => cipher.decrypt({ ...sealed, ciphertext: flip(sealed.ciphertext) }, 'acc/x')).toThrow(DecryptionError);
    expect(() => cipher.decrypt({ ...sealed, wrappedDataKey: flip(sealed.wrappedDataKey) }, 'acc/x')).toThrow(DecryptionError);
    expect(() => cipher.decrypt({ ...sealed, ciphertext: 'AAAA' }, 'acc/x')).toThrow(DecryptionError);
  });

  it('refuses a value moved to another context (another secret or account)', () => {
    const sealed = cipher.encrypt('value', 'acc-a/secret-1');
    expect(() => cipher.decrypt(sealed, 'acc-b/secret-1')).toThrow(DecryptionError);
    expect(() => cipher.decrypt(sealed, 'acc-a/secret-2')).toThrow(DecryptionError);
  });

  it('cannot decrypt without the master key that wrapped the data key', () => {
    const sealed = cipher.encrypt('value', 'acc/x');
    // Same key id, different key material: authentication fails.
    expect(() => new EnvelopeCipher(ring(keyText('k1'))).decrypt(sealed, 'acc/x')).toThrow(DecryptionError);
    // Another key id: the key is simply missing.
    expect(() => new EnvelopeCipher(ring(keyText('k2'))).decrypt(sealed, 'acc/x')).toThrow(/Master key "k1" is not configured/);
  });

  it('rotates: the new key reads old values while the old one is kept, and a rewrap frees the old key', () => {
    const second = keyText('k2');
    const old = cipher.encrypt('rotating value', 'acc/r');
    const during = new EnvelopeCipher(ring(second, first));

    expect(during.decryptText(old, 'acc/r')).toBe('rotating value');
    expect(during.encrypt('new', 'acc/n').keyId).toBe('k2');
    expect(during.needsRewrap(old)).toBe(true);

    const rewrapped = during.rewrap(old);
    expect(rewrapped.keyId).toBe('k2');
    expect(rewrapped.ciphertext).toBe(old.ciphertext);
    expect(during.needsRewrap(rewrapped)).toBe(false);
    expect(during.rewrap(rewrapped)).toBe(rewrapped);

    const after = new EnvelopeCipher(ring(second));
    expect(after.decryptText(rewrapped, 'acc/r')).toBe('rotating value');
    expect(() => after.decrypt(old, 'acc/r')).toThrow(MasterKeyError);
  });
});

describe('master key configuration', () => {
  it('reads the active key from a file and previous keys from a list', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fg-master-key-'));
    const file = join(dir, 'master.key');
    writeFileSync(file, `${keyText('from-file')}\n`);
    const keyring = loadMasterKeyring({ activeKeyFile: file, previousKeys: `${keyText('old-1')}, ${keyText('old-2')}` });
    expect(keyring.activeKeyId).toBe('from-file');
    expect(keyring.keyIds.sort()).toEqual(['from-file', 'old-1', 'old-2']);
  });

  it('refuses missing, malformed and short keys without echoing key material', () => {
    expect(() => loadMasterKeyring({})).toThrow(/SECRETS_MASTER_KEY/);
    expect(() => parseMasterKey('no-colon')).toThrow(MasterKeyError);
    const short = `k:${randomBytes(16).toString('base64')}`;
    expect(() => parseMasterKey(short)).toThrow(/32 bytes/);
    try {
      parseMasterKey(short);
    } catch (error) {
      expect((error as Error).message).not.toContain(short.slice(2));
    }
    expect(() => loadMasterKeyring({ activeKeyFile: '/nonexistent/master.key' })).toThrow(/cannot be read/);
  });

  it('refuses one key id configured with two different keys', () => {
    expect(() => ring(keyText('same'), keyText('same'))).toThrow(/configured twice/);
    expect(() => new MasterKeyring('absent', new Map())).toThrow(/not in the keyring/);
  });

  it('accepts base64url key material', () => {
    const key = randomBytes(32);
    expect(parseMasterKey(`u:${key.toString('base64url')}`).key.equals(key)).toBe(true);
  });
});
