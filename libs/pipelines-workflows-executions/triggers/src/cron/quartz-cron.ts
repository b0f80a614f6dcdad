/**
 * Quartz cron expressions, the reference's schedule syntax: `seconds minutes hours day-of-month month day-of-week
 * [year]`. Days of the week are 1-7 from Sunday (or SUN-SAT), months 1-12 (or JAN-DEC); exactly one of day-of-month
 * and day-of-week is `?`. Supported: `*`, `?`, values, ranges `a-b`, lists, steps `a/n` and `a-b/n`, and the day
 * specials `L` (last day of the month), `L-n`, `nW` (weekday nearest day n), `LW`, `dL` (last weekday d of the month)
 * and `d#k` (k-th weekday d). Times are UTC.
 */

export class CronSyntaxError extends Error {}

export type DayOfMonthRule =
  | { kind: 'ANY' }
  | { kind: 'VALUES'; values: number[] }
  | { kind: 'LAST'; offset: number }
  | { kind: 'NEAREST_WEEKDAY'; day: number }
  | { kind: 'LAST_WEEKDAY' };

export type DayOfWeekRule =
  | { kind: 'ANY' }
  | { kind: 'VALUES'; values: number[] }
  | { kind: 'LAST_OF_MONTH'; weekday: number }
  | { kind: 'NTH_OF_MONTH'; weekday: number; nth: number };

/** A parsed expression; weekdays are Quartz's 1 (Sunday) to 7 (Saturday). */
export interface QuartzCron {
  expression: string;
  /** The fields as written, for the description. */
  fields: { seconds: string; minutes: string; hours: string; dayOfMonth: string; month: string; dayOfWeek: string; year: string | null };
  seconds: number[];
  minutes: number[];
  hours: number[];
  months: number[];
  /** null: every year. */
  years: number[] | null;
  dayOfMonth: DayOfMonthRule;
  dayOfWeek: DayOfWeekRule;
}

const MONTH_NAMES = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface FieldSpec {
  name: string;
  min: number;
  max: number;
  names?: string[];
}

const SECONDS: FieldSpec = { name: 'seconds', min: 0, max: 59 };
const MINUTES: FieldSpec = { name: 'minutes', min: 0, max: 59 };
const HOURS: FieldSpec = { name: 'hours', min: 0, max: 23 };
const DAY_OF_MONTH: FieldSpec = { name: 'day-of-month', min: 1, max: 31 };
const MONTH: FieldSpec = { name: 'month', min: 1, max: 12, names: MONTH_NAMES };
const DAY_OF_WEEK: FieldSpec = { name: 'day-of-week', min: 1, max: 7, names: DAY_NAMES };
const YEAR: FieldSpec = { name: 'year', min: 1970, max: 2099 };

function value(text: string, spec: FieldSpec): number {
  const upper = text.toUpperCase();
  const named = spec.names?.indexOf(upper) ?? -1;
  if (named >= 0) return named + spec.min;
  if (!/^\d+$/.test(text)) throw new CronSyntaxError(`Invalid ${spec.name} value "${text}"`);
  const number = Number(text);
  if (number < spec.min || number > spec.max) {
    throw new CronSyntaxError(`${spec.name} value ${number} is out of range ${spec.min}-${spec.max}`);
  }
  return number;
}

/** `*`, values, ranges, lists and steps of one field, as the sorted set of values it allows. */
function valueSet(text: string, spec: FieldSpec): number[] {
  const values = new Set<number>();
  for (const part of text.split(',')) {
    if (part === '') throw new CronSyntaxError(`Empty list item in ${spec.name}`);
    const [range, stepText, extra] = part.split('/');
    if (extra !== undefined) throw new CronSyntaxError(`Invalid step in ${spec.name}: "${part}"`);
    let step = 1;
    if (stepText !== undefined) {
      if (!/^\d+$/.test(stepText) || Number(stepText) === 0) throw new CronSyntaxError(`Invalid step "${stepText}" in ${spec.name}`);
      step = Number(stepText);
    }
    let from: number;
    let to: number;
    if (range === '*') {
      from = spec.min;
      to = spec.max;
    } else if (range.includes('-')) {
      const [a, b] = range.split('-');
      from = value(a, spec);
      to = value(b, spec);
      if (from > to) throw new CronSyntaxError(`Range ${range} in ${spec.name} runs backwards`);
    } else {
      from = value(range, spec);
      // Quartz reads `5/15` as "from 5, every 15" to the end of the field.
      to = stepText !== undefined ? spec.max : from;
    }
    for (let v = from; v <= to; v += step) values.add(v);
  }
  return [...values].sort((a, b) => a - b);
}

