import { ApiError, ErrorCode } from '@fg/graphql-kit';
import type { InternalRoute } from '@fg/subgraph-server';
import type { ArtifactCollection } from './artifact-collection';

/** The internal path the gateway forwards CI systems' build notifications to. */
export const ARTIFACT_BUILD_ROUTE = '/internal/artifact-builds';

const STATUS_BY_CODE: Record<string, number> = {
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
};

/**
 * `POST { "token": "<collection token>", "buildNo": "1.4.2" }` → 201 `{ artifact: { id, buildNo, collectedAt,
 * artifactSourceId } }`. The collection token alone decides the source (and so the account); the caller's gateway
 * identity is not used.
 */
export function artifactBuildRoute(collection: ArtifactCollection): InternalRoute {
  return async (body) => {
    const { token, buildNo } = (typeof body === 'object' && body !== null ? body : {}) as { token?: unknown; buildNo?: unknown };
    if (typeof token !== 'string' || typeof buildNo !== 'string') {
      return errorAnswer(400, ErrorCode.BadUserInput, 'Send a JSON object with the string fields token and buildNo');
    }
    try {
      const artifact = await collection.recordWithToken(token, buildNo);
      return {
        status: 201,
        body: {
          artifact: { id: artifact.id, buildNo: artifact.buildNo, collectedAt: artifact.collectedAt, artifactSourceId: artifact.artifactSourceId },
        },
      };
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const code = String(error.extensions.code);
      return errorAnswer(STATUS_BY_CODE[code] ?? 400, code, error.message);
    }
  };
}

const errorAnswer = (status: number, code: string, message: string) => ({ status, body: { errors: [{ message, extensions: { code } }] } });
