import { z } from 'zod';
import { EnvironmentError, exitOnEnvironmentError, logLevelVar, mongoUrlVar, parseEnvironment } from '@fg/config';
import { loadMasterKeyring, MasterKeyError, type MasterKeyring } from '@fg/secrets/encryption';
import { loadSubgraphEnvironment, type SubgraphEnvironment } from '@fg/subgraph-server';

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

/** What encryption needs: the master keys and the largest encrypted file accepted. */
export interface SecretsSettings {
  keyring: MasterKeyring;
  maxFileBytes: number;
}

const secretsSchema = z.object({
  SECRETS_MASTER_KEY: z.string().optional(),
  SECRETS_MASTER_KEY_FILE: z.string().optional(),
  SECRETS_PREVIOUS_MASTER_KEYS: z.string().optional(),
  SECRETS_MAX_FILE_BYTES: z.coerce.number().int().positive().default(DEFAULT_MAX_FILE_BYTES),
});

export function parseSecretsSettings(env: NodeJS.ProcessEnv): SecretsSettings {
  const parsed = parseEnvironment(secretsSchema, env);
  try {
    const keyring = loadMasterKeyring({
      activeKey: parsed.SECRETS_MASTER_KEY || undefined,
      activeKeyFile: parsed.SECRETS_MASTER_KEY_FILE || undefined,
      previousKeys: parsed.SECRETS_PREVIOUS_MASTER_KEYS,
    });
    return { keyring, maxFileBytes: parsed.SECRETS_MAX_FILE_BYTES };
  } catch (error) {
    if (error instanceof MasterKeyError) throw new EnvironmentError([error.message]);
    throw error;
  }
}

export const loadEnvironment = (): SubgraphEnvironment & SecretsSettings => ({
  ...loadSubgraphEnvironment('SECRETS_PORT', 4004, 'secrets', process.env),
  ...exitOnEnvironmentError(() => parseSecretsSettings(process.env)),
});

/** The rotation command needs the store and the keys, not the server's settings. */
export function loadRotationEnvironment() {
  return exitOnEnvironmentError(() => {
    const parsed = parseEnvironment(
      z.object({
        MONGO_URL: mongoUrlVar,
        MONGO_DB_PREFIX: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/).default('fg'),
        LOG_LEVEL: logLevelVar,
      }),
      process.env,
    );
    return {
      mongoUrl: parsed.MONGO_URL,
      mongoDbName: `${parsed.MONGO_DB_PREFIX}_secrets`,
      logLevel: parsed.LOG_LEVEL,
      ...parseSecretsSettings(process.env),
    };
  });
}
