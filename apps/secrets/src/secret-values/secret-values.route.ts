import { z } from 'zod';
import type { InternalRoute } from '@fg/subgraph-server';
import type { SecretValueService } from './secret-value.service';

/** Wire contract with the task path (see README "Values for delegate tasks"). Never rename. */
export const SECRET_VALUES_PATH = '/internal/secrets/values';

const requestSchema = z.object({
  secretNames: z.array(z.string().min(1)).max(100).default([]),
  secretFileNames: z.array(z.string().min(1)).max(100).default([]),
  referencedNames: z.array(z.string().min(1)).max(100).default([]),
  application: z.object({ id: z.string().min(1) }).nullish(),
  environment: z.object({ id: z.string().min(1), type: z.enum(['PROD', 'NON_PROD']) }).nullish(),
});

const STATUS = { forbidden: 403, 'not-found': 404, 'out-of-scope': 403, external: 422 } as const;

export function secretValuesRoute(service: SecretValueService): InternalRoute {
  return async (body, principal) => {
    const parsed = requestSchema.safeParse(body);
    if (!parsed.success || parsed.data.secretNames.length + parsed.data.secretFileNames.length + parsed.data.referencedNames.length === 0) {
      return {
        status: 400,
        body: { error: 'Expected { secretNames?: string[], secretFileNames?: string[], referencedNames?: string[] (one name at least), application?: { id }, environment?: { id, type: PROD | NON_PROD } }' },
      };
    }
    const { secretNames, secretFileNames, referencedNames, application, environment } = parsed.data;
    const answer = await service.valuesFor(principal.accountId, principal, {
      secretNames,
      secretFileNames,
      referencedNames,
      usage: { applicationId: application?.id ?? null, environment: environment ?? null },
    });
    if (answer.ok) return { status: 200, body: { values: answer.values, files: answer.files } };
    return { status: STATUS[answer.reason], body: { error: answer.message, ...(answer.secretName ? { secretName: answer.secretName } : {}) } };
  };
}
