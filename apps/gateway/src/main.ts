import { runServerProcess } from '@fg/graphql-kit';
import { createLogger } from '@fg/logger';
import { startTracing } from '@fg/tracing';
import { loadEnvironment } from './environment';
import { startGateway } from './gateway-server';

const config = loadEnvironment();
const logger = createLogger('gateway', config.logLevel);
const tracing = startTracing('gateway');

runServerProcess('gateway', logger, () => startGateway(config, logger), {
  onStarted: (gateway) => logger.info({ url: gateway.url }, 'gateway ready'),
  afterStop: () => tracing.shutdown(),
});
