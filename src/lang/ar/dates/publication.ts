// Inferring a publication date from the dates a report mentions, when no byline states one.
//
// The method is a search over candidate days R, each used as the reference every expression is
// resolved against; R collects one violation for each thing that would be wrong if the report
// had been published that day:
//   - a mention inconsistent under R (`اليوم الخميس` when R is no Thursday, `أمس الأربعاء`,
//     `كانون الثاني/يناير الجاري` when R is in February);
//   - a past date the text states, later than R (a report does not narrate days after it);
//   - the narrative floor: once the text has stated a date (`ليل الخميس، 20 يناير`) or dated an
//     event by the time elapsed since the incident began (`بعد سبعة أيام من الاشتباكات`),
//     weekdays and relative days named after it must not fall more than a day before it (`… ثم
//     ليل الجمعة` is on or after the 21st; a night runs past midnight);
//   - an elapsed time R does not allow, counted inclusively as Arabic news counts days:
//     `بعد ستة أيام من المواجهات` needs R ≥ start + 5; `في اليوم الثاني على التوالي` says R is
//     the second day (start + 1, or the next morning's edition, start + 2).
// With a batch (reports on one incident, inferPublishedFromBatch in meta/published-batch.ts) two more:
//   - a weekday, relative day or `قبل N أيام` before the incident's first day, when a report of the
//     batch states that day (every report of the batch narrates the incident);
//   - a day and month without a year that lands far before the incident (`19 يونيو الماضي`
//     resolved to the year before).
// The answer is the candidate with fewest violations, then nearest the expected day (alone: the
// anchor date; in a batch: the median of the batch's known publication dates), then the earliest.
// Candidates: alone, from the latest fully stated date that also names its weekday, for 31 days
// (a bare full date is as often background: on the ANT corpus the latest one is within days of
// publication for one document in ten); in a batch, 60 days from the incident's first day.

import type { FoldedText } from '../../../text/folded.js';
import { toOriginal } from '../../../text/folded.js';
import { isoDate } from './calendar.js';
import type { DayNumber } from './calendar.js';
import { compiled } from './lexicon.js';
import type { DateLexicon } from './lexicon.js';
import { formsOf, fromWord } from './patterns.js';
import { resolveExpression } from './resolve.js';
import type { Resolution } from './resolve.js';
import type { DateExpression } from './types.js';

export interface PublishedDate {
  readonly date: string;
  readonly start?: number;
  readonly end?: number;
  readonly rule: string;
  readonly confidence: 'stated' | 'inferred';
}

export interface BatchContext {
  /** The incident's first day: the earliest day the batch states near its publication dates. */
  readonly start: DayNumber;
  /** True when a document states that day; false when it is only the earliest publication date. */
  readonly startStated: boolean;
  /** Where a report of the batch is expected: the median of the known publication dates. */
  readonly expected: DayNumber;
}

const UNIT_DAYS: Readonly<Record<string, number>> = { day: 1, week: 7 };
const MAX_ELAPSED_DAYS = 60;
/** How far before the incident a yearless date may land before it counts as a wrong year. */
const YEARLESS_SLACK = 60;

interface Elapsed {
  readonly days: number;
  /** `اليوم الثاني على التوالي` states the day itself, not only a lower bound. */
  readonly exact: boolean;
}

/**
 * The from-word (time-words.tsv: من) right after a count, which makes `بعد ستة أيام` a time since
 * what it names; up to three spaces before it, the count's reach.
 */
const FROM_AFTER_COUNT = compiled((dates) => ({
  pattern: new RegExp(`^\\s+(?:${fromWord(dates)})\\s`, 'u'),
  reach: 4 + Math.max(0, ...formsOf(dates, 'from-word').map((w) => w.length)),
}));

/**
 * The elapsed time since the incident began that an expression states: `بعد ستة أيام من …` (a
 * count of days or weeks followed by a from-word and what they count) or `لليوم الثاني على التوالي`.
 */
