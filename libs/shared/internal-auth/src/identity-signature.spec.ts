import { IDENTITY_HEADERS, signIdentity, verifyIdentity } from './identity-signature';

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
