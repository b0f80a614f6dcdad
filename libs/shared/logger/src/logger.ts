import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

// Credential fields; pino replaces them before a line is written.
const CREDENTIAL_PATHS = [
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

/**
 * Fields that carry secret values in the secrets API's inputs (`input.encryptedText.value`,
 * `input.hashicorpVaultConfigInput.authDetails.authToken`, a delegate's resolved values…), redacted at any depth up to
 * seven levels, which covers every input shape of that API. `secretId` is redacted only under `authDetails`, where it is
 * a Vault AppRole credential; elsewhere it is the id of a secret, which the log should keep.
 */
const SECRET_VALUE_FIELDS = [
  'value',
  'secretValue',
  'password',
  'key',
  'passphrase',
  'fileContent',
  'authToken',
  'values',
  'authDetails.secretId',
];
const SECRET_VALUE_PATHS = SECRET_VALUE_FIELDS.flatMap((field) =>
  ['', '*.', '*.*.', '*.*.*.', '*.*.*.*.', '*.*.*.*.*.', '*.*.*.*.*.*.'].map((prefix) => `${prefix}${field}`),
);

const REDACTED_PATHS = [...new Set([...CREDENTIAL_PATHS, ...SECRET_VALUE_PATHS])];

/**
 * An error as a log line shows it: its type, message, code and stack, and its cause. pino's standard serializer also
 * copies every other property, and some errors carry large object graphs (a driver's topology, a socket) that cannot be
 * written at all, so the line would lose even the message.
 */
export function serializeError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return error;
  const { code, codeName, status } = error as Error & { code?: unknown; codeName?: unknown; status?: unknown };
  const cause = (error as Error & { cause?: unknown }).cause;
  return {
    type: error.name,
    message: error.message,
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    ...(typeof codeName === 'string' ? { codeName } : {}),
    ...(typeof status === 'number' ? { status } : {}),
    stack: error.stack,
    ...(cause !== undefined && depth < 3 ? { cause: serializeError(cause, depth + 1) } : {}),
  };
}

export function createLogger(service: string, level = 'info', destination?: DestinationStream): Logger {
  const options = {
    name: service,
    level,
    serializers: { err: (error: unknown) => serializeError(error) },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}
