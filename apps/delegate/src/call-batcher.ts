/**
 * Gathers the calls made within one short window (or until `maxBatch` are waiting) into one request: tasks finishing,
 * starting or renewing together cost the platform one call, not one each. Each caller gets its own outcome, in the
 * order the request listed them; a caller's own signal abandons its wait, not the shared request.
 */
export class CallBatcher<TItem, TOutcome> {
  private pending: { item: TItem; resolve: (outcome: TOutcome) => void; reject: (error: unknown) => void }[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly send: (items: TItem[]) => Promise<TOutcome[]>,
    private readonly options: { maxBatch: number; lingerMs: number },
  ) {}

  call(item: TItem, signal?: AbortSignal): Promise<TOutcome> {
    return new Promise<TOutcome>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => reject(signal?.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle = <T>(done: (value: T) => void) => (value: T) => {
        signal?.removeEventListener('abort', onAbort);
        done(value);
      };
      this.pending.push({ item, resolve: settle(resolve), reject: settle(reject) });
      if (this.pending.length >= this.options.maxBatch) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.options.lingerMs);
    });
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending.splice(0, this.options.maxBatch);
    if (this.pending.length > 0) this.timer = setTimeout(() => this.flush(), this.options.lingerMs);
    if (batch.length === 0) return;
    this.send(batch.map((entry) => entry.item)).then(
      (outcomes) => {
        batch.forEach((entry, i) => {
          const outcome = outcomes[i];
          if (outcome === undefined) entry.reject(new Error('the platform answered fewer outcomes than calls'));
          else entry.resolve(outcome);
        });
      },
      (error: unknown) => batch.forEach((entry) => entry.reject(error)),
    );
  }
}
