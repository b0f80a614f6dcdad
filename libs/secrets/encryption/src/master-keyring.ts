import { readFileSync } from 'node:fs';

export const MASTER_KEY_BYTES = 32;

/** A master key as configured: `<keyId>:<base64 of 32 random bytes>`. The id is stored with every wrapped data key. */
const KEY_PATTERN = /^([A-Za-z0-9._-]{1,64}):([A-Za-z0-9+/_=-]+)$/;

export class MasterKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MasterKeyError';
  }
}

/**
 * The master keys a process holds: one active key that wraps every new data key, and the previous keys it still
 * accepts when unwrapping, so a rotation never stops a running process from reading what the old key wrapped.
 */
export class MasterKeyring {
  private readonly keys: ReadonlyMap<string, Buffer>;

  constructor(
    readonly activeKeyId: string,
    keys: ReadonlyMap<string, Buffer>,
  ) {
    if (!keys.has(activeKeyId)) throw new MasterKeyError(`The active master key "${activeKeyId}" is not in the keyring`);
    for (const [id, key] of keys) {
      if (key.length !== MASTER_KEY_BYTES) throw new MasterKeyError(`Master key "${id}" must be ${MASTER_KEY_BYTES} bytes`);
    }
    this.keys = keys;
  }

  get activeKey(): Buffer {
    return this.keys.get(this.activeKeyId) as Buffer;
  }

  key(keyId: string): Buffer {
    const key = this.keys.get(keyId);
    if (!key) throw new MasterKeyError(`Master key "${keyId}" is not configured; it is needed to decrypt this value`);
    return key;
  }

  get keyIds(): string[] {
    return [...this.keys.keys()];
  }
}

/** Parses `<keyId>:<base64>`; the message never repeats the key material. */
export function parseMasterKey(text: string): { id: string; key: Buffer } {
  const match = KEY_PATTERN.exec(text.trim());
  if (!match) throw new MasterKeyError('A master key must look like <keyId>:<base64 of 32 bytes>');
  const key = Buffer.from(match[2], match[2].includes('-') || match[2].includes('_') ? 'base64url' : 'base64');
  if (key.length !== MASTER_KEY_BYTES) throw new MasterKeyError(`Master key "${match[1]}" must decode to ${MASTER_KEY_BYTES} bytes`);
  return { id: match[1], key };
}

export interface MasterKeySettings {
  /** `<keyId>:<base64>`, the active key. */
  activeKey?: string;
  /** A file holding the active key in the same form (a mounted secret in production). */
  activeKeyFile?: string;
  /** Comma-separated `<keyId>:<base64>` keys still accepted for unwrapping (during a rotation). */
  previousKeys?: string;
}

export function loadMasterKeyring(settings: MasterKeySettings): MasterKeyring {
  const activeText = settings.activeKey ?? (settings.activeKeyFile ? readKeyFile(settings.activeKeyFile) : undefined);
  if (!activeText) throw new MasterKeyError('No master key: set SECRETS_MASTER_KEY or SECRETS_MASTER_KEY_FILE');
  const active = parseMasterKey(activeText);
  const keys = new Map<string, Buffer>([[active.id, active.key]]);
  for (const part of (settings.previousKeys ?? '').split(',')) {
    if (!part.trim()) continue;
    const previous = parseMasterKey(part);
    if (keys.has(previous.id) && !keys.get(previous.id)?.equals(previous.key)) {
      throw new MasterKeyError(`Master key id "${previous.id}" is configured twice with different keys`);
    }
    keys.set(previous.id, previous.key);
  }
  return new MasterKeyring(active.id, keys);
}

function readKeyFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new MasterKeyError(`The master key file ${path} cannot be read`);
  }
}