function dayOfMonthRule(text: string): DayOfMonthRule {
  if (text === '?') return { kind: 'ANY' };
  const upper = text.toUpperCase();
  if (upper === 'L') return { kind: 'LAST', offset: 0 };
  if (upper === 'LW') return { kind: 'LAST_WEEKDAY' };
  const lastMinus = /^L-(\d+)$/.exec(upper);
  if (lastMinus) {
    const offset = Number(lastMinus[1]);
    if (offset > 30) throw new CronSyntaxError(`day-of-month offset L-${offset} is out of range 0-30`);
    return { kind: 'LAST', offset };
  }
  const nearest = /^(\d+)W$/.exec(upper);
  if (nearest) return { kind: 'NEAREST_WEEKDAY', day: value(nearest[1], DAY_OF_MONTH) };
  if (text === '*') return { kind: 'ANY' };
  return { kind: 'VALUES', values: valueSet(text, DAY_OF_MONTH) };
}

function dayOfWeekRule(text: string): DayOfWeekRule {
  if (text === '?' || text === '*') return { kind: 'ANY' };
  const upper = text.toUpperCase();
  if (upper === 'L') return { kind: 'VALUES', values: [7] };
  const last = /^([A-Z]{3}|\d)L$/.exec(upper);
  if (last) return { kind: 'LAST_OF_MONTH', weekday: value(last[1], DAY_OF_WEEK) };
  const nth = /^([A-Z]{3}|\d)#(\d)$/.exec(upper);
  if (nth) {
    const n = Number(nth[2]);
    if (n < 1 || n > 5) throw new CronSyntaxError(`day-of-week ${text}: the week after # must be 1-5`);
    return { kind: 'NTH_OF_MONTH', weekday: value(nth[1], DAY_OF_WEEK), nth: n };
  }
  return { kind: 'VALUES', values: valueSet(text, DAY_OF_WEEK) };
}

export function parseQuartzCron(expression: string): QuartzCron {
  const parts = expression.trim().split(/\s+/);
  if (parts.length < 6 || parts.length > 7 || parts[0] === '') {
    throw new CronSyntaxError(
      `A Quartz cron expression has 6 or 7 fields (seconds minutes hours day-of-month month day-of-week [year]); "${expression}" has ${parts[0] === '' ? 0 : parts.length}`,
    );
  }
  const [seconds, minutes, hours, dayOfMonth, month, dayOfWeek, year] = parts;
  for (const [text, spec] of [
    [seconds, SECONDS],
    [minutes, MINUTES],
    [hours, HOURS],
    [month, MONTH],
  ] as const) {
    if (text === '?') throw new CronSyntaxError(`"?" is allowed only in day-of-month and day-of-week, not in ${spec.name}`);
  }
  if ((dayOfMonth === '?') === (dayOfWeek === '?')) {
    throw new CronSyntaxError('Exactly one of day-of-month and day-of-week must be "?"');
  }
  return {
    expression: parts.join(' '),
    fields: { seconds, minutes, hours, dayOfMonth, month, dayOfWeek, year: year ?? null },
    seconds: valueSet(seconds, SECONDS),
    minutes: valueSet(minutes, MINUTES),
    hours: valueSet(hours, HOURS),
    months: valueSet(month, MONTH),
    years: year === undefined || year === '*' ? null : valueSet(year, YEAR),
    dayOfMonth: dayOfMonthRule(dayOfMonth),
    dayOfWeek: dayOfWeekRule(dayOfWeek),
  };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Quartz weekday (1 = Sunday) of a UTC date. */
function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 1;
}

