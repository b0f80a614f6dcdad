import { Schema, type Connection, type Model } from 'mongoose';
import { AccountScopedRepository, type AccountOwned } from '@fg/tenancy';
import type { ExecutionExport } from './execution-export.entity';

type ExportDoc = AccountOwned &
  Omit<ExecutionExport, 'id' | 'accountId' | 'triggeredAt' | 'readyAt' | 'expiresAt'> & {
    triggeredAt: Date;
    readyAt: Date | null;
    expiresAt: Date;
    /** When the export's record itself goes (a week after its file): TTL index. */
    purgeAt: Date;
  };

/** One slice of an export's file: files are written and read in order of `part`. */
interface FilePartDoc extends AccountOwned {
  exportId: string;
  part: number;
  text: string;
  /** The file goes when its export expires: TTL index. */
  expiresAt: Date;
}

const RECORD_KEPT_AFTER_FILE_MS = 7 * 24 * 3_600_000;

const exportSchema = new Schema<ExportDoc>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    status: { type: String, required: true },
    filters: { type: Schema.Types.Mixed, default: () => [] },
    requestedBy: { type: Schema.Types.Mixed, required: true },
    notifyOnlyTriggeringUser: { type: Boolean, default: false },
    userGroupIds: { type: [String], default: [] },
    quotaReservationId: { type: String, required: true },
    totalExecutions: { type: Number, default: null },
    errorMessage: { type: String, default: null },
    triggeredAt: { type: Date, required: true },
    readyAt: { type: Date, default: null },
    expiresAt: { type: Date, required: true },
    purgeAt: { type: Date, required: true },
  },
  { collection: 'execution_exports', versionKey: false, minimize: false },
);
// Old export records go by themselves (a TTL index; every read is by _id and account).
exportSchema.index({ purgeAt: 1 }, { expireAfterSeconds: 0 });

const filePartSchema = new Schema<FilePartDoc>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    exportId: { type: String, required: true },
    part: { type: Number, required: true },
    text: { type: String, required: true },
    expiresAt: { type: Date, required: true },
  },
  { collection: 'execution_export_files', versionKey: false },
);
// Downloads read an export's parts in order.
filePartSchema.index({ accountId: 1, exportId: 1, part: 1 });
// Files go when their export expires.
filePartSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });

const toDate = (ms: number | null) => (ms === null ? null : new Date(ms));

export class ExecutionExportRepository extends AccountScopedRepository<ExportDoc, ExecutionExport> {
  private readonly parts: Model<FilePartDoc>;

  constructor(connection: Connection) {
    super(connection.model<ExportDoc>('ExecutionExport', exportSchema));
    this.parts = connection.model<FilePartDoc>('ExecutionExportFile', filePartSchema);
  }

  protected toEntity(doc: ExportDoc): ExecutionExport {
    return {
      id: doc._id,
      accountId: doc.accountId,
      status: doc.status,
      filters: doc.filters ?? [],
      requestedBy: doc.requestedBy,
      notifyOnlyTriggeringUser: doc.notifyOnlyTriggeringUser ?? false,
      userGroupIds: doc.userGroupIds ?? [],
      quotaReservationId: doc.quotaReservationId,
      totalExecutions: doc.totalExecutions ?? null,
      errorMessage: doc.errorMessage ?? null,
      triggeredAt: new Date(doc.triggeredAt).getTime(),
      readyAt: doc.readyAt ? new Date(doc.readyAt).getTime() : null,
      expiresAt: new Date(doc.expiresAt).getTime(),
    };
  }

  create(exported: ExecutionExport): Promise<ExecutionExport> {
    const { id, accountId, triggeredAt, readyAt, expiresAt, ...rest } = exported;
    return this.insert(accountId, {
      _id: id,
      ...rest,
      triggeredAt: new Date(triggeredAt),
      readyAt: toDate(readyAt),
      expiresAt: new Date(expiresAt),
      purgeAt: new Date(expiresAt + RECORD_KEPT_AFTER_FILE_MS),
    });
  }

  byId(accountId: string, id: string): Promise<ExecutionExport | null> {
    return this.findOne(accountId, { _id: id });
  }

  /** QUEUED → READY, once: false when another worker already finished it (or it failed). */
  async markReady(accountId: string, id: string, totalExecutions: number, now: number): Promise<boolean> {
    const updated = await this.updateOne(accountId, { _id: id, status: 'QUEUED' }, { $set: { status: 'READY', totalExecutions, readyAt: new Date(now) } });
    return updated !== null;
  }

  /** QUEUED → FAILED, once. */
  async markFailed(accountId: string, id: string, errorMessage: string): Promise<boolean> {
    const updated = await this.updateOne(accountId, { _id: id, status: 'QUEUED' }, { $set: { status: 'FAILED', errorMessage } });
    return updated !== null;
  }

  /** Writes one part of the file; writing the same part again (a retried job) replaces it. */
  async writePart(exported: ExecutionExport, part: number, text: string): Promise<void> {
    await this.parts
      .replaceOne(
        { _id: `${exported.id}:${part}`, accountId: exported.accountId },
        { accountId: exported.accountId, exportId: exported.id, part, text, expiresAt: new Date(exported.expiresAt) },
        { upsert: true },
      )
      .exec();
  }

  /** Drops parts from `fromPart` on, left by an earlier attempt that wrote more of them. */
  async dropPartsFrom(exported: ExecutionExport, fromPart: number): Promise<void> {
    await this.parts.deleteMany({ accountId: exported.accountId, exportId: exported.id, part: { $gte: fromPart } }).exec();
  }

  /** The file's parts in order, one read at a time, so a large file is never held whole. */
  async *readParts(accountId: string, exportId: string): AsyncGenerator<string> {
    const cursor = this.parts.find({ accountId, exportId }).sort({ part: 1 }).select({ text: 1 }).lean<FilePartDoc>().cursor();
    for await (const doc of cursor) yield (doc as FilePartDoc).text;
  }
}
