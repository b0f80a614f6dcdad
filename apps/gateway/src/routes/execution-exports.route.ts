import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '@fg/graphql-kit';
import { SYSTEM_PRINCIPAL, verifyLink, type Principal } from '@fg/internal-auth';
import type { Authenticator } from '../auth/authenticator';
import type { InternalCaller } from '../auth/internal-client';
import { sendRefusal } from '../http/refusal';

/** statusLink and downloadLink of exportExecutions: `${prefix}<requestId>/status` and `.../download`. */
export const EXECUTION_EXPORTS_PREFIX = '/api/executions/exports/';
/** The pipelines subgraph's internal route that reads an export's status and file. */
export const EXPORT_FILES_PATH = '/internal/executions/exports/read';
// What the pipelines subgraph signs each link for; a link for one never opens the other.
const LINK_PURPOSE = { status: 'execution-export:status', download: 'execution-export:download' } as const;

export interface ExecutionExportsRouteDeps {
  authenticator: Pick<Authenticator, 'authenticate'>;
  pipelines: InternalCaller;
  signingSecret: string;
}

/**
 * GET an export's status (JSON) or file (a JSON download). With an API key or session the caller must be the export's
 * requester or a member of the groups it names; without one, the link's own signature and expiry are the credential.
 */
export function createExecutionExportsRoute({ authenticator, pipelines, signingSecret }: ExecutionExportsRouteDeps) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    if (req.method !== 'GET') return sendRefusal(res, 405, 'METHOD_NOT_ALLOWED', 'Use GET');
    const match = /^([A-Za-z0-9-]{1,64})\/(status|download)$/.exec(url.pathname.slice(EXECUTION_EXPORTS_PREFIX.length));
    if (!match) return sendRefusal(res, 404, 'NOT_FOUND', 'Not found: export links look like /api/executions/exports/<requestId>/status or /download');
    const [, requestId, part] = match as unknown as [string, string, keyof typeof LINK_PURPOSE];

    let principal: Principal = SYSTEM_PRINCIPAL;
    let linkAccountId: string | undefined;
    if (req.headers['x-api-key'] || req.headers.authorization) {
      const caller = await authenticator.authenticate(req.headers);
      if (!caller) return sendRefusal(res, 401, 'UNAUTHENTICATED', 'Invalid Api Key');
      principal = caller.principal;
    } else {
      const link = verifyLink(signingSecret, LINK_PURPOSE[part], requestId, url.searchParams);
      if (!link.ok) {
        return link.reason === 'expired'
          ? sendRefusal(res, 410, 'LINK_EXPIRED', 'This export link has expired')
          : sendRefusal(res, 401, 'UNAUTHENTICATED', 'Send an API key, or use the link exactly as exportExecutions answered it');
      }
      linkAccountId = link.accountId;
    }

    const answer = await pipelines.post<Record<string, unknown>>(EXPORT_FILES_PATH, { requestId, part, linkAccountId }, principal);
    if (answer.status === 404) return sendRefusal(res, 404, 'NOT_FOUND', 'Export does not exist or access is denied');
    if (answer.status === 409) return sendRefusal(res, 409, 'EXPORT_NOT_READY', String(answer.body.error));
    if (answer.status !== 200) return sendRefusal(res, answer.status, 'BAD_REQUEST', String(answer.body.error ?? 'Refused'));
    if (part === 'status') return sendJson(res, 200, answer.body);
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="executions-${requestId}.json"`,
      'cache-control': 'private, no-store',
    });
    res.end(String(answer.body.file));
  };
}
