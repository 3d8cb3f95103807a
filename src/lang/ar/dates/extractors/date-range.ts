// A range of days across two months as one mention: `من 28 آذار إلى 3 نيسان`، `بين 28 شباط و2
// آذار`، `من يوم 25 كانون الأول 2017 حتى 5 كانون الثاني 2018`. Precision day, the value the first
// day, `range` from it to the last day. A year said once, after the last day, is the range's: the
// first day is in the year before when its month comes later (`من 25 كانون الأول إلى 5 كانون الثاني
// 2018`). Read apart, the two days were two mentions and the span between them was lost. A range
// inside one month is day-range.ts's (`من 3 إلى 19 آذار`); Gregorian months only, as month-range.ts.
//
// Must match: من 28 آذار إلى 3 نيسان · بين 28 شباط و2 آذار · من 30 يونيو حتى 2 يوليو 2018 ·
//   ما بين 14 يونيو ولغاية 15 يوليو من عام 2018 ·
//   من يوم 25 كانون الأول 2017 إلى يوم 5 كانون الثاني 2018
// Must not: من 3 آذار إلى 3 آذار (one month: day-range.ts) · من 28 آذار (no last day) ·
//   من 3 نيسان 2017 إلى 5 آذار 2017 (backwards) · من 28 آذار إلى 3 نيسان 2000 شخص (a count) ·
//   من 28 آذار و3 نيسان (و joins two bounds only after بين)

import { compiled, monthNamed, plausibleYear } from '../lexicon.js';
import {
  LBC_HEAD,
  RB,
  alternation,
  betweenWords,
  boundedMatches,
  countFollows,
  formsOf,
  fromWord,
  futureBefore,
  gregorianMonths,
  isMonthDay,
  monthNouns,
  nounForms,
  yearNouns,
} from '../patterns.js';
import type { DateExpression, DateExtractor } from '../types.js';
import { monthRange } from './month-range.js';

const gregorianNames = compiled((dates) => gregorianMonths(dates, { strict: false }).map((m) => m.name));

const PATTERN = compiled((dates) => {
  const month = `(?:${alternation(gregorianNames(dates))})`;
  const of = `(?:(?:${fromWord(dates)})\\s+)?`;
  const dayNoun = `(?:(?:${alternation(nounForms(dates, 'day-noun', '1'))})\\s+)?`;
  const year = (k: string): string =>
    `(?:\\s*[،,]?\\s*(?:${of}(?:ال)?(?:${yearNouns(dates, '1')})\\s+)?(?<${k}>\\d{4}))?`;
  /** A day of a month: `28 آذار`، `يوم 25 من شهر كانون الأول 2017`. */
  const day = (k: number): string =>
    `${dayNoun}(?:ال)?(?<d${k}>\\d{1,2})\\s+${of}(?:(?:ال)?(?:${monthNouns(dates, '1')})\\s+)?(?<m${k}>${month})${year(`y${k}`)}`;
  const to = `(?:(?:و\\s?)?(?:${alternation(formsOf(dates, 'range-to'))})|-|–)`;
  return new RegExp(
    `${LBC_HEAD}(?:${fromWord(dates)}|(?<between>${betweenWords(dates)}))\\s+${day(1)}` +
      `(?:\\s*${to}\\s*|\\s+(?<and>و)\\s?)${day(2)}${RB}`,
    'gdu',
  );
});

export const dateRange: DateExtractor = {
  id: 'ar/date/date-span',
  kind: 'date',
  // The cue of a range of months (a Gregorian month name), shared with it: one bit of the cue mask.
  cue: monthRange.cue,
  cuesPerMatch: 2,
  extract(text, { lexicon, dates, scan }) {
    const out: DateExpression[] = [];
    for (const m of boundedMatches(text, PATTERN(dates), scan)) {
      const g = m.groups ?? {};
      const end = m.index + m[0].length;
      // `بين 28 شباط و2 آذار`: و joins the bounds only after بين.
      if (g['and'] !== undefined && g['between'] === undefined) continue;
      const first = monthNamed(dates, g['m1']);
      const last = monthNamed(dates, g['m2']);
      if (!first || !last || first.month === last.month) continue;
      const d1 = Number(g['d1']);
      const d2 = Number(g['d2']);
      if (!isMonthDay(d1) || !isMonthDay(d2)) continue;
      const y1 = g['y1'] !== undefined ? Number(g['y1']) : undefined;
      const y2 = g['y2'] !== undefined ? Number(g['y2']) : undefined;
      if ([y1, y2].some((y) => y !== undefined && !plausibleYear(y, 'gregorian'))) continue;
      // Without a year the last month comes after the first, in the next year when it is earlier
      // (`من 25 كانون الأول إلى 5 كانون الثاني`).
      const turns = last.month < first.month ? 1 : 0;
      const year = y1 ?? (y2 !== undefined ? y2 - turns : undefined);
      // `من 3 نيسان 2017 إلى 5 آذار 2017`: backwards, or more than a year apart.
      if (year !== undefined && y2 !== undefined && y2 !== year + turns) continue;
      // `من 28 آذار إلى 3 نيسان 2000 شخص`: a count follows.
      if (countFollows(text, end, lexicon)) continue;
      out.push({
        kind: 'date',
        start: m.index,
        end,
        anchor: {
          type: 'calendar',
          calendar: 'gregorian',
          month: first.month,
          day: d1,
          untilMonth: last.month,
          untilDay: d2,
          ...(year !== undefined ? { year } : {}),
        },
        rules: [this.id],
        ...(futureBefore(dates, text, m.index) ? { future: true } : {}),
      });
    }
    return out;
  },
};
