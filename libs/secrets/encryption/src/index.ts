export {
  MasterKeyring,
  MasterKeyError,
  MASTER_KEY_BYTES,
  loadMasterKeyring,
  parseMasterKey,
  type MasterKeySettings,
} from './master-keyring';
export { EnvelopeCipher, DecryptionError, type EncryptedValue } from './envelope-cipher';
