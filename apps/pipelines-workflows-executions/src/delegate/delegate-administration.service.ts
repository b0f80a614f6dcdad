import type { Principal } from '@fg/internal-auth';
import { requireAccountPermission } from '@fg/permissions';
import type { DelegateTask, DelegateTokenRepository, EnqueueTaskInput, TaskQueue } from '@fg/pipelines-workflows-executions/delegate-tasks';

/**
 * What one request may do to the account's delegates. A delegate token lets a process join the account's delegates,
 * and a task runs on them (a shell script, an HTTP call): both act for the whole account, so both need the account
 * permission MANAGE_DELEGATES, checked before anything is written.
 */
export class DelegateAdministration {
  constructor(
    private readonly tokens: DelegateTokenRepository,
    private readonly tasks: TaskQueue,
    private readonly principal: Principal,
  ) {}

  async createToken(name: string): Promise<{ token: string }> {
    this.authorize();
    return this.tokens.create(this.principal.accountId, name);
  }

  async enqueueTask(task: EnqueueTaskInput): Promise<DelegateTask> {
    this.authorize();
    return this.tasks.enqueue(this.principal.accountId, task);
  }

  private authorize(): void {
    requireAccountPermission(this.principal.permissions, 'MANAGE_DELEGATES');
  }
}
