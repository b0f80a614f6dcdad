import { ApiError, ErrorCode, notFound } from '@fg/graphql-kit';
import type { Principal } from '@fg/internal-auth';
import type { ExecutionExports, ExportExecutionFilter, ExportView } from '@fg/pipelines-workflows-executions/execution-exports';

export const EXPORT_NOT_FOUND = 'Export does not exist or access is denied';

export interface ExportExecutionsRequest {
  filters?: readonly ExportExecutionFilter[] | null;
  notifyOnlyTriggeringUser?: boolean | null;
  userGroupIds?: readonly string[] | null;
}

/** Exports as one request sees them: asked for and read by users and API keys of the account. */
export class ExportService {
  constructor(
    private readonly exports: ExecutionExports,
    private readonly principal: Principal,
  ) {}

  request(input: ExportExecutionsRequest): Promise<ExportView> {
    if (this.principal.kind !== 'user' && this.principal.kind !== 'apiKey') {
      throw new ApiError(ErrorCode.Forbidden, 'User not authorized');
    }
    return this.exports.request(this.principal, {
      // What each row may show is decided by the requester's permissions when the file is written.
      filters: (input.filters ?? []).map((filter) => ({ ...filter })),
      notifyOnlyTriggeringUser: input.notifyOnlyTriggeringUser ?? false,
      userGroupIds: [...new Set(input.userGroupIds ?? [])],
    });
  }

  async status(requestId: string): Promise<ExportView> {
    const view = await this.exports.statusFor(this.principal, requestId);
    if (!view) throw notFound(EXPORT_NOT_FOUND);
    return view;
  }
}
