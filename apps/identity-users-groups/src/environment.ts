import { z } from 'zod';
import { parseEnvironmentOrExit } from '@fg/config';
import { loadSubgraphEnvironment } from '@fg/subgraph-server';

export function loadEnvironment() {
  const extra = parseEnvironmentOrExit(
    z.object({
      DEMO_API_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
      DEMO_ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
    }),
    process.env,
  );
  return {
    ...loadSubgraphEnvironment('IDENTITY_USERS_GROUPS_PORT', 4003, 'identity_users_groups', process.env),
    demoApiKey: extra.DEMO_API_KEY,
    demoAdminPassword: extra.DEMO_ADMIN_PASSWORD,
  };
}
