import { createLogger } from '@fg/logger';
import { SecretManagerRepository, SecretRepository } from '@fg/secrets/data-access';
import { EnvelopeCipher } from '@fg/secrets/encryption';
import { openDatabase } from '@fg/tenancy';
import { loadRotationEnvironment } from '../settings';
import { rotateMasterKey } from './master-key-rotation';

/** The command: rewrap every value under SECRETS_MASTER_KEY, reading old ones with SECRETS_PREVIOUS_MASTER_KEYS. */
export function runMasterKeyRotation(): void {
  // The one place the command reads its environment (named in eslint.config.mjs).
  const environment = loadRotationEnvironment(process.env);
  const logger = createLogger('secrets-rotate-master-key', environment.logLevel);
  const run = async () => {
    const connection = await openDatabase(environment.mongoUrl, environment.mongoDbName);
    try {
      const report = await rotateMasterKey(
        new SecretRepository(connection),
        new SecretManagerRepository(connection),
        new EnvelopeCipher(environment.keyring),
        environment.keyring.activeKeyId,
        logger,
      );
      process.stdout.write(`Rewrapped ${report.rewrapped} value(s) under master key "${environment.keyring.activeKeyId}".\n`);
      if (report.failed.length > 0) {
        process.stdout.write(`${report.failed.length} value(s) could not be rewrapped:\n`);
        for (const { collection, id } of report.failed) process.stdout.write(`  ${collection} ${id}\n`);
        return 1;
      }
      return 0;
    } finally {
      await connection.close();
    }
  };
  run().then(
    (code) => process.exit(code),
    (error: unknown) => {
      logger.fatal({ err: error }, 'master key rotation failed');
      process.exit(1);
    },
  );
}
