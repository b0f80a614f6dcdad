import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Starts listening and resolves with the port actually bound (port 0 picks a free one). */
export async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return (server.address() as AddressInfo).port;
}

/**
 * A stop function that is safe to call more than once: the server stops accepting, idle keep-alive sockets close at
 * once (in-flight requests finish), then the rest of the shutdown runs.
 */
export function stopOnce(server: Server, afterClose: () => Promise<void>): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  return () =>
    (stopping ??= (async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await afterClose();
    })());
}

/** What runServerProcess logs through (a pino logger fits). */
export interface ProcessLogger {
  info(details: Record<string, unknown>, message: string): void;
  error(details: Record<string, unknown>, message: string): void;
  fatal(details: Record<string, unknown>, message: string): void;
}

/**
 * main() of a server process: starts it, then on the first SIGINT or SIGTERM stops it and runs `afterStop` (flushing
 * traces, say) before exiting 0; exits 1 when it cannot start or stop. The process's own handlers stop everything in
 * order, which is why the servers turn Apollo's signal handling off.
 */
export function runServerProcess<T extends { stop(): Promise<void> }>(
  name: string,
  logger: ProcessLogger,
  start: () => Promise<T>,
  { onStarted, afterStop }: { onStarted?: (running: T) => void; afterStop?: () => Promise<void> } = {},
): void {
  start().then(
    (running) => {
      onStarted?.(running);
      const shutdown = (signal: string) => {
        logger.info({ signal }, 'shutting down');
        running
          .stop()
          .then(() => afterStop?.())
          .then(
            () => process.exit(0),
            (error: unknown) => {
              logger.error({ err: error }, 'shutdown failed');
              process.exit(1);
            },
          );
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    },
    (error: unknown) => {
      logger.fatal({ err: error }, `${name} could not start`);
      process.exit(1);
    },
  );
}
