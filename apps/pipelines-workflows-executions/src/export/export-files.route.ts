import { z } from 'zod';
import type { ExecutionExports } from '@fg/pipelines-workflows-executions/execution-exports';
import type { InternalRoute } from '@fg/subgraph-server';

/** Wire contract with the gateway, which serves statusLink and downloadLink through it. Never rename. */
export const EXPORT_FILES_PATH = '/internal/executions/exports/read';

const requestSchema = z.object({
  requestId: z.string().min(1).max(64),
  part: z.enum(['status', 'download']),
  /** Set when the gateway verified a signed link, which names the account itself; absent for a caller's credentials. */
  linkAccountId: z.string().min(1).max(64).optional(),
});

/**
 * The status or file of an export, for the caller the gateway signed, or (signed as the gateway itself) for the
 * holder of a link the gateway verified. A download of an export that is not READY answers 409 with its status.
 */
export function exportFilesRoute(exports: ExecutionExports): InternalRoute {
  return async (body, principal) => {
    const parsed = requestSchema.safeParse(body);
    if (!parsed.success) return { status: 400, body: { error: 'Expected { requestId, part: status | download, linkAccountId? }' } };
    const { requestId, part, linkAccountId } = parsed.data;
    const byLink = linkAccountId !== undefined;
    // Only the gateway itself vouches for a link; a caller's own principal never names another account.
    if (byLink && principal.kind !== 'system') return { status: 403, body: { error: 'User not authorized' } };
    const accountId = byLink ? linkAccountId : principal.accountId;
    const found = await exports.file(accountId, requestId, byLink ? null : principal);
    if (!found) return { status: 404, body: { error: 'Export does not exist or access is denied' } };
    if (part === 'status') return { status: 200, body: found.view };
    if (!found.parts) {
      return { status: 409, body: { error: `The export is ${found.view.status}, not READY`, status: found.view.status } };
    }
    let file = '';
    for await (const text of found.parts) file += text;
    return { status: 200, body: { file } };
  };
}
