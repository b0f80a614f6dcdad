import {
  DelegateTaskError,
  type DelegateRegistry,
  type DelegateTokenRepository,
  type TaskQueue,
} from '@fg/pipelines-workflows-executions/delegate-tasks';
import type { Principal } from '@fg/internal-auth';
import type { InternalRoute } from '@fg/subgraph-server';

/**
 * The platform side of the delegate protocol. Delegates call the gateway (`/api/delegate/...` with their token); the
 * gateway verifies the token here, then forwards each call to the matching route below, signed with the token's
 * account. This process is the "pod" of the per-pod acquisition limit.
 */
export const DELEGATE_ROUTE_PREFIX = '/internal/delegates';
export const MAX_TASKS_PER_ACQUIRE = 100;
export const MAX_REPORTS_PER_CALL = 100;

type Body = Record<string, unknown>;
type Answer = { status: number; body: unknown };

const str = (body: Body, field: string, maxLength = 256): string => {
  const value = body[field];
  if (typeof value !== 'string' || value.length === 0 || value.length > maxLength) {
    throw new DelegateTaskError('INVALID_INPUT', `${field} must be a string of 1 to ${maxLength} characters`);
  }
  return value;
};

function route(handler: (body: Body, principal: Principal) => Promise<Answer>): InternalRoute {
  return async (body, principal) => {
    try {
      return await handler((body ?? {}) as Body, principal);
    } catch (error) {
      if (error instanceof DelegateTaskError) return { status: 400, body: { error: error.code, message: error.message } };
      throw error;
    }
  };
}

// A lease token names the task's selector set, which may be up to 32 tags long.
const MAX_LEASE_TOKEN_LENGTH = 4096;

/** The lease token from acquire; optional, so that delegates of releases before it still work (one read more). */
const leaseToken = (body: Body): string | undefined =>
  body.leaseToken === undefined ? undefined : str(body, 'leaseToken', MAX_LEASE_TOKEN_LENGTH);

const reportStatus = (value: unknown): 'SUCCEEDED' | 'FAILED' => {
  if (value !== 'SUCCEEDED' && value !== 'FAILED') throw new DelegateTaskError('INVALID_INPUT', 'status must be SUCCEEDED or FAILED');
  return value;
};

const leaseAnswer = (outcome: { renewed: true; leaseUntil: Date } | { renewed: false; reason: string }): Answer =>
  outcome.renewed ? { status: 200, body: { leaseUntil: outcome.leaseUntil.getTime() } } : { status: 409, body: { reason: outcome.reason } };

export function delegateApiRoutes(
  tasks: TaskQueue,
  delegates: DelegateRegistry,
  tokens: DelegateTokenRepository,
): Record<string, InternalRoute> {
  return {
    [`${DELEGATE_ROUTE_PREFIX}/verify-token`]: route(async (body) => {
      const token = await tokens.verify(str(body, 'token'));
      return token ? { status: 200, body: { accountId: token.accountId, tokenId: token.id } } : { status: 404, body: { error: 'INVALID_DELEGATE_TOKEN' } };
    }),
    [`${DELEGATE_ROUTE_PREFIX}/register`]: route(async (body, { accountId }) => {
      const tags = Array.isArray(body.tags) ? body.tags : [];
      const version = typeof body.version === 'string' ? body.version : 'unknown';
      const delegate = await delegates.registerDelegate(accountId, { name: str(body, 'name'), tags: tags as string[], version });
      return { status: 200, body: { delegateId: delegate.id, accountId } };
    }),
    [`${DELEGATE_ROUTE_PREFIX}/heartbeat`]: route(async (body, { accountId }) => {
      const delegate = await delegates.heartbeat(accountId, str(body, 'delegateId'));
      return delegate ? { status: 200, body: { ok: true } } : { status: 404, body: { error: 'UNKNOWN_DELEGATE' } };
    }),
    [`${DELEGATE_ROUTE_PREFIX}/acquire`]: route(async (body, { accountId }) => {
      const delegate = await delegates.getDelegate(accountId, str(body, 'delegateId'));
      if (!delegate) return { status: 404, body: { error: 'UNKNOWN_DELEGATE' } };
      const max = Math.min(Math.max(1, Number(body.max) || 1), MAX_TASKS_PER_ACQUIRE);
      const { tasks: acquired, retryAfterMs } = await tasks.acquire(accountId, delegate.id, delegate.tags, max);
      return {
        status: 200,
        body: {
          tasks: acquired.map((task) => ({
            id: task.id,
            type: task.type,
            payload: task.payload,
            leaseMs: task.leaseMs,
            leaseToken: task.leaseToken,
          })),
          ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
        },
      };
    }),
    [`${DELEGATE_ROUTE_PREFIX}/tasks/running`]: route(async (body, { accountId }) =>
      leaseAnswer(await tasks.markRunning(accountId, str(body, 'delegateId'), str(body, 'taskId'), leaseToken(body))),
    ),
    [`${DELEGATE_ROUTE_PREFIX}/tasks/renew`]: route(async (body, { accountId }) =>
      leaseAnswer(await tasks.renewLease(accountId, str(body, 'delegateId'), str(body, 'taskId'), leaseToken(body))),
    ),
    [`${DELEGATE_ROUTE_PREFIX}/tasks/report`]: route(async (body, { accountId }) => {
      const outcome = await tasks.report(
        accountId,
        str(body, 'delegateId'),
        str(body, 'taskId'),
        { status: reportStatus(body.status), ...(body.result !== undefined ? { result: body.result as never } : {}) },
        leaseToken(body),
      );
      return outcome.accepted ? { status: 200, body: { accepted: true } } : { status: 409, body: { accepted: false, reason: outcome.reason } };
    }),
    // Many reports in one call: always 200, with one outcome per report in order.
    [`${DELEGATE_ROUTE_PREFIX}/tasks/reports`]: route(async (body, { accountId }) => {
      const reports = body.reports;
      if (!Array.isArray(reports) || reports.length === 0 || reports.length > MAX_REPORTS_PER_CALL) {
        throw new DelegateTaskError('INVALID_INPUT', `reports must be a list of 1 to ${MAX_REPORTS_PER_CALL} reports`);
      }
      const batch = reports.map((report: unknown) => {
        const fields = (typeof report === 'object' && report !== null ? report : {}) as Body;
        return {
          taskId: str(fields, 'taskId'),
          status: reportStatus(fields.status),
          ...(fields.result !== undefined ? { result: fields.result as never } : {}),
          ...(fields.leaseToken !== undefined ? { leaseToken: str(fields, 'leaseToken', MAX_LEASE_TOKEN_LENGTH) } : {}),
        };
      });
      const outcomes = await tasks.reportMany(accountId, str(body, 'delegateId'), batch);
      return { status: 200, body: { outcomes } };
    }),
  };
}
