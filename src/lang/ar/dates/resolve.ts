// Resolves a date expression against a reference day. Pure and cheap, so a document's expressions
// can be resolved against many candidate publication dates (publication.ts).
//
// Year inference for a day and month without a year follows chrono: of the reference year and the
// years either side, the one that puts the date nearest the reference. A month named with
// الماضي/الجاري/المقبل is the latest before / the one holding / the first after the reference month.

import type { FoldedText } from '../../../text/folded.js';
import { toOriginal } from '../../../text/folded.js';
import {
  addMonths,
  daysInMonth,
  fromHijri,
  fromYmd,
  isValidDate,
  isoDate,
  monthStart,
  toHijri,
  toYmd,
  weekStart,
  weekdayOf,
  WEEK_START,
} from './calendar.js';
import type { DayNumber } from './calendar.js';
import { clockText } from './clock.js';
import type { Anchor, DateExpression, DateMention, DatePart, Inconsistency, Precision } from './types.js';

export interface Resolution {
  readonly date: DayNumber | null;
  readonly precision: Precision | null;
  readonly relative: boolean;
  readonly stated: { readonly year: boolean; readonly month: boolean; readonly day: boolean };
  /** First and last day of a week, month or year, or of a span up to the reference. */
  readonly range?: { readonly start: DayNumber; readonly end: DayNumber };
  readonly inconsistent?: string;
  readonly inconsistency?: Inconsistency;
}

/**
 * How far a Hijri date may fall from the Gregorian date it is paired with: Umm al-Qura is a
 * computed calendar and the months announced on a sighting of the moon (Egypt, the Levant, the
 * Maghreb) may begin a day later or earlier.
 */
export const HIJRI_TOLERANCE_DAYS = 1;

const NONE = { year: false, month: false, day: false } as const;
const ALL = { year: true, month: true, day: true } as const;

/** Units shorter than a day, in days. */
const DAY_FRACTION: Readonly<Record<string, number>> = { hour: 1 / 24, minute: 1 / 1440, second: 1 / 86400 };

/**
 * The point a count names from the reference, back (`sign` -1: `قبل ثلاثة أيام`) or ahead (1: `بعد
 * أسبوعين`): hours, minutes and seconds round down to whole days, weeks are seven days.
 */
function countedDate(
  ref: DayNumber,
  sign: -1 | 1,
  amount: number,
  unit: string,
): { date: DayNumber; precision: Precision } {
  switch (unit) {
    case 'hour':
    case 'minute':
    case 'second':
      return { date: ref + sign * Math.floor(amount * DAY_FRACTION[unit]!), precision: 'day' };
    case 'day':
      return { date: ref + sign * Math.floor(amount), precision: 'day' };
    case 'week':
      return { date: ref + sign * Math.round(amount * 7), precision: 'day' };
    case 'month':
      return { date: monthStart(addMonths(ref, sign * Math.round(amount))), precision: 'month' };
    default:
      return { date: fromYmd(toYmd(ref).year + sign * Math.round(amount), 1, 1), precision: 'year' };
  }
}

function weekdayDate(ref: DayNumber, weekday: number, mode: string): DayNumber {
  const today = weekdayOf(ref);
  const back = (today - weekday + 7) % 7;
  const forward = (weekday - today + 7) % 7;
  switch (mode) {
    case 'last':
      return ref - (back === 0 ? 7 : back);
    case 'next':
      return ref + (forward === 0 ? 7 : forward);
    case 'future':
      return ref + forward;
    case 'this':
      return forward <= 3 ? ref + forward : ref - back;
    default:
      return ref - back;
  }
}

/** The year that puts (month, day) nearest the reference (chrono's findYearClosestToRef). */
function nearestYear(ref: DayNumber, month: number, day: number): number {
  const { year } = toYmd(ref);
  let best = year;
  let bestDistance = Infinity;
  for (const y of [year - 1, year, year + 1]) {
    const d = Math.min(day, new Date(Date.UTC(y, month, 0)).getUTCDate());
    const distance = Math.abs(fromYmd(y, month, d) - ref);
    if (distance < bestDistance) {
      best = y;
      bestDistance = distance;
    }
  }
  return best;
}

