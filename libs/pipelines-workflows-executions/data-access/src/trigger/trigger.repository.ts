import { Schema, type Connection } from 'mongoose';
import { AccountScopedRepository, newId, type AccountOwned } from '@fg/tenancy';
import type { Trigger, TriggerAction, TriggerActor, TriggerCondition, TriggerConditionType, TriggerFields, TriggerTargetEnvironment } from './trigger.entity';

interface TriggerDoc extends AccountOwned {
  applicationId: string;
  name: string;
  description: string | null;
  condition: TriggerCondition;
  /** What an event-driven condition listens to (artifact source, pipeline, app manifest): the event handlers' key. */
  watchedId: string | null;
  /** The webhook token, apart so that a unique index can cover it. */
  webhookToken?: string;
  action: TriggerAction;
  createdBy: string | null;
  actor: TriggerActor;
  targetEnvironments?: TriggerTargetEnvironment[];
  createdAt: Date;
  updatedAt: Date;
}

const triggerSchema = new Schema<TriggerDoc>(
  {
    _id: { type: String, default: newId },
    accountId: { type: String, required: true },
    applicationId: { type: String, required: true },
    name: { type: String, required: true },
    description: { type: String, default: null },
    // Validated by the subgraph per condition type before it is written; stored as one document (the aggregate).
    condition: { type: Schema.Types.Mixed, required: true },
    watchedId: { type: String, default: null },
    webhookToken: { type: String },
    action: { type: Schema.Types.Mixed, required: true },
    createdBy: { type: String, default: null },
    actor: { type: Schema.Types.Mixed, required: true },
    // Filtered on by the triggers list's permission scope, within the account and application scans below.
    targetEnvironments: { type: Schema.Types.Mixed },
  },
  { collection: 'triggers', timestamps: true, versionKey: false, minimize: false },
);
// triggers(filters: application) and an application's triggers: newest first; also ofApplication and
// removeOfApplication (application.deleted's cascade).
triggerSchema.index({ accountId: 1, applicationId: 1, createdAt: -1, _id: 1 });
// triggers without an application filter: the account's triggers, newest first.
triggerSchema.index({ accountId: 1, createdAt: -1, _id: 1 });
// triggerByName; names are unique within an application, as the reference requires.
triggerSchema.index({ accountId: 1, applicationId: 1, name: 1 }, { unique: true });
// Event-driven firing: the triggers of one kind listening to one artifact source / pipeline / app manifest.
triggerSchema.index({ accountId: 1, 'condition.type': 1, watchedId: 1 });
// A webhook delivery finds its trigger by the URL's token alone (the token decides the account). Tokens are 192 random
// bits, unique by construction; the index is not unique because most triggers have none (and the embedded store
// does not honour partial unique indexes).
triggerSchema.index({ webhookToken: 1 });
// The broker's reconciliation of job schedulers at start: every ON_SCHEDULE trigger, in pages by id.
triggerSchema.index({ 'condition.type': 1, _id: 1 });

function watchedIdOf(condition: TriggerCondition): string | null {
  switch (condition.type) {
    case 'ON_NEW_ARTIFACT':
      return condition.artifactSourceId;
    case 'ON_PIPELINE_COMPLETION':
      return condition.pipelineId;
    case 'ON_NEW_MANIFEST':
      return condition.appManifestId;
    default:
      return null;
  }
}

/** A condition on trigger fields (applicationId, _id, action.entityId, targetEnvironments), e.g. a permission scope's list filter. */
export type TriggerQuery = Record<string, unknown>;

export class TriggerRepository extends AccountScopedRepository<TriggerDoc, Trigger> {
  constructor(connection: Connection) {
    super(connection.model<TriggerDoc>('Trigger', triggerSchema));
  }

