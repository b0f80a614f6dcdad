import { setTimeout as sleep } from 'node:timers/promises';
import type { Connection } from 'mongoose';
import { ApiError, ErrorCode } from '@fg/graphql-kit';
import { isDuplicateKeyError } from '@fg/tenancy';
import { MutationRecordRepository, type MutationRecord } from './mutation-record.repository';
import { sha256, stableJson } from './stable-hash';

/** Who sent a mutation and under which clientMutationId: a retry must match all of it to be replayed. */
export interface MutationKey {
  accountId: string;
  principal: { kind: string; id: string };
  mutation: string;
  clientMutationId: string;
}

export interface MutationLedgerOptions {
  /** How long an answer is kept for retries (24 h). */
  retentionMs?: number;
  /** How long a duplicate waits for the first call to finish before giving up. */
  waitMs?: number;
  /** How long a running call holds its key before another process may presume it dead and run the mutation. */
  lockMs?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

type NextStep = { answer: string } | { wait: true } | { retry: true };

/**
 * Runs each mutation at most once per (account, principal, mutation, clientMutationId) for the retention period:
 * the first call runs and its answer is stored; a retry with the same input gets that answer, a retry with other input
 * a CONFLICT; duplicates that arrive while it runs wait for it. A call that fails stores nothing, so it can be retried.
 *
 * The key is claimed by inserting a record under a unique _id (atomic in any MongoDB), so concurrent calls in any
 * number of processes agree on one winner; calls in this process share the winner's promise without asking the store.
 */
export class MutationLedger {
  private readonly records: MutationRecordRepository;
  private readonly inFlight = new Map<string, { inputHash: string; answer: Promise<string> }>();
  private readonly retentionMs: number;
  private readonly waitMs: number;
  private readonly lockMs: number;

  constructor(connection: Connection, options: MutationLedgerOptions = {}) {
    this.records = new MutationRecordRepository(connection);
    this.retentionMs = options.retentionMs ?? DAY_MS;
    this.waitMs = options.waitMs ?? 30_000;
    this.lockMs = options.lockMs ?? 5 * 60_000;
  }

  async run<T>(key: MutationKey, input: unknown, execute: () => Promise<T> | T): Promise<T> {
    const id = sha256(stableJson([key.accountId, key.principal.kind, key.principal.id, key.mutation, key.clientMutationId]));
    const inputHash = sha256(stableJson(input));
    let running = this.inFlight.get(id);
    if (running) {
      if (running.inputHash !== inputHash) throw reusedId(key);
    } else {
      running = { inputHash, answer: this.runOnce(id, key, inputHash, execute) };
      this.inFlight.set(id, running);
      const settled = () => this.inFlight.delete(id);
      running.answer.then(settled, settled);
    }
    // Every caller gets its own copy of the one answer, exactly as a later retry will read it from the store.
    return JSON.parse(await running.answer) as T;
  }

  private async runOnce(id: string, key: MutationKey, inputHash: string, execute: () => Promise<unknown> | unknown): Promise<string> {
    const { accountId } = key;
    const giveUpAt = Date.now() + this.waitMs;
    for (let attempt = 0; ; attempt++) {
      const now = Date.now();
      const lockedUntil = new Date(now + this.lockMs);
      try {
        await this.records.claim(accountId, {
          _id: id,
          mutation: key.mutation,
          clientMutationId: key.clientMutationId,
          inputHash,
          status: 'RUNNING',
          lockedUntil,
          createdAt: new Date(now),
          expiresAt: new Date(now + this.retentionMs),
        });
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        const existing = await this.records.find(accountId, id);
        const next = existing ? await this.nextStep(existing, key, inputHash, now) : { retry: true as const };
        if ('answer' in next) return next.answer;
        if (Date.now() > giveUpAt) {
          throw new ApiError(ErrorCode.Conflict, `A ${key.mutation} with clientMutationId "${key.clientMutationId}" is still running; retry shortly`);
        }
        if ('wait' in next) await sleep(Math.min(25 * 2 ** Math.min(attempt, 5), 500));
        continue;
      }
      return this.executeClaimed(id, accountId, lockedUntil, execute);
    }
  }

  /** What an existing record means for this call: replay its answer, wait for its holder, or claim the key again. */
  private async nextStep(record: MutationRecord, key: MutationKey, inputHash: string, now: number): Promise<NextStep> {
    if (record.expiresAt.getTime() <= now) {
      await this.records.removeIfUnchanged(key.accountId, record);
      return { retry: true };
    }
    if (record.inputHash !== inputHash) throw reusedId(key);
    if (record.status === 'DONE' && record.result !== undefined) return { answer: record.result };
    if (record.lockedUntil.getTime() <= now) {
      // Its holder died mid-run (the lock is renewed by nobody): whoever removes the record first runs it again.
      await this.records.removeIfUnchanged(key.accountId, record);
      return { retry: true };
    }
    return { wait: true };
  }

  private async executeClaimed(id: string, accountId: string, lockedUntil: Date, execute: () => Promise<unknown> | unknown): Promise<string> {
    let answer: string;
    try {
      answer = JSON.stringify((await execute()) ?? null);
    } catch (error) {
      // Nothing was done (a failed mutation writes nothing), so the key is released for an honest retry.
      await this.records.removeIfUnchanged(accountId, { _id: id, status: 'RUNNING', lockedUntil }).catch(() => undefined);
      throw error;
    }
    await this.records.complete(accountId, id, lockedUntil, answer);
    return answer;
  }
}

function reusedId(key: MutationKey): ApiError {
  return new ApiError(
    ErrorCode.Conflict,
    `clientMutationId "${key.clientMutationId}" was already used for a ${key.mutation} with different input; use a new clientMutationId for a new request`,
  );
}
