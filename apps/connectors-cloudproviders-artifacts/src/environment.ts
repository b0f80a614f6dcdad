import { z } from 'zod';
import { parseEnvironmentOrExit } from '@fg/config';
import { loadSubgraphEnvironment } from '@fg/subgraph-server';

export function loadEnvironment() {
  const extra = parseEnvironmentOrExit(
    z.object({
      // The gateway's public base URL: generated Git webhook URLs are <PUBLIC_BASE_URL>/api/webhooks/git/<token>.
      PUBLIC_BASE_URL: z
        .string()
        .url()
        .default('http://127.0.0.1:4000')
        .transform((url) => url.replace(/\/+$/, '')),
    }),
    process.env,
  );
  return {
    ...loadSubgraphEnvironment('CONNECTORS_CLOUDPROVIDERS_ARTIFACTS_PORT', 4005, 'connectors_cloudproviders_artifacts', process.env),
    publicBaseUrl: extra.PUBLIC_BASE_URL,
  };
}
