// Two days written after their month and joined by و, as pages print an English date (`في حزيران
// 11 و15`، `يونيو 3 و4`): two mentions, one per day, each of precision day; the month resolves as it
// does alone (the nearest such month). A month and one number are a month and a count (`يونيو 25
// قتيلا`): only the pair, with no counted noun after it, is read as days.
//
// Must match: في حزيران 11 و15 · يونيو 3 و4، قبل أن
// Must not: يونيو 3 و4 قتلى (a count follows) · في حزيران 11 و15 ألف دولار · في أيار 3 و4 منهم · حزيران 11 (one number: month-day-year needs a year) ·
//   أيار 15 و11 (backwards) · حزيران 30 و40 (no such day)

import { isValidDate } from '../calendar.js';
import { compiled } from '../lexicon.js';
import type { DateLexicon } from '../lexicon.js';
import { stripPronoun } from '../../read/morphology.js';
import {
  LB_AT,
  LB_HEAD,
  RB,
  alternation,
  boundedMatches,
  countFollows,
  formsOf,
  wordAfter,
  wordCue,
} from '../patterns.js';
import { MONTHS } from './month-day-year.js';
import type { DateExpression, DateExtractor } from '../types.js';

const PATTERN = compiled(
  (dates) =>
    new RegExp(
      `${LB_HEAD}(${alternation(MONTHS(dates).keys())})\\s+(\\d{1,2})\\s*و\\s*(\\d{1,2})${RB}`,
      'dgu',
    ),
);

const FROM_WORDS = compiled((dates) => new Set(formsOf(dates, 'from-word')));

/**
 * A number word (`15 ألف دولار`) or من with a pronoun (`3 و4 منهم`) right after the second number:
 * the numbers are counts.
 */
function countContinues(dates: DateLexicon, next: string | undefined): boolean {
  if (next === undefined) return false;
  if (dates.numberWords.has(next)) return true;
  const from = FROM_WORDS(dates);
  return stripPronoun(next).some(({ base, suffix }) => suffix !== '' && from.has(base));
}

export const monthDayPair: DateExtractor = {
  id: 'ar/date/month-day-pair',
  kind: 'date',
  cue: compiled((dates) => wordCue([...MONTHS(dates).keys()])),
  extract(text, { lexicon, dates, scan }) {
    const out: DateExpression[] = [];
    const months = MONTHS(dates);
    for (const m of boundedMatches(text, PATTERN(dates), scan, LB_AT)) {
      const month = months.get(m[1]!);
      const first = Number(m[2]);
      const second = Number(m[3]);
      // Any year holds the days of the month (29 February aside, which a leap year holds).
      if (month === undefined || !(first >= 1 && second > first) || !isValidDate(2024, month, second))
        continue;
      const end = m.index + m[0].length;
      if (countFollows(text, end, lexicon) || countContinues(dates, wordAfter(text, end)?.word)) continue;
      const at = m.indices?.[3]?.[0] ?? end;
      out.push(
        {
          kind: 'date',
          start: m.index,
          end: m.indices?.[2]?.[1] ?? end,
          anchor: { type: 'calendar', calendar: 'gregorian', month, day: first },
          rules: [this.id],
        },
        {
          kind: 'date',
          start: at,
          end,
          anchor: { type: 'calendar', calendar: 'gregorian', month, day: second },
          rules: [this.id],
        },
      );
    }
    return out;
  },
};