function weekdayName(n: number): string {
  return ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][n] ?? String(n);
}

/**
 * A Hijri date; without a year, of the Hijri years around the reference the one its relation asks
 * for (الماضي: the latest before the reference, المقبل: the first after, الجاري: the reference's
 * own year), else the one nearest the reference.
 */
function resolveHijri(a: Extract<Anchor, { type: 'calendar' }>, ref: DayNumber | null): Resolution {
  const precision: Precision = a.day !== undefined ? 'day' : 'month';
  const hasDay = a.day !== undefined;
  // A 30th where Umm al-Qura has 29 days is the day after the 29th: a month begun on a sighting
  // of the moon may run one day longer (`الأحد 30 ذي القعدة والاثنين غرة شهر ذي الحجة`).
  const dayOf = (y: number): DayNumber | null => {
    const d = fromHijri(y, a.month, a.day ?? 1);
    if (d !== null || a.day !== 30) return d;
    const last = fromHijri(y, a.month, 29);
    return last === null ? null : last + 1;
  };
  const withRange = (date: DayNumber | null, year: number | null): Pick<Resolution, 'date' | 'range'> => {
    if (date === null || year === null || hasDay) return { date };
    const next = a.month === 12 ? fromHijri(year + 1, 1, 1) : fromHijri(year, a.month + 1, 1);
    return next === null ? { date } : { date, range: { start: date, end: next - 1 } };
  };
  if (a.year !== undefined)
    return {
      ...withRange(dayOf(a.year), a.year),
      precision,
      relative: false,
      stated: { year: true, month: true, day: hasDay },
    };
  const stated = { year: a.relation !== undefined, month: true, day: hasDay };
  if (ref === null) return { date: null, precision, relative: true, stated };
  const h = toHijri(ref);
  if (h === null) return { date: null, precision, relative: true, stated };
  let best: { date: DayNumber; year: number } | null = null;
  let inconsistent: string | undefined;
  const candidates = [h.year - 1, h.year, h.year + 1].flatMap((year) => {
    const date = dayOf(year);
    return date === null ? [] : [{ date, year }];
  });
  const before = (c: { year: number }): boolean =>
    hasDay ? (dayOf(c.year) ?? Infinity) < ref : c.year * 12 + a.month < h.year * 12 + h.month;
  const after = (c: { year: number }): boolean =>
    hasDay ? (dayOf(c.year) ?? -Infinity) > ref : c.year * 12 + a.month > h.year * 12 + h.month;
  if (a.relation === -1) best = candidates.filter(before).pop() ?? null;
  else if (a.relation === 1) best = candidates.find(after) ?? null;
  else if (a.relation === 0) {
    best = candidates.find((c) => c.year === h.year) ?? null;
    if (a.month !== h.month)
      inconsistent = `Hijri month ${a.month} is called current, but the reference is in Hijri month ${h.month}`;
  } else {
    for (const c of candidates)
      if (best === null || Math.abs(c.date - ref) < Math.abs(best.date - ref)) best = c;
  }
  return {
    ...withRange(best?.date ?? null, best?.year ?? null),
    precision,
    relative: true,
    stated,
    ...(inconsistent !== undefined ? { inconsistent, inconsistency: 'relation' as const } : {}),
  };
}

/** `في 21 من الشهر الجاري`: a day of the month the reference gives (or the one before or after it). */
function resolveMonthOfReference(
  a: Extract<Anchor, { type: 'calendar' }>,
  ref: DayNumber | null,
  precision: Precision,
): Resolution {
  const hasDay = a.day !== undefined;
  if (ref === null)
    return { date: null, precision, relative: true, stated: { year: true, month: true, day: hasDay } };
  const first = monthStart(ref, a.relation ?? 0);
  const { year, month } = toYmd(first);
  const day = a.day ?? 1;
  if (!isValidDate(year, month, day)) {
    return {
      date: null,
      precision,
      relative: true,
      stated: ALL,
      inconsistent: `no day ${day} in ${year}-${month}`,
      inconsistency: 'no-such-day',
    };
  }
  return {
    date: fromYmd(year, month, day),
    precision,
    relative: true,
    stated: { year: true, month: true, day: hasDay },
  };
}

