// A range of months as one mention: `من كانون الثاني إلى آذار`، `بين شهري يناير ومارس 2018`، `من
// أيار/مايو حتى تموز/يوليو الماضي`. Precision month, the value the first month, `range` from its
// first day to the last day of the last month (in the next year when that month comes first:
// `من تشرين الثاني إلى شباط`). A year or relation after the second month is the whole range's.
// Read apart, the second month was often lost (`مارس` alone is no date) and the span with it.
//
// Must match: من يناير إلى مارس · بين شهري يناير ومارس · من أيار حتى تموز 2017 ·
//   ما بين شهري آذار وأيار الماضيين
// Must not: من يناير (no second month) · من 3 يناير إلى 5 مارس (days: month-name.ts reads each) ·
//   بين رمضان وشوال (Hijri months: no range is resolved for them)

import { compiled, monthNamed, plausibleYear } from '../lexicon.js';
import type { DateLexicon, MonthEntry } from '../lexicon.js';
import {
  LBC_HEAD,
  RB,
  alternation,
  boundedMatches,
  relationPattern,
  relationValue,
  wordCue,
  yearNouns,
  formsOf,
  monthNouns,
  betweenWords,
  fromWord,
  gregorianMonths,
} from '../patterns.js';
import type { Anchor, DateExpression, DateExtractor } from '../types.js';

const gregorianNames = compiled((dates) => gregorianMonths(dates, { strict: true }).map((m) => m.name));

const PATTERN = compiled((dates) => {
  const month = `(?:${alternation(gregorianNames(dates))})`;
  const one = (k: string): string =>
    `(?:(?:ال)?(?:${monthNouns(dates, '1')})\\s+)?(?<${k}>${month})(?:\\s*[/\\\\|]\\s*${month}|\\s*\\(\\s*${month}\\s*\\))?`;
  // `الماضيين`: the relation in the dual after two months.
  const rel = `(?<rel>${relationPattern(dates)})(?:ين|ان)?`;
  return new RegExp(
    `${LBC_HEAD}(?:(?:${fromWord(dates)})\\s+${one('a1')}\\s*(?:${alternation(formsOf(dates, 'range-to'))}|-|–)\\s*${one('a2')}` +
      `|${betweenWords(dates)}\\s+(?:(?:${monthNouns(dates, '2')})\\s+)?${one('b1')}\\s+و\\s?${one('b2')})` +
      `(?:\\s*[،,]?\\s*(?:(?:(?:${fromWord(dates)})\\s+)?(?:ال)?(?:${yearNouns(dates, '1')})\\s+)?(?<year>\\d{4})|\\s+${rel})?${RB}`,
    'gdu',
  );
});

function anchorOf(
  dates: DateLexicon,
  first: MonthEntry,
  last: MonthEntry,
  year: number | undefined,
  rel: string | undefined,
): Anchor {
  const relation = relationValue(dates, rel);
  // `من تشرين الثاني إلى شباط 2018`: the year is the last month's; the first is in the year before.
  const firstYear = year !== undefined && last.month < first.month ? year - 1 : year;
  return {
    type: 'calendar',
    calendar: 'gregorian',
    month: first.month,
    untilMonth: last.month,
    ...(firstYear !== undefined ? { year: firstYear } : {}),
    ...(relation !== undefined ? { relation } : {}),
  };
}

export const monthRange: DateExtractor = {
  id: 'ar/date/month-span',
  kind: 'date',
  cue: compiled((dates) => wordCue(gregorianNames(dates))),
  extract(text, { dates, scan }) {
    const out: DateExpression[] = [];
    for (const m of boundedMatches(text, PATTERN(dates), scan)) {
      const g = m.groups ?? {};
      const first = monthNamed(dates, g['a1'] ?? g['b1']);
      const last = monthNamed(dates, g['a2'] ?? g['b2']);
      if (!first || !last || first.month === last.month) continue;
      const year = g['year'] !== undefined ? Number(g['year']) : undefined;
      if (year !== undefined && !plausibleYear(year, 'gregorian')) continue;
      out.push({
        kind: 'date',
        start: m.index,
        end: m.index + m[0].length,
        anchor: anchorOf(dates, first, last, year, g['rel']),
        rules: [this.id],
      });
    }
    return out;
  },
};
