// Inferring a publication date from the dates a report mentions, when no byline states one.
//
// The method (constraint search over candidate days, earliest consistent day wins):
//  1. Candidates. With a batch context (reports on one incident, see inferPublishedFromBatch in
//     document-meta.ts) the search runs from the incident's first day for 60 days; alone, it runs
//     from the latest fully stated date of the document that also names its weekday (a year, a
//     month, a day and `الخميس`) for 31 days. A document with neither has no inferable date.
//  2. Each candidate R is a reference: every expression is resolved against it, and R collects one
//     violation for each of:
//     - a mention that is inconsistent under R (`اليوم الخميس` when R is no Thursday; `أمس
//       الأربعاء`; `كانون الثاني/يناير الجاري` when R is in February);
//     - a past day-precision date after R (a report does not narrate days after its publication);
//     - the narrative floor: once the text has stated a date (`ليل الخميس، 20 يناير`) or an elapsed
//       time since the incident began (`بعد سبعة أيام من الاشتباكات`), weekdays and relative days
//       named after it must not fall before it (`… ثم ليل الجمعة` is on or after the 21st);
//     - an elapsed time longer than R allows: `بعد ستة أيام` means R ≥ start + 5, counting days
//       inclusively as Arabic news does (`اليوم الثاني على التوالي` is the day after the first).
//  3. The earliest candidate with the fewest violations is the publication date, `inferred`:
//     reports appear soon after what they narrate, and weekday constraints repeat every 7 days.

import type { FoldedText } from '../../../text/folded.js';
import { toOriginal } from '../../../text/folded.js';
import { isoDate } from './calendar.js';
import type { DayNumber } from './calendar.js';
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
}

const UNIT_DAYS: Readonly<Record<string, number>> = { day: 1, week: 7 };
const MAX_ELAPSED_DAYS = 60;

/** Days since the incident began that an elapsed-time expression states, or null. */
export function elapsedDays(e: DateExpression): number | null {
  if (e.kind !== 'duration' || !e.duration) return null;
  if (e.durationRole !== 'after' && e.durationRole !== 'consecutive') return null;
  const per = UNIT_DAYS[e.duration.unit];
  if (per === undefined) return null;
  const days = Math.floor(e.duration.amount * per);
  return days >= 1 && days <= MAX_ELAPSED_DAYS ? days : null;
}

/** A date the text fixes without any reference: a day, a month and a year, not in the future. */
export function isFullyStated(e: DateExpression): boolean {
  return e.kind === 'date' && e.anchor.type === 'calendar' && e.anchor.year !== undefined && e.anchor.day !== undefined && !e.future;
}

const isNarrativeDay = (e: DateExpression): boolean => e.anchor.type === 'weekday' || e.anchor.type === 'day-offset';

function violations(exprs: readonly DateExpression[], resolved: readonly Resolution[], r: DayNumber, start: DayNumber | null): number {
  let v = 0;
  let floor = -Infinity;
  for (let i = 0; i < exprs.length; i++) {
    const e = exprs[i]!;
    const m = resolved[i]!;
    if (m.inconsistent !== undefined) v++;
    if (e.kind === 'date' && m.precision === 'day' && m.date !== null && !e.future) {
      if (e.anchor.type === 'calendar' && m.date > r) v++;
      if (isNarrativeDay(e) && m.date < floor) v++;
      if (e.anchor.type === 'calendar' && e.anchor.day !== undefined) floor = Math.max(floor, m.date);
    }
    const days = elapsedDays(e);
    if (days !== null && start !== null) {
      const bound = start + days - 1;
      if (r < bound) v++;
      floor = Math.max(floor, bound);
    }
  }
  return v;
}

/** Whether the document says anything that pins its day: weekdays, dated days or elapsed times. */
function hasEvidence(exprs: readonly DateExpression[]): boolean {
  return exprs.some(
    (e) =>
      (e.kind === 'date' && (e.anchor.type === 'weekday' || e.weekday !== undefined)) ||
      (e.anchor.type === 'calendar' && e.anchor.day !== undefined) ||
      elapsedDays(e) !== null,
  );
}

/**
 * The publication date a document's own dates imply, or null. With a batch context the incident's
 * first day bounds the search and lets day-and-month dates without a year resolve.
 */
export function inferPublished(
  folded: FoldedText,
  exprs: readonly DateExpression[],
  context: BatchContext | null = null,
): PublishedDate | null {
  // The anchor is the latest fully stated date that names its weekday too (`الخميس 20 كانون الثاني
  // 2022`), consistently: news names weekdays for the days it is reporting, while bare full dates
  // are as often background (`منذ 15 آذار/مارس 2011`). On the ANT corpus a bare latest full date
  // is within days of publication for one document in ten, a weekday-named one for most.
  let latest: { day: DayNumber; expr: DateExpression } | null = null;
  for (const e of exprs) {
    if (!isFullyStated(e) || e.weekday === undefined) continue;
    const r = resolveExpression(e, null);
    if (r.date !== null && r.inconsistent === undefined && (latest === null || r.date >= latest.day)) latest = { day: r.date, expr: e };
  }
  if (!hasEvidence(exprs) && latest === null) return null;
  let from: DayNumber;
  let to: DayNumber;
  if (context) {
    from = Math.max(context.start, latest?.day ?? -Infinity);
    to = Math.max(context.start, from) + 60;
  } else if (latest) {
    from = latest.day;
    to = latest.day + 31;
  } else return null;
  // Without a batch, the document's own earliest stated day is where elapsed times count from.
  let start = context?.start ?? null;
  if (start === null) {
    for (const e of exprs) {
      if (!isFullyStated(e)) continue;
      const d = resolveExpression(e, null).date;
      if (d !== null && (start === null || d < start)) start = d;
    }
  }
  let best: { day: DayNumber; score: number } | null = null;
  for (let r = from; r <= to; r++) {
    const resolved = exprs.map((e) => resolveExpression(e, r));
    const score = violations(exprs, resolved, r, start);
    if (best === null || score < best.score) best = { day: r, score };
    if (score === 0) break;
  }
  if (best === null) return null;
  const anchor = latest ? toOriginal(folded, latest.expr.start, latest.expr.end) : null;
  return {
    date: isoDate(best.day),
    rule: context ? 'ar/meta/published-batch' : 'ar/meta/published-latest-mention',
    confidence: 'inferred',
    ...(anchor ? { start: anchor.start, end: anchor.end } : {}),
  };
}
