import { signLink, verifyLink, type LinkGrant } from './signed-link';

const secret = 'x'.repeat(40);
const grant: LinkGrant = { purpose: 'execution-export:download', accountId: 'acc-1', resourceId: 'exp-1', expiresAt: 2_000 };

describe('signed links', () => {
  it('verifies a link it signed until it expires', () => {
    const params = signLink(secret, grant);
    expect(verifyLink(secret, grant.purpose, 'exp-1', params, 1_999)).toEqual({ ok: true, accountId: 'acc-1' });
    expect(verifyLink(secret, grant.purpose, 'exp-1', params, 2_001)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a link for another resource, purpose or account, a later expiry, another secret, or missing parts', () => {
    const params = signLink(secret, grant);
    expect(verifyLink(secret, grant.purpose, 'exp-2', params, 0)).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyLink(secret, 'execution-export:status', 'exp-1', params, 0)).toEqual({ ok: false, reason: 'invalid' });
    const otherAccount = new URLSearchParams(params);
    otherAccount.set('accountId', 'acc-2');
    expect(verifyLink(secret, grant.purpose, 'exp-1', otherAccount, 0)).toEqual({ ok: false, reason: 'invalid' });
    const longer = new URLSearchParams(params);
    longer.set('expires', '9999999');
    expect(verifyLink(secret, grant.purpose, 'exp-1', longer, 0)).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyLink('y'.repeat(40), grant.purpose, 'exp-1', params, 0)).toEqual({ ok: false, reason: 'invalid' });
    const partial = new URLSearchParams(params);
    partial.delete('signature');
    expect(verifyLink(secret, grant.purpose, 'exp-1', partial, 0)).toEqual({ ok: false, reason: 'missing' });
  });
});
