import type { InternalRoute } from '@fg/subgraph-server';
import { WEBHOOK_HEADERS, type TriggerDispatcher, type WebhookHeaders } from '@fg/pipelines-workflows-executions/triggers';

/** Where the gateway's trigger webhook route forwards a delivery: `{ token, headers, body }`, body as received. */
export const TRIGGER_WEBHOOK_ROUTE = '/internal/trigger-webhooks';

const error = (status: number, code: string, message: string) => ({ status, body: { errors: [{ message, extensions: { code } }] } });

/**
 * A delivery to a trigger's webhook URL. The body travels as the exact text the sender signed (GitHub's signature is
 * over the raw bytes); only the headers a trigger reads are kept.
 */
export function triggerWebhookRoute(dispatcher: TriggerDispatcher): InternalRoute {
  return async (body) => {
    const request = body as { token?: unknown; headers?: unknown; body?: unknown } | null;
    if (typeof request?.token !== 'string' || typeof request.body !== 'string') return error(400, 'BAD_USER_INPUT', 'Expected { token, headers, body }');
    const given = (request.headers ?? {}) as Record<string, unknown>;
    const headers: WebhookHeaders = {};
    for (const name of WEBHOOK_HEADERS) if (typeof given[name] === 'string') headers[name] = given[name];
    const answer = await dispatcher.webhook(request.token, headers, request.body);
    if ('code' in answer) return error(answer.status, answer.code, answer.message);
    if (!answer.matched) return { status: 200, body: { fired: false, reason: answer.reason } };
    if (answer.duplicate) return { status: 200, body: { fired: false, duplicate: true, reason: 'This delivery was received before' } };
    const { firing } = answer;
    return {
      status: 202,
      body: { fired: true, firing: { id: firing.id, status: firing.status, executionId: firing.executionId, reason: firing.reason, message: firing.message } },
    };
  };
}