  protected toEntity(doc: TriggerDoc): Trigger {
    return {
      id: doc._id,
      accountId: doc.accountId,
      applicationId: doc.applicationId,
      name: doc.name,
      description: doc.description ?? null,
      condition: doc.condition,
      action: doc.action,
      createdBy: doc.createdBy ?? null,
      actor: doc.actor,
      ...(doc.targetEnvironments ? { targetEnvironments: doc.targetEnvironments } : {}),
      createdAt: new Date(doc.createdAt).getTime(),
      updatedAt: new Date(doc.updatedAt).getTime(),
    };
  }

  create(accountId: string, fields: TriggerFields): Promise<Trigger> {
    const token = fields.condition.type === 'ON_WEBHOOK' ? fields.condition.token : undefined;
    const doc = { _id: newId(), ...fields, watchedId: watchedIdOf(fields.condition), ...(token ? { webhookToken: token } : {}) };
    return this.insert(accountId, doc as unknown as Omit<TriggerDoc, 'accountId'>);
  }

  /** Full replacement of what a trigger says (createdBy and createdAt stay); null when it no longer exists. */
  replace(accountId: string, id: string, fields: Omit<TriggerFields, 'createdBy'>): Promise<Trigger | null> {
    const token = fields.condition.type === 'ON_WEBHOOK' ? fields.condition.token : undefined;
    const { targetEnvironments, ...rest } = fields;
    const set = { ...rest, watchedId: watchedIdOf(fields.condition), ...(token ? { webhookToken: token } : {}), ...(targetEnvironments ? { targetEnvironments } : {}) };
    const unset = { ...(token ? {} : { webhookToken: 1 }), ...(targetEnvironments ? {} : { targetEnvironments: 1 }) };
    return this.updateOne(accountId, { _id: id }, Object.keys(unset).length ? { $set: set, $unset: unset } : { $set: set });
  }

  remove(accountId: string, id: string): Promise<boolean> {
    return this.deleteOne(accountId, { _id: id });
  }

  /** A page of an application's triggers, newest first: what its deletion must tear down besides the documents. */
  ofApplication(accountId: string, applicationId: string, count: number): Promise<Trigger[]> {
    return this.findMany(accountId, { applicationId }, { offset: 0, count, sort: { createdAt: -1, _id: 1 } });
  }

  /** Deletes the given triggers of an application (those its deletion has torn down); how many went. */
  removeOfApplication(accountId: string, applicationId: string, ids: readonly string[]): Promise<number> {
    return this.deleteMany(accountId, { applicationId, _id: { $in: [...ids] } });
  }

  byName(accountId: string, applicationId: string, name: string): Promise<Trigger | null> {
    return this.findOne(accountId, { applicationId, name });
  }

  list(accountId: string, query: TriggerQuery, offset: number, count: number): Promise<Trigger[]> {
    return this.findMany(accountId, query, { offset, count, sort: { createdAt: -1, _id: 1 } });
  }

  countOf(accountId: string, query: TriggerQuery): Promise<number> {
    return this.count(accountId, query);
  }

  /** The triggers of one kind that listen to an artifact source, a pipeline or an app manifest. */
  watching(accountId: string, type: TriggerConditionType, watchedId: string): Promise<Trigger[]> {
    return this.findMany(accountId, { 'condition.type': type, watchedId }, { offset: 0, count: 1000, sort: { _id: 1 } });
  }

  /** The trigger a webhook URL names: its token decides the account. */
  byWebhookToken(token: string): Promise<Trigger | null> {
    return this.findOneAcrossAccounts({ webhookToken: token }, 'a webhook delivery carries only the token of its trigger');
  }

  /**
   * A page of every account's ON_SCHEDULE triggers after `afterId`: the broker makes sure each has its job scheduler
   * (a schedule written to the store whose scheduler Redis lost, or never got, is repaired at start).
   */
  scheduledAcrossAccounts(afterId: string, count: number): Promise<Trigger[]> {
    return this.findManyAcrossAccounts(
      { 'condition.type': 'ON_SCHEDULE', _id: { $gt: afterId } },
      'reconciling the job schedulers of every account',
      count,
      { _id: 1 },
    );
  }
}
