/**
 * Checks a refusal's retryAfterMs against a boundary known only to lie in [earliestUs, latestUs] (server clock): the
 * refused call ran somewhere in [call.before, call.after], and retryAfterMs is rounded up to whole ms.
 */
export function expectRetryPointsAt(
  call: { before: number; after: number },
  retryAfterMs: number,
  earliestUs: number,
  latestUs: number,
): void {
  expect(retryAfterMs).toBeGreaterThanOrEqual(1);
  expect(call.after + retryAfterMs * 1000).toBeGreaterThanOrEqual(earliestUs);
  expect(call.before + retryAfterMs * 1000).toBeLessThan(latestUs + 1000);
}
