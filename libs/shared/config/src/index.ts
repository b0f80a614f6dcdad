export {
  EnvironmentError,
  parseEnvironment,
  parseEnvironmentOrExit,
  portVar,
  mongoUrlVar,
  redisUrlVar,
  signingSecretVar,
  logLevelVar,
} from './environment';
