import { exitOnEnvironmentError } from '@fg/config';
import { runServerProcess } from '@fg/graphql-kit';
import { createLogger } from '@fg/logger';
import { startTracing } from '@fg/tracing';
import { startBroker } from './broker';
import { loadBrokerEnvironment } from './environment';

// Off unless OTEL_EXPORTER_OTLP_ENDPOINT is set.
startTracing('delegate-broker');
const env = exitOnEnvironmentError(() => loadBrokerEnvironment());
const logger = createLogger('delegate-broker', env.logLevel);

runServerProcess('delegate-broker', logger, () => startBroker(env, logger));