function resolveCalendar(a: Anchor, ref: DayNumber | null): Resolution {
  if (a.type !== 'calendar') return { date: null, precision: null, relative: false, stated: NONE };
  if (a.eve) {
    // The eve of a feast: the feast's day (its relation, its nearest year) less one.
    const { eve: _eve, ...day } = a;
    const r = resolveCalendar(day, ref);
    return r.date === null ? r : { ...r, date: r.date - 1 };
  }
  const precision: Precision = a.day !== undefined ? 'day' : 'month';
  const hasDay = a.day !== undefined;
  if (a.calendar === 'hijri') return resolveHijri(a, ref);
  if (a.monthFromReference) return resolveMonthOfReference(a, ref, precision);
  let year: number;
  let relative = false;
  let statedYear = true;
  let inconsistent: string | undefined;
  if (a.year !== undefined) year = a.shortYear ? centuryOf(a.year, ref) : a.year;
  else {
    relative = true;
    if (ref === null)
      return {
        date: null,
        precision,
        relative,
        stated: { year: a.relation !== undefined || a.yearOffset !== undefined, month: true, day: hasDay },
      };
    const r = toYmd(ref);
    if (a.yearOffset !== undefined) year = r.year + a.yearOffset;
    else if (a.relation === -1 && a.day !== undefined)
      // `30 مارس الماضي`: the latest such day before the reference.
      year =
        fromYmd(r.year, a.month, Math.min(a.day, daysInMonth(r.year, a.month))) < ref ? r.year : r.year - 1;
    else if (a.relation === 1 && a.day !== undefined)
      // `13 مارس المقبل`: the first such day after the reference.
      year =
        fromYmd(r.year, a.month, Math.min(a.day, daysInMonth(r.year, a.month))) > ref ? r.year : r.year + 1;
    else if (a.relation === -1) year = a.month < r.month ? r.year : r.year - 1;
    else if (a.relation === 1) year = a.month > r.month ? r.year : r.year + 1;
    else if (a.relation === 0) {
      year = r.year;
      if (a.month !== r.month)
        inconsistent = `month ${a.month} is called current, but the reference is in month ${r.month}`;
    } else {
      year = nearestYear(ref, a.month, a.day ?? 15);
      statedYear = false;
    }
  }
  const day = a.day ?? 1;
  if (!isValidDate(year, a.month, day)) {
    return {
      date: null,
      precision,
      relative,
      stated: { year: statedYear, month: true, day: hasDay },
      inconsistent: `no day ${day} in ${year}-${a.month}`,
      inconsistency: 'no-such-day',
    };
  }
  return {
    date: fromYmd(year, a.month, day),
    precision,
    relative,
    stated: { year: statedYear, month: true, day: hasDay },
    ...(inconsistent !== undefined ? { inconsistent, inconsistency: 'relation' as const } : {}),
  };
}

/** The first and last day of the period a week, month or year mention covers. */
function periodRange(r: Resolution): Resolution {
  if (r.date === null || r.range !== undefined) return r;
  const d = r.date;
  if (r.precision === 'week') return { ...r, range: { start: d, end: d + 6 } };
  if (r.precision === 'month') return { ...r, range: { start: d, end: monthStart(d, 1) - 1 } };
  if (r.precision === 'year') return { ...r, range: { start: d, end: monthStart(d, 12) - 1 } };
  return r;
}

/** The first day of a span of `amount` units ending on the reference (negative: the last day of
 * one starting there). */
function recentStart(ref: DayNumber, amount: number, unit: string): DayNumber {
  switch (unit) {
    case 'hour':
    case 'minute':
    case 'second':
      return ref - Math.ceil(amount * DAY_FRACTION[unit]!);
    case 'day':
      return ref - Math.ceil(amount);
    case 'week':
      return ref - Math.ceil(amount * 7);
    case 'month':
      return addMonths(ref, -Math.ceil(amount));
    default:
      return addMonths(ref, -12 * Math.ceil(amount));
  }
}

