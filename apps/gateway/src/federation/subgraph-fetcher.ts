import type { Fetcher } from '@apollo/utils.fetcher';
import { Agent, fetch } from 'undici';

export interface SubgraphFetcher extends Fetcher {
  close(): Promise<void>;
}

/** Subgraph calls over a keep-alive connection pool, so no request pays for a new TCP connection. */
export function createSubgraphFetcher(): SubgraphFetcher {
  const agent = new Agent({ keepAliveTimeout: 60_000, connections: 64, pipelining: 1 });
  const fetcher = ((url: string, init?: Parameters<Fetcher>[1]) =>
    fetch(url, { ...(init as object), dispatcher: agent })) as unknown as SubgraphFetcher;
  fetcher.close = () => agent.close();
  return fetcher;
}
