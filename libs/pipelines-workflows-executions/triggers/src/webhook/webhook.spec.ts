import { readWebhookDelivery, WebhookPayloadError } from './webhook-delivery';
import { filePathMatches, matchWebhook, type WebhookCriteria } from './webhook-matching';
import { githubSignature, githubSignatureMatches } from './webhook-signature';

const githubPush = JSON.stringify({
  ref: 'refs/heads/release/1.4',
  repository: { name: 'billing', full_name: 'acme/billing' },
  commits: [
    { added: ['charts/billing/values.yaml'], modified: ['README.md'], removed: [] },
    { added: [], modified: ['src/app.ts'], removed: ['old.txt'] },
  ],
});

const criteria = (overrides: Partial<WebhookCriteria> = {}): WebhookCriteria => ({
  webhookSource: 'GITHUB',
  event: 'PUSH',
  action: null,
  branchRegex: null,
  repoName: null,
  deployOnlyIfFilesChanged: false,
  filePaths: [],
  ...overrides,
});

describe('reading webhook deliveries', () => {
  it('reads a GitHub push: branch, repository, changed files and the delivery id', () => {
    const delivery = readWebhookDelivery({ 'x-github-event': 'push', 'x-github-delivery': 'gh-1' }, githubPush);
    expect(delivery).toMatchObject({
      source: 'GITHUB',
      deliveryId: 'gh-1',
      event: 'PUSH',
      action: null,
      branch: 'release/1.4',
      repoName: 'acme/billing',
      changedFiles: ['charts/billing/values.yaml', 'README.md', 'src/app.ts', 'old.txt'],
    });
  });

  it("maps GitHub's pull request actions onto the schema's GitHubAction", () => {
    const body = JSON.stringify({ action: 'synchronize', pull_request: { head: { ref: 'feature/x' } }, repository: { full_name: 'acme/billing' } });
    expect(readWebhookDelivery({ 'x-github-event': 'pull_request', 'x-github-delivery': 'gh-2' }, body)).toMatchObject({
      event: 'PULL_REQUEST',
      action: 'SYNCHRONIZED',
      branch: 'feature/x',
    });
  });

  it('reads GitLab pushes and merge requests', () => {
    const push = JSON.stringify({ object_kind: 'push', ref: 'refs/heads/main', project: { path_with_namespace: 'acme/api' }, commits: [{ modified: ['a.txt'] }] });
    expect(readWebhookDelivery({ 'x-gitlab-event': 'Push Hook', 'x-gitlab-event-uuid': 'gl-1' }, push)).toMatchObject({
      source: 'GITLAB',
      deliveryId: 'gl-1',
      event: 'PUSH',
      branch: 'main',
      repoName: 'acme/api',
      changedFiles: ['a.txt'],
    });
    const mr = JSON.stringify({ object_kind: 'merge_request', object_attributes: { action: 'open', source_branch: 'fix' } });
    expect(readWebhookDelivery({ 'x-gitlab-event': 'Merge Request Hook' }, mr)).toMatchObject({ event: 'PULL_REQUEST', action: 'OPEN', branch: 'fix' });
  });

  it('reads Bitbucket event keys as BitbucketEvent values', () => {
    const push = JSON.stringify({ push: { changes: [{ new: { name: 'main' } }] }, repository: { full_name: 'acme/web' } });
    expect(readWebhookDelivery({ 'x-event-key': 'repo:push', 'x-request-uuid': 'bb-1' }, push)).toMatchObject({
      source: 'BITBUCKET',
      deliveryId: 'bb-1',
      event: 'PUSH',
      branch: 'main',
      repoName: 'acme/web',
    });
    const merged = JSON.stringify({ pullrequest: { source: { branch: { name: 'feature' } } } });
    expect(readWebhookDelivery({ 'x-event-key': 'pullrequest:fulfilled' }, merged)).toMatchObject({ event: 'PULL_REQUEST_MERGED', branch: 'feature' });
    expect(readWebhookDelivery({ 'x-event-key': 'pullrequest:created' }, merged).event).toBe('PULL_REQUEST_CREATED');
  });

  it('reads anything else as a custom delivery, identified by X-Delivery-Id or else by its body', () => {
    const body = JSON.stringify({ branch: 'main', build: '42' });
    expect(readWebhookDelivery({ 'x-delivery-id': 'c-1' }, body)).toMatchObject({ source: 'CUSTOM', deliveryId: 'c-1', branch: 'main' });
    const once = readWebhookDelivery({}, body);
    expect(once.deliveryId).toBe(readWebhookDelivery({}, body).deliveryId);
    expect(once.deliveryId).not.toBe(readWebhookDelivery({}, JSON.stringify({ branch: 'main', build: '43' })).deliveryId);
  });

  it('refuses a body that is not JSON', () => {
    expect(() => readWebhookDelivery({ 'x-github-event': 'push' }, '<xml/>')).toThrow(WebhookPayloadError);
  });
});

