import type { QuartzCron } from './quartz-cron';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];

const pad = (n: number) => String(n).padStart(2, '0');

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A run of consecutive values reads as "a through b"; anything else as a list. */
function valuesText(values: number[], name: (v: number) => string): string {
  const consecutive = values.length > 2 && values.every((v, i) => i === 0 || v === values[i - 1] + 1);
  return consecutive ? `${name(values[0])} through ${name(values[values.length - 1])}` : list(values.map(name));
}

/** "*", "*\/n" and "a/n" read as periods; anything else as the values it allows. */
function periodOf(field: string): { every: number; from: number } | null {
  if (field === '*') return { every: 1, from: 0 };
  const step = /^(\*|\d+)\/(\d+)$/.exec(field);
  return step ? { every: Number(step[2]), from: step[1] === '*' ? 0 : Number(step[1]) } : null;
}

function unitPhrase(field: string, values: number[], unit: string, within: string): string {
  const period = periodOf(field);
  if (period) {
    const every = period.every === 1 ? `every ${unit}` : `every ${period.every} ${unit}s`;
    return period.from === 0 ? every : `${every} from ${unit} ${period.from}`;
  }
  return `at ${unit}${values.length > 1 ? 's' : ''} ${valuesText(values, String)} ${within}`;
}

function timePhrase(cron: QuartzCron): string {
  const { seconds, minutes, hours, fields } = cron;
  if (seconds.length === 1 && minutes.length === 1 && !periodOf(fields.hours)) {
    const time = (h: number) => `${pad(h)}:${pad(minutes[0])}${seconds[0] === 0 ? '' : `:${pad(seconds[0])}`}`;
    return `At ${valuesText(hours, time)}`;
  }
  const parts: string[] = [];
  if (fields.seconds !== '0') parts.push(unitPhrase(fields.seconds, seconds, 'second', 'past the minute'));
  // "every second" already says every minute.
  if (!(fields.minutes === '*' && parts.length > 0)) {
    if (minutes.length === 1 && !periodOf(fields.minutes)) {
      parts.push(minutes[0] === 0 && parts.length === 0 ? 'every hour' : `at minute ${minutes[0]} past the hour`);
    } else {
      parts.push(unitPhrase(fields.minutes, minutes, 'minute', 'past the hour'));
    }
  }
  if (fields.hours !== '*') {
    const period = periodOf(fields.hours);
    const consecutive = hours.every((h, i) => i === 0 || h === hours[i - 1] + 1);
    if (period) parts.push(unitPhrase(fields.hours, hours, 'hour', ''));
    else if (consecutive) parts.push(`between ${pad(hours[0])}:00 and ${pad(hours[hours.length - 1])}:59`);
    else parts.push(`during the hours starting ${list(hours.map((h) => `${pad(h)}:00`))}`);
  }
  const text = parts.map((part) => part.trim()).join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function dayPhrase(cron: QuartzCron): string | null {
  const dom = cron.dayOfMonth;
  switch (dom.kind) {
    case 'VALUES':
      return cron.fields.dayOfMonth === '*' ? null : `on day${dom.values.length > 1 ? 's' : ''} ${valuesText(dom.values, String)} of the month`;
    case 'LAST':
      return dom.offset === 0 ? 'on the last day of the month' : `${dom.offset} day${dom.offset > 1 ? 's' : ''} before the last day of the month`;
    case 'NEAREST_WEEKDAY':
      return `on the weekday nearest day ${dom.day} of the month`;
    case 'LAST_WEEKDAY':
      return 'on the last weekday of the month';
    case 'ANY':
      break;
  }
  const dow = cron.dayOfWeek;
  const weekday = (d: number) => WEEKDAYS[d - 1];
  switch (dow.kind) {
    case 'ANY':
      return null;
    case 'VALUES':
      return `only on ${valuesText(dow.values, weekday)}`;
    case 'LAST_OF_MONTH':
      return `on the last ${weekday(dow.weekday)} of the month`;
    case 'NTH_OF_MONTH':
      return `on the ${ORDINALS[dow.nth - 1]} ${weekday(dow.weekday)} of the month`;
  }
}

/** Plain English for OnSchedule.cronDescription, e.g. "At 12:00, only on Monday through Friday (UTC)". */
export function describeQuartzCron(cron: QuartzCron): string {
  const parts = [timePhrase(cron)];
  const day = dayPhrase(cron);
  if (day) parts.push(day);
  else if (parts[0].startsWith('At ')) parts.push('every day');
  if (cron.fields.month !== '*') parts.push(`in ${valuesText(cron.months, (m) => MONTHS[m - 1])}`);
  if (cron.years) parts.push(`in ${valuesText(cron.years, String)}`);
  return `${parts.join(', ')} (UTC)`;
}
