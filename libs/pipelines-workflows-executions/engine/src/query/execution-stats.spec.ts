import type { ExecutionGroupTotals } from '../execution/execution.repository';
import { measured, rollUpMonths } from './execution-stats';

const day = (key: string, time: number, durations: number[], running = 0): ExecutionGroupTotals => ({
  key,
  time,
  count: durations.length + running,
  durationSum: durations.reduce((sum, duration) => sum + duration, 0),
  durationMin: durations.length ? Math.min(...durations) : null,
  durationMax: durations.length ? Math.max(...durations) : null,
  ended: durations.length,
});

describe('deploymentStats measures', () => {
  it('rolls days up into UTC months exactly (an average over every ended execution, not of daily averages)', () => {
    const groups = rollUpMonths([day('a', Date.UTC(2026, 0, 3), [10, 20]), day('a', Date.UTC(2026, 0, 31), [60]), day('a', Date.UTC(2026, 1, 1), [5], 1), day('b', Date.UTC(2026, 0, 9), [])]);
    expect(measured(groups, { kind: 'count' })).toEqual([
      { key: 'a', time: Date.UTC(2026, 0, 1), value: 3 },
      { key: 'a', time: Date.UTC(2026, 1, 1), value: 2 },
      { key: 'b', time: Date.UTC(2026, 0, 1), value: 0 },
    ]);
    expect(measured(groups, { kind: 'duration', operation: 'AVERAGE' })).toEqual([
      { key: 'a', time: Date.UTC(2026, 0, 1), value: 30 },
      { key: 'a', time: Date.UTC(2026, 1, 1), value: 5 },
    ]);
    expect(measured(groups, { kind: 'duration', operation: 'MAX' })[0]?.value).toBe(60);
    expect(measured(groups, { kind: 'duration', operation: 'MIN' })[0]?.value).toBe(10);
  });
});
