import { badInput, lazyConnection, pageRequest, type IdFilter } from '@fg/graphql-kit';
import type {
  DelegateScope,
  DelegateStatus,
  DelegateTask,
  DelegateType,
  DelegateWithLiveness,
  TaskPayload,
  TaskStatus,
} from '@fg/pipelines-workflows-executions/delegate-tasks';
import type { PipelinesContext } from '../context';
import type { CreateDelegateTaskInput, Resolvers } from '../generated/resolvers-types';

function payloadOf(input: CreateDelegateTaskInput): TaskPayload {
  switch (input.type) {
    case 'SHELL_SCRIPT':
      if (!input.script) throw badInput('A SHELL_SCRIPT task needs a script');
      return { version: 1, type: 'SHELL_SCRIPT', script: input.script, timeoutMs: input.runTimeoutMs ?? 60_000 };
    case 'HTTP': {
      if (!input.url) throw badInput('An HTTP task needs a url');
      const request = { type: 'HTTP' as const, url: input.url, method: (input.method ?? 'GET').toUpperCase() as 'GET', expectedStatus: input.expectedStatus ?? 200 };
      const headers = (input.headers ?? []).filter((header) => header !== null);
      // Version 1 while it will do: delegates of older releases run only that.
      if (headers.length === 0 && (input.body === null || input.body === undefined)) return { version: 1, ...request };
      return { version: 2, ...request, headers: headers.map(({ name, value }) => ({ name, value })), body: input.body ?? null };
    }
    case 'NOOP':
      return { version: 1, type: 'NOOP', waitMs: input.waitMs ?? 0 };
  }
}

const strings = (values: (string | null)[] | null | undefined) => (values ?? []).filter((value): value is string => typeof value === 'string');
const idsOf = (filter: IdFilter | null | undefined) => strings(filter?.values);
const time = (date: Date | null) => date?.getTime() ?? null;

const delegateTaskList = async (
  _: unknown,
  args: { status?: TaskStatus | null; limit: number; offset?: number | null },
  { delegates }: PipelinesContext,
) =>
  lazyConnection(pageRequest(args.limit, args.offset), {
    fetch: (from, count) => delegates.listTasks(args.status ?? null, from, count),
    count: () => delegates.countTasks(args.status ?? null),
  });

