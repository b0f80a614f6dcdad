import { z } from 'zod';
import { exitOnEnvironmentError, parseEnvironmentOrExit } from '@fg/config';
import { loadLimiterEnvironment } from '@fg/rate-limits';
import { loadSubgraphEnvironment } from '@fg/subgraph-server';

export function loadEnvironment() {
  const extra = parseEnvironmentOrExit(
    z.object({
      // How often lapsed delegate leases are looked for: a task whose delegate died is offered again within 1-2 of these.
      DELEGATE_LEASE_CHECK_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
    }),
    process.env,
  );
  return {
    ...loadSubgraphEnvironment('PIPELINES_WORKFLOWS_EXECUTIONS_PORT', 4002, 'pipelines_workflows_executions', process.env),
    ...exitOnEnvironmentError(() => loadLimiterEnvironment(process.env)),
    leaseCheckMs: extra.DELEGATE_LEASE_CHECK_MS,
  };
}
