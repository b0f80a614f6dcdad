import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

// Paths that may carry credentials; pino replaces them before a line is written.
const REDACTED_PATHS = [
  'apiKey',
  '*.apiKey',
  'password',
  '*.password',
  'secret',
  '*.secret',
  'headers["x-api-key"]',
  '*.headers["x-api-key"]',
  '*.headers.authorization',
];

export function createLogger(service: string, level = 'info', destination?: DestinationStream): Logger {
  const options = {
    name: service,
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}
