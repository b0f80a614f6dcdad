import { createHash, randomUUID } from 'node:crypto';

export type WebhookSource = 'GITHUB' | 'GITLAB' | 'BITBUCKET' | 'CUSTOM';

/** The request headers a webhook trigger reads (lower case), forwarded by the gateway as they came. */
export const WEBHOOK_HEADERS = [
  'x-github-event',
  'x-github-delivery',
  'x-hub-signature-256',
  'x-gitlab-event',
  'x-gitlab-event-uuid',
  'x-event-key',
  'x-request-uuid',
  'x-hook-uuid',
  'x-delivery-id',
] as const;
export type WebhookHeaders = Partial<Record<(typeof WEBHOOK_HEADERS)[number], string>>;

/**
 * One delivery of a git provider (or a custom caller), reduced to what trigger conditions compare. `event` and
 * `action` use the schema's enum spellings (GitHubEventType / GitHubAction, GitlabEvent, BitbucketEvent).
 */
export interface WebhookDelivery {
  source: WebhookSource;
  /** The sender's delivery id: a retried delivery carries the same one, so it starts at most one execution. */
  deliveryId: string;
  event: string | null;
  action: string | null;
  branch: string | null;
  repoName: string | null;
  /** Files the pushed commits added, modified or removed; null when the payload does not say. */
  changedFiles: string[] | null;
  /** The parsed JSON body, for FROM_PAYLOAD_SOURCE selections and custom payloads. */
  payload: unknown;
}

export class WebhookPayloadError extends Error {}

