import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson } from '@fg/graphql-kit';
import type { InternalCaller } from '../auth/internal-client';
import { sendRefusal } from '../http/refusal';
import type { RouteHandler } from '../http/route';

/** Extension: each webhook trigger's URL is this prefix and its token (`webhookURL` in WebhoookDetails). */
export const TRIGGER_WEBHOOKS_PREFIX = '/api/webhooks/triggers/';
/** The internal route of pipelines-workflows-executions that fires the trigger. */
export const FIRE_WEBHOOK_PATH = '/internal/trigger-webhooks';

// A provider's own headers (event, delivery id, signature) are all x-…; the subgraph keeps the ones triggers read.
// Credentials and the platform's own headers never travel with a delivery.
const PROVIDER_HEADER = /^x-(?!api-key$|fg-|forwarded-)[a-z0-9-]{1,64}$/;
const MAX_FORWARDED_HEADERS = 32;
const MAX_HEADER_CHARS = 1024;

// GitHub caps payloads at 25 MB, but a push's JSON is far smaller; anything larger is refused (413).
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * POST /api/webhooks/triggers/<token> with a GitHub, GitLab, Bitbucket or custom JSON payload. No API key: the token
 * names the trigger and its account, and a GitHub trigger with a secret also checks X-Hub-Signature-256 (401 when it
 * does not match). The body is forwarded as the exact text received, since the signature is over those bytes.
 * Answers 202 with the firing, 200 when the delivery does not fire (and why) or was seen before, 404 for an unknown
 * token.
 */
export function createTriggerWebhooksRoute({ pipelines }: { pipelines: InternalCaller }): RouteHandler {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    if (req.method !== 'POST') return sendRefusal(res, 405, 'METHOD_NOT_ALLOWED', 'Use POST');
    const token = url.pathname.slice(TRIGGER_WEBHOOKS_PREFIX.length);
    if (!/^[A-Za-z0-9_-]{1,128}$/.test(token)) return sendRefusal(res, 404, 'NOT_FOUND', 'No trigger has this webhook URL');
    const body = await readBody(req, MAX_BODY_BYTES);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (Object.keys(headers).length === MAX_FORWARDED_HEADERS) break;
      if (PROVIDER_HEADER.test(name) && typeof value === 'string' && value.length <= MAX_HEADER_CHARS) headers[name] = value;
    }
    const answer = await pipelines.post(FIRE_WEBHOOK_PATH, { token, headers, body });
    return sendJson(res, answer.status, answer.body);
  };
}
