// A year in words after a date (`الخامس من أيار ألفين`، `عام ألفين وثمانية عشر`، `ألف وتسعمئة
// وتسعين`): 1900–2099, its thousands and hundreds the number words of data/ar/numbers.tsv, the rest
// the number words of data/ar/time-words.tsv (folded text).
//
// Must match: ألفين · ألفان وخمسة · ألفين وثمانية عشر · ألف وتسعمئة وتسعين · ألف و تسعمائة
// Must not: ألف (a thousand alone) · ألفي لاجئ (a dual in construct counts the noun after it)

import { compiled } from './lexicon.js';
import type { DateLexicon } from './lexicon.js';
import { alternation, formsOf, teenForms, teenValue } from './patterns.js';

/** The centuries a year in words may name: the years of news. */
const CENTURIES = [1900, 2000] as const;
const CENTURY_SET = new Set<number>(CENTURIES);

/**
 * The heads of a year in words: the number words of numbers.tsv whose value is a century (a dual
 * thousand, `ألفين`), or a thousand and, after و, the hundreds that make one up (`ألف وتسعمئة`). A
 * dual in construct (`ألفي`, its ن dropped) counts the noun after it and an accusative (`ألفا`) is
 * no year: neither heads one.
 */
const yearHeads = compiled((dates) => {
  const all = [...dates.numberWords];
  const thousands = all.filter(
    ([form, w]) =>
      (w.type === 'scale' && !form.endsWith('ا')) || (w.type === 'scale-dual' && form.endsWith('ن')),
  );
  const hundreds = all.filter(([, w]) => w.type === 'hundred');
  return {
    whole: thousands.filter(([, w]) => CENTURY_SET.has(w.value)).map(([form]) => form),
    parts: thousands.flatMap(([form, w]) => {
      const making = hundreds.filter(([, h]) => CENTURY_SET.has(w.value + h.value)).map(([h]) => h);
      return making.length > 0 ? [{ thousand: form, hundreds: making }] : [];
    }),
  };
});

/** The regex source of a year in words (no groups). */
export const yearWordsPattern = compiled((dates) => {
  const heads = yearHeads(dates);
  const head = [
    alternation(heads.whole),
    ...heads.parts.map((p) => `${alternation([p.thousand])}\\s+و\\s?(?:${alternation(p.hundreds)})`),
  ].join('|');
  const n = `(?:${alternation(formsOf(dates, 'number'))})`;
  const rest = `(?:\\s+و\\s?${n}(?:\\s+(?:${alternation(teenForms(dates))})|\\s+و\\s?${n})?)?`;
  return `(?:${head})${rest}(?![\\p{L}\\p{M}\\p{N}])`;
});

/**
 * The year a phrase of yearWordsPattern says, or undefined when its parts do not add up. The phrase
 * is read part by part, the parts joined by و: the thousands, then (after a thousand that is no
 * century) the hundreds, then the units with a teen (`وثمانية عشر`) or the units and the tens
 * (`وخمسة وتسعين`).
 */
export function yearFromWords(dates: DateLexicon, phrase: string): number | undefined {
  const parts = phrase.trim().split(/\s+و\s?/);
  const thousand = dates.numberWords.get(parts.shift() ?? '');
  if (thousand?.type !== 'scale' && thousand?.type !== 'scale-dual') return undefined;
  let century = thousand.value;
  if (!CENTURY_SET.has(century)) {
    const hundreds = dates.numberWords.get(parts.shift() ?? '');
    if (hundreds?.type !== 'hundred') return undefined;
    century += hundreds.value;
  }
  const rest = belowHundred(dates, parts);
  return CENTURY_SET.has(century) && rest !== undefined ? century + rest : undefined;
}

/** The years within a century the parts after its head say: none 0, `خمسة`, `ثمانية عشر`, `خمسة وتسعين`. */
function belowHundred(dates: DateLexicon, parts: readonly string[]): number | undefined {
  if (parts.length === 0) return 0;
  if (parts.length > 2) return undefined;
  const [unitWord = '', teenWord, ...more] = (parts[0] ?? '').split(/\s+/);
  const first = dates.numbers.get(unitWord);
  if (first === undefined || more.length > 0) return undefined;
  let value = first;
  if (teenWord !== undefined) {
    const teen = teenValue(dates, teenWord);
    value = teen !== undefined && first < 10 && parts.length === 1 ? first + teen : NaN;
  } else if (parts.length === 2) {
    const tens = dates.numbers.get(parts[1] ?? '');
    value = tens !== undefined && tens % 10 === 0 && tens >= 20 && first < 10 ? first + tens : NaN;
  }
  return Number.isFinite(value) && value < 100 ? value : undefined;
}
