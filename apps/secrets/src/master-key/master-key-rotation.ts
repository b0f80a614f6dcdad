import type { Logger } from '@fg/logger';
import type { SecretManagerRepository, SecretRepository } from '@fg/secrets/data-access';
import type { EncryptedValue, EnvelopeCipher } from '@fg/secrets/encryption';

export interface RotationReport {
  /** Values whose data key is now wrapped by the active master key. */
  rewrapped: number;
  /** Values that could not be rewrapped (their master key is missing, or they were altered): listed by id. */
  failed: { collection: 'secrets' | 'secret_managers'; id: string }[];
}

interface WrappedValue {
  accountId: string;
  id: string;
  value: EncryptedValue;
}

interface RotationSource {
  collection: RotationReport['failed'][number]['collection'];
  scan(activeKeyId: string, count: number, skipIds: string[]): Promise<WrappedValue[]>;
  replace(accountId: string, id: string, previous: EncryptedValue, next: EncryptedValue): Promise<boolean>;
}

const BATCH = 100;

/**
 * Rewraps every data key that another master key than the active one wrapped; the values themselves are not
 * re-encrypted. Safe while the subgraph serves: each replace is a compare-and-set on the wrapping that was read, and
 * running processes accept both keys (the old one is still configured as a previous key) until this has finished.
 */
export async function rotateMasterKey(
  secrets: SecretRepository,
  managers: SecretManagerRepository,
  cipher: EnvelopeCipher,
  activeKeyId: string,
  logger: Logger,
): Promise<RotationReport> {
  const sources: RotationSource[] = [
    {
      collection: 'secrets',
      scan: async (keyId, count, skipIds) =>
        (await secrets.valuesWrappedByOtherKeys(keyId, count, skipIds)).map((v) => ({ accountId: v.accountId, id: v.secretId, value: v.value })),
      replace: (accountId, id, previous, next) => secrets.replaceWrapping(accountId, id, previous, next),
    },
    {
      collection: 'secret_managers',
      scan: async (keyId, count, skipIds) =>
        (await managers.credentialsWrappedByOtherKeys(keyId, count, skipIds)).map((v) => ({ accountId: v.accountId, id: v.secretManagerId, value: v.value })),
      replace: (accountId, id, previous, next) => managers.replaceWrapping(accountId, id, previous, next),
    },
  ];
  const report: RotationReport = { rewrapped: 0, failed: [] };
  for (const source of sources) {
    const skipIds: string[] = [];
    const misses = new Map<string, number>();
    for (;;) {
      const batch = await source.scan(activeKeyId, BATCH, skipIds);
      if (batch.length === 0) break;
      for (const item of batch) {
        const fail = (reason: string) => {
          skipIds.push(item.id);
          report.failed.push({ collection: source.collection, id: item.id });
          logger.error({ collection: source.collection, id: item.id, reason }, 'cannot rewrap a value');
        };
        let next: EncryptedValue;
        try {
          next = cipher.rewrap(item.value);
        } catch (error) {
          fail((error as Error).message);
          continue;
        }
        if (await source.replace(item.accountId, item.id, item.value, next)) {
          report.rewrapped += 1;
          continue;
        }
        // Changed meanwhile: an update writes under the active key, so the next scan no longer sees it. One that
        // keeps coming back unchanged would loop forever; it is reported instead.
        const missed = (misses.get(item.id) ?? 0) + 1;
        misses.set(item.id, missed);
        if (missed >= 3) fail('its stored wrapping kept changing during the rotation');
      }
    }
  }
  logger.info({ activeKeyId, rewrapped: report.rewrapped, failed: report.failed.length }, 'master key rotation finished');
  return report;
}