describe('matching deliveries against a trigger', () => {
  const push = readWebhookDelivery({ 'x-github-event': 'push', 'x-github-delivery': 'gh-1' }, githubPush);

  it('matches the event, the whole branch name and the repository', () => {
    expect(matchWebhook(criteria({ branchRegex: 'release/.*', repoName: 'acme/billing' }), push)).toEqual({ matches: true });
    expect(matchWebhook(criteria({ event: 'ANY' }), push)).toEqual({ matches: true });
    expect(matchWebhook(criteria({ branchRegex: 'release' }), push)).toEqual({ matches: false, reason: 'Branch release/1.4 does not match release' });
    expect(matchWebhook(criteria({ event: 'PULL_REQUEST' }), push)).toEqual({ matches: false, reason: 'Event PUSH does not match PULL_REQUEST' });
    expect(matchWebhook(criteria({ repoName: 'acme/other' }), push).matches).toBe(false);
  });

  it('refuses a delivery of another provider', () => {
    expect(matchWebhook(criteria({ webhookSource: 'GITLAB' }), push)).toEqual({
      matches: false,
      reason: 'The trigger expects a GITLAB delivery; this one is GITHUB',
    });
  });

  it('matches the action of pull request events', () => {
    const body = JSON.stringify({ action: 'closed', pull_request: { head: { ref: 'f' } } });
    const closed = readWebhookDelivery({ 'x-github-event': 'pull_request' }, body);
    expect(matchWebhook(criteria({ event: 'PULL_REQUEST', action: 'CLOSED' }), closed)).toEqual({ matches: true });
    expect(matchWebhook(criteria({ event: 'PULL_REQUEST', action: 'OPENED' }), closed).matches).toBe(false);
  });

  it("treats Bitbucket's _ANY events as their whole family", () => {
    const declined = readWebhookDelivery({ 'x-event-key': 'pullrequest:rejected' }, '{}');
    expect(matchWebhook(criteria({ webhookSource: 'BITBUCKET', event: 'PULL_REQUEST_ANY' }), declined)).toEqual({ matches: true });
    expect(matchWebhook(criteria({ webhookSource: 'BITBUCKET', event: 'ISSUE_ANY' }), declined).matches).toBe(false);
  });

  it('deploys only when a changed file matches a path filter, if asked to', () => {
    expect(matchWebhook(criteria({ deployOnlyIfFilesChanged: true, filePaths: ['charts/billing'] }), push)).toEqual({ matches: true });
    expect(matchWebhook(criteria({ deployOnlyIfFilesChanged: true, filePaths: ['docs/**'] }), push)).toEqual({
      matches: false,
      reason: "No changed file matches the trigger's file paths",
    });
    // Without the flag the paths are not a filter.
    expect(matchWebhook(criteria({ deployOnlyIfFilesChanged: false, filePaths: ['docs/**'] }), push)).toEqual({ matches: true });
  });

  it.each([
    ['charts', 'charts/billing/values.yaml', true],
    ['charts/', 'charts/a', true],
    ['chart', 'charts/a', false],
    ['src/*.ts', 'src/app.ts', true],
    ['src/*.ts', 'src/lib/app.ts', false],
    ['src/**/*.ts', 'src/lib/app.ts', true],
    ['src/**/*.ts', 'src/app.ts', true],
    ['**/values.yaml', 'charts/billing/values.yaml', true],
    ['a.b', 'axb', false],
  ])('path filter %s on %s: %s', (pattern, file, expected) => {
    expect(filePathMatches(pattern, file)).toBe(expected);
  });
});

describe('GitHub signatures', () => {
  it('accepts the HMAC-SHA256 of the raw body under the secret, and nothing else', () => {
    const signature = githubSignature('s3cret', githubPush);
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(githubSignatureMatches('s3cret', githubPush, signature)).toBe(true);
    expect(githubSignatureMatches('other', githubPush, signature)).toBe(false);
    expect(githubSignatureMatches('s3cret', `${githubPush} `, signature)).toBe(false);
    expect(githubSignatureMatches('s3cret', githubPush, undefined)).toBe(false);
    expect(githubSignatureMatches('s3cret', githubPush, 'sha1=abc')).toBe(false);
    expect(githubSignatureMatches('s3cret', githubPush, 'sha256=zz')).toBe(false);
  });
});