export function elapsedOf(dates: DateLexicon, text: string, e: DateExpression): Elapsed | null {
  if (e.kind !== 'duration' || !e.duration || e.approximate) return null;
  if (e.durationRole === 'after') {
    const from = FROM_AFTER_COUNT(dates);
    if (!from.pattern.test(text.slice(e.end, e.end + from.reach))) return null;
  }
  if (e.durationRole !== 'after' && e.durationRole !== 'consecutive') return null;
  const per = UNIT_DAYS[e.duration.unit];
  if (per === undefined) return null;
  const days = Math.floor(e.duration.amount * per);
  if (days < 1 || days > MAX_ELAPSED_DAYS) return null;
  return { days, exact: e.durationRole === 'consecutive' && e.duration.unit === 'day' };
}

/** A date the text fixes without any reference: a day, a month and a year, not in the future. */
export function isFullyStated(e: DateExpression): boolean {
  return (
    e.kind === 'date' &&
    e.anchor.type === 'calendar' &&
    e.anchor.year !== undefined &&
    e.anchor.day !== undefined &&
    !e.future
  );
}

const isNarrativeDay = (e: DateExpression): boolean =>
  e.anchor.type === 'weekday' ||
  e.anchor.type === 'day-offset' ||
  (e.anchor.type === 'ago' && (e.anchor.unit === 'day' || e.anchor.unit === 'week'));

function violations(
  dates: DateLexicon,
  text: string,
  exprs: readonly DateExpression[],
  resolved: readonly Resolution[],
  r: DayNumber,
  start: DayNumber | null,
  batch: BatchContext | null,
): number {
  let v = 0;
  let floor = -Infinity;
  for (let i = 0; i < exprs.length; i++) {
    const e = exprs[i]!;
    const m = resolved[i]!;
    if (m.inconsistent !== undefined) v++;
    if (e.kind === 'date' && m.precision === 'day' && m.date !== null && !e.future) {
      const calendarDay = e.anchor.type === 'calendar' && e.anchor.day !== undefined;
      if (calendarDay && m.date > r) v++;
      // One day of slack: a night runs past midnight, and a recap may name the day before.
      if (isNarrativeDay(e) && m.date < floor - 1) v++;
      if (batch?.startStated && isNarrativeDay(e) && m.date < batch.start - 1) v++;
      if (batch && calendarDay && m.relative && m.date < batch.start - YEARLESS_SLACK) v++;
      if (calendarDay) floor = Math.max(floor, m.date);
    }
    const elapsed = start !== null ? elapsedOf(dates, text, e) : null;
    if (elapsed && start !== null) {
      const bound = start + elapsed.days - 1;
      if (r < bound) v++;
      if (elapsed.exact && r > bound + 1) v++;
      // `بعد سبعة أيام من الاشتباكات، أعلنت … الأربعاء الماضي` dates what it narrates; `لليوم
      // التاسع على التوالي` dates the report, which may go on to narrate the day before.
      if (!elapsed.exact) floor = Math.max(floor, bound);
    }
  }
  return v;
}

/** Whether the document says anything that pins its day: weekdays, dated days or elapsed times. */
function hasEvidence(dates: DateLexicon, text: string, exprs: readonly DateExpression[]): boolean {
  return exprs.some(
    (e) =>
      (e.kind === 'date' && (e.anchor.type === 'weekday' || e.weekday !== undefined)) ||
      (e.anchor.type === 'calendar' && e.anchor.day !== undefined) ||
      (e.anchor.type === 'ago' && (e.anchor.unit === 'day' || e.anchor.unit === 'week')) ||
      elapsedOf(dates, text, e) !== null,
  );
}

interface Search {
  readonly from: DayNumber;
  readonly to: DayNumber;
  readonly expected: DayNumber;
  readonly start: DayNumber | null;
  readonly latest: { readonly day: DayNumber; readonly expr: DateExpression } | null;
}

function searchSpace(
  dates: DateLexicon,
  text: string,
  exprs: readonly DateExpression[],
  context: BatchContext | null,
): Search | null {
  let latest: Search['latest'] = null;
  for (const e of exprs) {
    if (!isFullyStated(e) || e.weekday === undefined) continue;
    const r = resolveExpression(e, null);
    if (r.date !== null && r.inconsistent === undefined && (latest === null || r.date >= latest.day))
      latest = { day: r.date, expr: e };
  }
  if (!hasEvidence(dates, text, exprs)) return null;
  if (context) {
    const from = Math.max(context.start, latest?.day ?? -Infinity);
    return {
      from,
      to: from + 60,
      expected: Math.max(context.expected, from),
      start: context.startStated ? context.start : null,
      latest,
    };
  }
  if (!latest) return null;
  // Alone, elapsed times count from the document's own earliest fully stated date.
  let start: DayNumber | null = null;
  for (const e of exprs) {
    if (!isFullyStated(e)) continue;
    const d = resolveExpression(e, null).date;
    if (d !== null && (start === null || d < start)) start = d;
  }
  return { from: latest.day, to: latest.day + 31, expected: latest.day, start, latest };
}

