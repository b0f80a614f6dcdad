/** Asks every subgraph's /readyz (next to its /graphql) at once; a subgraph that does not answer in time is down. */
export async function checkSubgraphs(
  subgraphUrls: Record<string, string>,
  timeoutMs = 2_000,
): Promise<Record<string, 'ok' | 'unavailable'>> {
  const entries = await Promise.all(
    Object.entries(subgraphUrls).map(async ([name, graphqlUrl]) => {
      try {
        const response = await fetch(new URL('/readyz', graphqlUrl), { signal: AbortSignal.timeout(timeoutMs) });
        return [name, response.ok ? 'ok' : 'unavailable'] as const;
      } catch {
        return [name, 'unavailable'] as const;
      }
    }),
  );
  return Object.fromEntries(entries);
}
