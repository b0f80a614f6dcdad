import { badInput, lazyConnection, notFound, pageRequest } from '@fg/graphql-kit';
import {
  DelegateTaskError,
  type DelegateTask,
  type EnqueueTaskInput,
  type TaskPayload,
} from '@fg/pipelines-workflows-executions/delegate-tasks';
import type { CreateDelegateTaskInput, Resolvers } from '../generated/resolvers-types';

export const DELEGATE_TASK_NOT_FOUND = 'Delegate task does not exist';

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

export const delegateResolvers: Resolvers = {
  Query: {
    delegateList: async (_, args, { principal, delegates }) => {
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
    delegateTask: async (_, args, { principal, tasks }) => {
      const task = await tasks.getTask(principal.accountId, args.taskId);
      if (!task) throw notFound(DELEGATE_TASK_NOT_FOUND);
      return taskView(task);
    },
  },
  Mutation: {
    createDelegateToken: async (_, { input }, { delegateAdministration }) => {
      const name = input.name.trim();
      if (!name) throw badInput('A delegate token needs a name');
      const { token } = await delegateAdministration.createToken(name);
      return { clientMutationId: input.clientMutationId, name, token };
    },
    createDelegateTask: async (_, { input }, { delegateAdministration }) => {
      const task: EnqueueTaskInput = {
        type: input.type,
        payload: payloadOf(input),
        selectors: (input.selectors ?? []).filter((tag): tag is string => typeof tag === 'string'),
        timeoutMs: input.timeoutMs ?? 300_000,
        leaseMs: input.leaseMs ?? 30_000,
      };
      try {
        return { clientMutationId: input.clientMutationId, task: taskView(await delegateAdministration.enqueueTask(task)) };
      } catch (error) {
        if (error instanceof DelegateTaskError) throw badInput(error.message);
        throw error;
      }
    },
  },
  Delegate: {
    uuid: (delegate) => delegate.id,
    delegateName: (delegate) => delegate.name,
    hostName: (delegate) => delegate.name,
    status: (delegate) => (delegate.connected ? 'ENABLED' : 'DISCONNECTED'),
    lastHeartbeat: (delegate) => delegate.lastHeartbeatAt.getTime(),
    // Long is sent as a string of digits.
    lastHeartBeat: (delegate) => String(delegate.lastHeartbeatAt.getTime()),
    polllingModeEnabled: () => true,
    disconnected: (delegate) => !delegate.connected,
  },
};
