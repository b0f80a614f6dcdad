export {
  EnvironmentError,
  parseEnvironment,
  parseEnvironmentOrExit,
  exitOnEnvironmentError,
  portVar,
  mongoUrlVar,
  redisUrlVar,
  redisKeyPrefixVar,
  signingSecretVar,
  logLevelVar,
} from './environment';
