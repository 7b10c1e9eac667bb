/**
 * CloudBase / SCF timer-trigger cron expressions: seven fields `second minute hour day month weekday year`,
 * each `*`, a value, a range `a-b`, a list `a,b`, or a step (`a/n`, `a-b/n`, or `*` then `/n`); months may be JAN–DEC and
 * weekdays SUN–SAT (0 is Sunday). When both day and weekday are restricted, either one matching is enough.
 * Times are Beijing time (UTC+8), as the platform reads them. Sources: WeChat cloud development
 * "定时触发器", docs.cloudbase.net "tcb fn trigger create" (Cron expressions). The SCF-only `? L W #` are
 * refused rather than guessed.
 */

const FIELDS = [
  { name: 'second', min: 0, max: 59 },
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'], first: 1 },
  { name: 'weekday', min: 0, max: 6, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'], first: 0 },
  { name: 'year', min: 1970, max: 2099 },
] as const;

export interface CronSchedule {
  readonly expression: string;
  /** Allowed values per field; `restricted` says whether the field was anything but `*`. */
  readonly fields: readonly { values: ReadonlySet<number>; restricted: boolean }[];
}

const UTC8_MS = 8 * 3600 * 1000;

function parseValue(text: string, field: (typeof FIELDS)[number]): number {
  const upper = text.toUpperCase();
  if ('names' in field) {
    const index = (field.names as readonly string[]).indexOf(upper);
    if (index >= 0) return index + field.first;
  }
  if (!/^\d+$/.test(text)) throw new Error(`"${text}" is not a value of the ${field.name} field`);
  const value = Number(text);
  if (value < field.min || value > field.max) throw new Error(`${field.name} ${value} is outside ${field.min}-${field.max}`);
  return value;
}

function parseField(text: string, field: (typeof FIELDS)[number]): { values: Set<number>; restricted: boolean } {
  const values = new Set<number>();
  for (const part of text.split(',')) {
    const [range, stepText, extra] = part.split('/');
    if (extra !== undefined || range === '') throw new Error(`"${part}" is not a ${field.name} expression`);
    let from: number = field.min;
    let to: number = field.max;
    if (range !== '*') {
      const [a, b, more] = range.split('-');
      if (more !== undefined) throw new Error(`"${range}" is not a range`);
      from = parseValue(a, field);
      to = b === undefined ? (stepText === undefined ? from : field.max) : parseValue(b, field);
      if (to < from) throw new Error(`the range ${range} runs backwards`);
    }
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1 || (stepText !== undefined && !/^\d+$/.test(stepText)))
      throw new Error(`"${stepText}" is not a step`);
    for (let v = from; v <= to; v += step) values.add(v);
  }
  return { values, restricted: text !== '*' };
}

/** Parses a 7-field expression; throws an Error saying what is wrong. */
export function parseCron(expression: string): CronSchedule {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 7)
    throw new Error(`a timer's cron expression has 7 fields (second minute hour day month weekday year), got ${parts.length}`);
  return { expression, fields: parts.map((part, i) => parseField(part, FIELDS[i])) };
}

/** Beijing-time fields of an instant. */
function beijing(at: number) {
  const d = new Date(at + UTC8_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
    secondOfDay: d.getUTCHours() * 3600 + d.getUTCMinutes() * 60 + d.getUTCSeconds(),
  };
}

function dayMatches(s: CronSchedule, day: { year: number; month: number; day: number; weekday: number }): boolean {
  const [, , , dom, month, dow, year] = s.fields;
  if (!year.values.has(day.year) || !month.values.has(day.month)) return false;
  if (dom.restricted && dow.restricted) return dom.values.has(day.day) || dow.values.has(day.weekday);
  return dom.values.has(day.day) && dow.values.has(day.weekday);
}

/** The first moment strictly after `after` the schedule fires (whole seconds), or null when it never fires again. */
export function nextFireTime(s: CronSchedule, after: Date): Date | null {
  const [seconds, minutes, hours] = s.fields;
  const times: number[] = [];
  for (const h of [...hours.values].sort((a, b) => a - b))
    for (const m of [...minutes.values].sort((a, b) => a - b))
      for (const sec of [...seconds.values].sort((a, b) => a - b)) times.push(h * 3600 + m * 60 + sec);
  const start = Math.floor(after.getTime() / 1000) * 1000 + 1000;
  const first = beijing(start);
  // The Beijing midnight of the start day, as an instant.
  let midnight = start - first.secondOfDay * 1000;
  for (let days = 0; days < 366 * 130; days++, midnight += 86_400_000) {
    const day = beijing(midnight);
    if (day.year > 2099) return null;
    if (!dayMatches(s, day)) continue;
    const from = days === 0 ? first.secondOfDay : 0;
    const time = times.find((t) => t >= from);
    if (time !== undefined) return new Date(midnight + time * 1000);
  }
  return null;
}