function nearestWeekday(year: number, month: number, day: number): number {
  const last = daysInMonth(year, month);
  const target = Math.min(day, last);
  const weekday = weekdayOf(year, month, target);
  // Saturday moves to Friday and Sunday to Monday, never across the month's edges.
  if (weekday === 7) return target === 1 ? 3 : target - 1;
  if (weekday === 1) return target === last ? target - 2 : target + 1;
  return target;
}

export function dayMatches(cron: QuartzCron, year: number, month: number, day: number): boolean {
  const last = daysInMonth(year, month);
  if (day > last) return false;
  const dom = cron.dayOfMonth;
  switch (dom.kind) {
    case 'VALUES':
      return dom.values.includes(day);
    case 'LAST':
      return day === Math.max(1, last - dom.offset);
    case 'NEAREST_WEEKDAY':
      return day === nearestWeekday(year, month, dom.day);
    case 'LAST_WEEKDAY':
      return day === nearestWeekday(year, month, last);
    case 'ANY':
      break;
  }
  const dow = cron.dayOfWeek;
  const weekday = weekdayOf(year, month, day);
  switch (dow.kind) {
    case 'ANY':
      return true;
    case 'VALUES':
      return dow.values.includes(weekday);
    case 'LAST_OF_MONTH':
      return weekday === dow.weekday && day + 7 > last;
    case 'NTH_OF_MONTH':
      return weekday === dow.weekday && Math.ceil(day / 7) === dow.nth;
  }
}

const firstAtLeast = (values: number[], min: number) => values.find((v) => v >= min);

/**
 * The first firing time strictly after `afterMs` (epoch ms), or null when there is none before 2100. Walks fields from
 * the year down, jumping to the next allowed value of each (Date.UTC carries overflows), so sparse schedules cost few
 * steps.
 */
export function nextFireTime(cron: QuartzCron, afterMs: number): number | null {
  let t = Math.floor(afterMs / 1000) * 1000 + 1000;
  for (;;) {
    const at = new Date(t);
    const [year, month, day, hour, minute, second] = [
      at.getUTCFullYear(),
      at.getUTCMonth() + 1,
      at.getUTCDate(),
      at.getUTCHours(),
      at.getUTCMinutes(),
      at.getUTCSeconds(),
    ];
    if (year > YEAR.max) return null;
    if (cron.years && !cron.years.includes(year)) {
      const nextYear = firstAtLeast(cron.years, year + 1);
      if (nextYear === undefined) return null;
      t = Date.UTC(nextYear, 0, 1);
      continue;
    }
    const nextMonth = firstAtLeast(cron.months, month);
    if (nextMonth === undefined) {
      t = Date.UTC(year + 1, 0, 1);
      continue;
    }
    if (nextMonth !== month) {
      t = Date.UTC(year, nextMonth - 1, 1);
      continue;
    }
    if (!dayMatches(cron, year, month, day)) {
      t = Date.UTC(year, month - 1, day + 1);
      continue;
    }
    const nextHour = firstAtLeast(cron.hours, hour);
    if (nextHour === undefined) {
      t = Date.UTC(year, month - 1, day + 1);
      continue;
    }
    if (nextHour !== hour) {
      t = Date.UTC(year, month - 1, day, nextHour);
      continue;
    }
    const nextMinute = firstAtLeast(cron.minutes, minute);
    if (nextMinute === undefined) {
      t = Date.UTC(year, month - 1, day, hour + 1);
      continue;
    }
    if (nextMinute !== minute) {
      t = Date.UTC(year, month - 1, day, hour, nextMinute);
      continue;
    }
    const nextSecond = firstAtLeast(cron.seconds, second);
    if (nextSecond === undefined) {
      t = Date.UTC(year, month - 1, day, hour, minute + 1);
      continue;
    }
    return Date.UTC(year, month - 1, day, hour, minute, nextSecond);
  }
}
