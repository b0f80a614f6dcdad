export {
  EnvironmentError,
  parseEnvironment,
  parseEnvironmentOrExit,
  loadEnvironments,
  exitOnEnvironmentError,
  portVar,
  mongoUrlVar,
  redisUrlVar,
  redisKeyPrefixVar,
  signingSecretVar,
  publicBaseUrlVar,
  logLevelVar,
} from './environment';
