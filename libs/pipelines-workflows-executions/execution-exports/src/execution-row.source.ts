import type { Principal } from '@fg/internal-auth';
import type { ExportExecutionFilter } from './execution-export.entity';

/** One execution as the export file shows it: the fields `executions` answers, as JSON. */
export type ExecutionRow = Record<string, unknown>;

/**
 * Where exports read executions: those `principal` may read that match every filter, newest first, exactly as the
 * `executions` query selects them (the executions engine implements it; the export only pages through it).
 */
export interface ExecutionRowSource {
  page(principal: Principal, filters: readonly ExportExecutionFilter[], offset: number, count: number): Promise<ExecutionRow[]>;
}
