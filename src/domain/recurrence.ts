import * as rrule from 'rrule';

// Node loads rrule's CommonJS build (its exports sit under `default`); bundlers take its ES module build.
const { RRule } = ('RRule' in rrule ? rrule : Reflect.get(rrule, 'default')) as typeof rrule;

/**
 * Recurring tasks: an RFC 5545 RRULE subset (FREQ DAILY/WEEKLY/MONTHLY/YEARLY, INTERVAL, BYDAY,
 * BYMONTHDAY, COUNT, UNTIL) read by the `rrule` library, and the IANA time zone the task's dates
 * are counted in. Due dates are calendar dates, so occurrences are computed on dates in UTC.
 */

const ALLOWED = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'COUNT', 'UNTIL']);
const FREQUENCIES = new Set(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);
const CHECKS: Record<string, RegExp> = {
  INTERVAL: /^[1-9]\d{0,2}$/,
  COUNT: /^[1-9]\d{0,3}$/,
  BYDAY: /^([+-]?[1-5]?(MO|TU|WE|TH|FR|SA|SU))(,[+-]?[1-5]?(MO|TU|WE|TH|FR|SA|SU))*$/,
  BYMONTHDAY: /^(-?([1-9]|[12]\d|3[01]))(,-?([1-9]|[12]\d|3[01]))*$/,
  UNTIL: /^\d{8}(T\d{6}Z)?$/,
};

/** What is wrong with a rule, or undefined when it is a rule of the supported subset. */
export function recurrenceProblem(rule: string): string | undefined {
  const parts = rule.split(';');
  const seen = new Set<string>();
  for (const part of parts) {
    const [key, value, ...rest] = part.split('=');
    if (!key || value === undefined || rest.length > 0) return `"${part}" is not KEY=VALUE`;
    if (!ALLOWED.has(key)) return `${key} is not supported (FREQ, INTERVAL, BYDAY, BYMONTHDAY, COUNT, UNTIL)`;
    if (seen.has(key)) return `${key} appears twice`;
    seen.add(key);
    if (key === 'FREQ' && !FREQUENCIES.has(value)) return 'FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY';
    const check = CHECKS[key];
    if (check && !check.test(value)) return `${key}=${value} is not valid`;
  }
  if (!seen.has('FREQ')) return 'FREQ is required';
  if (seen.has('COUNT') && seen.has('UNTIL')) return 'COUNT and UNTIL cannot both be given';
  try {
    new RRule(RRule.parseString(rule)).after(new Date(0));
  } catch (error) {
    return error instanceof Error ? error.message : 'is not a valid rule';
  }
  return undefined;
}

/** Is `zone` an IANA time zone this runtime knows? */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function dateIn(instant: Date, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/**
 * The due date of the occurrence after `occurrence` number `index` (1-based) dated `from`, or
 * undefined when the rule has ended (COUNT reached, or nothing before UNTIL).
 */
export function nextOccurrence(rule: string, from: string, index: number): string | undefined {
  const options = RRule.parseString(rule);
  if (options.count !== undefined && options.count !== null && index >= options.count) return undefined;
  const start = new Date(`${from}T00:00:00.000Z`);
  const next = new RRule({ ...options, count: null, dtstart: start }).after(start, false);
  return next ? next.toISOString().slice(0, 10) : undefined;
}
