import { Schema, type Connection } from 'mongoose';
import { AccountScopedRepository, isDuplicateKeyError, newId, type AccountOwned, type ScopedFilter } from '@fg/tenancy';

/**
 * An application manifest: a service's chart whose versions recordManifestVersion records. It is known from its first
 * recorded version on, and belongs for good to the application and service of that recording; its name is the one
 * last given at recording (its id until one is given).
 */
export interface AppManifest {
  id: string;
  accountId: string;
  applicationId: string;
  serviceId: string;
  name: string;
  createdAt: number;
}

interface AppManifestDoc extends AccountOwned {
  /** The appManifestId callers name it by. */
  appManifestId: string;
  applicationId: string;
  serviceId: string;
  name: string;
  createdAt: Date;
}

const appManifestSchema = new Schema<AppManifestDoc>(
  {
    _id: { type: String, default: newId },
    accountId: { type: String, required: true },
    appManifestId: { type: String, required: true },
    applicationId: { type: String, required: true },
    serviceId: { type: String, required: true },
    name: { type: String, required: true },
  },
  { collection: 'app_manifests', timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
// recordManifestVersion, trigger validation and appManifestName: manifests by id (one per account and id).
appManifestSchema.index({ accountId: 1, appManifestId: 1 }, { unique: true });
// executionInputs.serviceManifestInputs and VERSION_NUMBER manifest inputs: the manifests of a few services.
appManifestSchema.index({ accountId: 1, serviceId: 1, appManifestId: 1 });

/** What registering a recording answers: the manifest, or the one of that id another service owns. */
export type AppManifestRegistration = { ok: true; manifest: AppManifest } | { ok: false; owner: AppManifest };

export class AppManifestRepository extends AccountScopedRepository<AppManifestDoc, AppManifest> {
  constructor(connection: Connection) {
    super(connection.model<AppManifestDoc>('AppManifest', appManifestSchema));
  }

  protected toEntity(doc: AppManifestDoc): AppManifest {
    return {
      id: doc.appManifestId,
      accountId: doc.accountId,
      applicationId: doc.applicationId,
      serviceId: doc.serviceId,
      name: doc.name,
      createdAt: new Date(doc.createdAt).getTime(),
    };
  }

  /**
   * Makes the manifest known for this recording: created on its first one, renamed when a new name is given, refused
   * (ok: false) when it belongs to another application or service.
   */
  async register(accountId: string, wanted: { id: string; applicationId: string; serviceId: string; name: string | null }): Promise<AppManifestRegistration> {
    const byId = { appManifestId: wanted.id } as ScopedFilter<AppManifestDoc>;
    let manifest = await this.findOne(accountId, byId);
    if (!manifest) {
      try {
        manifest = await this.insert(accountId, {
          _id: newId(),
          appManifestId: wanted.id,
          applicationId: wanted.applicationId,
          serviceId: wanted.serviceId,
          name: wanted.name ?? wanted.id,
        } as Omit<AppManifestDoc, 'accountId'>);
        return { ok: true, manifest };
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        manifest = (await this.findOne(accountId, byId))!;
      }
    }
    if (manifest.applicationId !== wanted.applicationId || manifest.serviceId !== wanted.serviceId) return { ok: false, owner: manifest };
    if (wanted.name === null || wanted.name === manifest.name) return { ok: true, manifest };
    const renamed = await this.updateOne(accountId, { ...byId, applicationId: wanted.applicationId, serviceId: wanted.serviceId } as ScopedFilter<AppManifestDoc>, {
      $set: { name: wanted.name },
    });
    return { ok: true, manifest: renamed ?? manifest };
  }

  /** The known manifests among these ids (validation of triggers, their appManifestName). */
  manifestsByIds(accountId: string, ids: readonly string[]): Promise<AppManifest[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.findMany(accountId, { appManifestId: { $in: [...ids] } } as ScopedFilter<AppManifestDoc>, { offset: 0, count: ids.length, sort: { appManifestId: 1 } });
  }

  /** The known manifests of these services (a service has a few charts at most). */
  manifestsOfServices(accountId: string, serviceIds: readonly string[]): Promise<AppManifest[]> {
    if (serviceIds.length === 0) return Promise.resolve([]);
    return this.findMany(accountId, { serviceId: { $in: [...serviceIds] } } as ScopedFilter<AppManifestDoc>, { offset: 0, count: 1000, sort: { serviceId: 1, appManifestId: 1 } });
  }
}
