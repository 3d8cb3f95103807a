// English dates inside Arabic text, as embedded posts and wire copy print them (the folded view
// has Latin in lower case): `January 21, 2022`, `Jan. 21 2022`, `21 January 2022`, `January 2022`.
//
// Must match: — Name (@handle) January 21, 2022 · 21 January 2022 · on March 3rd, 2018 · June 2018
// Must not: May I · march on the capital · 21 Jump Street · January 21, 202 (a truncated year is
//   read as January 21 without a year)

import { isValidDate } from '../calendar.js';
import { compiled, plausibleYear } from '../lexicon.js';
import { LB_AT, LB_HEAD, RB, alternation, boundedMatches } from '../patterns.js';
import type { DateExpression, DateExtractor } from '../types.js';

const englishMonths = compiled((dates) => {
  const map = new Map<string, number>();
  for (const m of dates.months) if (m.regions.includes('english')) map.set(m.name, m.month);
  return map;
});

const PATTERNS = compiled((dates) => {
  const month = `(${alternation(englishMonths(dates).keys())})\\.?`;
  const day = '(\\d{1,2})(?:st|nd|rd|th)?';
  const year = '(\\d{4})';
  return {
    monthFirst: new RegExp(`${LB_HEAD}${month}\\s+${day}${RB}(?:,?\\s+${year}${RB})?`, 'gu'),
    dayFirst: new RegExp(`${LB_HEAD}${day}\\s+${month}${RB}(?:,?\\s+${year}${RB})?`, 'gu'),
    monthYear: new RegExp(`${LB_HEAD}${month}\\s*,?\\s+${year}${RB}`, 'gu'),
  };
});

function push(
  out: DateExpression[],
  start: number,
  end: number,
  month: number | undefined,
  day: number | undefined,
  year: number | undefined,
): void {
  if (month === undefined) return;
  if (day !== undefined && !isValidDate(year ?? 2000, month, day)) return;
  if (year !== undefined && !plausibleYear(year, 'gregorian')) return;
  out.push({
    kind: 'date',
    start,
    end,
    anchor: {
      type: 'calendar',
      calendar: 'gregorian',
      month,
      ...(year !== undefined ? { year } : {}),
      ...(day !== undefined ? { day } : {}),
    },
    rules: ['ar/date/english'],
  });
}

export const englishDate: DateExtractor = {
  id: 'ar/date/english',
  kind: 'date',
  cue: () => /[a-z]/,
  extract(text, { dates, scan }) {
    const out: DateExpression[] = [];
    const { monthFirst, dayFirst, monthYear } = PATTERNS(dates);
    const months = englishMonths(dates);
    const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));
    for (const m of boundedMatches(text, monthFirst, scan, LB_AT)) {
      push(out, m.index, m.index + m[0].length, months.get(m[1]!), num(m[2]), num(m[3]));
    }
    for (const m of boundedMatches(text, dayFirst, scan, LB_AT)) {
      push(out, m.index, m.index + m[0].length, months.get(m[2]!), num(m[1]), num(m[3]));
    }
    for (const m of boundedMatches(text, monthYear, scan, LB_AT)) {
      push(out, m.index, m.index + m[0].length, months.get(m[1]!), undefined, num(m[2]));
    }
    return out;
  },
};