type Json = Record<string, unknown>;
const obj = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
const str = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);
const branchOf = (ref: unknown): string | null => {
  const text = str(ref);
  return text ? text.replace(/^refs\/(heads|tags)\//, '') : null;
};

function filesOfCommits(commits: unknown): string[] | null {
  if (!Array.isArray(commits)) return null;
  const files = new Set<string>();
  for (const commit of commits) {
    for (const field of ['added', 'modified', 'removed']) {
      const list = obj(commit)[field];
      if (Array.isArray(list)) list.filter((f): f is string => typeof f === 'string').forEach((f) => files.add(f));
    }
  }
  return [...files];
}

const GITHUB_EVENTS: Record<string, string> = {
  push: 'PUSH',
  pull_request: 'PULL_REQUEST',
  delete: 'DELETE',
  release: 'RELEASE',
  package: 'PACKAGE',
};

// GitHub says "synchronize"; the schema's GitHubAction says SYNCHRONIZED, and "prereleased" PRE_RELEASED.
const GITHUB_ACTIONS: Record<string, string> = { synchronize: 'SYNCHRONIZED', prereleased: 'PRE_RELEASED' };

function github(headers: WebhookHeaders, body: Json, deliveryId: string): WebhookDelivery {
  const kind = headers['x-github-event'] ?? '';
  const action = str(body.action);
  const pullRequest = obj(body.pull_request);
  const repository = obj(body.repository);
  return {
    source: 'GITHUB',
    deliveryId,
    event: GITHUB_EVENTS[kind] ?? kind.toUpperCase(),
    action: action ? (GITHUB_ACTIONS[action] ?? action.toUpperCase()) : null,
    branch: kind === 'pull_request' ? str(obj(pullRequest.head).ref) : kind === 'release' ? str(obj(body.release).target_commitish) : branchOf(body.ref),
    repoName: str(repository.full_name) ?? str(repository.name),
    changedFiles: kind === 'push' ? filesOfCommits(body.commits) : null,
    payload: body,
  };
}

function gitlab(headers: WebhookHeaders, body: Json, deliveryId: string): WebhookDelivery {
  const kind = str(body.object_kind) ?? (headers['x-gitlab-event'] ?? '').toLowerCase().replace(/ hook$/, '').replace(/ /g, '_');
  const attributes = obj(body.object_attributes);
  const project = obj(body.project);
  const isMergeRequest = kind === 'merge_request';
  return {
    source: 'GITLAB',
    deliveryId,
    // The schema's GitlabEvent names merge requests PULL_REQUEST.
    event: kind === 'push' ? 'PUSH' : isMergeRequest ? 'PULL_REQUEST' : kind.toUpperCase(),
    action: isMergeRequest ? (str(attributes.action)?.toUpperCase() ?? null) : null,
    branch: isMergeRequest ? str(attributes.source_branch) : branchOf(body.ref),
    repoName: str(project.path_with_namespace) ?? str(project.name),
    changedFiles: kind === 'push' ? filesOfCommits(body.commits) : null,
    payload: body,
  };
}

function bitbucket(headers: WebhookHeaders, body: Json, deliveryId: string): WebhookDelivery {
  // "repo:push" -> PUSH, "pullrequest:created" -> PULL_REQUEST_CREATED, "pullrequest:fulfilled" -> PULL_REQUEST_MERGED.
  const key = headers['x-event-key'] ?? '';
  const [scope, what = ''] = key.split(':');
  const renamed: Record<string, string> = {
    'repo:push': 'PUSH',
    'repo:fork': 'FORK',
    'repo:updated': 'UPDATED',
    'repo:commit_comment_created': 'COMMIT_COMMENT_CREATED',
    'repo:commit_status_created': 'BUILD_STATUS_CREATED',
    'repo:commit_status_updated': 'BUILD_STATUS_UPDATED',
    'repo:refs_changed': 'REFS_CHANGED',
    'pullrequest:fulfilled': 'PULL_REQUEST_MERGED',
    'pullrequest:rejected': 'PULL_REQUEST_DECLINED',
    'pullrequest:unapproved': 'PULL_REQUEST_APPROVAL_REMOVED',
    'pullrequest:approved': 'PULL_REQUEST_APPROVED',
    'diagnostics:ping': 'DIAGNOSTICS_PING',
  };
  const event = renamed[key] ?? (scope === 'pullrequest' ? `PULL_REQUEST_${what.replace(/^comment_/, 'COMMENT_').toUpperCase()}` : `${scope}_${what}`.toUpperCase());
  const pullRequest = obj(body.pullrequest);
  const changes = Array.isArray(obj(body.push).changes) ? (obj(body.push).changes as unknown[]) : [];
  const newRef = obj(obj(changes[0]).new);
  const repository = obj(body.repository);
  return {
    source: 'BITBUCKET',
    deliveryId,
    event,
    action: null,
    branch: scope === 'pullrequest' ? str(obj(obj(pullRequest.source).branch).name) : str(newRef.name),
    repoName: str(repository.full_name) ?? str(repository.name),
    changedFiles: null,
    payload: body,
  };
}

/**
 * Reads a delivery. The provider is told by its headers (a GitHub delivery carries X-GitHub-Event, GitLab
 * X-Gitlab-Event, Bitbucket X-Event-Key); anything else is CUSTOM. A delivery without an id of its sender gets the
 * hash of its body, so a custom caller that retries the same body starts once (send X-Delivery-Id to tell apart two
 * deliveries with equal bodies).
 */
export function readWebhookDelivery(headers: WebhookHeaders, rawBody: string): WebhookDelivery {
  let body: Json;
  try {
    body = rawBody.trim() === '' ? {} : obj(JSON.parse(rawBody));
  } catch {
    throw new WebhookPayloadError('The webhook body is not valid JSON');
  }
  const bodyHash = () => `sha256:${createHash('sha256').update(rawBody).digest('hex')}`;
  if (headers['x-github-event']) return github(headers, body, headers['x-github-delivery'] ?? bodyHash());
  if (headers['x-gitlab-event']) return gitlab(headers, body, headers['x-gitlab-event-uuid'] ?? bodyHash());
  if (headers['x-event-key']) return bitbucket(headers, body, headers['x-request-uuid'] ?? headers['x-hook-uuid'] ?? bodyHash());
  return {
    source: 'CUSTOM',
    deliveryId: headers['x-delivery-id'] ?? bodyHash(),
    event: null,
    action: null,
    branch: branchOf(body.branch ?? body.ref),
    repoName: str(body.repoName),
    changedFiles: null,
    payload: body,
  };
}

/** A delivery id for a firing that has no sender id of its own (tests, manual runs). */
export const freshDeliveryId = () => randomUUID();
