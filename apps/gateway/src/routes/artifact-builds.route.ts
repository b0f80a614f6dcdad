import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson } from '@fg/graphql-kit';
import type { InternalCaller } from '../auth/internal-client';
import { sendRefusal } from '../http/refusal';

/** Extension: a CI system reports a new build of an artifact source. */
export const ARTIFACT_BUILDS_PATH = '/api/artifacts/builds';
/** The source's collection token (answered once by createArtifactSource): it alone names the source and its account. */
export const COLLECTION_TOKEN_HEADER = 'x-collection-token';
/** The internal route of connectors-cloudproviders-artifacts that records the build. */
export const RECORD_BUILD_PATH = '/internal/artifact-builds';

const MAX_BODY_BYTES = 4 * 1024;

/**
 * POST /api/artifacts/builds with `X-Collection-Token: <token>` and `{ "buildNo": "1.4.2" }` -> 201 `{ artifact }`
 * (an already recorded build number answers the stored artifact). No API key: the token is the credential.
 */
export function createArtifactBuildsRoute({ connectors }: { connectors: InternalCaller }) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'POST') return sendRefusal(res, 405, 'METHOD_NOT_ALLOWED', 'Use POST');
    const token = req.headers[COLLECTION_TOKEN_HEADER];
    if (typeof token !== 'string' || token.length === 0) {
      return sendRefusal(res, 401, 'UNAUTHENTICATED', `Send the artifact source's collection token in the ${COLLECTION_TOKEN_HEADER} header`);
    }
    let buildNo: unknown;
    try {
      buildNo = (JSON.parse(await readBody(req, MAX_BODY_BYTES)) as { buildNo?: unknown } | null)?.buildNo;
    } catch {
      buildNo = undefined;
    }
    if (typeof buildNo !== 'string') return sendRefusal(res, 400, 'BAD_USER_INPUT', 'Send a JSON object with the string field buildNo');
    const answer = await connectors.post(RECORD_BUILD_PATH, { token, buildNo });
    return sendJson(res, answer.status, answer.body);
  };
}
