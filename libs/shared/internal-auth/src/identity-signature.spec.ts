import { IDENTITY_HEADERS, IdentitySigner, IdentityVerifier, signIdentity, verifyIdentity } from './identity-signature';

const secret = 's'.repeat(40);
const identity = { accountId: 'acc-1', principal: 'apikey:k1' };

describe('identity signature', () => {
  it('verifies what it signed', () => {
    const headers = signIdentity(identity, secret, 1_000_000);
    expect(verifyIdentity(headers, secret, 1_000_500)).toEqual(identity);
  });

  it('reads a Headers-like object too', () => {
    const headers = new Map(Object.entries(signIdentity(identity, secret, 5_000)));
    expect(verifyIdentity({ get: (name: string) => headers.get(name) }, secret, 5_000)).toEqual(identity);
  });

  it('refuses a changed account id', () => {
    const headers = { ...signIdentity(identity, secret, 1_000), [IDENTITY_HEADERS.accountId]: 'acc-2' };
    expect(verifyIdentity(headers, secret, 1_000)).toBeNull();
  });

  it('refuses another secret', () => {
    expect(verifyIdentity(signIdentity(identity, secret, 1_000), 't'.repeat(40), 1_000)).toBeNull();
  });

  it('refuses a stale or future signature', () => {
    const headers = signIdentity(identity, secret, 1_000_000);
    expect(verifyIdentity(headers, secret, 1_000_000 + 60_001)).toBeNull();
    expect(verifyIdentity(headers, secret, 1_000_000 - 60_001)).toBeNull();
  });

  it('refuses missing headers', () => {
    const { [IDENTITY_HEADERS.signature]: _dropped, ...rest } = signIdentity(identity, secret, 1_000);
    expect(verifyIdentity(rest, secret, 1_000)).toBeNull();
  });
});

describe('IdentitySigner and IdentityVerifier', () => {
  it('reuse a signature within a second and sign anew after it', () => {
    const signer = new IdentitySigner(secret);
    const first = signer.sign(identity, 10_000);
    expect(signer.sign(identity, 10_999)).toBe(first);
    const later = signer.sign(identity, 11_000);
    expect(later[IDENTITY_HEADERS.timestamp]).toBe('11000');
    expect(signer.sign({ ...identity, principal: 'user:u1' }, 11_000)).not.toBe(later);
  });

  it('accept a remembered signature only while fresh and only over the same values', () => {
    const verifier = new IdentityVerifier(secret);
    const headers = signIdentity(identity, secret, 1_000_000);
    expect(verifier.verify(headers, 1_000_000)).toEqual(identity);
    expect(verifier.verify(headers, 1_000_010)).toEqual(identity);
    expect(verifier.verify(headers, 1_000_000 + 60_001)).toBeNull();
    expect(verifier.verify({ ...headers, [IDENTITY_HEADERS.accountId]: 'acc-2' }, 1_000_000)).toBeNull();
  });

  it('refuse what another secret signed', () => {
    expect(new IdentityVerifier(secret).verify(signIdentity(identity, 't'.repeat(40), 5), 5)).toBeNull();
  });
});
