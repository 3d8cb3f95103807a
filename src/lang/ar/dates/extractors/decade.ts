// A decade: the tens of the number words (time-words.tsv, type number, detail tens) with the plural
// of a period, `التسعينيات`، `الثمانينات`، `تسعينيات القرن الماضي`، `سبعينات القرن العشرين`. A year
// range of precision year: `range` from 1 January of its first year to 31 December of its last, the
// value its first year. News names the decades of the 20th century; `القرن الحالي` or `الحادي
// والعشرين` after it moves it to the 21st.
//
// Must match: التسعينيات · في الثمانينات من القرن الماضي · سبعينيات القرن العشرين ·
//   عشرينيات القرن الحالي
// Must not: تسعين (a number) · الأربعين (an ordinal or a number) · الستينية (an adjective) ·
//   في العشرينات من عمره (an age)

import { compiled, wordOf, wordsOf } from '../lexicon.js';
import { LBC_HEAD, RB, alternation, boundedMatches, formsOf, fromWord } from '../patterns.js';
import type { DateExpression, DateExtractor } from '../types.js';

/** The tens a decade is named by: the form ending in ين (`تسعين` → 90). */
const TENS = compiled(
  (dates) =>
    new Map(
      wordsOf(dates, 'number')
        .filter((w) => w.detail.includes('tens') && w.form.endsWith('ين'))
        .map((w) => [w.form, Number(w.value)] as const),
    ),
);

/** The century after a decade (time-words.tsv: century-noun, century) and the age that rules it out (age-noun). */
const PATTERN = compiled((dates) => {
  const noun = alternation(formsOf(dates, 'century-noun'));
  const century = `(?:\\s+(?:(?:${fromWord(dates)})\\s+)?ال?(?:${noun})\\s+(?<century>${alternation(formsOf(dates, 'century'))}))`;
  const age = alternation(formsOf(dates, 'age-noun'));
  return new RegExp(
    `${LBC_HEAD}(?:[بل]?ال|لل)?(?<tens>${alternation(TENS(dates).keys())})(?:يات|ات)${RB}(?!\\s+(?:(?:${fromWord(dates)})\\s+)?(?:ال)?(?:${age}))${century}?`,
    'gdu',
  );
});

export const decade: DateExtractor = {
  id: 'ar/date/decade',
  kind: 'date',
  cue: compiled((dates) => new RegExp(`(?:${alternation(TENS(dates).keys())})(?:يات|ات)$`, 'u')),
  // Every match opens with its decade, the cue.
  cueGroup: 'tens',
  extract(text, { dates, scan }) {
    const out: DateExpression[] = [];
    for (const m of boundedMatches(text, PATTERN(dates), scan)) {
      const g = m.groups ?? {};
      const tens = TENS(dates).get(g['tens'] ?? '');
      if (tens === undefined) continue;
      const century = g['century'] !== undefined ? wordOf(dates, 'century', g['century']) : undefined;
      const year = (century !== undefined ? Number(century.value) : 1900) + tens;
      out.push({
        kind: 'date',
        start: m.index,
        end: m.index + m[0].length,
        anchor: { type: 'year', year, untilYear: year + 9 },
        rules: [this.id],
      });
    }
    return out;
  },
};
