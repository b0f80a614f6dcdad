import { exitOnEnvironmentError } from '@fg/config';
import { createLogger } from '@fg/logger';
import { startBroker } from './broker';
import { loadBrokerEnvironment } from './environment';

const env = exitOnEnvironmentError(() => loadBrokerEnvironment());
const logger = createLogger('delegate-broker', env.logLevel);

startBroker(env, logger).then(
  (running) => {
    const shutdown = (signal: string) => {
      logger.info({ signal }, 'shutting down');
      running.stop().then(
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
    logger.fatal({ err: error }, 'delegate-broker could not start');
    process.exit(1);
  },
);
