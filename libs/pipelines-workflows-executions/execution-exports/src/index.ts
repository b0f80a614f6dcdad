// Exports of executions (exportExecutions). Per process:
//   const exports = new ExecutionExports({ exports: new ExecutionExportRepository(connection), quota, limits, ... });
//   the pipelines subgraph calls request / statusFor / statusByLink / file; the delegate broker also calls
//   startWorker(source) once; close() on shutdown.
export {
  ExecutionExports,
  EXPORT_LIMIT_REACHED,
  EXPORT_LINKS_PREFIX,
  EXPORT_LINK_PURPOSE,
  type ExportLinkKind,
  type ExecutionExportsOptions,
  type ExportView,
  type ExportRequest,
} from './execution-exports';
export { ExecutionExportRepository } from './execution-export.repository';
export { EXPORT_STATUSES, exportStatusAt, type ExportStatus, type ExecutionExport, type ExportExecutionFilter } from './execution-export.entity';
export type { ExecutionRowSource, ExecutionRow } from './execution-row.source';
