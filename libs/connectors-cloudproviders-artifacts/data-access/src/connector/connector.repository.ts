import { Schema, type Connection } from 'mongoose';
import { AccountScopedRepository, newId, type AccountOwned } from '@fg/tenancy';

/** Only Git connectors are stored so far; the type field leaves room for the other kinds. */
export type ConnectorType = 'GIT';

export interface Connector {
  id: string;
  accountId: string;
  type: ConnectorType;
  name: string;
  description: string | null;
  url: string | null;
  branch: string | null;
  createdById: string | null;
  createdAt: number;
}

interface ConnectorDoc extends AccountOwned {
  type: ConnectorType;
  name: string;
  description: string | null;
  url: string | null;
  branch: string | null;
  createdById: string | null;
  createdAt: Date;
}

const connectorSchema = new Schema<ConnectorDoc>(
  {
    _id: { type: String, default: newId },
    accountId: { type: String, required: true },
    type: { type: String, required: true },
    name: { type: String, required: true },
    description: { type: String, default: null },
    url: { type: String, default: null },
    branch: { type: String, default: null },
    createdById: { type: String, default: null },
  },
  { collection: 'connectors', timestamps: true, versionKey: false },
);
// Unique connector names within an account (connector lookups by id use the _id index).
connectorSchema.index({ accountId: 1, name: 1 }, { unique: true });

export type NewConnector = Pick<Connector, 'type' | 'name' | 'description' | 'url' | 'branch' | 'createdById'>;

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
      url: doc.url ?? null,
      branch: doc.branch ?? null,
      createdById: doc.createdById ?? null,
      createdAt: new Date(doc.createdAt).getTime(),
    };
  }

  create(accountId: string, connector: NewConnector): Promise<Connector> {
    return this.insert(accountId, { _id: newId(), ...connector } as Omit<ConnectorDoc, 'accountId'>);
  }
}
