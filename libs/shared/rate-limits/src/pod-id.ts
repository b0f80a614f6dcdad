import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

// The random part tells apart two processes that share a hostname and pid, as containers restarted in place do.
const id = `${hostname()}-${process.pid}-${randomBytes(4).toString('hex')}`;

/** This process's name for per-pod limits: stable for its lifetime, different for every other process. */
export function podId(): string {
  return id;
}
