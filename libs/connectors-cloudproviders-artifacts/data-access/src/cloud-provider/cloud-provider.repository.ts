import { Schema, type Connection } from 'mongoose';
import { AccountScopedRepository, newId, type AccountOwned, type ScopedFilter } from '@fg/tenancy';

export const CLOUD_PROVIDER_TYPES = [
  'PHYSICAL_DATA_CENTER',
  'AWS',
  'AZURE',
  'GCP',
  'KUBERNETES_CLUSTER',
  'PCF',
  'SPOT_INST',
  'RANCHER',
] as const;
export type CloudProviderType = (typeof CLOUD_PROVIDER_TYPES)[number];

/** Kind-specific settings as given by the create/update inputs; credentials appear only as ids of secrets. */
export type CloudProviderSettings = Record<string, unknown>;

export interface CloudProvider {
  id: string;
  accountId: string;
  type: CloudProviderType;
  name: string;
  description: string | null;
  isContinuousEfficiencyEnabled: boolean;
  settings: CloudProviderSettings;
  createdById: string | null;
  createdAt: number;
  /** Incremented by every change; updates are compare-and-set on it. */
  revision: number;
}

interface CloudProviderDoc extends AccountOwned {
  type: CloudProviderType;
  name: string;
  description: string | null;
  isContinuousEfficiencyEnabled: boolean;
  settings: CloudProviderSettings;
  createdById: string | null;
  createdAt: Date;
  revision: number;
}

const cloudProviderSchema = new Schema<CloudProviderDoc>(
  {
    _id: { type: String, default: newId },
    accountId: { type: String, required: true },
    type: { type: String, required: true },
    name: { type: String, required: true },
    description: { type: String, default: null },
    isContinuousEfficiencyEnabled: { type: Boolean, default: false },
    settings: { type: Schema.Types.Mixed, default: {} },
    createdById: { type: String, default: null },
    revision: { type: Number, default: 1 },
  },
  { collection: 'cloud_providers', timestamps: true, versionKey: false, minimize: false },
);
// cloudProviderByName, and unique names within an account.
cloudProviderSchema.index({ accountId: 1, name: 1 }, { unique: true });
// cloudProviders without a filter or with a createdAt filter: newest first.
cloudProviderSchema.index({ accountId: 1, createdAt: -1, _id: -1 });
// cloudProviders(filters: [{ cloudProviderType }]), and checks that a referenced cloud provider has the right type.
cloudProviderSchema.index({ accountId: 1, type: 1, createdAt: -1 });
// cloudProviders(filters: [{ isCEEnabled }]).
cloudProviderSchema.index({ accountId: 1, isContinuousEfficiencyEnabled: 1, createdAt: -1 });

export type NewCloudProvider = Pick<CloudProvider, 'type' | 'name' | 'settings' | 'createdById'> &
  Partial<Pick<CloudProvider, 'description' | 'isContinuousEfficiencyEnabled'>>;

export type CloudProviderQuery = ScopedFilter<CloudProviderDoc>;

const NEWEST_FIRST = { createdAt: -1, _id: -1 } as const;

export class CloudProviderRepository extends AccountScopedRepository<CloudProviderDoc, CloudProvider> {
  constructor(connection: Connection) {
    super(connection.model<CloudProviderDoc>('CloudProvider', cloudProviderSchema));
  }

  protected toEntity(doc: CloudProviderDoc): CloudProvider {
    return {
      id: doc._id,
      accountId: doc.accountId,
      type: doc.type,
      name: doc.name,
      description: doc.description ?? null,
      isContinuousEfficiencyEnabled: doc.isContinuousEfficiencyEnabled ?? false,
      settings: doc.settings ?? {},
      createdById: doc.createdById ?? null,
      createdAt: new Date(doc.createdAt).getTime(),
      revision: doc.revision ?? 1,
    };
  }

  create(accountId: string, provider: NewCloudProvider): Promise<CloudProvider> {
    return this.insert(accountId, {
      _id: newId(),
      description: null,
      isContinuousEfficiencyEnabled: false,
      revision: 1,
      ...provider,
    } as Omit<CloudProviderDoc, 'accountId'>);
  }

  byName(accountId: string, name: string): Promise<CloudProvider | null> {
    return this.findOne(accountId, { name });
  }

  list(accountId: string, query: CloudProviderQuery, offset: number, count: number): Promise<CloudProvider[]> {
    return this.findMany(accountId, query, { offset, count, sort: NEWEST_FIRST });
  }

  countMatching(accountId: string, query: CloudProviderQuery): Promise<number> {
    return this.count(accountId, query);
  }

  /** Writes the new name and settings only if nobody changed the provider since `expected` was read; null otherwise. */
  replaceSettings(
    accountId: string,
    expected: CloudProvider,
    change: { name: string; settings: CloudProviderSettings },
  ): Promise<CloudProvider | null> {
    return this.updateOne(
      accountId,
      { _id: expected.id, revision: expected.revision },
      { $set: { name: change.name, settings: change.settings }, $inc: { revision: 1 } },
    );
  }

  remove(accountId: string, id: string): Promise<boolean> {
    return this.deleteOne(accountId, { _id: id });
  }
}