function flag(r: Resolution, code: Inconsistency, note: string): Resolution {
  return {
    ...r,
    inconsistent: r.inconsistent !== undefined ? `${r.inconsistent}; ${note}` : note,
    inconsistency: r.inconsistency ?? code,
  };
}

/** The last day of the month a month-precision resolution starts. */
function monthEnd(r: Resolution, calendar: 'gregorian' | 'hijri'): DayNumber | null {
  if (r.date === null) return null;
  if (calendar === 'hijri') return r.range?.end ?? null;
  return monthStart(r.date, 1) - 1;
}

/**
 * `الخميس الثاني من تشرين الأول`: the month's 2nd is the reading when it is a Thursday (`الخميس
 * الثاني من أكتوبر` naming Thursday 2 October), else the second Thursday of the month; `الجمعة
 * الأخيرة من رمضان` the last Friday. A month with no such weekday (a 5th) gives no date.
 */
function resolveNthWeekday(a: Extract<Anchor, { type: 'nth-weekday' }>, ref: DayNumber | null): Resolution {
  const month = resolveCalendar(a.month, ref);
  const stated = { year: month.stated.year, month: true, day: true };
  const first = month.date;
  const last = monthEnd(month, a.month.calendar);
  if (first === null || last === null)
    return { date: null, precision: 'day', relative: month.relative, stated };
  let date: DayNumber;
  if (a.nth < 0) date = last - ((weekdayOf(last) - a.weekday + 7) % 7);
  else if (weekdayOf(first + a.nth - 1) === a.weekday) date = first + a.nth - 1;
  else date = first + ((a.weekday - weekdayOf(first) + 7) % 7) + 7 * (a.nth - 1);
  if (date > last) return { date: null, precision: 'day', relative: month.relative, stated };
  return { date, precision: 'day', relative: month.relative, stated };
}

/**
 * `الأسبوع الأول من آذار`، `العشر الأواخر من رمضان`: the days of the month from `from` to `to`,
 * precision week, with their range; none when the month has no such first day.
 */
function resolveMonthDays(a: Extract<Anchor, { type: 'month-days' }>, ref: DayNumber | null): Resolution {
  const month = resolveCalendar(a.month, ref);
  const stated = { year: month.stated.year, month: true, day: false };
  const first = month.date;
  const last = monthEnd(month, a.month.calendar);
  const none: Resolution = { date: null, precision: 'week', relative: month.relative, stated };
  if (first === null || last === null) return none;
  const day = (n: number): DayNumber => (n > 0 ? first + n - 1 : last + n + 1);
  const start = day(a.from);
  const end = Math.min(day(a.to), last);
  if (start > end) return none;
  return { date: start, precision: 'week', relative: month.relative, stated, range: { start, end } };
}

/** `ثالث أيام العيد`: the option nearest the reference, none beyond `within` days of it. */
function resolveNearest(a: Extract<Anchor, { type: 'nearest' }>, ref: DayNumber | null): Resolution {
  const none: Resolution = { date: null, precision: 'day', relative: true, stated: NONE };
  if (ref === null) return none;
  let best: Resolution | null = null;
  for (const option of a.options) {
    const r = resolveCalendar(option, ref);
    if (r.date === null || Math.abs(r.date - ref) > a.within) continue;
    if (best === null || Math.abs(r.date - ref) < Math.abs(best.date! - ref)) best = r;
  }
  return best === null ? none : { ...best, stated: { year: false, month: false, day: true } };
}

