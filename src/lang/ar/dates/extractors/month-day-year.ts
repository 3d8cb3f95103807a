// A month name, then the day, then the year, as pages print a date in the order of an English one
// (`نوفمبر 12, 2023`, `أيار 3، 2024`): a full date, the year required (a month and a number alone are
// a month and a count: `يونيو 25 قتيلا`). Gregorian names only (data/ar/months.tsv).
//
// Must match: نوفمبر 12, 2023 · أيار 3، 2024 · كانون الثاني 7 2024 · في يونيو 25 2015
// Must not: يونيو 25 قتيلا (no year) · نوفمبر 2023 (no day: the month-name reader's) ·
//   نوفمبر 31, 2023 (no such day) · 12 نوفمبر 2023 (day first: the month-name reader's)

import { isValidDate } from '../calendar.js';
import { compiled, plausibleYear } from '../lexicon.js';
import { LB_AT, LB_HEAD, RB, alternation, boundedMatches, gregorianMonths } from '../patterns.js';
import type { DateExpression, DateExtractor } from '../types.js';

/** The Gregorian months by their Arabic names (no English spellings): month-day-pair.ts reads them too. */
export const MONTHS = compiled((dates) => {
  const map = new Map<string, number>();
  for (const m of gregorianMonths(dates, { strict: true })) map.set(m.name, m.month);
  return map;
});

const PATTERN = compiled(
  (dates) =>
    new RegExp(
      `${LB_HEAD}(${alternation(MONTHS(dates).keys())})\\s+(\\d{1,2})${RB}\\s*[,،]?\\s*(\\d{4})${RB}`,
      'gu',
    ),
);

export const monthDayYear: DateExtractor = {
  id: 'ar/date/month-day-year',
  kind: 'date',
  cue: () => /\d{4}/,
  extract(text, { dates, scan }) {
    const out: DateExpression[] = [];
    const months = MONTHS(dates);
    for (const m of boundedMatches(text, PATTERN(dates), scan, LB_AT)) {
      const month = months.get(m[1]!);
      const day = Number(m[2]);
      const year = Number(m[3]);
      if (month === undefined || !plausibleYear(year, 'gregorian') || !isValidDate(year, month, day))
        continue;
      out.push({
        kind: 'date',
        start: m.index,
        end: m.index + m[0].length,
        anchor: { type: 'calendar', calendar: 'gregorian', month, year, day },
        rules: [this.id],
      });
    }
    return out;
  },
};
