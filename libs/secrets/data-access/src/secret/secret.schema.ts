import { Schema } from 'mongoose';
import type { EncryptedValue } from '@fg/secrets/encryption';
import { newId, type AccountOwned } from '@fg/tenancy';
import type { UsageScope } from '../usage-scope/usage-scope.entity';
import type { NameValue, SecretType, SshSettings, WinRmSettings } from './secret.entity';

/** Texts and files share one name space (a task names either by name); each credential kind has its own. */
export type SecretNameSpace = 'ENCRYPTED_DATA' | 'WINRM_CREDENTIAL' | 'SSH_CREDENTIAL';

export const nameSpaceOf = (secretType: SecretType): SecretNameSpace =>
  secretType === 'ENCRYPTED_TEXT' || secretType === 'ENCRYPTED_FILE' ? 'ENCRYPTED_DATA' : secretType;

export interface SecretDoc extends AccountOwned {
  name: string;
  nameSpace: SecretNameSpace;
  secretType: SecretType;
  usageScope: UsageScope | null;
  referencedSecretIds: string[];
  /** Texts and files only. */
  secretManagerId?: string;
  scopedToAccount?: boolean;
  inheritScopesFromSM?: boolean;
  secretReference?: string | null;
  parameters?: NameValue[];
  valueSize?: number;
  /** The value, envelope-encrypted; absent for a reference into an external manager. */
  value?: EncryptedValue | null;
  winRm?: WinRmSettings;
  ssh?: SshSettings;
}

const encryptedValueSchema = new Schema<EncryptedValue>(
  {
    keyId: { type: String, required: true },
    wrappedDataKey: { type: String, required: true },
    ciphertext: { type: String, required: true },
  },
  { _id: false },
);

export const secretSchema = new Schema<SecretDoc>(
  {
    _id: { type: String, default: newId },
    accountId: { type: String, required: true },
    name: { type: String, required: true },
    nameSpace: { type: String, required: true },
    secretType: { type: String, required: true },
    usageScope: { type: Schema.Types.Mixed, default: null },
    referencedSecretIds: { type: [String], default: [] },
    secretManagerId: { type: String },
    scopedToAccount: { type: Boolean },
    inheritScopesFromSM: { type: Boolean },
    secretReference: { type: String, default: null },
    parameters: { type: Schema.Types.Mixed },
    valueSize: { type: Number },
    value: { type: encryptedValueSchema, default: null },
    winRm: { type: Schema.Types.Mixed },
    ssh: { type: Schema.Types.Mixed },
  },
  { collection: 'secrets', timestamps: true, versionKey: false, minimize: false },
);
// secretByName (name + type) and the delegate's lookup of texts by name; unique names within a name space.
secretSchema.index({ accountId: 1, nameSpace: 1, name: 1 }, { unique: true });
// deleteSecret's check for SSH and WinRM credentials that use the secret.
secretSchema.index({ accountId: 1, referencedSecretIds: 1 });
// deleteSecretManager's check for secrets still stored in the manager.
secretSchema.index({ accountId: 1, secretManagerId: 1 });
// The master-key rotation's scan for values wrapped by another key than the active one.
secretSchema.index({ 'value.keyId': 1 });
