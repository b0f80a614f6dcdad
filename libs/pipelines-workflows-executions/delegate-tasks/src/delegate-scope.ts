import { Schema, type Connection, type Model } from 'mongoose';
import { AccountScopedRepository, newId, type AccountOwned } from '@fg/tenancy';

/** The reference's DelegateScope: which task families, environment types and entities a delegate is meant for. */
export interface DelegateScope {
  id: string;
  accountId: string;
  name: string;
  taskTypes: string[];
  environmentTypes: string[];
  applications: string[];
  environments: string[];
  services: string[];
  infrastructureDefinitions: string[];
}

export type NewDelegateScope = Omit<DelegateScope, 'id' | 'accountId'>;

interface DelegateScopeDoc extends AccountOwned, NewDelegateScope {}

const delegateScopeSchema = new Schema<DelegateScopeDoc>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    name: { type: String, required: true, maxlength: 128 },
    taskTypes: { type: [String], default: [] },
    environmentTypes: { type: [String], default: [] },
    applications: { type: [String], default: [] },
    environments: { type: [String], default: [] },
    services: { type: [String], default: [] },
    infrastructureDefinitions: { type: [String], default: [] },
  },
  { collection: 'delegate_scopes', versionKey: false },
);
// delegateScopeList lists an account's scopes by name (and filters by scopeName); a name is unique in its account.
delegateScopeSchema.index({ accountId: 1, name: 1 }, { unique: true });

const MODEL_NAME = 'DelegateScope';
// Scopes are few per account; the cap only bounds a runaway listing.
const MAX_LISTED = 1000;

export class DelegateScopeRepository extends AccountScopedRepository<DelegateScopeDoc, DelegateScope> {
  constructor(connection: Connection) {
    super((connection.models[MODEL_NAME] ?? connection.model<DelegateScopeDoc>(MODEL_NAME, delegateScopeSchema)) as Model<DelegateScopeDoc>);
  }

  protected toEntity(doc: DelegateScopeDoc): DelegateScope {
    return {
      id: doc._id,
      accountId: doc.accountId,
      name: doc.name,
      taskTypes: [...doc.taskTypes],
      environmentTypes: [...doc.environmentTypes],
      applications: [...doc.applications],
      environments: [...doc.environments],
      services: [...doc.services],
      infrastructureDefinitions: [...doc.infrastructureDefinitions],
    };
  }

  create(accountId: string, scope: NewDelegateScope): Promise<DelegateScope> {
    return this.insert(accountId, { _id: newId(), ...scope });
  }

  list(accountId: string, name: string | null): Promise<DelegateScope[]> {
    return this.findMany(accountId, name ? { name } : {}, { offset: 0, count: MAX_LISTED, sort: { name: 1 } });
  }
}
