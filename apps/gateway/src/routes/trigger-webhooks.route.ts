import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson } from '@fg/graphql-kit';
import type { InternalCaller } from '../auth/internal-client';
import type { RouteHandler } from '../http/route';

/** Extension: each webhook trigger's URL is this prefix and its token (`webhookURL` in WebhoookDetails). */
export const TRIGGER_WEBHOOKS_PREFIX = '/api/webhooks/triggers/';
/** The internal route of pipelines-workflows-executions that fires the trigger. */
export const FIRE_WEBHOOK_PATH = '/internal/trigger-webhooks';

/** Headers a trigger reads (provider, event, delivery id, signature); nothing else is forwarded. */
const FORWARDED_HEADERS = [
  'x-github-event',
  'x-github-delivery',
  'x-hub-signature-256',
  'x-gitlab-event',
  'x-gitlab-event-uuid',
  'x-event-key',
  'x-request-uuid',
  'x-hook-uuid',
  'x-delivery-id',
];

// GitHub caps payloads at 25 MB, but a push's JSON is far smaller; anything larger is refused (413).
const MAX_BODY_BYTES = 1024 * 1024;

const refusal = (res: ServerResponse, status: number, code: string, message: string) =>
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });

/**
 * POST /api/webhooks/triggers/<token> with a GitHub, GitLab, Bitbucket or custom JSON payload. No API key: the token
 * names the trigger and its account, and a GitHub trigger with a secret also checks X-Hub-Signature-256 (401 when it
 * does not match). The body is forwarded as the exact text received, since the signature is over those bytes.
 * Answers 202 with the firing, 200 when the delivery does not fire (and why) or was seen before, 404 for an unknown
 * token.
 */
export function createTriggerWebhooksRoute({ pipelines }: { pipelines: InternalCaller }): RouteHandler {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    if (req.method !== 'POST') return refusal(res, 405, 'METHOD_NOT_ALLOWED', 'Use POST');
    const token = url.pathname.slice(TRIGGER_WEBHOOKS_PREFIX.length);
    if (!/^[A-Za-z0-9_-]{1,128}$/.test(token)) return refusal(res, 404, 'NOT_FOUND', 'No trigger has this webhook URL');
    const body = await readBody(req, MAX_BODY_BYTES);
    const headers: Record<string, string> = {};
    for (const name of FORWARDED_HEADERS) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const answer = await pipelines.post(FIRE_WEBHOOK_PATH, { token, headers, body });
    return sendJson(res, answer.status, answer.body);
  };
}
