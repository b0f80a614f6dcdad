import { z } from 'zod';
import { exitOnEnvironmentError, parseEnvironmentOrExit } from '@fg/config';
import { loadLimiterEnvironment } from '@fg/rate-limits';
import { loadSubgraphEnvironment } from '@fg/subgraph-server';

// docker compose passes an unset variable as an empty string.
const unsetWhenEmpty = <T extends z.ZodTypeAny>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema);

export function loadEnvironment() {
  const extra = parseEnvironmentOrExit(
    z.object({
      DEMO_API_KEY: unsetWhenEmpty(z.string().min(16, 'must be at least 16 characters').optional()),
      DEMO_ADMIN_PASSWORD: unsetWhenEmpty(z.string().min(8, 'must be at least 8 characters').optional()),
    }),
    process.env,
  );
  return {
    ...loadSubgraphEnvironment('IDENTITY_USERS_GROUPS_PORT', 4003, 'identity_users_groups', process.env),
    demoApiKey: extra.DEMO_API_KEY,
    demoAdminPassword: extra.DEMO_ADMIN_PASSWORD,
    ...exitOnEnvironmentError(() => loadLimiterEnvironment(process.env)),
  };
}
