import { createServer } from 'node:net';

// Jest runs spec files in parallel workers. A port the OS picks and releases again (listen on 0, close) can be picked
// by another worker before the process it was meant for binds it; that process then exits with EADDRINUSE while the
// stack's readiness check is answered by the other worker's process. So each worker hands out ports from a range of
// its own, below the OS's ephemeral range, and skips any port something already listens on.
const BASE_PORT = 20_000;
const PORTS_PER_WORKER = 400;

let handedOut = 0;

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A port no other Jest worker hands out, free when asked for. */
export async function reservePort(): Promise<number> {
  const worker = Number(process.env.JEST_WORKER_ID ?? '1');
  const first = BASE_PORT + worker * PORTS_PER_WORKER;
  for (let tried = 0; tried < PORTS_PER_WORKER; tried += 1) {
    const port = first + (handedOut++ % PORTS_PER_WORKER);
    if (await isFree(port)) return port;
  }
  throw new Error(`no free port in ${first}-${first + PORTS_PER_WORKER - 1}`);
}
