// The Arabic date reader: extractors (one construct each, in extractors/) → overlaps removed →
// neighbours joined → each expression resolved against the reference date.
//
//   extractDates(normalize('وكانت القوات قد أعلنت سيطرتها مساء أمس الأربعاء'), '2022-01-27')
//   → [{ text: 'مساء أمس الأربعاء', date: '2022-01-26', timeOfDay: 'evening', weekday: 3, … }]

import type { FoldedText } from '../../../text/folded.js';
import { parseIsoDate } from './calendar.js';
import type { DayNumber } from './calendar.js';
import { clockTime } from './extractors/clock-time.js';
import { consecutiveDay } from './extractors/consecutive-day.js';
import { dayOfMonth } from './extractors/day-of-month.js';
import { duration } from './extractors/duration.js';
import { englishDate } from './extractors/english-date.js';
import { monthName } from './extractors/month-name.js';
import { numericDate } from './extractors/numeric-date.js';
import { partOfDay } from './extractors/part-of-day.js';
import { recentSpan } from './extractors/recent-span.js';
import { relativeDay } from './extractors/relative-day.js';
import { relativePeriod } from './extractors/relative-period.js';
import { weekday } from './extractors/weekday.js';
import { year } from './extractors/year.js';
import { joinNeighbours, removeOverlaps } from './refine.js';
import { resolveExpression, toMention } from './resolve.js';
import type { DateExpression, DateExtractor, DateMention } from './types.js';

export type { DateMention, DateExpression, TimeOfDay, DurationUnit, Precision } from './types.js';

/**
 * Every extractor runs over the whole text; order does not matter for matching (overlaps are
 * settled by length afterwards), but it is the order of the house style's listing: absolute forms
 * first, then relative ones, then counts and clock times.
 */
export const dateExtractors: readonly DateExtractor[] = [
  numericDate,
  monthName,
  dayOfMonth,
  englishDate,
  year,
  weekday,
  relativeDay,
  relativePeriod,
  duration,
  recentSpan,
  consecutiveDay,
  clockTime,
  partOfDay,
];

/** The unresolved expressions of a folded text, in text order. Never throws. */
export function parseDateExpressions(folded: FoldedText): DateExpression[] {
  const text = folded.text;
  const raw: DateExpression[] = [];
  for (const extractor of dateExtractors) {
    try {
      raw.push(...extractor.extract(text));
    } catch {
      // Text never throws: an extractor that fails on odd input yields nothing.
    }
  }
  return joinNeighbours(text, removeOverlaps(raw));
}

/** Resolves parsed expressions against a reference day (null: relative dates stay null). */
export function resolveDateExpressions(
  folded: FoldedText,
  exprs: readonly DateExpression[],
  reference: DayNumber | null,
): DateMention[] {
  return exprs.map((e) => toMention(folded, e, resolveExpression(e, reference)));
}

/**
 * Dates, durations and clock times in a folded text, with spans into the original. `reference` is
 * the publication date (`YYYY-MM-DD`) relative phrases resolve against; with null they are still
 * reported, with `date: null`.
 */
export function extractDates(folded: FoldedText, reference: string | null): DateMention[] {
  return resolveDateExpressions(folded, parseDateExpressions(folded), parseIsoDate(reference));
}
