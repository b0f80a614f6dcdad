import { hostname } from 'node:os';
import { createLogger } from '@fg/logger';
import { startTracing } from '@fg/tracing';
import { Delegate, DelegateDeletedError } from './delegate';
import { loadEnvironment } from './environment';
import { InvalidDelegateTokenError, PlatformClient } from './platform-client';
import { DELEGATE_VERSION } from './version';

const env = loadEnvironment();
const logger = createLogger('delegate', env.LOG_LEVEL);
// Task runs join the trace of the request that enqueued them when OTEL_EXPORTER_OTLP_ENDPOINT is set.
const tracing = startTracing('delegate');

const client = new PlatformClient({
  baseUrl: env.PLATFORM_URL,
  token: env.DELEGATE_TOKEN,
  logger: logger.child({ component: 'platform-client' }),
});
const delegate = new Delegate(
  client,
  {
    name: env.DELEGATE_NAME,
    tags: env.DELEGATE_TAGS,
    version: DELEGATE_VERSION,
    hostName: hostname(),
    maxConcurrentTasks: env.DELEGATE_MAX_CONCURRENT_TASKS,
    pollIntervalMs: env.DELEGATE_POLL_INTERVAL_MS,
    heartbeatIntervalMs: env.DELEGATE_HEARTBEAT_INTERVAL_MS,
    shutdownGraceMs: env.DELEGATE_SHUTDOWN_GRACE_MS,
  },
  logger,
);

// The first signal drains (running tasks get the grace period); a second one hands them back at once.
let signalsSeen = 0;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    logger.info({ signal }, 'signal received');
    if (signalsSeen++ === 0) void delegate.stop();
    else delegate.abortNow();
  });
}

logger.info({ platformUrl: env.PLATFORM_URL, name: env.DELEGATE_NAME, version: DELEGATE_VERSION }, 'delegate starting');
delegate.run().then(
  () => finish(0, 'delegate stopped'),
  (error: unknown) => {
    if (error instanceof InvalidDelegateTokenError) {
      logger.fatal('the platform rejected DELEGATE_TOKEN (401 INVALID_DELEGATE_TOKEN): check the token and its account; exiting');
    } else if (error instanceof DelegateDeletedError) {
      logger.fatal('an operator deleted or rejected this delegate (403 DELEGATE_DELETED); exiting');
    } else {
      logger.fatal({ err: error }, 'delegate failed; exiting');
    }
    finish(1);
  },
);

function finish(code: number, message?: string): void {
  if (message) logger.info(message);
  process.exitCode = code;
  void tracing.shutdown();
  // Idle keep-alive sockets should not hold the process open once the work is done.
  setTimeout(() => process.exit(code), 1_000).unref();
}
