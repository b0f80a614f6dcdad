import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { badInput, lazyConnection, notFound, pageRequest } from '@fg/graphql-kit';
import {
  DelegateTaskError,
  type DelegateStatus,
  type DelegateTask,
  type EnqueueTaskInput,
  type TaskPayload,
} from '@fg/pipelines-workflows-executions/delegate-tasks';
import type { PipelinesContext } from '../context';

export const DELEGATE_TASK_NOT_FOUND = 'Delegate task does not exist';

interface CreateDelegateTaskInput {
  clientMutationId?: string | null;
  type: 'SHELL_SCRIPT' | 'HTTP' | 'NOOP';
  script?: string | null;
  url?: string | null;
  method?: string | null;
  expectedStatus?: number | null;
  waitMs?: number | null;
  runTimeoutMs?: number | null;
  selectors?: (string | null)[] | null;
  timeoutMs?: number | null;
  leaseMs?: number | null;
}

function payloadOf(input: CreateDelegateTaskInput): TaskPayload {
  switch (input.type) {
    case 'SHELL_SCRIPT':
      if (!input.script) throw badInput('A SHELL_SCRIPT task needs a script');
      return { version: 1, type: 'SHELL_SCRIPT', script: input.script, timeoutMs: input.runTimeoutMs ?? 60_000 };
    case 'HTTP':
      if (!input.url) throw badInput('An HTTP task needs a url');
      return {
        version: 1,
        type: 'HTTP',
        url: input.url,
        method: (input.method ?? 'GET').toUpperCase() as 'GET',
        expectedStatus: input.expectedStatus ?? 200,
      };
    case 'NOOP':
      return { version: 1, type: 'NOOP', waitMs: input.waitMs ?? 0 };
  }
}

const taskView = (task: DelegateTask) => ({
  ...task,
  createdAt: task.createdAt.getTime(),
  finishedAt: task.finishedAt?.getTime() ?? null,
});

export const delegateResolvers: GraphQLResolverMap<PipelinesContext> = {
  Query: {
    delegateList: async (
      _: unknown,
      args: { filters?: { delegateName?: string | null; delegateStatus?: string | null }[] | null; limit?: number | null; offset?: number | null },
      { principal, delegates }: PipelinesContext,
    ) => {
      const filters = args.filters ?? [];
      const all = (await delegates.listDelegates(principal.accountId)).filter((delegate) =>
        filters.every(
          (filter) =>
            (!filter?.delegateName || filter.delegateName === delegate.name) &&
            (!filter?.delegateStatus || filter.delegateStatus === (delegate.connected ? 'ENABLED' : 'DISCONNECTED')),
        ),
      );
      return lazyConnection(pageRequest(args.limit, args.offset), {
        fetch: async (from, count) => all.slice(from, from + count),
        count: async () => all.length,
      });
    },
    delegateTask: async (_: unknown, args: { taskId: string }, { principal, tasks }: PipelinesContext) => {
      const task = await tasks.getTask(principal.accountId, args.taskId);
      if (!task) throw notFound(DELEGATE_TASK_NOT_FOUND);
      return taskView(task);
    },
  },
  Mutation: {
    createDelegateToken: async (
      _: unknown,
      { input }: { input: { clientMutationId?: string | null; name: string } },
      { principal, delegateTokens }: PipelinesContext,
    ) => {
      const name = input.name.trim();
      if (!name) throw badInput('A delegate token needs a name');
      const { token } = await delegateTokens.create(principal.accountId, name);
      return { clientMutationId: input.clientMutationId, name, token };
    },
    createDelegateTask: async (_: unknown, { input }: { input: CreateDelegateTaskInput }, { principal, tasks }: PipelinesContext) => {
      const task: EnqueueTaskInput = {
        type: input.type,
        payload: payloadOf(input),
        selectors: (input.selectors ?? []).filter((tag): tag is string => typeof tag === 'string'),
        timeoutMs: input.timeoutMs ?? 300_000,
        leaseMs: input.leaseMs ?? 30_000,
      };
      try {
        return { clientMutationId: input.clientMutationId, task: taskView(await tasks.enqueue(principal.accountId, task)) };
      } catch (error) {
        if (error instanceof DelegateTaskError) throw badInput(error.message);
        throw error;
      }
    },
  },
  Delegate: {
    uuid: (delegate: DelegateStatus) => delegate.id,
    delegateName: (delegate: DelegateStatus) => delegate.name,
    hostName: (delegate: DelegateStatus) => delegate.name,
    status: (delegate: DelegateStatus) => (delegate.connected ? 'ENABLED' : 'DISCONNECTED'),
    lastHeartbeat: (delegate: DelegateStatus) => delegate.lastHeartbeatAt.getTime(),
    lastHeartBeat: (delegate: DelegateStatus) => delegate.lastHeartbeatAt.getTime(),
    polllingModeEnabled: () => true,
    disconnected: (delegate: DelegateStatus) => !delegate.connected,
  },
};
