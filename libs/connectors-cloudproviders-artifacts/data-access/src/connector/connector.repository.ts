import { Schema, type Connection } from 'mongoose';
import { AccountScopedRepository, newId, type AccountOwned, type ScopedFilter } from '@fg/tenancy';

export const CONNECTOR_TYPES = [
  'SMTP',
  'JENKINS',
  'BAMBOO',
  'SPLUNK',
  'ELK',
  'LOGZ',
  'SUMO',
  'APP_DYNAMICS',
  'NEW_RELIC',
  'DYNA_TRACE',
  'BUG_SNAG',
  'DATA_DOG',
  'APM_VERIFICATION',
  'PROMETHEUS',
  'ELB',
  'SLACK',
  'DOCKER',
  'ECR',
  'GCR',
  'NEXUS',
  'ARTIFACTORY',
  'AMAZON_S3',
  'GCS',
  'GIT',
  'SMB',
  'JIRA',
  'SFTP',
  'SERVICENOW',
  'HTTP_HELM_REPO',
  'AMAZON_S3_HELM_REPO',
  'GCS_HELM_REPO',
  'OCI_HELM_REPO',
] as const;
export type ConnectorType = (typeof CONNECTOR_TYPES)[number];

/** Kind-specific settings as given by the create/update inputs (URL, user name, secret ids, selectors…). */
export type ConnectorSettings = Record<string, unknown>;

export interface Connector {
  id: string;
  accountId: string;
  type: ConnectorType;
  name: string;
  description: string | null;
  settings: ConnectorSettings;
  /** Git connectors with a generated webhook URL: the URL's unguessable last segment. */
  webhookToken: string | null;
  /** Helm repositories on S3 or GCS: the cloud provider they read through. */
  cloudProviderId: string | null;
  createdById: string | null;
  createdAt: number;
  /** Incremented by every change; updates are compare-and-set on it. */
  revision: number;
}

interface ConnectorDoc extends AccountOwned {
  type: ConnectorType;
  name: string;
  description: string | null;
  settings: ConnectorSettings;
  webhookToken: string | null;
  cloudProviderId: string | null;
  createdById: string | null;
  createdAt: Date;
  revision: number;
}

const connectorSchema = new Schema<ConnectorDoc>(
  {
    _id: { type: String, default: newId },
    accountId: { type: String, required: true },
    type: { type: String, required: true },
    name: { type: String, required: true },
    description: { type: String, default: null },
    settings: { type: Schema.Types.Mixed, default: {} },
    webhookToken: { type: String, default: null },
    cloudProviderId: { type: String, default: null },
    createdById: { type: String, default: null },
    revision: { type: Number, default: 1 },
  },
  { collection: 'connectors', timestamps: true, versionKey: false, minimize: false },
);
// Unique connector names within an account (connector lookups by id use the _id index).
connectorSchema.index({ accountId: 1, name: 1 }, { unique: true });
// connectors without a filter or with a createdAt filter: newest first.
connectorSchema.index({ accountId: 1, createdAt: -1, _id: -1 });
// connectors(filters: [{ connectorType }]).
connectorSchema.index({ accountId: 1, type: 1, createdAt: -1 });
// deleteCloudProvider: the Helm connectors that still read through the provider.
connectorSchema.index({ accountId: 1, cloudProviderId: 1 });
// Git webhooks (served by the triggers work) find their connector by the URL's token.
connectorSchema.index({ webhookToken: 1 });

export type NewConnector = Pick<Connector, 'type' | 'name' | 'createdById'> &
  Partial<Pick<Connector, 'description' | 'settings' | 'webhookToken' | 'cloudProviderId'>>;

export type ConnectorChange = Pick<Connector, 'name' | 'settings' | 'webhookToken' | 'cloudProviderId'>;

export type ConnectorQuery = ScopedFilter<ConnectorDoc>;

const NEWEST_FIRST = { createdAt: -1, _id: -1 } as const;

export class ConnectorRepository extends AccountScopedRepository<ConnectorDoc, Connector> {
  constructor(connection: Connection) {
    super(connection.model<ConnectorDoc>('Connector', connectorSchema));
  }

  protected toEntity(doc: ConnectorDoc): Connector {
    return {
      id: doc._id,
      accountId: doc.accountId,
      type: doc.type,
      name: doc.name,
      description: doc.description ?? null,
      settings: doc.settings ?? {},
      webhookToken: doc.webhookToken ?? null,
      cloudProviderId: doc.cloudProviderId ?? null,
      createdById: doc.createdById ?? null,
      createdAt: new Date(doc.createdAt).getTime(),
      revision: doc.revision ?? 1,
    };
  }

  create(accountId: string, connector: NewConnector): Promise<Connector> {
    return this.insert(accountId, {
      _id: newId(),
      description: null,
      settings: {},
      webhookToken: null,
      cloudProviderId: null,
      revision: 1,
      ...connector,
    } as Omit<ConnectorDoc, 'accountId'>);
  }

  list(accountId: string, query: ConnectorQuery, offset: number, count: number): Promise<Connector[]> {
    return this.findMany(accountId, query, { offset, count, sort: NEWEST_FIRST });
  }

  countMatching(accountId: string, query: ConnectorQuery): Promise<number> {
    return this.count(accountId, query);
  }

  /** Helm connectors reading through the cloud provider (a few are enough to name them). */
  readingThroughCloudProvider(accountId: string, cloudProviderId: string, count: number): Promise<Connector[]> {
    return this.findMany(accountId, { cloudProviderId }, { offset: 0, count, sort: { _id: 1 } });
  }

  /** Writes the change only if nobody changed the connector since `expected` was read; null otherwise. */
  replaceSettings(accountId: string, expected: Connector, change: ConnectorChange): Promise<Connector | null> {
    return this.updateOne(accountId, { _id: expected.id, revision: expected.revision }, { $set: change, $inc: { revision: 1 } });
  }

  remove(accountId: string, id: string): Promise<boolean> {
    return this.deleteOne(accountId, { _id: id });
  }
}
