import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { BoundedLabel } from './bounded-label';

export type TaskOutcome = 'SUCCEEDED' | 'FAILED';
export type QuotaName = 'deployments' | 'exports';

/**
 * Hooks for the domain's own numbers: the delegate task queue, delegates, executions and quotas. The processes that
 * own those (pipelines-workflows-executions) call them; nothing here reads a queue or a store itself.
 *
 * Accounts are never labels (their number is unbounded): what is per account is reported as its spread (the total,
 * the largest, how many accounts have any).
 */
export class PlatformMetrics {
  private readonly queueDepthTotal: Gauge;
  private readonly queueDepthMax: Gauge;
  private readonly accountsWithBacklog: Gauge;
  private readonly tasksAcquired: Counter;
  private readonly tasksCompleted: Counter<'outcome'>;
  private readonly tasksExpired: Counter;
  private readonly delegateCount: Gauge<'state'>;
  private readonly executions: Counter<'status'>;
  private readonly executionStatuses = new BoundedLabel(20);
  private readonly quotaReservations: Counter<'quota' | 'result'>;
  private readonly quotaUsage: Histogram<'quota'>;

  constructor(registry: Registry) {
    const registers = [registry];
    this.queueDepthTotal = new Gauge({ name: 'fg_delegate_queue_depth', help: 'Delegate tasks waiting in every account queue', registers });
    this.queueDepthMax = new Gauge({
      name: 'fg_delegate_queue_depth_max_per_account',
      help: 'Delegate tasks waiting in the fullest account (all its selector queues together)',
      registers,
    });
    this.accountsWithBacklog = new Gauge({
      name: 'fg_delegate_queue_accounts_waiting',
      help: 'Accounts with at least one delegate task waiting',
      registers,
    });
    this.tasksAcquired = new Counter({ name: 'fg_delegate_tasks_acquired_total', help: 'Delegate tasks handed to delegates', registers });
    this.tasksCompleted = new Counter({
      name: 'fg_delegate_tasks_completed_total',
      help: 'Delegate task results recorded, by outcome',
      labelNames: ['outcome'],
      registers,
    });
    this.tasksExpired = new Counter({
      name: 'fg_delegate_tasks_expired_total',
      help: 'Delegate tasks that no delegate took in time',
      registers,
    });
    this.delegateCount = new Gauge({
      name: 'fg_delegates',
      help: 'Registered delegates, by state (connected: a heartbeat within the connected window)',
      labelNames: ['state'],
      registers,
    });
    this.executions = new Counter({
      name: 'fg_executions_total',
      help: 'Executions that reached a status, by status',
      labelNames: ['status'],
      registers,
    });
    this.quotaReservations = new Counter({
      name: 'fg_quota_reservations_total',
      help: 'Rolling-quota reservations, by quota and result (granted, refused)',
      labelNames: ['quota', 'result'],
      registers,
    });
    this.quotaUsage = new Histogram({
      name: 'fg_quota_usage_ratio',
      help: "An account's use of its rolling quota (used / limit) seen at each reservation, by quota",
      labelNames: ['quota'],
      buckets: [0.1, 0.25, 0.5, 0.75, 0.9, 1],
      registers,
    });
  }

  /** The waiting tasks of each account (one number per account, however many selector queues it has). */
  queueDepths(waitingPerAccount: Iterable<number>): void {
    let total = 0;
    let max = 0;
    let accounts = 0;
    for (const waiting of waitingPerAccount) {
      total += waiting;
      max = Math.max(max, waiting);
      if (waiting > 0) accounts += 1;
    }
    this.queueDepthTotal.set(total);
    this.queueDepthMax.set(max);
    this.accountsWithBacklog.set(accounts);
  }

  tasksAcquiredBy(count: number): void {
    if (count > 0) this.tasksAcquired.inc(count);
  }

  taskCompleted(outcome: TaskOutcome, count = 1): void {
    this.tasksCompleted.inc({ outcome }, count);
  }

  tasksExpiredBy(count: number): void {
    if (count > 0) this.tasksExpired.inc(count);
  }

  delegates(connected: number, disconnected: number): void {
    this.delegateCount.set({ state: 'connected' }, connected);
    this.delegateCount.set({ state: 'disconnected' }, disconnected);
  }

  executionReached(status: string): void {
    this.executions.inc({ status: this.executionStatuses.value(status) });
  }

  quotaReserved(quota: QuotaName, granted: boolean, used: number, limit: number): void {
    this.quotaReservations.inc({ quota, result: granted ? 'granted' : 'refused' });
    if (limit > 0) this.quotaUsage.observe({ quota }, Math.min(1, used / limit));
  }
}
