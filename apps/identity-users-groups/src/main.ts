import { createLogger } from '@fg/logger';
import { createLimiterRedis } from '@fg/rate-limits';
import { runSubgraphProcess } from '@fg/subgraph-server';
import { loadEnvironment } from './environment';
import { podLoginGate } from './session/login-gate';
import { identitySubgraph } from './subgraph';

const environment = loadEnvironment();
const loginGate = podLoginGate(
  createLimiterRedis(environment.redisUrl),
  environment.redisKeyPrefix,
  environment.limits,
  createLogger('login-limit'),
);
runSubgraphProcess(
  identitySubgraph({ demoApiKey: environment.demoApiKey, demoAdminPassword: environment.demoAdminPassword, loginGate }),
  environment,
);
