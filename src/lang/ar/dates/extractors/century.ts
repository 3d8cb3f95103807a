// A century: the century noun (time-words.tsv, century-noun) and which one, by a word of
// time-words.tsv century (`القرن الماضي`، `القرن العشرين`: 1900; `القرن الحالي`، `الحادي والعشرين`:
// 2000), by a masculine ordinal (`القرن التاسع عشر`، `القرن السابع`) or by digits (`القرن الـ19`،
// `القرن 18`). A year range of precision year, as a decade is (decade.ts): the nth century is the
// years whose hundreds are n - 1 (`القرن التاسع عشر` 1800–1899, as news counts them), the value its
// first year. Inside a decade's name (`الثمانينات من القرن الماضي`) the decade is the longer match.
//
// Must match: القرن الماضي · القرن العشرين · القرن التاسع عشر · القرن الحادي والعشرين · القرن الـ19 ·
//   القرن الحادي عشر
// After the noun of a company, a body or a title (time-words.tsv, org-head) it is a name, no date.
//
// Must not: القرن الأفريقي (the Horn of Africa) · القرن 25 (no such century yet) · القرن السابع (before
//   the 11th: history's, not news') · قرن (alone) · شركة القرن 21 للعقارات / منتدى القرن الحادي
//   والعشرين (a name)

import { compiled, wordOf } from '../lexicon.js';
import type { DateLexicon } from '../lexicon.js';
import {
  LBC_HEAD,
  RB,
  alternation,
  boundedMatches,
  formsOf,
  ordinalDayPattern,
  ordinalDayValue,
  wordBefore,
  wordCue,
} from '../patterns.js';
import type { DateExpression, DateExtractor } from '../types.js';

/** The centuries read by number: the 11th (1000–1099) to the 21st; earlier ones are history's. */
const FIRST_CENTURY = 11;
const LAST_CENTURY = 21;

const PATTERN = compiled((dates) => {
  const noun = alternation(formsOf(dates, 'century-noun'));
  return new RegExp(
    `${LBC_HEAD}(?:[بل]?ال|لل)(?:${noun})\\s+(?:(?<named>${alternation(formsOf(dates, 'century'))})|(?<ord>${ordinalDayPattern(dates)})|(?:الـ?\\s?|ـ)?(?<digits>\\d{1,2}))${RB}`,
    'gu',
  );
});

const orgHeads = compiled((dates) => new Set(formsOf(dates, 'org-head')));

/**
 * `شركة القرن 21`: the century names the company, body or title before it, a noun in construct (no
 * article: `تأسست الشركة القرن الماضي` is a date).
 */
function isName(dates: DateLexicon, text: string, start: number): boolean {
  const before = wordBefore(text, start)?.word;
  return before !== undefined && [before, before.slice(1)].some((w) => orgHeads(dates).has(w));
}

export const century: DateExtractor = {
  id: 'ar/date/century',
  kind: 'date',
  cue: compiled((dates) => wordCue(formsOf(dates, 'century-noun'))),
  extract(text, { dates, scan }) {
    const out: DateExpression[] = [];
    for (const m of boundedMatches(text, PATTERN(dates), scan)) {
      const g = m.groups ?? {};
      let first: number | undefined;
      if (g['named'] !== undefined) first = Number(wordOf(dates, 'century', g['named'])?.value);
      else {
        const n = g['ord'] !== undefined ? ordinalDayValue(dates, g['ord']) : Number(g['digits']);
        if (n !== undefined && n >= FIRST_CENTURY && n <= LAST_CENTURY) first = (n - 1) * 100;
      }
      if (first === undefined || !Number.isInteger(first) || first < 0) continue;
      if (isName(dates, text, m.index)) continue;
      out.push({
        kind: 'date',
        start: m.index,
        end: m.index + m[0].length,
        anchor: { type: 'year', year: first, untilYear: first + 99 },
        rules: [this.id],
      });
    }
    return out;
  },
};
