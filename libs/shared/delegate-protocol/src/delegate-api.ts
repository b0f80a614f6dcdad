import { z } from 'zod';

// The delegate API: what a delegate sends the platform and what it gets back. Delegates call the gateway at
// DELEGATE_API_PREFIX + call; the gateway checks the token and forwards to the delegate broker at
// BROKER_ROUTE_PREFIX + call. The delegate, the gateway, the broker and the delegate's test fake all read this file.
// Delegates of older releases keep calling: add optional fields and new calls, never rename or repurpose one.

export const DELEGATE_API_PREFIX = '/api/delegate/';
export const BROKER_ROUTE_PREFIX = '/internal/delegates/';

/** The calls a delegate makes (the path after the prefix). Task calls are batched: one call carries many tasks. */
export const DELEGATE_CALLS = {
  register: 'register',
  heartbeat: 'heartbeat',
  acquire: 'acquire',
  start: 'tasks/start',
  renew: 'tasks/renew',
  report: 'tasks/report',
} as const;
export type DelegateCallName = keyof typeof DELEGATE_CALLS;
export type DelegateCallPath = (typeof DELEGATE_CALLS)[DelegateCallName];
export const DELEGATE_CALL_PATHS: readonly DelegateCallPath[] = Object.values(DELEGATE_CALLS);

/** The gateway's own call to the broker (never a delegate's): which account a delegate token belongs to. */
export const VERIFY_TOKEN_CALL = 'verify-token';

export const MAX_TASKS_PER_CALL = 100;

/** Error codes of non-2xx answers (`{ error, message? }`). */
export const DELEGATE_API_ERRORS = {
  /** 401: the token is unknown; nothing will succeed until an operator fixes it. */
  invalidToken: 'INVALID_DELEGATE_TOKEN',
  /** 404: the platform does not know this delegate id (register again). */
  unknownDelegate: 'UNKNOWN_DELEGATE',
  /** 403: the delegate was deleted or rejected by an operator; it may not work for the account any more. */
  delegateDeleted: 'DELEGATE_DELETED',
  /** 400: the request is malformed. */
  invalidInput: 'INVALID_INPUT',
  /** 404: no such call. */
  notFound: 'NOT_FOUND',
} as const;
export type DelegateApiError = (typeof DELEGATE_API_ERRORS)[keyof typeof DELEGATE_API_ERRORS];

/** Why a start, renewal or report of one task was refused (a result, not an error: the batch still answers 200). */
export const REFUSAL_REASONS = ['NOT_FOUND', 'ALREADY_FINISHED', 'LEASE_NOT_HELD'] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

// Tags become parts of queue keys on the platform: ',' joins a selector set and ':' separates key parts.
export const TAG_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_./-]{0,62}$/;
export const tagSchema = z.string().regex(TAG_PATTERN, 'tags are 1-63 letters, digits, "_", ".", "/" or "-", starting with a letter or digit');

const id = z.string().min(1).max(256);
// A lease token is opaque to delegates; the platform's are UUIDs.
const leaseToken = z.string().min(1).max(256);
const optionalText = (max: number) => z.string().max(max).optional();

export const registerRequestSchema = z.object({
  name: z.string().min(1).max(128),
  tags: z.array(tagSchema).max(256).default([]),
  version: z.string().min(1).max(64).default('unknown'),
  hostName: optionalText(256),
  ip: optionalText(64),
  delegateType: optionalText(64),
  description: optionalText(1024),
  supportedTasks: z.array(z.string().max(64)).max(64).optional(),
});
export type RegisterRequest = z.input<typeof registerRequestSchema>;
export interface RegisterResponse {
  delegateId: string;
  accountId: string;
  /** ENABLED, or WAITING_FOR_APPROVAL until an operator approves it (it is then offered no tasks). */
  status: string;
}

export const heartbeatRequestSchema = z.object({ delegateId: id });
export type HeartbeatRequest = z.input<typeof heartbeatRequestSchema>;

export const acquireRequestSchema = z.object({ delegateId: id, max: z.number().int().min(1).max(MAX_TASKS_PER_CALL).default(1) });
export type AcquireRequest = z.input<typeof acquireRequestSchema>;

export interface OfferedTask {
  id: string;
  type: string;
  /** Checked by the delegate's runners (parseTaskPayload): it may be a type or version newer than the delegate. */
  payload: unknown;
  leaseMs: number;
  /** Sent back with every call about this task: it proves this acquisition holds it. */
  leaseToken: string;
  /**
   * The W3C trace context (`traceparent`, `tracestate`) of the request that enqueued the task, when the platform traces:
   * the delegate's run of it continues that trace. Absent otherwise (and from platforms older than this field).
   */
  trace?: { traceparent: string; tracestate?: string };
}
export interface AcquireResponse {
  tasks: OfferedTask[];
  /** A limit cut the batch short (or the delegate awaits approval): ask again after this many ms, not before. */
  retryAfterMs?: number;
}

export const taskRefSchema = z.object({ taskId: id, leaseToken });
export type TaskRef = z.infer<typeof taskRefSchema>;

/** tasks/start and tasks/renew: each task's lease is extended by its leaseMs; start also marks it RUNNING. */
export const leaseRequestSchema = z.object({ delegateId: id, tasks: z.array(taskRefSchema).min(1).max(MAX_TASKS_PER_CALL) });
export type LeaseRequest = z.input<typeof leaseRequestSchema>;
export type LeaseOutcome = { taskId: string; held: true; leaseUntil: number } | { taskId: string; held: false; reason: RefusalReason };
/** One outcome per task, in request order. */
export interface LeaseResponse {
  outcomes: LeaseOutcome[];
}

/** Longer error strings are refused: the delegate cuts them to this. */
export const MAX_ERROR_LENGTH = 10_000;

/** The platform's task result: exactly these fields. */
export const taskResultSchema = z
  .object({
    exitCode: z.number().int().optional(),
    output: z.string().max(1_000_000).optional(),
    httpStatus: z.number().int().min(100).max(599).optional(),
    error: z.string().max(MAX_ERROR_LENGTH).optional(),
  })
  .strict();
export type TaskResult = z.infer<typeof taskResultSchema>;

export const REPORTED_STATUSES = ['SUCCEEDED', 'FAILED'] as const;
export type ReportedStatus = (typeof REPORTED_STATUSES)[number];

export const taskReportSchema = taskRefSchema.extend({ status: z.enum(REPORTED_STATUSES), result: taskResultSchema.default({}) });
export type TaskReport = z.input<typeof taskReportSchema>;
export const reportRequestSchema = z.object({ delegateId: id, reports: z.array(taskReportSchema).min(1).max(MAX_TASKS_PER_CALL) });
export type ReportRequest = z.input<typeof reportRequestSchema>;
export type ReportOutcome = { taskId: string; accepted: true } | { taskId: string; accepted: false; reason: RefusalReason };
/** One outcome per report, in request order. */
export interface ReportResponse {
  outcomes: ReportOutcome[];
}

export const verifyTokenRequestSchema = z.object({ token: z.string().min(1).max(512) });
export interface VerifyTokenResponse {
  accountId: string;
  tokenId: string;
}

/** A request body against its schema: the parsed value, or a message naming every problem. */
export function parseRequest<T extends z.ZodTypeAny>(schema: T, body: unknown): { ok: true; value: z.output<T> } | { ok: false; message: string } {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return { ok: true, value: parsed.data as z.output<T> };
  return { ok: false, message: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ') };
}
