import type { PermissionSet } from '@fg/permissions';
import type { PrincipalKind } from '@fg/internal-auth';

/** The reference's ExportExecutionsStatus. */
export const EXPORT_STATUSES = ['QUEUED', 'READY', 'FAILED', 'EXPIRED'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

/**
 * One ExportExecutionFilter as the caller sent it (execution, application, status, … IdFilter / TimeFilter /
 * NumberFilter members). Stored as given and applied by whoever reads executions, exactly as `executions` applies it.
 */
export type ExportExecutionFilter = Record<string, unknown>;

/** Who asked, with the permissions they had then: the export contains what they could read when they asked. */
export interface ExportRequester {
  kind: PrincipalKind;
  id: string;
  permissions: PermissionSet;
  userGroupIds: string[];
}

export interface ExecutionExport {
  id: string;
  accountId: string;
  /** QUEUED, READY or FAILED as stored; READY turns EXPIRED once expiresAt has passed (see exportStatusAt). */
  status: Exclude<ExportStatus, 'EXPIRED'>;
  filters: ExportExecutionFilter[];
  requestedBy: ExportRequester;
  notifyOnlyTriggeringUser: boolean;
  userGroupIds: string[];
  /** The slot of the rolling exports quota held until the file is written (committed) or the export fails (released). */
  quotaReservationId: string;
  totalExecutions: number | null;
  errorMessage: string | null;
  triggeredAt: number;
  readyAt: number | null;
  /** When the file and its links stop being served. */
  expiresAt: number;
}

/** The status a caller sees at `now`: a ready export whose file is past expiresAt is EXPIRED. */
export function exportStatusAt(exported: Pick<ExecutionExport, 'status' | 'expiresAt'>, now: number): ExportStatus {
  return exported.status === 'READY' && now > exported.expiresAt ? 'EXPIRED' : exported.status;
}