export const delegateResolvers: Resolvers = {
  Query: {
    delegateList: async (
      _: unknown,
      args: { filters?: ({ delegateName?: string | null; delegateStatus?: DelegateStatus | null; delegateType?: DelegateType | null } | null)[] | null; limit?: number | null; offset?: number | null },
      { delegates }: PipelinesContext,
    ) => {
      const all = await delegates.listDelegates((args.filters ?? []).filter((filter) => filter !== null));
      return lazyConnection(pageRequest(args.limit, args.offset), { fetch: async (from, count) => all.slice(from, from + count), count: async () => all.length });
    },
    delegateScopeList: async (
      _: unknown,
      args: { filters?: ({ scopeName?: string | null } | null)[] | null; limit?: number | null; offset?: number | null },
      { delegates }: PipelinesContext,
    ) => {
      const name = (args.filters ?? []).find((filter) => filter?.scopeName)?.scopeName ?? null;
      const all = await delegates.listScopes(name);
      return lazyConnection(pageRequest(args.limit, args.offset), { fetch: async (from, count) => all.slice(from, from + count), count: async () => all.length });
    },
    delegateTask: (_: unknown, args: { taskId: string }, { delegates }: PipelinesContext) => delegates.getTask(args.taskId),
    delegateTasks: delegateTaskList,
  },
  Mutation: {
    createDelegateToken: async (_: unknown, { input }: { input: { clientMutationId?: string | null; name: string } }, { delegates }: PipelinesContext) => ({
      clientMutationId: input.clientMutationId,
      name: input.name.trim(),
      token: await delegates.createToken(input.name),
    }),
    createDelegateTask: async (_: unknown, { input }: { input: CreateDelegateTaskInput }, { delegates }: PipelinesContext) => ({
      clientMutationId: input.clientMutationId,
      task: await delegates.createTask({
        type: input.type,
        payload: payloadOf(input),
        selectors: strings(input.selectors),
        timeoutMs: input.timeoutMs ?? 300_000,
        leaseMs: input.leaseMs ?? 30_000,
        context:
          input.applicationId || input.environmentId || input.environmentType
            ? {
                applicationId: input.applicationId ?? null,
                environmentId: input.environmentId ?? null,
                environmentType: input.environmentType ?? null,
                executionId: null,
                stepId: null,
              }
            : null,
      }),
    }),
    delegateApproveReject: async (_, { input }, { delegates }) => ({
      clientMutationId: input.clientMutationId,
      delegate: await delegates.approveOrReject(input.delegateId, input.delegateApproval),
    }),
    deleteDelegate: async (_, { input }, { delegates }) => {
      await delegates.deleteDelegate(input.delegateId);
      return { clientMutationId: input.clientMutationId, message: 'Delegate deleted' };
    },
    addDelegegateScope: async (_, { input }, { delegates }) => {
      const delegateScope = await delegates.addScope({
        name: input.name,
        taskTypes: input.taskGroup ? [input.taskGroup] : [],
        environmentTypes: strings(input.environmentTypes),
        applications: idsOf(input.application),
        environments: idsOf(input.environment),
        services: idsOf(input.service),
        infrastructureDefinitions: idsOf(input.infrastructureDefinition),
      });
      return { clientMutationId: input.clientMutationId, message: 'Delegate scope added', delegateScope };
    },
    attachScopeToDelegate: async (_, { input }, { delegates }) => {
      await delegates.attachScopes(input.delegateId, input.includeScopes, input.excludeScopes);
      return { clientMutationId: input.clientMutationId, message: 'Delegate scopes updated' };
    },
    attachAllScopesToDelegate: async (_, { input }, { delegates }) => {
      await delegates.attachAllScopes(input.delegateId);
      return { clientMutationId: input.clientMutationId, message: 'Delegate scopes updated' };
    },
  },
  Delegate: {
    uuid: (delegate: DelegateWithLiveness) => delegate.id,
    delegateName: (delegate: DelegateWithLiveness) => delegate.name,
    hostName: (delegate: DelegateWithLiveness) => delegate.hostName ?? delegate.name,
    delegateProfileId: (delegate: DelegateWithLiveness) => delegate.profileId,
    lastHeartbeat: (delegate: DelegateWithLiveness) => delegate.lastHeartbeatAt.getTime(),
    lastHeartBeat: (delegate: DelegateWithLiveness) => String(delegate.lastHeartbeatAt.getTime()),
    connections: (delegate: DelegateWithLiveness) => [{ disconnected: !delegate.connected, version: delegate.version }],
    includeScopes: (delegate: DelegateWithLiveness, _: unknown, { delegates }: PipelinesContext) => delegates.scopesOf(delegate.includeScopeIds),
    excludeScopes: (delegate: DelegateWithLiveness, _: unknown, { delegates }: PipelinesContext) => delegates.scopesOf(delegate.excludeScopeIds),
    polllingModeEnabled: () => true,
    disconnected: (delegate: DelegateWithLiveness) => !delegate.connected,
  },
  DelegateScope: {
    uuid: (scope: DelegateScope) => scope.id,
  },
  DelegateTask: {
    waiting: (task: DelegateTask, _: unknown, { delegates }: PipelinesContext) => delegates.explainWait(task),
    leaseUntil: (task: DelegateTask) => time(task.leaseUntil),
    createdAt: (task: DelegateTask) => task.createdAt.getTime(),
    acquiredAt: (task: DelegateTask) => time(task.acquiredAt),
    startedAt: (task: DelegateTask) => time(task.startedAt),
    finishedAt: (task: DelegateTask) => time(task.finishedAt),
  },
};
