import { randomUUID } from 'node:crypto';
import {
  CURRENT_VERSIONS,
  envelopeSchema,
  isDomainEventType,
  PAYLOAD_SCHEMAS,
  type CurrentPayload,
  type DomainEvent,
  type DomainEventType,
} from './domain-events.contract';

/** The envelope of a new event in the current version of its type, with a fresh id; the account is the payload's. */
export function createDomainEvent<T extends DomainEventType>(
  type: T,
  payload: CurrentPayload<T>,
  options: { id?: string; occurredAt?: number } = {},
): DomainEvent<T> {
  const { accountId } = payload as { accountId: string };
  return {
    id: options.id ?? randomUUID(),
    type,
    version: CURRENT_VERSIONS[type],
    accountId,
    occurredAt: options.occurredAt ?? Date.now(),
    payload,
  } as DomainEvent<T>;
}

export type DecodedEvent =
  | { ok: true; event: DomainEvent }
  /** unknown: a type or version this release does not know (a newer producer); invalid: anything else wrong. */
  | { ok: false; problem: 'unknown' | 'invalid'; reason: string; type?: string };

/** Checks an event received (or about to be sent) against the contract; never throws. */
export function validateDomainEvent(candidate: unknown): DecodedEvent {
  const envelope = envelopeSchema.safeParse(candidate);
  if (!envelope.success) return { ok: false, problem: 'invalid', reason: `envelope: ${describe(envelope.error.issues)}` };
  const { type, version, accountId } = envelope.data;
  if (!isDomainEventType(type)) return { ok: false, problem: 'unknown', reason: `unknown event type "${type}"`, type };
  const schema = (PAYLOAD_SCHEMAS[type] as Record<number, (typeof PAYLOAD_SCHEMAS)[typeof type][1] | undefined>)[version];
  if (!schema) return { ok: false, problem: 'unknown', reason: `unknown version ${version} of "${type}"`, type };
  const payload = schema.safeParse(envelope.data.payload);
  if (!payload.success) return { ok: false, problem: 'invalid', reason: `payload: ${describe(payload.error.issues)}`, type };
  if (payload.data.accountId !== accountId) {
    return { ok: false, problem: 'invalid', reason: 'the payload names another account than the envelope', type };
  }
  return { ok: true, event: { ...envelope.data, type, version, payload: payload.data } as DomainEvent };
}

/** A stream entry's fields ([name, value, …]) to an event; the JSON is checked like any other input. */
export function decodeStreamEntry(fields: readonly string[], field: string): DecodedEvent {
  const json = fieldValue(fields, field);
  if (json === undefined) return { ok: false, problem: 'invalid', reason: `no "${field}" field` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ok: false, problem: 'invalid', reason: 'the event is not JSON' };
  }
  return validateDomainEvent(parsed);
}

/** The value of a field in a stream entry's flat [name, value, …] list. */
export function fieldValue(fields: readonly string[], field: string): string | undefined {
  for (let i = 0; i + 1 < fields.length; i += 2) if (fields[i] === field) return fields[i + 1];
  return undefined;
}

function describe(issues: ReadonlyArray<{ path: ReadonlyArray<string | number>; message: string }>): string {
  return issues.map((issue) => `${issue.path.join('.') || '(root)'} ${issue.message}`).join('; ');
}
