import { NO_PERMISSIONS } from '@fg/permissions';
import { decodePrincipal, encodePrincipal, type Principal } from './principal';
import { PRINCIPAL_HEADERS, PrincipalSigner, PrincipalVerifier, signPrincipal } from './principal-signature';

const secret = 's'.repeat(40);
const apiKey: Principal = {
  kind: 'apiKey',
  id: 'k1',
  accountId: 'acc-1',
  permissions: {
    accountPermissions: ['MANAGE_SECRETS'],
    appPermissions: [{ permissionType: 'ALL', applications: { filterType: 'ALL' }, actions: ['READ'] }],
  },
};

describe('principal encoding', () => {
  it('round-trips every field', () => {
    expect(decodePrincipal(encodePrincipal(apiKey))).toEqual(apiKey);
  });

  it('round-trips the user groups, and reads a principal without them as having none', () => {
    const member: Principal = { ...apiKey, kind: 'user', id: 'u1', userGroupIds: ['g1', 'g2'] };
    expect(decodePrincipal(encodePrincipal(member))).toEqual(member);
    expect(decodePrincipal(encodePrincipal(apiKey))?.userGroupIds).toBeUndefined();
  });

  it.each([
    ['not base64 JSON', '%%%'],
    ['another version', Buffer.from(JSON.stringify([2, 'user', 'u', 'a', NO_PERMISSIONS])).toString('base64url')],
    ['an unknown kind', Buffer.from(JSON.stringify([1, 'root', 'u', 'a', NO_PERMISSIONS])).toString('base64url')],
    ['an empty account', Buffer.from(JSON.stringify([1, 'user', 'u', '', NO_PERMISSIONS])).toString('base64url')],
    ['user groups of the wrong shape', Buffer.from(JSON.stringify([1, 'user', 'u', 'a', NO_PERMISSIONS, [1]])).toString('base64url')],
    ['permissions of the wrong shape', Buffer.from(JSON.stringify([1, 'user', 'u', 'a', { accountPermissions: 'ALL' }])).toString('base64url')],
  ])('refuses %s', (_case, value) => {
    expect(decodePrincipal(value)).toBeNull();
  });
});

describe('principal signature', () => {
  const verifier = () => new PrincipalVerifier(secret);

  it('verifies what it signed and yields the principal', () => {
    expect(verifier().verify(signPrincipal(apiKey, secret, 1_000_000), 1_000_500)).toEqual(apiKey);
  });

  it('reads a Headers-like object too', () => {
    const headers = new Map(Object.entries(signPrincipal(apiKey, secret, 5_000)));
    expect(verifier().verify({ get: (name: string) => headers.get(name) }, 5_000)).toEqual(apiKey);
  });

  it('refuses a principal changed after signing (another account, more permissions)', () => {
    const headers = signPrincipal(apiKey, secret, 1_000);
    for (const forged of [
      { ...apiKey, accountId: 'acc-2' },
      { ...apiKey, userGroupIds: ['approvers'] },
      { ...apiKey, permissions: { accountPermissions: ['MANAGE_SECRETS', 'MANAGE_API_KEYS'], appPermissions: [] } } as Principal,
    ]) {
      expect(verifier().verify({ ...headers, [PRINCIPAL_HEADERS.principal]: encodePrincipal(forged) }, 1_000)).toBeNull();
    }
  });

  it('refuses another secret, a stale or future signature, and missing headers', () => {
    expect(verifier().verify(signPrincipal(apiKey, 't'.repeat(40), 1_000), 1_000)).toBeNull();
    const headers = signPrincipal(apiKey, secret, 1_000_000);
    expect(verifier().verify(headers, 1_000_000 + 60_001)).toBeNull();
    expect(verifier().verify(headers, 1_000_000 - 60_001)).toBeNull();
    const { [PRINCIPAL_HEADERS.signature]: _dropped, ...unsigned } = headers;
    expect(verifier().verify(unsigned, 1_000_000)).toBeNull();
  });

  it('accepts a remembered signature only while fresh and only over the same values', () => {
    const remembering = verifier();
    const headers = signPrincipal(apiKey, secret, 1_000_000);
    const first = remembering.verify(headers, 1_000_000);
    expect(first).toEqual(apiKey);
    expect(remembering.verify(headers, 1_000_010)).toBe(first);
    expect(remembering.verify(headers, 1_000_000 + 60_001)).toBeNull();
    const forged = { ...headers, [PRINCIPAL_HEADERS.principal]: encodePrincipal({ ...apiKey, accountId: 'acc-2' }) };
    expect(remembering.verify(forged, 1_000_000)).toBeNull();
  });
});

describe('PrincipalSigner', () => {
  it('reuses a signature within a second and signs anew after it', () => {
    const signer = new PrincipalSigner(secret);
    const first = signer.sign(apiKey, 10_000);
    expect(signer.sign(apiKey, 10_999)).toBe(first);
    const later = signer.sign(apiKey, 11_000);
    expect(later[PRINCIPAL_HEADERS.timestamp]).toBe('11000');
    expect(signer.sign({ ...apiKey, id: 'k2' }, 11_000)).not.toBe(later);
    expect(new PrincipalVerifier(secret).verify(later, 11_000)).toEqual(apiKey);
  });
});
