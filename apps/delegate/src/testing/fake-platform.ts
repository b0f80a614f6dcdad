import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  DELEGATE_API_ERRORS,
  DELEGATE_API_PREFIX,
  DELEGATE_CALLS,
  leaseRequestSchema,
  parseRequest,
  reportRequestSchema,
  type LeaseOutcome,
  type OfferedTask as ProtocolTask,
  type ReportOutcome,
} from '@fg/delegate-protocol';

// A stand-in for the remote platform's delegate API (the gateway's /api/delegate/* routes), kept in memory so the
// delegate can be exercised over real HTTP without the platform's stores. It speaks @fg/delegate-protocol, as the
// platform does: the same paths, schemas and refusal reasons.

export type Body = Record<string, unknown>;

export interface RecordedCall {
  path: string;
  body: Body;
  /** performance.now() when the request arrived and when its answer was written. */
  receivedAt: number;
  answeredAt: number;
  status: number;
}

export type OfferedTask = Omit<ProtocolTask, 'leaseToken'>;

/** One task of a batched call (start, renew or report), with the call it came in. */
export interface TaskEntry {
  call: RecordedCall;
  taskId: string;
  leaseToken: string;
  status?: string;
  result?: Record<string, unknown>;
}

type Answer = { status: number; body: unknown; headers?: Record<string, string> };
/** Lets a test answer one call its own way; returning undefined falls through to the normal protocol. */
export type Override = (path: string, body: Body) => Answer | undefined;


export class FakePlatform {
  readonly calls: RecordedCall[] = [];
  readonly token = `token-${Math.random().toString(36).slice(2)}`;
  readonly delegateId = 'dlg-1';
  readonly accountId = 'acc-1';
  private readonly pending: OfferedTask[] = [];
  private readonly leased = new Set<string>();
  private overrides: Override[] = [];
  private server: Server | undefined;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  offer(...tasks: OfferedTask[]): void {
    this.pending.push(...tasks);
  }

  override(override: Override): void {
    this.overrides.push(override);
  }

  callsTo(name: string): RecordedCall[] {
    return this.calls.filter((call) => call.path === `${DELEGATE_API_PREFIX}${name}`);
  }

  /** The tasks named by the calls to a batched path (tasks/start, tasks/renew, tasks/report), in order. */
  tasksIn(name: string): TaskEntry[] {
    return this.callsTo(name).flatMap((call) => {
      const items = (call.body.tasks ?? call.body.reports ?? []) as Omit<TaskEntry, 'call'>[];
      return items.map((item) => ({ ...item, call }));
    });
  }

  async waitFor(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await sleep(10);
    }
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const receivedAt = performance.now();
    const path = request.url ?? '';
    let raw = '';
    for await (const chunk of request) raw += String(chunk);
    const body = (raw ? JSON.parse(raw) : {}) as Body;
    const answer = this.answer(request, path, body);
    const call: RecordedCall = { path, body, receivedAt, answeredAt: performance.now(), status: answer.status };
    this.calls.push(call);
    response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    response.end(JSON.stringify(answer.body));
  }

  private answer(request: IncomingMessage, path: string, body: Body): Answer {
    if (request.method !== 'POST') return { status: 405, body: { error: 'METHOD_NOT_ALLOWED' } };
    if (request.headers.authorization !== `Delegate ${this.token}`) return { status: 401, body: { error: 'INVALID_DELEGATE_TOKEN' } };
    for (const override of this.overrides) {
      const answer = override(path, body);
      if (answer) return answer;
    }
    const api = (call: string) => `${DELEGATE_API_PREFIX}${call}`;
    switch (path) {
      case api(DELEGATE_CALLS.register):
        return { status: 200, body: { delegateId: this.delegateId, accountId: this.accountId, status: 'ENABLED' } };
      case api(DELEGATE_CALLS.heartbeat):
        return { status: 200, body: { ok: true } };
      case api(DELEGATE_CALLS.acquire): {
        const tasks = this.pending.splice(0, Number(body.max)).map((task) => ({ ...task, leaseToken: `lease-${task.id}` }));
        for (const task of tasks) this.leased.add(task.id);
        return { status: 200, body: { tasks } };
      }
      case api(DELEGATE_CALLS.start):
      case api(DELEGATE_CALLS.renew): {
        const parsed = parseRequest(leaseRequestSchema, body);
        if (!parsed.ok) return { status: 400, body: { error: DELEGATE_API_ERRORS.invalidInput, message: parsed.message } };
        const outcomes = parsed.value.tasks.map(({ taskId }): LeaseOutcome =>
          this.leased.has(taskId) ? { taskId, held: true, leaseUntil: Date.now() + 60_000 } : { taskId, held: false, reason: 'LEASE_NOT_HELD' },
        );
        return { status: 200, body: { outcomes } };
      }
      case api(DELEGATE_CALLS.report): {
        // The platform's result schema is strict: an unknown field refuses the whole call.
        const parsed = parseRequest(reportRequestSchema, body);
        if (!parsed.ok) return { status: 400, body: { error: DELEGATE_API_ERRORS.invalidInput, message: parsed.message } };
        const outcomes = parsed.value.reports.map(({ taskId }): ReportOutcome =>
          this.leased.delete(taskId) ? { taskId, accepted: true } : { taskId, accepted: false, reason: 'LEASE_NOT_HELD' },
        );
        return { status: 200, body: { outcomes } };
      }
      default:
        return { status: 404, body: { error: DELEGATE_API_ERRORS.notFound } };
    }
  }
}
