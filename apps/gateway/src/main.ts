import { createLogger } from '@fg/logger';
import { startTracing } from '@fg/tracing';
import { loadEnvironment } from './environment';
import { startGateway } from './gateway-server';

const config = loadEnvironment();
const logger = createLogger('gateway', config.logLevel);
const tracing = startTracing('gateway');

startGateway(config, logger).then(
  (gateway) => {
    logger.info({ url: gateway.url }, 'gateway ready');
    const shutdown = (signal: string) => {
      logger.info({ signal }, 'shutting down');
      gateway
        .stop()
        .then(() => tracing.shutdown())
        .then(
          () => process.exit(0),
          () => process.exit(1),
        );
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  },
  (error: unknown) => {
    logger.fatal({ err: error }, 'gateway could not start');
    process.exit(1);
  },
);
