import { Schema, type Connection } from 'mongoose';
import { AccountScopedRepository, newId, type AccountOwned } from '@fg/tenancy';

/** A chart version recorded for an application manifest (recordManifestVersion): what ON_NEW_MANIFEST fires on. */
export interface ManifestVersion {
  id: string;
  accountId: string;
  applicationId: string;
  serviceId: string;
  appManifestId: string;
  version: string;
  createdAt: number;
}

interface ManifestVersionDoc extends AccountOwned, Omit<ManifestVersion, 'id' | 'accountId' | 'createdAt'> {
  createdAt: Date;
}

const manifestVersionSchema = new Schema<ManifestVersionDoc>(
  {
    _id: { type: String, default: newId },
    accountId: { type: String, required: true },
    applicationId: { type: String, required: true },
    serviceId: { type: String, required: true },
    appManifestId: { type: String, required: true },
    version: { type: String, required: true },
  },
  { collection: 'manifest_versions', timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
// A version is recorded once per manifest (the same version again answers the stored one); also byVersion.
manifestVersionSchema.index({ accountId: 1, appManifestId: 1, version: 1 }, { unique: true });
// LAST_COLLECTED manifest selections: a manifest's versions, newest first.
manifestVersionSchema.index({ accountId: 1, appManifestId: 1, createdAt: -1, _id: 1 });

export class ManifestVersionRepository extends AccountScopedRepository<ManifestVersionDoc, ManifestVersion> {
  constructor(connection: Connection) {
    super(connection.model<ManifestVersionDoc>('ManifestVersion', manifestVersionSchema));
  }

  protected toEntity(doc: ManifestVersionDoc): ManifestVersion {
    return {
      id: doc._id,
      accountId: doc.accountId,
      applicationId: doc.applicationId,
      serviceId: doc.serviceId,
      appManifestId: doc.appManifestId,
      version: doc.version,
      createdAt: new Date(doc.createdAt).getTime(),
    };
  }

  /** The stored version and whether this call recorded it (false: it was there already). */
  async record(accountId: string, version: Omit<ManifestVersion, 'id' | 'accountId' | 'createdAt'>): Promise<{ version: ManifestVersion; recorded: boolean }> {
    const existing = await this.findOne(accountId, { appManifestId: version.appManifestId, version: version.version });
    if (existing) return { version: existing, recorded: false };
    try {
      return { version: await this.insert(accountId, { _id: newId(), ...version } as Omit<ManifestVersionDoc, 'accountId'>), recorded: true };
    } catch (error) {
      const raced = await this.findOne(accountId, { appManifestId: version.appManifestId, version: version.version });
      if (raced) return { version: raced, recorded: false };
      throw error;
    }
  }

  /** A recorded version by its id (an execution's HELM_CHART_ID manifest input); the _id index serves it. */
  byId(accountId: string, id: string): Promise<ManifestVersion | null> {
    return this.findOne(accountId, { _id: id });
  }

  /** A recorded version of a manifest (WEBHOOK_VARIABLE selections and VERSION_NUMBER inputs: a version by number). */
  byVersion(accountId: string, appManifestId: string, version: string): Promise<ManifestVersion | null> {
    return this.findOne(accountId, { appManifestId, version });
  }

  async latest(accountId: string, appManifestId: string, accepts: (version: string) => boolean = () => true): Promise<ManifestVersion | null> {
    const recent = await this.findMany(accountId, { appManifestId }, { offset: 0, count: 500, sort: { createdAt: -1, _id: 1 } });
    return recent.find((v) => accepts(v.version)) ?? null;
  }
}
