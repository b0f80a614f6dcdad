import {
  BROKER_ROUTE_PREFIX,
  DELEGATE_API_ERRORS,
  DELEGATE_CALLS,
  VERIFY_TOKEN_CALL,
  acquireRequestSchema,
  heartbeatRequestSchema,
  leaseRequestSchema,
  parseRequest,
  registerRequestSchema,
  reportRequestSchema,
  verifyTokenRequestSchema,
  type AcquireResponse,
  type LeaseResponse,
  type RegisterResponse,
  type ReportResponse,
  type VerifyTokenResponse,
} from '@fg/delegate-protocol';
import type { Principal } from '@fg/internal-auth';
import {
  DelegateTaskError,
  type Delegate,
  type DelegateRegistry,
  type DelegateTokenRepository,
  type TaskQueue,
} from '@fg/pipelines-workflows-executions/delegate-tasks';
import type { BrokerRoute } from './broker-server';

type Answer = { status: number; body: unknown };
type Handler = (body: unknown, principal: Principal) => Promise<Answer>;

// How soon a delegate awaiting approval asks again: approval is a person's action, not worth a tight poll.
const AWAITING_APPROVAL_RETRY_MS = 10_000;

const invalid = (message: string): Answer => ({ status: 400, body: { error: DELEGATE_API_ERRORS.invalidInput, message } });

/** Runs the handler on a body its schema accepts; a malformed body or a DelegateTaskError answers 400. */
function route<T>(parse: (body: unknown) => { ok: true; value: T } | { ok: false; message: string }, handler: (value: T, principal: Principal) => Promise<Answer>): Handler {
  return async (body, principal) => {
    const parsed = parse(body);
    if (!parsed.ok) return invalid(parsed.message);
    try {
      return await handler(parsed.value, principal);
    } catch (error) {
      if (error instanceof DelegateTaskError && error.code === 'INVALID_INPUT') return invalid(error.message);
      throw error;
    }
  };
}

/**
 * The delegate API's platform side. Delegates call the gateway with their token; the gateway verifies it here
 * (verify-token), then forwards each call, signed with the token's account. This process is the "pod" of the per-pod
 * acquisition limit.
 */
export function delegateApiRoutes(tasks: TaskQueue, delegates: DelegateRegistry, tokens: DelegateTokenRepository): Record<string, BrokerRoute> {
  /** The delegate a call names, if it may work for the account: unknown (404) and deleted (403) ones may not. */
  const working = async (accountId: string, delegateId: string): Promise<{ delegate: Delegate } | { answer: Answer }> => {
    const delegate = await delegates.getDelegate(accountId, delegateId);
    if (!delegate) return { answer: { status: 404, body: { error: DELEGATE_API_ERRORS.unknownDelegate } } };
    if (delegate.status === 'DELETED') return { answer: { status: 403, body: { error: DELEGATE_API_ERRORS.delegateDeleted } } };
    return { delegate };
  };

  const handlers: Record<string, Handler> = {
    [VERIFY_TOKEN_CALL]: route(
      (body) => parseRequest(verifyTokenRequestSchema, body),
      async ({ token }) => {
        const found = await tokens.verify(token);
        if (!found) return { status: 404, body: { error: DELEGATE_API_ERRORS.invalidToken } };
        return { status: 200, body: { accountId: found.accountId, tokenId: found.id } satisfies VerifyTokenResponse };
      },
    ),
    [DELEGATE_CALLS.register]: route(
      (body) => parseRequest(registerRequestSchema, body),
      async (input, { accountId }) => {
        const delegate = await delegates.registerDelegate(accountId, input);
        if (delegate.status === 'DELETED') return { status: 403, body: { error: DELEGATE_API_ERRORS.delegateDeleted } };
        return { status: 200, body: { delegateId: delegate.id, accountId, status: delegate.status } satisfies RegisterResponse };
      },
    ),
    [DELEGATE_CALLS.heartbeat]: route(
      (body) => parseRequest(heartbeatRequestSchema, body),
      async ({ delegateId }, { accountId }) => {
        const delegate = await delegates.heartbeat(accountId, delegateId);
        if (!delegate) return { status: 404, body: { error: DELEGATE_API_ERRORS.unknownDelegate } };
        if (delegate.status === 'DELETED') return { status: 403, body: { error: DELEGATE_API_ERRORS.delegateDeleted } };
        return { status: 200, body: { ok: true } };
      },
    ),
    [DELEGATE_CALLS.acquire]: route(
      (body) => parseRequest(acquireRequestSchema, body),
      async ({ delegateId, max }, { accountId }) => {
        const found = await working(accountId, delegateId);
        if ('answer' in found) return found.answer;
        if (found.delegate.status !== 'ENABLED') {
          return { status: 200, body: { tasks: [], retryAfterMs: AWAITING_APPROVAL_RETRY_MS } satisfies AcquireResponse };
        }
        const { tasks: acquired, retryAfterMs } = await tasks.acquire(accountId, delegateId, found.delegate.tags, max);
        const body: AcquireResponse = {
          tasks: acquired.map(({ id, type, payload, leaseMs, leaseToken, trace }) => ({ id, type, payload, leaseMs, leaseToken, ...(trace ? { trace } : {}) })),
          ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
        };
        return { status: 200, body };
      },
    ),
    [DELEGATE_CALLS.start]: route(
      (body) => parseRequest(leaseRequestSchema, body),
      async ({ delegateId, tasks: refs }, { accountId }) => {
        const found = await working(accountId, delegateId);
        if ('answer' in found) return found.answer;
        return { status: 200, body: { outcomes: await tasks.start(accountId, delegateId, refs) } satisfies LeaseResponse };
      },
    ),
    [DELEGATE_CALLS.renew]: route(
      (body) => parseRequest(leaseRequestSchema, body),
      async ({ delegateId, tasks: refs }, { accountId }) => {
        const found = await working(accountId, delegateId);
        if ('answer' in found) return found.answer;
        return { status: 200, body: { outcomes: await tasks.renew(accountId, delegateId, refs) } satisfies LeaseResponse };
      },
    ),
    [DELEGATE_CALLS.report]: route(
      (body) => parseRequest(reportRequestSchema, body),
      // A deleted delegate's reports still count: the work is done, and its leases are still its own.
      async ({ delegateId, reports }, { accountId }) => ({
        status: 200,
        body: { outcomes: await tasks.report(accountId, delegateId, reports) } satisfies ReportResponse,
      }),
    ),
  };
  return Object.fromEntries(Object.entries(handlers).map(([call, handler]) => [`${BROKER_ROUTE_PREFIX}${call}`, handler]));
}
