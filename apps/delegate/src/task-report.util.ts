import { MAX_ERROR_LENGTH } from '@fg/delegate-protocol';
import type { TaskResult } from '@fg/delegate/task-runners';
import type { ReportedResult } from './platform-client';

export const TRUNCATION_MARKER = ' (output truncated)';

/**
 * Maps a runner's result to the platform's strict result: only exitCode, output, httpStatus and error. Truncation is
 * shown by appending TRUNCATION_MARKER to the output, where a reader of the output will see it; the runners' output
 * limit leaves room for it. durationMs is not sent: the platform times the task itself from running to report.
 */
export function toReportedResult(result: TaskResult): ReportedResult {
  const reported: ReportedResult = {};
  if (result.exitCode !== undefined) reported.exitCode = result.exitCode;
  if (result.output !== undefined) reported.output = result.outputTruncated ? `${result.output}${TRUNCATION_MARKER}` : result.output;
  if (result.httpStatus !== undefined) reported.httpStatus = result.httpStatus;
  if (result.error !== undefined) reported.error = result.error.slice(0, MAX_ERROR_LENGTH);
  return reported;
}
