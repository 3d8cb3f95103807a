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
  const centuries = new Set<number>(CENTURIES);
  return {
    whole: thousands.filter(([, w]) => centuries.has(w.value)).map(([form]) => form),
    parts: thousands.flatMap(([form, w]) => {
      const making = hundreds.filter(([, h]) => centuries.has(w.value + h.value)).map(([h]) => h);
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

/** The year a phrase of yearWordsPattern says, or undefined when its parts do not add up. */
export function yearFromWords(dates: DateLexicon, phrase: string): number | undefined {
  const words = phrase.trim().split(/\s+/);
  const thousand = dates.numberWords.get(words[0] ?? '');
  if (thousand === undefined) return undefined;
  const whole = yearHeads(dates).whole.includes(words[0] ?? '');
  // A thousand and its hundreds (`الف و تسعمئه`): the hundreds after و, glued or apart.
  const hundreds = whole
    ? 0
    : dates.numberWords.get((words[1] === 'و' ? words[2] : words[1]?.slice(1)) ?? '');
  if (hundreds === undefined) return undefined;
  const base = thousand.value + (typeof hundreds === 'number' ? hundreds : hundreds.value);
  const rest = words.slice(whole ? 1 : 3).map((w) => w.replace(/^و/, ''));
  const numbers = dates.numbers;
  if (rest.length === 0) return base;
  const first = numbers.get(rest[0] ?? '');
  if (first === undefined) return undefined;
  let value = first;
  if (rest.length === 2) {
    const teen = teenValue(dates, rest[1]);
    if (teen !== undefined) value = first < 10 ? first + teen : NaN;
    else {
      const tens = numbers.get(rest[1] ?? '');
      value = tens !== undefined && tens % 10 === 0 && tens >= 20 && first < 10 ? first + tens : NaN;
    }
  }
  return Number.isFinite(value) && value < 100 ? base + value : undefined;
}
