import type DataLoader from 'dataloader';
import { badInput, byIdLoader, conflict, notFound, type IdFilter } from '@fg/graphql-kit';
import type { Principal } from '@fg/internal-auth';
import { requireAccountPermission, requireAppPermission } from '@fg/permissions';
import {
  DelegateTaskError,
  type DelegateApproval,
  type DelegateRegistry,
  type DelegateScope,
  type DelegateStatus,
  type DelegateTask,
  type DelegateTokenRepository,
  type DelegateType,
  type DelegateWithLiveness,
  type EnqueueTaskInput,
  type NewDelegateScope,
  type TaskQueue,
  type TaskScheduling,
  type TaskStatus,
  type WaitExplanation,
} from '@fg/pipelines-workflows-executions/delegate-tasks';

export const DELEGATE_TASK_NOT_FOUND = 'Delegate task does not exist';

export interface DelegateServices {
  tasks: TaskQueue;
  delegates: DelegateRegistry;
  delegateTokens: DelegateTokenRepository;
  scheduling: TaskScheduling;
}

export interface DelegateListFilter {
  delegateName?: string | null;
  delegateStatus?: DelegateStatus | null;
  delegateType?: DelegateType | null;
}

/** Delegates, their scopes and tasks, for one request's principal. */
export class DelegateService {
  private readonly scopes: DataLoader<string, DelegateScope | null>;

  constructor(
    private readonly services: DelegateServices,
    private readonly principal: Principal,
  ) {
    this.scopes = byIdLoader((ids) => services.delegates.scopesByIds(principal.accountId, ids));
  }

  private get accountId(): string {
    return this.principal.accountId;
  }

  /**
   * Every management call passes here before anything is written. A delegate token lets a process join the account's
   * delegates and a task runs on them (a shell script, an HTTP call): both act for the whole account, so they, like
   * approving, deleting and scoping delegates, need the account permission MANAGE_DELEGATES. Reads are account-wide.
   */
  private authorizeManagement(): void {
    requireAccountPermission(this.principal.permissions, 'MANAGE_DELEGATES');
  }

  async listDelegates(filters: DelegateListFilter[]): Promise<DelegateWithLiveness[]> {
    const wantsDeleted = filters.some((filter) => filter.delegateStatus === 'DELETED');
    return (await this.services.delegates.listDelegates(this.accountId)).filter(
      (delegate) =>
        (wantsDeleted || delegate.status !== 'DELETED') &&
        filters.every(
          (filter) =>
            (!filter.delegateName || filter.delegateName === delegate.name) &&
            (!filter.delegateStatus || filter.delegateStatus === delegate.status) &&
            (!filter.delegateType || filter.delegateType === delegate.delegateType),
        ),
    );
  }

  async scopesOf(ids: string[]): Promise<DelegateScope[]> {
    const found = await this.scopes.loadMany(ids);
    return found.filter((scope): scope is DelegateScope => scope !== null && !(scope instanceof Error));
  }

  listScopes(name: string | null): Promise<DelegateScope[]> {
    return this.services.delegates.listScopes(this.accountId, name);
  }

  approveOrReject(delegateId: string, approval: DelegateApproval): Promise<DelegateWithLiveness> {
    this.authorizeManagement();
    return translated(async () => this.services.delegates.withLiveness(await this.services.delegates.approveOrReject(this.accountId, delegateId, approval)));
  }

  deleteDelegate(delegateId: string): Promise<void> {
    this.authorizeManagement();
    return translated(() => this.services.delegates.deleteDelegate(this.accountId, delegateId));
  }

  addScope(scope: NewDelegateScope): Promise<DelegateScope> {
    this.authorizeManagement();
    return translated(() => this.services.delegates.addScope(this.accountId, scope));
  }

  attachScopes(delegateId: string, include: IdFilter | null | undefined, exclude: IdFilter | null | undefined): Promise<void> {
    this.authorizeManagement();
    const ids = (filter: IdFilter | null | undefined) => (filter ? scopeIdsOf(filter) : undefined);
    const scopes = { ...(include ? { includeScopeIds: ids(include) } : {}), ...(exclude ? { excludeScopeIds: ids(exclude) } : {}) };
    return translated(async () => {
      await this.services.delegates.attachScopes(this.accountId, delegateId, scopes);
    });
  }

  attachAllScopes(delegateId: string): Promise<void> {
    this.authorizeManagement();
    return translated(async () => {
      await this.services.delegates.attachAllScopes(this.accountId, delegateId);
    });
  }

  async createToken(name: string): Promise<string> {
    this.authorizeManagement();
    const trimmed = name.trim();
    if (!trimmed) throw badInput('A delegate token needs a name');
    return (await this.services.delegateTokens.create(this.accountId, trimmed)).token;
  }

  /**
   * A task run for an application (and environment) gets the secrets scoped there: whoever queues one needs to be
   * allowed to deploy there, not only to manage delegates.
   */
  createTask(task: EnqueueTaskInput): Promise<DelegateTask> {
    this.authorizeManagement();
    const context = task.context ?? null;
    if (context && (context.environmentId === null) !== (context.environmentType === null)) {
      throw badInput('environmentId and environmentType go together');
    }
    if (context?.environmentId && !context.applicationId) throw badInput('An environment needs its applicationId');
    if (context?.applicationId) {
      const environment = context.environmentId && context.environmentType ? { id: context.environmentId, type: context.environmentType } : null;
      requireAppPermission(this.principal.permissions, { entityType: 'DEPLOYMENT', action: 'EXECUTE_WORKFLOW', appId: context.applicationId, environment });
    }
    return translated(() => this.services.tasks.enqueue(this.accountId, task));
  }

  async getTask(taskId: string): Promise<DelegateTask> {
    return (await this.services.tasks.getTask(this.accountId, taskId)) ?? Promise.reject(notFound(DELEGATE_TASK_NOT_FOUND));
  }

  listTasks(status: TaskStatus | null, offset: number, count: number): Promise<DelegateTask[]> {
    return this.services.tasks.listTasks(this.accountId, status, offset, count);
  }

  countTasks(status: TaskStatus | null): Promise<number> {
    return this.services.tasks.countTasks(this.accountId, status);
  }

  explainWait(task: DelegateTask): Promise<WaitExplanation | null> {
    return this.services.scheduling.explain(this.accountId, task);
  }
}

/** Scope ids named by an IdFilter: EQUALS and IN name them; other operators cannot name a set to attach. */
function scopeIdsOf(filter: IdFilter): string[] {
  const values = filter.values.filter((value): value is string => typeof value === 'string');
  if (filter.operator !== 'EQUALS' && filter.operator !== 'IN') throw badInput('Scopes are attached by id with the EQUALS or IN operator');
  if (filter.operator === 'EQUALS' && values.length !== 1) throw badInput('Only one value is allowed with the EQUALS operator');
  return values;
}

async function translated<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof DelegateTaskError)) throw error;
    if (error.code === 'NOT_FOUND') throw notFound(error.message);
    if (error.code === 'CONFLICT') throw conflict(error.message);
    throw badInput(error.message);
  }
}
