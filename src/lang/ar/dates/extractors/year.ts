// Years: `عام 2011`, `العام 2018`, `سنة 2015`, `عامي 2014 و2015` (both years), `الأعوام 2014 و2015
// و2016` (each year of the list), `مطلع 2019`,
// `أواخر عام 2017`, `2011م`, and a bare year after a preposition of time (`منذ 2011`، `في 2018`،
// `حتى 2030`، `بحلول 2025`) unless a counted noun follows it (`في 2000 منزل` is a count:
// data/ar/nouns.tsv decides). Precision year. The second year of a pair or a range (`بين عامي 2005
// و2010`، `2011-2015`، `من عام 2014 إلى 2017`) is a year too. After `من` a bare year is one only when
// `حتى الآن` closes its span (`من 2011 إلى الآن`: refine.ts joins them); `من 2000` alone is a count.
//
// Must match: عام 2011 · في العام 2018 · سنة 2015م · منذ مطلع 2019 · أواخر عام 2017 · منذ 2011 ·
//   في 2018، قتل · بحلول 2030 · عامي 2005 و2010 (two mentions) · السنوات 2012 و2013 و2014 (three) ·
//   في 2009 بالسجن (a word with the article is never counted) · في2001، عام2015 (glued, as scrapes
//   drop the space) · من 2011 إلى الآن (with the span's end)
// Must not: من 2011 شخصا · أكثر من 2000 حتى الآن (a count so far) · من 2011 إلى 2015 (a range: year-range.ts) · عام (alone) · القرار 2254 (a resolution number) · 2011 شخصا · عام 3000 ·
//   في 2000 منزل (a count) · في2000 منزل · قتل 2018 شخصا · منذ 2011 قتيل

import { compiled, plausibleYear } from '../lexicon.js';
import type { DateLexicon } from '../lexicon.js';
import {
  LBC_HEAD,
  RB,
  alternation,
  boundedMatches,
  countFollows,
  formsOf,
  yearNouns,
  eraSuffix,
  partValue,
  fromWord,
} from '../patterns.js';
import type { DateExpression, DateExtractor, DatePart } from '../types.js';

/** The word before the من of a qualifier (time-words.tsv: `أكثر من`، `ما يقرب من` → أكثر، يقرب). */
function comparatives(dates: DateLexicon): string[] {
  const from = new Set(formsOf(dates, 'from-word'));
  return formsOf(dates, 'qualifier')
    .map((form) => form.split(' '))
    .filter((words) => words.length > 1 && from.has(words[words.length - 1]!))
    .map((words) => words[words.length - 2]!);
}

const PATTERNS = compiled((dates) => {
  const part = alternation(formsOf(dates, 'month-part'));
  const suffix = eraSuffix(dates);
  return {
    named: new RegExp(
      `${LBC_HEAD}(?:(?:(?<part>[ب]?(?:${part}))\\s+(?:(?:ال)?(?:${yearNouns(dates, '1')})\\s*)?)|(?:[بل]?(?:ال)?(?:${yearNouns(dates, '1', '2', 'n')})\\s*))(?<year>\\d{4})${suffix}${RB}`,
      'gu',
    ),
    bare: new RegExp(
      `${LBC_HEAD}(?:${alternation(formsOf(dates, 'year-preposition'))})\\s*(?<year>\\d{4})${suffix}${RB}(?![.,]\\d|\\s*[%/-]\\s*\\d|\\s*%)`,
      'gu',
    ),
    // `من 2011 إلى الآن`: from a bare year up to the reference; not the من of a qualifier (`أكثر من
    // 2000 حتى الآن` is a count so far).
    fromUntilNow: new RegExp(
      `${LBC_HEAD}(?<!(?:${alternation(comparatives(dates))})\\s+)(?:${fromWord(dates)})\\s*(?<year>\\d{4})${suffix}(?=\\s+(?:و\\s?)?(?:${alternation(formsOf(dates, 'until-now'))})${RB})`,
      'gu',
    ),
    // The second year of `عامي 2005 و2010`, `2011-2015`, `من 2014 إلى 2017`.
    second: new RegExp(
      `\\s*(?:و|${alternation(formsOf(dates, 'or-word'))}|-|–|${alternation(formsOf(dates, 'range-to'))})\\s*(?:(?:ال)?(?:${yearNouns(dates, '1')})\\s+)?(?<year>\\d{4})${suffix}${RB}`,
      'uy',
    ),
  };
});

export const year: DateExtractor = {
  id: 'ar/date/year',
  kind: 'date',
  cue: () => /\d{4}/,
  extract(text, { lexicon, dates, scan }) {
    const out: DateExpression[] = [];
    const { named, bare, fromUntilNow, second } = PATTERNS(dates);
    const push = (start: number, end: number, y: number, rule: string, part?: DatePart): void => {
      const anchor = { type: 'year', year: y } as const;
      out.push({ kind: 'date', start, end, anchor, rules: [rule], ...(part !== undefined ? { part } : {}) });
    };
    // `الأعوام 2014 و2015 و2016`: each later year of a list is a year of its own.
    const pair = (end: number, first: number): void => {
      for (let at = end, last = first; ; ) {
        second.lastIndex = at;
        const s = second.exec(text);
        const y = Number(s?.groups?.['year']);
        if (!s || !plausibleYear(y, 'gregorian') || y <= last) return;
        const yearStart = s.index + s[0].indexOf(s.groups!['year']!);
        push(yearStart, s.index + s[0].length, y, 'ar/date/year-range');
        at = s.index + s[0].length;
        last = y;
      }
    };
    for (const m of boundedMatches(text, named, scan)) {
      const y = Number(m.groups?.['year']);
      if (!plausibleYear(y, 'gregorian')) continue;
      const end = m.index + m[0].length;
      push(m.index, end, y, this.id, partValue(dates, m.groups?.['part']));
      pair(end, y);
    }
    for (const m of boundedMatches(text, bare, scan)) {
      const y = Number(m.groups?.['year']);
      const end = m.index + m[0].length;
      if (!plausibleYear(y, 'gregorian') || countFollows(text, end, lexicon)) continue;
      // The preposition stays out of the span, as it does for every other date.
      const start = m.index + m[0].indexOf(m.groups!['year']!);
      push(start, end, y, 'ar/date/bare-year');
      pair(end, y);
    }
    for (const m of boundedMatches(text, fromUntilNow, scan)) {
      const y = Number(m.groups?.['year']);
      if (!plausibleYear(y, 'gregorian')) continue;
      push(m.index + m[0].indexOf(m.groups!['year']!), m.index + m[0].length, y, 'ar/date/bare-year');
    }
    return out;
  },
};
