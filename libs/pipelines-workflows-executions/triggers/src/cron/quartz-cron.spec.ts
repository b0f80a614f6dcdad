import { describeQuartzCron } from './cron-description';
import { CronSyntaxError, nextFireTime, parseQuartzCron } from './quartz-cron';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The next `count` firings after `from`. */
function firings(expression: string, from: string, count: number): Array<string | null> {
  const cron = parseQuartzCron(expression);
  const out: Array<string | null> = [];
  let t: number | null = at(from);
  for (let i = 0; i < count && t !== null; i++) {
    t = nextFireTime(cron, t);
    out.push(iso(t));
  }
  return out;
}

describe('Quartz cron parsing', () => {
  it.each([
    ['0 0 12 * *', /6 or 7 fields/],
    ['0 0 12 * * ? 2030 x', /6 or 7 fields/],
    ['0 0 12 * * *', /Exactly one of day-of-month and day-of-week must be "\?"/],
    ['0 0 12 ? * ?', /Exactly one/],
    ['60 0 12 * * ?', /seconds value 60 is out of range 0-59/],
    ['0 0 24 * * ?', /hours value 24 is out of range 0-23/],
    ['0 0 12 * 13 ?', /month value 13/],
    ['0 0 12 ? * 8', /day-of-week value 8/],
    ['0 0 12 ? * MON#6', /must be 1-5/],
    ['0 ? 12 * * ?', /only in day-of-month and day-of-week/],
    ['0 0/0 12 * * ?', /Invalid step/],
    ['0 30-10 12 * * ?', /runs backwards/],
    ['0 x 12 * * ?', /Invalid minutes value "x"/],
  ])('rejects %s', (expression, message) => {
    expect(() => parseQuartzCron(expression)).toThrow(CronSyntaxError);
    expect(() => parseQuartzCron(expression)).toThrow(message);
  });

  it('reads names of months and weekdays, lists, ranges and steps', () => {
    const cron = parseQuartzCron('5/20 0,30 9-11 ? JAN-MAR MON-FRI');
    expect(cron.seconds).toEqual([5, 25, 45]);
    expect(cron.minutes).toEqual([0, 30]);
    expect(cron.hours).toEqual([9, 10, 11]);
    expect(cron.months).toEqual([1, 2, 3]);
    expect(cron.dayOfWeek).toEqual({ kind: 'VALUES', values: [2, 3, 4, 5, 6] });
    expect(cron.years).toBeNull();
  });
});

describe('next firing time (UTC)', () => {
  it('fires every 10 seconds on the tens', () => {
    expect(firings('*/10 * * * * ?', '2026-12-01T10:00:03Z', 3)).toEqual([
      '2026-12-01T10:00:10.000Z',
      '2026-12-01T10:00:20.000Z',
      '2026-12-01T10:00:30.000Z',
    ]);
  });

  it('is strictly after the given time', () => {
    expect(firings('0 0 12 * * ?', '2026-12-01T12:00:00Z', 1)).toEqual(['2026-12-02T12:00:00.000Z']);
  });

  it('fires at noon on weekdays only (1 = Sunday in Quartz)', () => {
    // 2026-12-04 is a Friday.
    expect(firings('0 0 12 ? * MON-FRI', '2026-12-04T13:00:00Z', 2)).toEqual(['2026-12-07T12:00:00.000Z', '2026-12-08T12:00:00.000Z']);
    expect(firings('0 0 12 ? * 1', '2026-12-04T13:00:00Z', 1)).toEqual(['2026-12-06T12:00:00.000Z']);
  });

  it('knows the last day of the month, leap years included', () => {
    expect(firings('0 0 0 L * ?', '2028-01-31T01:00:00Z', 2)).toEqual(['2028-02-29T00:00:00.000Z', '2028-03-31T00:00:00.000Z']);
    expect(firings('0 0 0 L-2 * ?', '2027-02-01T00:00:00Z', 1)).toEqual(['2027-02-26T00:00:00.000Z']);
  });

  it('moves nW to the nearest weekday within the month', () => {
    // 2026-08-01 is a Saturday: 1W is Monday the 3rd, never July 31st.
    expect(firings('0 0 9 1W * ?', '2026-07-15T00:00:00Z', 1)).toEqual(['2026-08-03T09:00:00.000Z']);
    // 2026-11-15 is a Sunday: 15W is Monday the 16th.
    expect(firings('0 0 9 15W * ?', '2026-11-01T00:00:00Z', 1)).toEqual(['2026-11-16T09:00:00.000Z']);
    // The last weekday of January 2027 (the 31st is a Sunday) is Friday the 29th.
    expect(firings('0 0 9 LW * ?', '2027-01-01T00:00:00Z', 1)).toEqual(['2027-01-29T09:00:00.000Z']);
  });

  it('finds the n-th and the last weekday of a month', () => {
    // Third Friday of December 2026 is the 18th; last Friday is the 25th.
    expect(firings('0 0 10 ? * 6#3', '2026-12-01T00:00:00Z', 1)).toEqual(['2026-12-18T10:00:00.000Z']);
    expect(firings('0 0 10 ? * FRIL', '2026-12-01T00:00:00Z', 1)).toEqual(['2026-12-25T10:00:00.000Z']);
  });

  it('honours the year field and runs out of firings', () => {
    expect(firings('0 0 0 1 1 ? 2030', '2026-12-01T00:00:00Z', 2)).toEqual(['2030-01-01T00:00:00.000Z', null]);
  });

  it('skips months without the day (31st)', () => {
    expect(firings('0 0 0 31 * ?', '2026-04-01T00:00:00Z', 2)).toEqual(['2026-05-31T00:00:00.000Z', '2026-07-31T00:00:00.000Z']);
  });
});

describe('cron description', () => {
  it.each([
    ['0 0 12 * * ?', 'At 12:00, every day (UTC)'],
    ['0 15 10 ? * MON-FRI', 'At 10:15, only on Monday through Friday (UTC)'],
    ['0 0/5 * * * ?', 'Every 5 minutes (UTC)'],
    ['*/10 * * * * ?', 'Every 10 seconds (UTC)'],
    ['* * * * * ?', 'Every second (UTC)'],
    ['0 0 * * * ?', 'Every hour (UTC)'],
    ['0 0/15 9-17 * * ?', 'Every 15 minutes, between 09:00 and 17:59 (UTC)'],
    ['0 0 6 L * ?', 'At 06:00, on the last day of the month (UTC)'],
    ['0 0 10 ? * 6#3', 'At 10:00, on the third Friday of the month (UTC)'],
    ['0 30 8 1,15 JAN,JUL ? 2027', 'At 08:30, on days 1 and 15 of the month, in January and July, in 2027 (UTC)'],
    ['30 0 12 * * ?', 'At 12:00:30, every day (UTC)'],
  ])('describes %s', (expression, description) => {
    expect(describeQuartzCron(parseQuartzCron(expression))).toBe(description);
  });
});