/** `الشهر السابق` after `في أبريل`: the period `offset` units from the base date's. */
function resolveShifted(
  expr: DateExpression,
  a: Extract<Anchor, { type: 'shifted' }>,
  ref: DayNumber | null,
): Resolution {
  const stated = { year: true, month: a.unit !== 'year', day: a.unit === 'day' };
  if (a.base === null) {
    // `اليوم التالي` with no day before it is the day after some moment the text does not name, and
    // `الشهر نفسه` the month of a date it does not name.
    if (a.unit === 'day' || a.same)
      return { date: null, precision: a.dayOfMonth ? 'day' : a.unit, relative: true, stated: NONE };
    return resolveExpression({ ...expr, anchor: { type: 'period', unit: a.unit, offset: a.offset } }, ref);
  }
  const { weekday: _w, paired: _p, ...rest } = expr;
  const base = resolveExpression({ ...rest, anchor: a.base }, ref);
  const none: Resolution = { date: null, precision: a.unit, relative: base.relative, stated };
  if (base.date === null) return none;
  // A year says nothing of which of its months or weeks came before; a day follows only a day
  // (a range's last day: `من 3 إلى 5 آذار … وفي اليوم التالي` is the 6th).
  if (base.precision === 'year' && a.unit !== 'year') return none;
  if (a.unit === 'day') {
    if (base.precision !== 'day') return none;
    const day = (a.offset > 0 ? (base.range?.end ?? base.date) : (base.range?.start ?? base.date)) + a.offset;
    return { date: day, precision: 'day', relative: base.relative, stated: base.stated };
  }
  const d = base.range?.start ?? base.date;
  if (a.dayOfMonth !== undefined) {
    // `في آذار … وفي 24 من الشهر نفسه`: that day of the base's month.
    const first = monthStart(d);
    const { year, month } = toYmd(first);
    if (a.dayOfMonth > daysInMonth(year, month)) return { ...none, precision: 'day' };
    return {
      date: first + a.dayOfMonth - 1,
      precision: 'day',
      relative: base.relative,
      stated: { ...stated, day: true },
    };
  }
  const date =
    a.unit === 'week'
      ? weekStart(d) + 7 * a.offset
      : a.unit === 'month'
        ? monthStart(d, a.offset)
        : fromYmd(toYmd(d).year + a.offset, 1, 1);
  return { date, precision: a.unit, relative: base.relative, stated: a.unit === 'week' ? NONE : stated };
}

/** A calendar date, with the range to a last day (`من 25 إلى 28 شباط`، `من 28 آذار إلى 3 نيسان`) or month when one is given. */
function resolveCalendarRange(a: Extract<Anchor, { type: 'calendar' }>, ref: DayNumber | null): Resolution {
  const r = resolveCalendar(a, ref);
  // `من كانون الثاني إلى آذار`: to the end of the last month (in the next year when it comes first).
  if (a.untilMonth !== undefined && a.day === undefined && a.calendar === 'gregorian' && r.date !== null) {
    const months = (a.untilMonth - a.month + 12) % 12;
    if (months > 0) return { ...r, range: { start: r.date, end: monthStart(r.date, months + 1) - 1 } };
  }
  // `من 28 آذار إلى 3 نيسان`: to a day of the last month (in the next year when it comes first).
  if (a.untilMonth !== undefined && a.day !== undefined && a.untilDay !== undefined) {
    if (r.date === null || a.calendar !== 'gregorian') return r;
    const { year, month } = toYmd(r.date);
    const lastYear = a.untilMonth < month ? year + 1 : year;
    if (a.untilDay > daysInMonth(lastYear, a.untilMonth))
      return {
        ...r,
        date: null,
        inconsistent: `no day ${a.untilDay} in that month`,
        inconsistency: 'no-such-day',
      };
    return { ...r, range: { start: r.date, end: fromYmd(lastYear, a.untilMonth, a.untilDay) } };
  }
  const until = a.untilDay;
  if (until === undefined || a.day === undefined || r.date === null || until <= a.day) return r;
  const end = r.date + (until - a.day);
  // The last day must be in the same month (`من 25 إلى 31 شباط` has none).
  if (toYmd(end).month === toYmd(r.date).month || a.calendar === 'hijri')
    return { ...r, range: { start: r.date, end } };
  return { ...r, date: null, inconsistent: `no day ${until} in that month`, inconsistency: 'no-such-day' };
}

/**
 * A weekday, or a range of weekdays (`من الأحد إلى الخميس`): told of the past, the range ends on the
 * last weekday before the reference; of the future, it starts on the first one after it.
 */
