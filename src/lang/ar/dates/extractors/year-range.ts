// A range of years as one mention: `من 2011 إلى 2016`، `من عام 2014 حتى 2017`، `2015-2019`،
// `الفترة 2015–2019`، `عام 2011-2015`. Precision year, `range` from 1 January of the first year to
// 31 December of the last; the value is the first year. Read apart, the two years were two
// mentions and the text's span of time was lost; an unread `2015-2019` was even counted as a range
// of 2015 to 2019 things. After `بين` two years joined by و bound a span (`بين عامي 2012 و2016`،
// `ما بين 2011 و2014`); without it they stay two years (year.ts): `عامي 2005 و2010` names two.
//
// Must match: من 2011 إلى 2016 · من عام 2014 حتى عام 2017 · 2015-2019 · عام 2011-2015 ·
//   بين عامي 2012 و2016 · ما بين 2011 و2014 · بين عام 2003 وعام 2011
// Must not: من 2000 إلى 3000 شخص (a count) · 2018-05-10 (a day) · 2016-2015 (backwards) ·
//   من 1500 إلى 2000 (not years of news) · عامي 2005 و2010 (two years) · بين 2000 و3000 شخص (a count)

import { compiled, plausibleYear } from '../lexicon.js';
import {
  LBC_HEAD,
  RB,
  boundedMatches,
  countFollows,
  yearNouns,
  eraSuffix,
  alternation,
  formsOf,
  betweenWords,
  fromWord,
} from '../patterns.js';
import type { DateExpression, DateExtractor } from '../types.js';

const PATTERN = compiled((dates) => {
  const word = `(?:(?:ال)?(?:${yearNouns(dates, '1')})\\s+)`;
  const era = eraSuffix(dates);
  return new RegExp(
    `${LBC_HEAD}(?:` +
      `(?:${fromWord(dates)})\\s+${word}?(?<y1>\\d{4})${era}\\s*(?:${alternation(formsOf(dates, 'range-to'))}|-|–)\\s*${word}?(?<y2>\\d{4})${era}` +
      `|(?:[بل]?(?:ال)?(?:${yearNouns(dates, '1', '2', 'n')})\\s+)?(?<h1>\\d{4})\\s*[-–]\\s*(?<h2>\\d{4})${era}` +
      `|${betweenWords(dates)}\\s+(?:(?:ال)?(?:${yearNouns(dates, '2', 'n')})\\s+)?${word}?(?<b1>\\d{4})${era}\\s+و\\s?${word}?(?<b2>\\d{4})${era}` +
      `)${RB}(?!\\s*[-/.]\\s*\\d)`,
    'gdu',
  );
});

export const yearRange: DateExtractor = {
  id: 'ar/date/year-span',
  kind: 'date',
  cue: () => /\d{4}/,
  // Both years are digit runs of their own: a space, a letter, a dash or و stands between them.
  cuesPerMatch: 2,
  extract(text, { lexicon, dates, scan }) {
    const out: DateExpression[] = [];
    for (const m of boundedMatches(text, PATTERN(dates), scan)) {
      const g = m.groups ?? {};
      const first = Number(g['y1'] ?? g['h1'] ?? g['b1']);
      const last = Number(g['y2'] ?? g['h2'] ?? g['b2']);
      const end = m.index + m[0].length;
      if (
        !plausibleYear(first, 'gregorian') ||
        !plausibleYear(last, 'gregorian') ||
        last <= first ||
        last - first > 100
      )
        continue;
      // A hyphen right before (`05-2015-2019`) makes it part of some other code.
      if (/[-/]\s*$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
      if (countFollows(text, end, lexicon)) continue;
      out.push({
        kind: 'date',
        start: m.index,
        end,
        anchor: { type: 'year', year: first, untilYear: last },
        rules: [this.id],
      });
    }
    return out;
  },
};
