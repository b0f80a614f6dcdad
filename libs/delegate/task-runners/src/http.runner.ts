import { CappedOutput } from './capped-output.util';
import type { HttpPayloadV1, HttpPayloadV2 } from './task-payload';
import { errorMessage, formatSeconds, type RunnerContext, type RunnerOutcome } from './task-result';

/** Sends one request; the task succeeds when the final status (after redirects) is the expected one. */
export async function runHttpRequest(payload: HttpPayloadV1 | HttpPayloadV2, context: RunnerContext): Promise<RunnerOutcome> {
  const { signal, httpTimeoutMs, logger } = context;
  if (signal?.aborted) return { status: 'FAILED', error: 'cancelled' };

  const deadline = AbortSignal.timeout(httpTimeoutMs);
  // One signal covers connecting and reading the body, so a server that trickles its body cannot outlast the timeout.
  const combined = signal ? AbortSignal.any([signal, deadline]) : deadline;
  const output = new CappedOutput(context.outputLimitBytes);
  let httpStatus: number | undefined;

  try {
    const headers = payload.version === 2 ? payload.headers.map(({ name, value }): [string, string] => [name, value]) : [];
    const body = payload.version === 2 && payload.body !== null ? payload.body : undefined;
    const response = await fetch(payload.url, { method: payload.method, headers, body, signal: combined });
    httpStatus = response.status;
    if (response.body) {
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        output.append(value);
        if (output.truncated) {
          // Unlike a child's pipe, nothing waits on us to drain a response: stop downloading what would be dropped.
          await reader.cancel();
          break;
        }
      }
    }
  } catch (error) {
    const reason = signal?.aborted
      ? 'cancelled'
      : deadline.aborted
        ? `timed out after ${formatSeconds(httpTimeoutMs)}`
        : describeFetchError(error);
    logger?.debug({ method: payload.method, httpStatus, reason }, 'HTTP task request failed');
    return { status: 'FAILED', error: reason, ...(httpStatus === undefined ? {} : { httpStatus }), ...captured(output) };
  }

  if (httpStatus === payload.expectedStatus) return { status: 'SUCCEEDED', httpStatus, ...captured(output) };
  return { status: 'FAILED', httpStatus, error: `expected HTTP ${payload.expectedStatus}, got ${httpStatus}`, ...captured(output) };
}

function captured(output: CappedOutput): Pick<RunnerOutcome, 'output' | 'outputTruncated'> {
  return { output: output.text(), ...(output.truncated ? { outputTruncated: true } : {}) };
}

/** undici reports every network failure as "fetch failed"; the useful part (ECONNREFUSED, DNS, TLS) is the cause. */
function describeFetchError(error: unknown): string {
  const message = errorMessage(error);
  const cause = (error as { cause?: unknown } | null)?.cause;
  if (cause === undefined || cause === null) return message;
  // A connection tried on several addresses fails with an AggregateError whose own message may be empty.
  const detail = errorMessage(cause) || String((cause as { code?: unknown }).code ?? '');
  return detail ? `${message}: ${detail}` : message;
}