function resolveWeekday(a: Extract<Anchor, { type: 'weekday' }>, ref: DayNumber | null): Resolution {
  const r: Resolution = { date: null, precision: 'day', relative: true, stated: NONE };
  if (ref === null) return r;
  const days = a.untilWeekday === undefined ? 0 : (a.untilWeekday - a.weekday + 7) % 7;
  if (days === 0) return { ...r, date: weekdayDate(ref, a.weekday, a.mode) + 7 * (a.weeks ?? 0) };
  // Told of the past (or `… إلى الخميس الماضي`) a range ends on its last such day; ahead (or `… إلى
  // الخميس المقبل`) it starts on the first such day after the reference.
  const onLast = a.mode === 'past' || a.mode === 'last';
  const start = onLast
    ? weekdayDate(ref, a.untilWeekday!, a.mode) - days
    : weekdayDate(ref, a.weekday, a.mode);
  return { ...r, date: start, range: { start, end: start + days } };
}

function resolveRecent(a: Extract<Anchor, { type: 'recent' }>, ref: DayNumber | null): Resolution {
  const r: Resolution = { date: null, precision: null, relative: true, stated: NONE };
  if (ref === null) return r;
  const range = a.forward
    ? { start: ref, end: recentStart(ref, -a.amount, a.unit) }
    : { start: recentStart(ref, a.amount, a.unit), end: ref };
  return { ...r, range };
}

/** How far ahead of the reference a year written with two digits may fall in its century. */
const SHORT_YEAR_AHEAD = 5;
/** With no reference, the last two digits read in this century. */
const SHORT_YEAR_PIVOT = 30;

/**
 * A year written with two digits (given as 20yy): in the reference's century unless that puts it
 * more than a few years ahead of the reference (`عام 48` in 2019: 1948), then the century before.
 */
function centuryOf(year: number, ref: DayNumber | null): number {
  const yy = year % 100;
  const base = ref === null ? 2000 : Math.floor(toYmd(ref).year / 100) * 100;
  const limit = ref === null ? 2000 + SHORT_YEAR_PIVOT : toYmd(ref).year + SHORT_YEAR_AHEAD;
  return base + yy <= limit ? base + yy : base - 100 + yy;
}

function resolveYear(a: Extract<Anchor, { type: 'year' }>): Resolution {
  return {
    date: fromYmd(a.year, 1, 1),
    precision: 'year',
    relative: false,
    stated: { year: true, month: false, day: false },
    ...(a.untilYear !== undefined && a.untilYear > a.year
      ? { range: { start: fromYmd(a.year, 1, 1), end: fromYmd(a.untilYear, 12, 31) } }
      : {}),
  };
}

function resolvePeriod(a: Extract<Anchor, { type: 'period' }>, ref: DayNumber | null): Resolution {
  const stated = { year: true, month: a.unit !== 'year', day: false };
  if (ref === null)
    return { date: null, precision: a.unit, relative: true, stated: a.unit === 'week' ? NONE : stated };
  if (a.unit === 'week')
    return { date: weekStart(ref) + 7 * a.offset, precision: 'week', relative: true, stated: NONE };
  if (a.unit === 'month')
    return { date: monthStart(ref, a.offset), precision: 'month', relative: true, stated };
  return { date: fromYmd(toYmd(ref).year + a.offset, 1, 1), precision: 'year', relative: true, stated };
}

/** `قبل ثلاثة أيام`، `سيعقد بعد أسبوعين`: the point a count names back or ahead of the reference. */
function resolveCounted(a: Extract<Anchor, { type: 'ago' | 'ahead' }>, ref: DayNumber | null): Resolution {
  if (ref === null) {
    const precision: Precision = a.unit === 'month' ? 'month' : a.unit === 'year' ? 'year' : 'day';
    return { date: null, precision, relative: true, stated: NONE };
  }
  const { date, precision } = countedDate(ref, a.type === 'ago' ? -1 : 1, a.amount, a.unit);
  return {
    date,
    precision,
    relative: true,
    stated: { year: true, month: precision !== 'year', day: precision === 'day' },
  };
}

