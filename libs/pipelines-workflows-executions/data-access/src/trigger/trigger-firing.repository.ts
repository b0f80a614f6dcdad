import { Schema, type Connection } from 'mongoose';
import { AccountScopedRepository, isDuplicateKeyError, newId, type AccountOwned } from '@fg/tenancy';
import type { TriggerConditionType } from './trigger.entity';
import type { FiringArtifact, FiringManifest, TriggerFiring, TriggerFiringStatus, TriggerRefusalReason } from './trigger-firing.entity';

interface TriggerFiringDoc extends AccountOwned {
  triggerId: string;
  applicationId: string;
  conditionType: TriggerConditionType;
  deliveryId: string;
  firedAt: Date;
  status: TriggerFiringStatus;
  executionId: string | null;
  reason: TriggerRefusalReason | null;
  message: string | null;
  artifacts: FiringArtifact[];
  manifests?: FiringManifest[];
}

const firingSchema = new Schema<TriggerFiringDoc>(
  {
    _id: { type: String, default: newId },
    accountId: { type: String, required: true },
    triggerId: { type: String, required: true },
    applicationId: { type: String, required: true },
    conditionType: { type: String, required: true },
    deliveryId: { type: String, required: true },
    firedAt: { type: Date, required: true },
    status: { type: String, required: true },
    executionId: { type: String, default: null },
    reason: { type: String, default: null },
    message: { type: String, default: null },
    artifacts: { type: Schema.Types.Mixed, default: () => [] },
    manifests: { type: Schema.Types.Mixed, default: () => [] },
  },
  { collection: 'trigger_firings', versionKey: false, minimize: false },
);
// At-least-once in, exactly-once out: a delivery (or event, or tick) seen twice is claimed once per trigger.
firingSchema.index({ accountId: 1, triggerId: 1, deliveryId: 1 }, { unique: true });
// triggerFirings(triggerId): a trigger's firings, newest first.
firingSchema.index({ accountId: 1, triggerId: 1, firedAt: -1, _id: 1 });

export type FiringOutcome =
  | { status: 'STARTED'; executionId: string; message: string | null; artifacts: FiringArtifact[]; manifests: FiringManifest[] }
  | { status: 'REFUSED'; reason: TriggerRefusalReason; message: string; artifacts: FiringArtifact[]; manifests: FiringManifest[] };

export class TriggerFiringRepository extends AccountScopedRepository<TriggerFiringDoc, TriggerFiring> {
  constructor(connection: Connection) {
    super(connection.model<TriggerFiringDoc>('TriggerFiring', firingSchema));
  }

  protected toEntity(doc: TriggerFiringDoc): TriggerFiring {
    return {
      id: doc._id,
      accountId: doc.accountId,
      triggerId: doc.triggerId,
      applicationId: doc.applicationId,
      conditionType: doc.conditionType,
      deliveryId: doc.deliveryId,
      firedAt: new Date(doc.firedAt).getTime(),
      status: doc.status,
      executionId: doc.executionId ?? null,
      reason: doc.reason ?? null,
      message: doc.message ?? null,
      artifacts: doc.artifacts ?? [],
      manifests: doc.manifests ?? [],
    };
  }

  /** Claims a delivery for a trigger; null when it was claimed before (a retried delivery, a redelivered event). */
  async claim(
    accountId: string,
    firing: { triggerId: string; applicationId: string; conditionType: TriggerConditionType; deliveryId: string; firedAt: number },
  ): Promise<TriggerFiring | null> {
    try {
      return await this.insert(accountId, {
        _id: newId(),
        ...firing,
        firedAt: new Date(firing.firedAt),
        status: 'FIRING',
        executionId: null,
        reason: null,
        message: null,
        artifacts: [],
        manifests: [],
      });
    } catch (error) {
      if (isDuplicateKeyError(error)) return null;
      throw error;
    }
  }

  /** Records how a claimed firing ended; only a FIRING one changes (compare-and-set). */
  settle(accountId: string, id: string, outcome: FiringOutcome): Promise<TriggerFiring | null> {
    const fields =
      outcome.status === 'STARTED'
        ? { status: outcome.status, executionId: outcome.executionId, reason: null, message: outcome.message, artifacts: outcome.artifacts, manifests: outcome.manifests }
        : { status: outcome.status, executionId: null, reason: outcome.reason, message: outcome.message, artifacts: outcome.artifacts, manifests: outcome.manifests };
    return this.updateOne(accountId, { _id: id, status: 'FIRING' }, { $set: fields });
  }

  ofTrigger(accountId: string, triggerId: string, offset: number, count: number): Promise<TriggerFiring[]> {
    return this.findMany(accountId, { triggerId }, { offset, count, sort: { firedAt: -1, _id: 1 } });
  }

  countOfTrigger(accountId: string, triggerId: string): Promise<number> {
    return this.count(accountId, { triggerId });
  }

  /** The newest firing that started an execution, other than `except` (the one being decided). */
  lastStarted(accountId: string, triggerId: string, except: string): Promise<TriggerFiring | null> {
    return this.findMany(accountId, { triggerId, status: 'STARTED', _id: { $ne: except } }, { offset: 0, count: 1, sort: { firedAt: -1, _id: 1 } }).then(
      ([firing]) => firing ?? null,
    );
  }
}
