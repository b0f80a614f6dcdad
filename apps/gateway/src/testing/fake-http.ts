import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { LimitDecision } from '@fg/rate-limits';
import type { IdentityAnswer, InternalCaller } from '../auth/internal-client';

/** A request as a route handler sees it: method, headers and a body stream. */
export function fakeRequest(options: { method?: string; headers?: IncomingHttpHeaders; body?: string | Buffer } = {}): IncomingMessage {
  const body = options.body === undefined ? [] : [Buffer.from(options.body)];
  return Object.assign(Readable.from(body), {
    method: options.method ?? 'POST',
    headers: options.headers ?? {},
  }) as unknown as IncomingMessage;
}

/** A response that records what a handler wrote. */
export class RecordedResponse {
  statusCode = 200;
  headers: Record<string, string> = {};
  body = '';
  headersSent = false;
  ended = false;
  destroyed = false;

  setHeader(name: string, value: string | number): this {
    this.headers[name.toLowerCase()] = String(value);
    return this;
  }

  writeHead(status: number, headers: Record<string, string | number> = {}): this {
    this.statusCode = status;
    for (const [name, value] of Object.entries(headers)) this.setHeader(name, value);
    this.headersSent = true;
    return this;
  }

  write(chunk: string | Buffer): boolean {
    this.headersSent = true;
    this.body += chunk.toString();
    return true;
  }

  end(chunk?: string | Buffer): this {
    if (chunk !== undefined) this.write(chunk);
    this.headersSent = true;
    this.ended = true;
    return this;
  }

  destroy(): this {
    this.destroyed = true;
    return this;
  }

  get json(): unknown {
    return JSON.parse(this.body);
  }

  asServerResponse(): ServerResponse {
    return this as unknown as ServerResponse;
  }
}

export const allowed = (overrides: Partial<LimitDecision> = {}): LimitDecision => ({
  allowed: true,
  limit: 100,
  remaining: 99,
  retryAfterMs: 0,
  resetAtMs: 60_000,
  ...overrides,
});

export const refused = (overrides: Partial<LimitDecision> = {}): LimitDecision =>
  allowed({ allowed: false, remaining: 0, retryAfterMs: 2_500, ...overrides });

/** An internal service that answers from a table of path -> answer and records every call. */
export class FakeInternalService implements InternalCaller {
  readonly calls: { path: string; body: unknown; identity?: unknown }[] = [];

  constructor(private readonly answers: Record<string, IdentityAnswer<unknown> | (() => Promise<IdentityAnswer<unknown>>)>) {}

  async post<T>(path: string, body: unknown, identity?: unknown): Promise<IdentityAnswer<T>> {
    this.calls.push({ path, body, identity });
    const answer = this.answers[path];
    if (!answer) return { status: 404, body: {} as T };
    return (typeof answer === 'function' ? await answer() : answer) as IdentityAnswer<T>;
  }
}