/** The anchor alone, before the weekday and paired-date checks. */
function resolveAnchor(expr: DateExpression, ref: DayNumber | null): Resolution {
  const a = expr.anchor;
  switch (a.type) {
    case 'calendar':
      return resolveCalendarRange(a, ref);
    case 'nth-weekday':
      return resolveNthWeekday(a, ref);
    case 'month-days':
      return resolveMonthDays(a, ref);
    case 'nearest':
      return resolveNearest(a, ref);
    case 'week-weekday': {
      const date = ref === null ? null : weekStart(ref) + 7 * a.offset + ((a.weekday - WEEK_START + 7) % 7);
      return { date, precision: 'day', relative: true, stated: NONE };
    }
    case 'shifted':
      return resolveShifted(expr, a, ref);
    case 'recent':
      return resolveRecent(a, ref);
    // No count, so no first day: the span tells only that it ends at the reference (no range, no
    // date, nothing a claim or a timeline could take as a day).
    case 'open-recent':
      return { date: null, precision: null, relative: true, stated: NONE };
    case 'year':
      return resolveYear(a.shortYear ? { ...a, year: centuryOf(a.year, ref) } : a);
    case 'day-offset':
      return { date: ref === null ? null : ref + a.days, precision: 'day', relative: true, stated: ALL };
    case 'weekday':
      return resolveWeekday(a, ref);
    case 'period':
      return resolvePeriod(a, ref);
    case 'ago':
    case 'ahead':
      return resolveCounted(a, ref);
    default:
      return { date: null, precision: null, relative: false, stated: NONE };
  }
}

/** A named weekday moves a sighted Hijri day within the tolerance, else flags a day it does not fit. */
function checkWeekday(expr: DateExpression, resolved: Resolution): Resolution {
  const a = expr.anchor;
  let r = resolved;
  if (expr.weekday === undefined || r.date === null || r.precision !== 'day') return r;
  if (
    a.type === 'calendar' &&
    a.calendar === 'hijri' &&
    expr.paired === undefined &&
    weekdayOf(r.date) !== expr.weekday
  ) {
    // A Hijri day whose month began on a sighting: the named weekday picks the day within the
    // tolerance (`الاثنين غرة شهر ذي الحجة` when Umm al-Qura puts the 1st on the Sunday).
    const d = r.date;
    const near = [d - HIJRI_TOLERANCE_DAYS, d + HIJRI_TOLERANCE_DAYS].find(
      (n) => weekdayOf(n) === expr.weekday,
    );
    if (near !== undefined) r = { ...r, date: near };
  }
  if (a.type === 'weekday' || r.date === null) return r;
  const actual = weekdayOf(r.date);
  if (actual === expr.weekday) return r;
  const said = `the text names a ${weekdayName(expr.weekday)}, but ${isoDate(r.date)} is a ${weekdayName(actual)}`;
  return flag(r, 'weekday', said);
}

/** A date said twice (a relative day or the other calendar) flags a disagreement between the two. */
function checkPaired(expr: DateExpression, r: Resolution, ref: DayNumber | null): Resolution {
  const paired = expr.paired;
  if (paired === undefined || r.date === null) return r;
  if (paired.type === 'day-offset' && ref !== null) {
    const said = ref + paired.days;
    if (said === r.date) return r;
    return flag(
      r,
      'relative-day',
      `the text names ${isoDate(said)} by its relative day, but the date is ${isoDate(r.date)}`,
    );
  }
  if (paired.type !== 'calendar') return r;
  const other = resolveCalendar(paired, ref);
  if (other.date === null) return r;
  const tolerance = r.precision === 'day' && other.precision === 'day' ? HIJRI_TOLERANCE_DAYS : 30;
  const apart = Math.abs(other.date - r.date);
  if (apart <= tolerance) return r;
  return flag(
    r,
    'calendar-pair',
    `the paired date falls on ${isoDate(other.date)}, ${apart} days from ${isoDate(r.date)}`,
  );
}

/**
 * `أواخر أيار`، `مطلع العام الجاري`: the third of the month (days 1–10, 11–20, 21 to the end, precision
 * week) or of the year (January–April, May–August, September–December, precision month) the text
 * names. A week (`نهاية الأسبوع` is its weekend, no third) and a span of several months or years
 * keep their whole range.
 */
