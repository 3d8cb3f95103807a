// A year in words after a date (`الخامس من أيار ألفين`، `عام ألفين وثمانية عشر`، `ألف وتسعمئة
// وتسعين`): 1900–2099, from the number words of data/ar/time-words.tsv (folded text).

import { compiled } from './lexicon.js';
import type { DateLexicon } from './lexicon.js';
import { alternation, formsOf, teenForms, teenValue } from './patterns.js';

/** The regex source of a year in words (no groups). */
export const yearWordsPattern = compiled((dates) => {
  const n = `(?:${alternation(formsOf(dates, 'number'))})`;
  const rest = `(?:\\s+و\\s?${n}(?:\\s+(?:${alternation(teenForms(dates))})|\\s+و\\s?${n})?)?`;
  return `(?:الف(?:ين|ان)|الف\\s+و\\s?تسع(?:مئه|مائه))${rest}(?![\\p{L}\\p{M}\\p{N}])`;
});

/** The year a phrase of yearWordsPattern says, or undefined when its parts do not add up. */
export function yearFromWords(dates: DateLexicon, phrase: string): number | undefined {
  const words = phrase.trim().split(/\s+/);
  const base = /^الف(?:ين|ان)$/.test(words[0] ?? '') ? 2000 : 1900;
  const rest = words.slice(base === 2000 ? 1 : 3).map((w) => w.replace(/^و/, ''));
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
