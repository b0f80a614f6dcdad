import type { DelegateWithLiveness } from './delegate.entity';
import { explainQueuedTask } from './task-scheduling';

const delegate = (overrides: Partial<DelegateWithLiveness>): DelegateWithLiveness => ({
  id: 'd',
  accountId: 'a',
  name: 'd',
  status: 'ENABLED',
  tags: [],
  version: '1',
  hostName: null,
  ip: null,
  delegateType: null,
  description: null,
  profileId: null,
  supportedTasks: [],
  includeScopeIds: [],
  excludeScopeIds: [],
  lastHeartbeatAt: new Date(0),
  createdAt: new Date(0),
  connected: true,
  ...overrides,
});

const until = new Date('2026-01-01T00:01:00Z');

describe('why a queued task waits', () => {
  it('names the selectors no registered delegate has', () => {
    const explained = explainQueuedTask({ task: { selectors: ['gpu'] }, delegates: [delegate({ tags: ['linux'] })], block: null, queuedAhead: 0 });
    expect(explained).toEqual({ reason: 'NO_MATCHING_DELEGATE', message: 'No delegate with tags [gpu] is registered for the account' });
  });

  it('tells matching delegates that are disconnected, awaiting approval or deleted apart', () => {
    const task = { selectors: ['k8s'] };
    expect(explainQueuedTask({ task, delegates: [delegate({ tags: ['k8s'], connected: false })], block: null, queuedAhead: 0 }).reason).toBe(
      'MATCHING_DELEGATES_DISCONNECTED',
    );
    expect(explainQueuedTask({ task, delegates: [delegate({ tags: ['k8s'], status: 'WAITING_FOR_APPROVAL' })], block: null, queuedAhead: 0 })).toEqual({
      reason: 'AWAITING_APPROVAL',
      message: 'No enabled delegate with tags [k8s] is connected; 1 matching delegate await approval',
    });
    expect(explainQueuedTask({ task, delegates: [delegate({ tags: ['k8s'], status: 'DELETED' })], block: null, queuedAhead: 0 }).reason).toBe('NO_MATCHING_DELEGATE');
  });

  it('names the limit that refuses the account, and until when', () => {
    const delegates = [delegate({})];
    expect(explainQueuedTask({ task: { selectors: [] }, delegates, block: { limit: 'account', until }, queuedAhead: 3 })).toEqual({
      reason: 'ACCOUNT_LIMIT',
      message: "The account's delegate task limit per minute is reached until 2026-01-01T00:01:00.000Z",
    });
    expect(explainQueuedTask({ task: { selectors: [] }, delegates, block: { limit: 'pod', until }, queuedAhead: 3 }).reason).toBe('POD_LIMIT');
  });

  it('otherwise says how many tasks are queued before it', () => {
    expect(explainQueuedTask({ task: { selectors: [] }, delegates: [delegate({}), delegate({ id: 'e' })], block: null, queuedAhead: 1 })).toEqual({
      reason: 'QUEUED_BEHIND',
      message: 'Waiting for one of 2 connected matching delegates to acquire it; 1 task of the account queued before it',
    });
  });
});
