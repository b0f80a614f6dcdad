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
  logLevelVar,
} from './environment';