function narrowToPart(r: Resolution, part: DatePart | undefined): Resolution {
  if (part === undefined || r.date === null || r.range === undefined) return r;
  const { start, end } = r.range;
  const third = part === 'start' ? 0 : part === 'middle' ? 1 : 2;
  if (r.precision === 'month' && end - start < 31) {
    const from = start + 10 * third;
    return { ...r, date: from, precision: 'week', range: { start: from, end: third === 2 ? end : from + 9 } };
  }
  if (r.precision === 'year' && end - start < 366) {
    const from = monthStart(start, 4 * third);
    return { ...r, date: from, precision: 'month', range: { start: from, end: monthStart(from, 4) - 1 } };
  }
  return r;
}

export function resolveExpression(expr: DateExpression, ref: DayNumber | null): Resolution {
  const r = periodRange(checkPaired(expr, checkWeekday(expr, resolveAnchor(expr, ref)), ref));
  return toReference(expr, narrowToPart(r, expr.part), ref);
}

/**
 * `منذ عام 2011 وحتى الآن`، `من 5 آذار إلى الآن`: a span from the date's first day to the reference
 * (refine.ts, join-until-now); none past the reference, and none without one.
 */
function toReference(expr: DateExpression, r: Resolution, ref: DayNumber | null): Resolution {
  if (!expr.toReference || r.date === null || ref === null) return r;
  const start = r.range?.start ?? r.date;
  return start > ref ? r : { ...r, date: start, relative: true, range: { start, end: ref } };
}

const TRAILING = /[\p{M}\u0640]/u;

function hijriOf(a: Anchor): DateMention['hijri'] {
  if (a.type === 'month-days') return hijriOf(a.month);
  // The eve of a Hijri feast is no Hijri day the text names.
  if (a.type !== 'calendar' || a.calendar !== 'hijri' || a.eve) return undefined;
  return {
    month: a.month,
    ...(a.year !== undefined ? { year: a.year } : {}),
    ...(a.day !== undefined ? { day: a.day } : {}),
  };
}

export function toMention(folded: FoldedText, expr: DateExpression, r: Resolution): DateMention {
  const raw = toOriginal(folded, expr.start, expr.end);
  // Marks and tatweel folded away after the last letter still belong to it (`يوماً`, `هـ`).
  let end = raw.end;
  while (end < folded.original.length && TRAILING.test(folded.original[end]!)) end++;
  const span = { start: raw.start, end };
  const weekday = expr.weekday ?? (expr.anchor.type === 'weekday' ? expr.anchor.weekday : undefined);
  const hijri = hijriOf(expr.anchor) ?? (expr.paired !== undefined ? hijriOf(expr.paired) : undefined);
  return {
    kind: expr.kind,
    start: span.start,
    end: span.end,
    foldedStart: expr.start,
    foldedEnd: expr.end,
    text: folded.original.slice(span.start, span.end),
    date: r.date === null ? null : isoDate(r.date),
    precision: r.precision,
    ...(r.range !== undefined ? { range: { start: isoDate(r.range.start), end: isoDate(r.range.end) } } : {}),
    relative: r.relative,
    stated: r.stated,
    ...(weekday !== undefined ? { weekday } : {}),
    ...(expr.timeOfDay !== undefined ? { timeOfDay: expr.timeOfDay } : {}),
    ...(expr.clock !== undefined ? { clock: clockText(expr.clock) } : {}),
    ...(expr.untilClock !== undefined ? { untilClock: clockText(expr.untilClock) } : {}),
    ...(expr.anchor.type === 'open-recent' ? { open: expr.anchor.forward ? 'future' : 'past' } : {}),
    ...(expr.anchor.type === 'open-recent' && expr.anchor.unit !== null
      ? { openUnit: expr.anchor.unit }
      : {}),
    ...(expr.every !== undefined ? { every: expr.every } : {}),
    ...(expr.duration !== undefined ? { duration: expr.duration } : {}),
    ...(r.inconsistent !== undefined ? { inconsistent: r.inconsistent } : {}),
    ...(r.inconsistency !== undefined ? { inconsistency: r.inconsistency } : {}),
    ...(hijri !== undefined ? { hijri } : {}),
    rules: expr.rules,
  };
}
