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
} from './calendar.js';
import type { DayNumber } from './calendar.js';
import type { DateExpression, DateMention, Precision } from './types.js';

export interface Resolution {
  readonly date: DayNumber | null;
  readonly precision: Precision | null;
  readonly relative: boolean;
  readonly stated: { readonly year: boolean; readonly month: boolean; readonly day: boolean };
  readonly inconsistent?: string;
}

const NONE = { year: false, month: false, day: false } as const;
const ALL = { year: true, month: true, day: true } as const;

/** Whole days of an `ago` count: hours round down to days, weeks are seven days. */
function agoDate(ref: DayNumber, amount: number, unit: string): { date: DayNumber; precision: Precision } {
  switch (unit) {
    case 'hour':
      return { date: ref - Math.floor(amount / 24), precision: 'day' };
    case 'day':
      return { date: ref - Math.floor(amount), precision: 'day' };
    case 'week':
      return { date: ref - Math.round(amount * 7), precision: 'day' };
    case 'month':
      return { date: monthStart(addMonths(ref, -Math.round(amount))), precision: 'month' };
    default:
      return { date: fromYmd(toYmd(ref).year - Math.round(amount), 1, 1), precision: 'year' };
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

function resolveCalendar(expr: DateExpression, ref: DayNumber | null): Resolution {
  const a = expr.anchor;
  if (a.type !== 'calendar') return { date: null, precision: null, relative: false, stated: NONE };
  const precision: Precision = a.day !== undefined ? 'day' : 'month';
  const hasDay = a.day !== undefined;
  if (a.calendar === 'hijri') {
    const dayOf = (y: number): DayNumber | null => fromHijri(y, a.month, a.day ?? 1);
    if (a.year !== undefined)
      return {
        date: dayOf(a.year),
        precision,
        relative: false,
        stated: { year: true, month: true, day: hasDay },
      };
    if (ref === null)
      return { date: null, precision, relative: true, stated: { year: false, month: true, day: hasDay } };
    const hy = toHijri(ref)?.year;
    let best: DayNumber | null = null;
    if (hy !== undefined) {
      for (const y of [hy - 1, hy, hy + 1]) {
        const d = dayOf(y);
        if (d !== null && (best === null || Math.abs(d - ref) < Math.abs(best - ref))) best = d;
      }
    }
    return { date: best, precision, relative: true, stated: { year: false, month: true, day: hasDay } };
  }
  if (a.monthFromReference) {
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
      };
    }
    return {
      date: fromYmd(year, month, day),
      precision,
      relative: true,
      stated: { year: true, month: true, day: hasDay },
    };
  }
  let year: number;
  let relative = false;
  let statedYear = true;
  let inconsistent: string | undefined;
  if (a.year !== undefined) year = a.year;
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
    };
  }
  return {
    date: fromYmd(year, a.month, day),
    precision,
    relative,
    stated: { year: statedYear, month: true, day: hasDay },
    ...(inconsistent !== undefined ? { inconsistent } : {}),
  };
}

export function resolveExpression(expr: DateExpression, ref: DayNumber | null): Resolution {
  const a = expr.anchor;
  let r: Resolution;
  switch (a.type) {
    case 'calendar':
      r = resolveCalendar(expr, ref);
      break;
    case 'year':
      r = {
        date: fromYmd(a.year, 1, 1),
        precision: 'year',
        relative: false,
        stated: { year: true, month: false, day: false },
      };
      break;
    case 'day-offset':
      r = { date: ref === null ? null : ref + a.days, precision: 'day', relative: true, stated: ALL };
      break;
    case 'weekday':
      r = {
        date: ref === null ? null : weekdayDate(ref, a.weekday, a.mode),
        precision: 'day',
        relative: true,
        stated: NONE,
      };
      break;
    case 'period': {
      const stated = { year: true, month: a.unit !== 'year', day: false };
      if (ref === null)
        r = { date: null, precision: a.unit, relative: true, stated: a.unit === 'week' ? NONE : stated };
      else if (a.unit === 'week')
        r = { date: weekStart(ref) + 7 * a.offset, precision: 'week', relative: true, stated: NONE };
      else if (a.unit === 'month')
        r = { date: monthStart(ref, a.offset), precision: 'month', relative: true, stated };
      else r = { date: fromYmd(toYmd(ref).year + a.offset, 1, 1), precision: 'year', relative: true, stated };
      break;
    }
    case 'ago': {
      if (ref === null) {
        const precision: Precision = a.unit === 'month' ? 'month' : a.unit === 'year' ? 'year' : 'day';
        r = { date: null, precision, relative: true, stated: NONE };
      } else {
        const { date, precision } = agoDate(ref, a.amount, a.unit);
        r = {
          date,
          precision,
          relative: true,
          stated: { year: true, month: precision !== 'year', day: precision === 'day' },
        };
      }
      break;
    }
    default:
      r = { date: null, precision: null, relative: false, stated: NONE };
  }
  if (expr.weekday !== undefined && r.date !== null && r.precision === 'day' && a.type !== 'weekday') {
    const actual = weekdayOf(r.date);
    if (actual !== expr.weekday) {
      const note = `the text names a ${weekdayName(expr.weekday)}, but ${isoDate(r.date)} is a ${weekdayName(actual)}`;
      r = { ...r, inconsistent: r.inconsistent !== undefined ? `${r.inconsistent}; ${note}` : note };
    }
  }
  return r;
}

const TRAILING = /[\p{M}\u0640]/u;

export function toMention(folded: FoldedText, expr: DateExpression, r: Resolution): DateMention {
  const raw = toOriginal(folded, expr.start, expr.end);
  // Marks and tatweel folded away after the last letter still belong to it (`يوماً`, `هـ`).
  let end = raw.end;
  while (end < folded.original.length && TRAILING.test(folded.original[end]!)) end++;
  const span = { start: raw.start, end };
  const weekday = expr.weekday ?? (expr.anchor.type === 'weekday' ? expr.anchor.weekday : undefined);
  return {
    kind: expr.kind,
    start: span.start,
    end: span.end,
    foldedStart: expr.start,
    foldedEnd: expr.end,
    text: folded.original.slice(span.start, span.end),
    date: r.date === null ? null : isoDate(r.date),
    precision: r.precision,
    relative: r.relative,
    stated: r.stated,
    ...(weekday !== undefined ? { weekday } : {}),
    ...(expr.timeOfDay !== undefined ? { timeOfDay: expr.timeOfDay } : {}),
    ...(expr.duration !== undefined ? { duration: expr.duration } : {}),
    ...(r.inconsistent !== undefined ? { inconsistent: r.inconsistent } : {}),
    rules: expr.rules,
  };
}
