import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { MasterKeyring } from './master-keyring';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const DATA_KEY_BYTES = 32;

/**
 * One value encrypted at rest. The value is sealed with its own random data key; the data key is stored only wrapped
 * (encrypted) by the master key named by `keyId`. Every part is base64, so the stored document is plain JSON.
 */
export interface EncryptedValue {
  /** Which master key wrapped `wrappedDataKey`. */
  keyId: string;
  /** iv | tag | encrypted data key. */
  wrappedDataKey: string;
  /** iv | tag | encrypted value. */
  ciphertext: string;
}

/** The ciphertext or its context was altered, or the key is not the one that sealed it. Says nothing more on purpose. */
export class DecryptionError extends Error {
  constructor() {
    super('The value cannot be decrypted: it was altered or belongs elsewhere');
    this.name = 'DecryptionError';
  }
}

function seal(key: Buffer, plaintext: Buffer, associatedData: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const encrypted = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), encrypted]).toString('base64');
}

function open(key: Buffer, sealed: string, associatedData: string): Buffer {
  const bytes = Buffer.from(sealed, 'base64');
  if (bytes.length < IV_BYTES + TAG_BYTES) throw new DecryptionError();
  const decipher = createDecipheriv(ALGORITHM, key, bytes.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(associatedData, 'utf8'));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    throw new DecryptionError();
  }
}

// The wrapped key is bound to its master key id, so relabelling a key id makes unwrapping fail instead of misreading.
const wrapContext = (keyId: string) => `fg-data-key:v1:${keyId}`;

/**
 * Envelope encryption with AES-256-GCM. `context` is authenticated with the value (e.g. account and secret id), so a
 * ciphertext copied onto another secret does not decrypt there.
 */
export class EnvelopeCipher {
  constructor(private readonly keyring: MasterKeyring) {}

  encrypt(plaintext: Buffer | string, context: string): EncryptedValue {
    const dataKey = randomBytes(DATA_KEY_BYTES);
    try {
      const keyId = this.keyring.activeKeyId;
      return {
        keyId,
        wrappedDataKey: seal(this.keyring.activeKey, dataKey, wrapContext(keyId)),
        ciphertext: seal(dataKey, typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext, context),
      };
    } finally {
      dataKey.fill(0);
    }
  }

  decrypt(value: EncryptedValue, context: string): Buffer {
    const dataKey = this.unwrap(value);
    try {
      return open(dataKey, value.ciphertext, context);
    } finally {
      dataKey.fill(0);
    }
  }

  decryptText(value: EncryptedValue, context: string): string {
    return this.decrypt(value, context).toString('utf8');
  }

  /** True when the value's data key is wrapped by another master key than the active one. */
  needsRewrap(value: EncryptedValue): boolean {
    return value.keyId !== this.keyring.activeKeyId;
  }

  /** The same value with its data key wrapped by the active master key; the ciphertext itself is untouched. */
  rewrap(value: EncryptedValue): EncryptedValue {
    if (!this.needsRewrap(value)) return value;
    const dataKey = this.unwrap(value);
    try {
      const keyId = this.keyring.activeKeyId;
      return { keyId, wrappedDataKey: seal(this.keyring.activeKey, dataKey, wrapContext(keyId)), ciphertext: value.ciphertext };
    } finally {
      dataKey.fill(0);
    }
  }

  private unwrap(value: EncryptedValue): Buffer {
    return open(this.keyring.key(value.keyId), value.wrappedDataKey, wrapContext(value.keyId));
  }
}
