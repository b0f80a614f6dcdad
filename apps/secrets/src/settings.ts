import { z } from 'zod';
import { EnvironmentError, exitOnEnvironmentError, loadEnvironments, logLevelVar, mongoUrlVar, parseEnvironment } from '@fg/config';
import { loadLimiterEnvironment } from '@fg/rate-limits';
import { loadMasterKeyring, MasterKeyError, type MasterKeyring } from '@fg/secrets/encryption';

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

/** What encryption needs: the master keys and the largest encrypted file accepted. */
export interface EncryptionSettings {
  keyring: MasterKeyring;
  maxFileBytes: number;
}

/** The subgraph's own settings: encryption, and the Redis that carries domain events. */
export interface SecretsSettings extends EncryptionSettings {
  redisUrl: string;
  redisKeyPrefix: string;
}

// docker compose passes an unset variable as an empty string.
const unsetWhenEmpty = <T extends z.ZodTypeAny>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema);

const encryptionSchema = z.object({
  SECRETS_MASTER_KEY: unsetWhenEmpty(z.string().optional()),
  SECRETS_MASTER_KEY_FILE: unsetWhenEmpty(z.string().optional()),
  SECRETS_PREVIOUS_MASTER_KEYS: unsetWhenEmpty(z.string().optional()),
  SECRETS_MAX_FILE_BYTES: unsetWhenEmpty(z.coerce.number().int().positive().default(DEFAULT_MAX_FILE_BYTES)),
});

export function parseEncryptionSettings(env: NodeJS.ProcessEnv): EncryptionSettings {
  const parsed = parseEnvironment(encryptionSchema, env);
  try {
    const keyring = loadMasterKeyring({
      activeKey: parsed.SECRETS_MASTER_KEY,
      activeKeyFile: parsed.SECRETS_MASTER_KEY_FILE,
      previousKeys: parsed.SECRETS_PREVIOUS_MASTER_KEYS,
    });
    return { keyring, maxFileBytes: parsed.SECRETS_MAX_FILE_BYTES };
  } catch (error) {
    if (error instanceof MasterKeyError) throw new EnvironmentError([error.message]);
    throw error;
  }
}

/** `settings(env)` of the subgraph: every problem of both groups is reported at once. */
export function loadSecretsSettings(env: NodeJS.ProcessEnv): SecretsSettings {
  const { encryption, redis } = loadEnvironments({
    encryption: () => parseEncryptionSettings(env),
    redis: () => loadLimiterEnvironment(env),
  });
  return { ...encryption, redisUrl: redis.redisUrl, redisKeyPrefix: redis.redisKeyPrefix };
}

/** The rotation command needs the store and the keys, not the server's settings. */
export function loadRotationEnvironment(env: NodeJS.ProcessEnv) {
  return exitOnEnvironmentError(() => {
    const { store, encryption } = loadEnvironments({
      store: () =>
        parseEnvironment(
          z.object({
            MONGO_URL: mongoUrlVar,
            MONGO_DB_PREFIX: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/).default('fg'),
            LOG_LEVEL: logLevelVar,
          }),
          env,
        ),
      encryption: () => parseEncryptionSettings(env),
    });
    return { mongoUrl: store.MONGO_URL, mongoDbName: `${store.MONGO_DB_PREFIX}_secrets`, logLevel: store.LOG_LEVEL, ...encryption };
  });
}
