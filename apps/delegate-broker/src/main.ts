import { exitOnEnvironmentError } from '@fg/config';
import { runServerProcess } from '@fg/graphql-kit';
import { createLogger } from '@fg/logger';
import { startBroker } from './broker';
import { loadBrokerEnvironment } from './environment';

const env = exitOnEnvironmentError(() => loadBrokerEnvironment());
const logger = createLogger('delegate-broker', env.logLevel);

runServerProcess('delegate-broker', logger, () => startBroker(env, logger));
