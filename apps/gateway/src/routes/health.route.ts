import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '@fg/graphql-kit';

export const HEALTH_PATH = '/healthz';
export const READY_PATH = '/readyz';

export type SubgraphStatus = 'ok' | 'unavailable';

/** The process is up: it answers without asking anyone else. */
export async function healthRoute(_req: IncomingMessage, res: ServerResponse): Promise<void> {
  sendJson(res, 200, { status: 'ok' });
}

/** Ready only when every subgraph is: a gateway without one of them would fail part of every query plan. */
export function createReadyRoute(checkSubgraphs: () => Promise<Record<string, SubgraphStatus>>) {
  return async (_req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const subgraphs = await checkSubgraphs();
    const ready = Object.values(subgraphs).every((status) => status === 'ok');
    sendJson(res, ready ? 200 : 503, { status: ready ? 'ok' : 'unavailable', subgraphs });
  };
}