/** Violations per candidate day (for traces and tests): `[ISO day, violations]`, in order. */
export function candidateScores(
  dates: DateLexicon,
  folded: FoldedText,
  exprs: readonly DateExpression[],
  context: BatchContext | null = null,
): [string, number][] {
  const space = searchSpace(dates, folded.text, exprs, context);
  if (!space) return [];
  const out: [string, number][] = [];
  for (let r = space.from; r <= space.to; r++) {
    const resolved = exprs.map((e) => resolveExpression(e, r));
    out.push([isoDate(r), violations(dates, folded.text, exprs, resolved, r, space.start, context)]);
  }
  return out;
}

/**
 * How many bare weekdays (`الأربعاء`, no `أمس`, `الماضي` or `المقبل`) fall on R itself: news names
 * the day it reports on by its weekday alone (`قال الجيش الأربعاء`) and the day before as `أمس
 * الأربعاء`, so of the days the batch allows, the one a report's bare weekday names is its own.
 */
function namesItsDay(
  exprs: readonly DateExpression[],
  resolved: readonly Resolution[],
  r: DayNumber,
): number {
  let n = 0;
  exprs.forEach((e, k) => {
    const a = e.anchor;
    // A night or an evening runs into the next day's edition (`حتى ليل الجمعة`).
    const late = e.timeOfDay === 'night' || e.timeOfDay === 'evening';
    if (e.kind !== 'date' || a.type !== 'weekday' || a.mode !== 'past' || late) return;
    if (!a.weeks && a.untilWeekday === undefined && resolved[k]!.date === r) n++;
  });
  return n;
}

/**
 * The publication date a document's own dates imply, or null. With a batch context the incident's
 * first day bounds the search and lets day-and-month dates without a year resolve.
 */
export function inferPublished(
  dates: DateLexicon,
  folded: FoldedText,
  exprs: readonly DateExpression[],
  context: BatchContext | null = null,
): PublishedDate | null {
  return searchPublished(dates, folded, exprs, context).published;
}

/**
 * The day a document's own dates single out (inferPublished), and whether they rule out any day of
 * the search at all (some day breaks fewer of them than another): when none, the day is only the
 * search's expected one.
 */
export function searchPublished(
  dates: DateLexicon,
  folded: FoldedText,
  exprs: readonly DateExpression[],
  context: BatchContext | null = null,
): { readonly published: PublishedDate | null; readonly rulesOut: boolean } {
  const text = folded.text;
  const space = searchSpace(dates, text, exprs, context);
  if (!space) return { published: null, rulesOut: false };
  let best: { day: DayNumber; score: number; named: number; distance: number } | null = null;
  let firstScore: number | null = null;
  let rulesOut = false;
  for (let r = space.from; r <= space.to; r++) {
    const resolved = exprs.map((e) => resolveExpression(e, r));
    const score = violations(dates, text, exprs, resolved, r, space.start, context);
    if (firstScore === null) firstScore = score;
    else if (score !== firstScore) rulesOut = true;
    const named = context ? namesItsDay(exprs, resolved, r) : 0;
    const distance = Math.abs(r - space.expected);
    if (
      best === null ||
      score < best.score ||
      (score === best.score && (named > best.named || (named === best.named && distance < best.distance)))
    )
      best = { day: r, score, named, distance };
  }
  if (best === null) return { published: null, rulesOut };
  const anchor = space.latest ? toOriginal(folded, space.latest.expr.start, space.latest.expr.end) : null;
  const published: PublishedDate = {
    date: isoDate(best.day),
    rule: context ? 'ar/meta/published-batch' : 'ar/meta/published-latest-mention',
    confidence: 'inferred',
    ...(anchor ? { start: anchor.start, end: anchor.end } : {}),
  };
  return { published, rulesOut };
}
