import { CallBatcher } from './call-batcher';

describe('CallBatcher', () => {
  it('sends the calls of one window as one request and gives each caller its own outcome', async () => {
    const sent: number[][] = [];
    const batcher = new CallBatcher<number, string>(
      async (items) => {
        sent.push(items);
        return items.map((item) => `done ${item}`);
      },
      { maxBatch: 3, lingerMs: 5 },
    );
    const outcomes = await Promise.all([1, 2, 3, 4, 5].map((item) => batcher.call(item)));
    expect(outcomes).toEqual(['done 1', 'done 2', 'done 3', 'done 4', 'done 5']);
    expect(sent).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
  });

  it('fails every caller of a failed request, and lets one caller stop waiting on its own', async () => {
    const failing = new CallBatcher<number, string>(() => Promise.reject(new Error('down')), { maxBatch: 10, lingerMs: 1 });
    await expect(Promise.all([failing.call(1), failing.call(2)])).rejects.toThrow('down');

    let release: (outcomes: string[]) => void = () => undefined;
    const slow = new CallBatcher<number, string>(() => new Promise((resolve) => (release = resolve)), { maxBatch: 10, lingerMs: 1 });
    const controller = new AbortController();
    const abandoned = slow.call(1, controller.signal);
    const kept = slow.call(2);
    await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort(new Error('gave up'));
    await expect(abandoned).rejects.toThrow('gave up');
    release(['one', 'two']);
    await expect(kept).resolves.toBe('two');
  });
});
