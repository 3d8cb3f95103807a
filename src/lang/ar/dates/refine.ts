// Refiners over the raw expressions (chrono's parsers-then-refiners): overlaps first, then joins of
// neighbours that name one day together. Order matters: a Hijri date joins the Gregorian date it
// is paired with, and a weekday its date or relative day, before a part of the day joins the
// result, so `ليل الخميس، 20 يناير (كانون الثاني)`, `صباح اليوم الخميس` and
// `اليوم الأحد الموافق 10 شوال 1439 هـ (24 يونيو 2018)` each end as ONE mention; a clock time joins its
// day last (`غداً الساعة الثامنة مساءً`، `الساعة الثامنة من مساء أمس`).

import { PART_OF_DAY_RULE } from './extractors/part-of-day.js';
import { TIME_ADVERB_RULE } from './extractors/time-adverb.js';
import { UNTIL_NOW_RULE } from './extractors/until-now.js';
import { compiled, wordOf, wordsOf } from './lexicon.js';
import { LB, alternation, formsOf, fromWord } from './patterns.js';
import { clockOf } from './clock.js';
import type { DateLexicon } from './lexicon.js';
import type { Clock, DateExpression } from './types.js';

/** Keeps the longest of overlapping expressions (earlier start wins a tie). */
export function removeOverlaps(exprs: readonly DateExpression[]): DateExpression[] {
  const byLength = [...exprs].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: DateExpression[] = [];
  // The kept ones by start (then end), to find an overlap by a binary search rather than a test of
  // each kept one: no two overlap, so their ends rise with their starts, and of those starting
  // before `e` ends the last one ends latest. A page of many dates asked each of all the others.
  const byStart: DateExpression[] = [];
  // An expression that ends before it starts (none of the extractors makes one) breaks that rise of
  // the ends; should one come, each expression is tested against all those kept.
  const ordered = exprs.every((e) => e.start <= e.end);
  for (const e of byLength) {
    if (ordered ? overlapsKept(byStart, e) : kept.some((k) => e.start < k.end && k.start < e.end)) continue;
    kept.push(e);
    if (!ordered) continue;
    // After those that start before it, or at its start and end no later.
    const at = prefixLength(byStart, (k) => k.start < e.start || (k.start === e.start && k.end <= e.end));
    byStart.splice(at, 0, e);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Whether `e` overlaps one of `byStart` (no two of which overlap, in order of start then end). */
function overlapsKept(byStart: readonly DateExpression[], e: DateExpression): boolean {
  // The last one that starts before `e` ends.
  const lo = prefixLength(byStart, (k) => k.start < e.end);
  return lo > 0 && e.start < byStart[lo - 1]!.end;
}

/** How many of the first items of `list` pass `test`, which all items up to some point pass: a binary search. */
function prefixLength<T>(list: readonly T[], test: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(list[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const isWeekdayOnly = (e: DateExpression): boolean => e.anchor.type === 'weekday';
const isDayOffset = (e: DateExpression): boolean => e.anchor.type === 'day-offset';
const isCalendarDay = (e: DateExpression): boolean =>
  e.anchor.type === 'calendar' && e.anchor.day !== undefined;
const calendarOf = (e: DateExpression): string | null =>
  e.kind === 'date' && e.anchor.type === 'calendar' && e.paired === undefined ? e.anchor.calendar : null;
/** A Hijri and a Gregorian date of the same precision (day, or month alone). */
const isCalendarPair = (l: DateExpression, r: DateExpression): boolean => {
  const lc = calendarOf(l);
  const rc = calendarOf(r);
  return (
    lc !== null &&
    rc !== null &&
    lc !== rc &&
    l.weekday === undefined &&
    r.weekday === undefined &&
    isCalendarDay(l) === isCalendarDay(r)
  );
};
const isPartOfDay = (e: DateExpression): boolean => e.rules.length === 1 && e.rules[0] === PART_OF_DAY_RULE;
/** A part of the day left alone: before a day (`صباح`) or as an adverb (`صباحاً`). */
const isAdverb = (e: DateExpression): boolean =>
  e.rules.length === 1 && (e.rules[0] === TIME_ADVERB_RULE || e.rules[0] === PART_OF_DAY_RULE);
/**
 * An adverb of the day after its day: `صباحاً`، `ليلاً`, and a part of the day written as one
 * (`مساءً` folds to `مساء`); not a head of what follows (`الخميس عشية الانتخابات`).
 */
const isAdverbAfter = (e: DateExpression, text: string, dates: DateLexicon): boolean =>
  isAdverb(e) &&
  (e.rules[0] === TIME_ADVERB_RULE || wordOf(dates, 'time-adverb', text.slice(e.start, e.end)) !== undefined);
const isDay = (e: DateExpression): boolean =>
  e.kind === 'date' && (e.anchor.type === 'weekday' || e.anchor.type === 'day-offset' || isCalendarDay(e));

/** A pair of neighbours, then `text`: the folded text they point into; `dates`: the reader's date words. */
type JoinArgs = [left: DateExpression, right: DateExpression, text: string, dates: DateLexicon];

interface Join {
  readonly id: string;
  /** What may stand between the two (folded text), in these date words. */
  readonly gap: (dates: DateLexicon) => RegExp;
  readonly accepts: (...args: JoinArgs) => boolean;
  /** The two as one; null when a check that needs what the join finds refuses them after all. */
  readonly join: (...args: JoinArgs) => DateExpression | null;
}

/** Spaces and commas, as many as there are. */
const COMMAS = '[\\s،,]*';

/**
 * A pair-word (time-words.tsv: الموافق، أي) between two dates that name one day, with an optional
 * opening parenthesis; those of detail `conjunction` may take و or ف.
 */
const PAIR_GAP = compiled((dates) => {
  const words = wordsOf(dates, 'pair-word');
  const joined = alternation(words.filter((w) => w.detail.includes('conjunction')).map((w) => w.form));
  const bare = alternation(words.filter((w) => !w.detail.includes('conjunction')).map((w) => w.form));
  const either = [joined && `[وف]?(?:${joined})`, bare].filter((a) => a !== '').join('|') || '(?!)';
  return new RegExp(`^\\s*[،,-]?\\s*(?:(?:${either})\\s*)?[:(]?\\s*$`, 'u');
});
/** Spaces and commas, and a preposition of the hour (time-words.tsv, hour-preposition: في، عند). */
const CLOCK_GAP = compiled(
  (dates) =>
    new RegExp(`^${COMMAS}(?:[وف]?(?:${alternation(formsOf(dates, 'hour-preposition'))})\\s*)?$`, 'u'),
);
/** Spaces, or the from-word (time-words.tsv: من) of `الساعة الثامنة من مساء أمس`. */
const OF_GAP = compiled((dates) => new RegExp(`^\\s*(?:(?:${fromWord(dates)})\\s+)?$`, 'u'));
/** Spaces, commas and a و before `حتى الآن` (`منذ عام 2011 وحتى الآن`). */
const NOW_GAP = new RegExp(`^${COMMAS}(?:و\\s?)?$`, 'u');
/**
 * The word that opens a span at a date (time-words.tsv: the from-word من, the preposition of
 * value since منذ), with و or ف, right before the date.
 */
const SPAN_OPENER = compiled((dates) => {
  const since = wordsOf(dates, 'preposition')
    .filter((w) => w.value === 'since')
    .map((w) => w.form);
  return new RegExp(`${LB}[وف]?(?:${alternation([...formsOf(dates, 'from-word'), ...since])})\\s+$`, 'u');
});
/** How far before a date its span's opener may start, in folded characters. */
const OPENER_REACH = 8;
/** A span up to the reference with no first day (until-now.ts): `حتى الآن`، `إلى الآن`. */
const isUntilNow = (e: DateExpression): boolean => e.rules.length === 1 && e.rules[0] === UNTIL_NOW_RULE;
/** Where the opener of a span (من، منذ) right before `e` starts, else -1. */
function openerBefore(e: DateExpression, text: string, dates: DateLexicon): number {
  const from = Math.max(0, e.start - OPENER_REACH);
  const m = SPAN_OPENER(dates).exec(text.slice(from, e.start));
  return m === null ? -1 : from + m.index;
}

/** Spaces only; or spaces and commas. */
const SPACE_GAP = /^\s*$/u;
const COMMA_GAP = new RegExp(`^${COMMAS}$`, 'u');

/**
 * The clock and part of the day of a time joined to its day: the day's part moves an hour said
 * without one (`ظهر الأربعاء عند الساعة الثانية` is 14:00, `الساعة الثامنة من مساء أمس` 20:00).
 */
function onDay(
  time: DateExpression,
  day: DateExpression,
): Pick<DateExpression, 'clock' | 'untilClock' | 'timeOfDay'> {
  const timeOfDay = time.timeOfDay ?? day.timeOfDay;
  const moved = (own: Clock): Clock =>
    time.timeOfDay === undefined && timeOfDay !== undefined
      ? (clockOf(own.hour, own.minute, timeOfDay) ?? own)
      : own;
  return {
    clock: moved(time.clock!),
    // A range of the clock keeps its last time (clock-range.ts).
    ...(time.untilClock !== undefined ? { untilClock: moved(time.untilClock) } : {}),
    ...(timeOfDay !== undefined ? { timeOfDay } : {}),
  };
}

function union(
  left: DateExpression,
  right: DateExpression,
  rule: string,
): Pick<DateExpression, 'start' | 'end' | 'rules'> {
  return { start: left.start, end: right.end, rules: [...new Set([...left.rules, ...right.rules, rule])] };
}

const JOINS: readonly Join[] = [
  {
    // `10 شوال 1439 هـ (24 يونيو 2018)`, `30 / 9 / 1439هـ الموافق 14 / 6 / 2018م`: the Gregorian date
    // is the value, the Hijri one is checked against it (within a day: see resolve.ts).
    id: 'ar/date/join-calendar-pair',
    gap: PAIR_GAP,
    accepts: isCalendarPair,
    join: (l, r) => {
      const [main, other] =
        l.anchor.type === 'calendar' && l.anchor.calendar === 'gregorian' ? [l, r] : [r, l];
      return {
        ...main,
        ...union(l, r, 'ar/date/join-calendar-pair'),
        paired: other.anchor,
        ...(l.future || r.future ? { future: true } : {}),
      };
    },
  },
  {
    // `اليوم الخميس`, `أمس الأربعاء`: the relative day decides, the weekday is checked against it.
    id: 'ar/date/join-relative-weekday',
    gap: () => COMMA_GAP,
    accepts: (l, r) => isDayOffset(l) && l.weekday === undefined && isWeekdayOnly(r),
    join: (l, r) => ({
      ...l,
      ...union(l, r, 'ar/date/join-relative-weekday'),
      ...(r.anchor.type === 'weekday' ? { weekday: r.anchor.weekday } : {}),
    }),
  },
  {
    // `الخميس، 20 يناير`, `يوم الأربعاء الموافق 18 تموز/يوليو`: the date decides, the weekday is checked.
    id: 'ar/date/join-weekday-date',
    gap: PAIR_GAP,
    accepts: (l, r) => (isWeekdayOnly(l) || (isDayOffset(l) && l.weekday !== undefined)) && isCalendarDay(r),
    join: (l, r) => ({
      ...r,
      ...union(l, r, 'ar/date/join-weekday-date'),
      ...(l.weekday !== undefined ? { weekday: l.weekday } : {}),
      ...(l.timeOfDay !== undefined ? { timeOfDay: l.timeOfDay } : {}),
      // `أمس الاثنين 13 آب/أغسطس`: the relative day is checked against the date too.
      ...(isDayOffset(l) && r.paired === undefined ? { paired: l.anchor } : {}),
    }),
  },
  {
    // `صباح اليوم`, `مساء أمس`, `ليل الخميس`, `فجر 20 يناير`.
    id: 'ar/date/join-part-of-day',
    gap: () => SPACE_GAP,
    accepts: (l, r) => isPartOfDay(l) && isDay(r),
    join: (l, r) => ({
      ...r,
      ...union(l, r, 'ar/date/join-part-of-day'),
      ...(l.timeOfDay !== undefined ? { timeOfDay: l.timeOfDay } : {}),
    }),
  },
  {
    // `غداً صباحاً`، `اليوم مساءً`، `الخميس ليلاً`: the part of the day after its day, last, so that a
    // day already joined to a part before it (`مساء أمس`) takes no second one.
    id: 'ar/date/join-day-adverb',
    gap: () => SPACE_GAP,
    accepts: (l, r, text, dates) => isDay(l) && l.timeOfDay === undefined && isAdverbAfter(r, text, dates),
    join: (l, r) => ({
      ...l,
      ...union(l, r, 'ar/date/join-day-adverb'),
      ...(r.timeOfDay !== undefined ? { timeOfDay: r.timeOfDay } : {}),
    }),
  },
  {
    // `الساعة الثامنة من مساء أمس`، `الساعة 10 صباح اليوم`: the clock, then its day; the day's part
    // moves an hour said without one (الثامنة of the evening is 20:00). Before the day-then-clock join,
    // so that in `الخميس، في الساعة الثامنة مساء الجمعة` the clock goes with the day it heads.
    id: 'ar/date/join-clock-day',
    gap: OF_GAP,
    accepts: (l, r) => l.kind === 'time' && l.clock !== undefined && isDay(r) && r.clock === undefined,
    join: (l, r) => ({ ...r, ...union(l, r, 'ar/date/join-clock-day'), ...onDay(l, r) }),
  },
  {
    // `غداً الساعة الثامنة مساءً`، `ظهر الأربعاء عند الساعة الثانية`: the day, at the clock's time.
    id: 'ar/date/join-day-clock',
    gap: CLOCK_GAP,
    accepts: (l, r) => isDay(l) && l.clock === undefined && r.kind === 'time' && r.clock !== undefined,
    join: (l, r) => ({ ...l, ...union(l, r, 'ar/date/join-day-clock'), ...onDay(r, l) }),
  },
  {
    // `منذ عام 2011 وحتى الآن`، `من 5 آذار إلى الآن`: one span from the date to the reference, the
    // opener in it; last, so that the date is whole (`منذ صباح أمس وحتى الآن`).
    id: 'ar/date/join-until-now',
    gap: () => NOW_GAP,
    accepts: (l, r) =>
      l.kind === 'date' &&
      !l.toReference &&
      l.anchor.type !== 'recent' &&
      l.anchor.type !== 'open-recent' &&
      l.anchor.type !== 'none' &&
      isUntilNow(r),
    // Only after an opener (من، منذ) right before the date: `2011 وحتى الآن` alone is no span.
    join: (l, r, text, dates) => {
      const start = openerBefore(l, text, dates);
      return start < 0 ? null : { ...l, ...union(l, r, 'ar/date/join-until-now'), start, toReference: true };
    },
  },
];

/** A join across `(` takes the matching `)` right after the second part: `(3 يونيو 2017م)`. */
function closeParenthesis(text: string, gap: string, e: DateExpression): DateExpression {
  if (!gap.includes('(')) return e;
  const m = /^\s*\)/u.exec(text.slice(e.end, e.end + 4));
  return m ? { ...e, end: e.end + m[0].length } : e;
}

/** Applies each join over the whole list, in order, then drops parts of the day (and adverbs) left alone. */
export function joinNeighbours(
  text: string,
  exprs: readonly DateExpression[],
  dates: DateLexicon,
): DateExpression[] {
  let list = [...exprs];
  for (const j of JOINS) {
    const next: DateExpression[] = [];
    for (let i = 0; i < list.length; i++) {
      const left = list[i]!;
      const right = list[i + 1];
      const gap = right ? text.slice(left.end, right.start) : '';
      const joined =
        right && j.accepts(left, right, text, dates) && j.gap(dates).test(gap)
          ? j.join(left, right, text, dates)
          : null;
      if (joined) {
        next.push(closeParenthesis(text, gap, joined));
        i++;
      } else next.push(left);
    }
    list = next;
  }
  return list.filter((e) => !isAdverb(e));
}

/** What ends a sentence: a sequence period looks for its base no further back. */
const SENTENCE_BREAK = /[!?\u061f\n]|(?<!\d)\.|\.(?!\d)/u;
/** How far back a sequence period looks for its base, in folded characters. */
const SEQUENCE_REACH = 200;

/**
 * `في نيسان … في الشهر السابق`: each sequence period (sequence-period.ts) takes as base the latest
 * date before it in the same sentence, within SEQUENCE_REACH characters; with none it stays on the
 * reference. A period that opens its sentence (`… في 2009. وفي العام التالي`) may take its base
 * from the sentence before. Durations, clock times and spans up to the reference are no base.
 */
/** What may open a sentence before its period: و or ف, then an opening-preposition (time-words.tsv: في، خلال). */
const OPENING = compiled(
  (dates) =>
    new RegExp(`^[\\s"«»()]*(?:و|ف)?(?:${alternation(formsOf(dates, 'opening-preposition'))})?\\s*$`, 'u'),
);

/** The text between a base and its period holds no sentence break, or one just before the period
 * (`. وفي `، `، وفي`): the period opens the sentence after the base's. */
function sameOrOpening(between: string, dates: DateLexicon): boolean {
  const parts = between.split(SENTENCE_BREAK);
  if (parts.length === 1) return true;
  // `الأسكتلندي.\nوفي العام التالي`: a full stop and a line break end the one sentence.
  const gaps = parts.slice(1, -1);
  return (
    parts.length <= 4 &&
    gaps.every((p) => /^\s*$/u.test(p)) &&
    OPENING(dates).test(parts[parts.length - 1] ?? '')
  );
}

export function linkSequences(
  text: string,
  exprs: readonly DateExpression[],
  dates: DateLexicon,
): DateExpression[] {
  const out: DateExpression[] = [];
  for (const e of exprs) {
    let linked = e;
    if (e.anchor.type === 'shifted' && e.anchor.base === null) {
      // Earlier sequence periods are already linked: `في 2016 … العام التالي … العام التالي`.
      for (let j = out.length - 1; j >= 0; j--) {
        const b = out[j]!;
        if (e.start - b.end > SEQUENCE_REACH || !sameOrOpening(text.slice(b.end, e.start), dates)) break;
        if (b.kind !== 'date' || b.anchor.type === 'recent' || b.anchor.type === 'none') continue;
        linked = {
          ...e,
          anchor: { ...e.anchor, base: b.anchor },
          rules: [...e.rules, 'ar/date/sequence-base'],
        };
        break;
      }
    }
    // `اليوم التالي` with no day before it names no day: no mention.
    if (linked.anchor.type === 'shifted' && linked.anchor.unit === 'day' && linked.anchor.base === null)
      continue;
    out.push(linked);
  }
  return out;
}
