// Names of outlets read from running text: a quoted string or a few words before a stop, and the
// checks that keep generic words and pronouns out. Shared by the outlet finders beside this file.

import type { Span } from '../../../../types.js';
import type { Lexicon } from '../../lexicon/lexicon.js';
import { LETTER } from '../lines.js';

export interface OutletHit {
  /** Folded span of the name. */
  readonly start: number;
  readonly end: number;
  readonly rule: string;
}

/**
 * Reads a name starting at `from`: a quoted string, or up to `maxWords` words before a stop (a
 * preposition, complementizer or time word: the closed class outlet-name-stop, read as written).
 */
export function nameAt(lex: Lexicon, text: string, from: number, maxWords = 4): Span | null {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  if (text[i] === '"') {
    const close = text.indexOf('"', i + 1);
    if (close < 0 || close - i - 1 > 40 || text.slice(i + 1, close).includes('\n')) return null;
    return { start: i + 1, end: close };
  }
  const start = i;
  let end = i;
  let words = 0;
  while (i < text.length && words < maxWords) {
    let j = i;
    while (j < text.length && LETTER.test(text[j]!)) j++;
    if (j === i) break;
    const word = text.slice(i, j);
    if (lex.closed.has('outlet-name-stop', word)) break;
    if (words > 0 && /^[وبل]/.test(word) && word.length >= 4 && !/^(?:ال)/.test(word)) break;
    end = j;
    words++;
    i = j;
    if (text[i] !== ' ') break;
    while (i < text.length && text[i] === ' ') i++;
  }
  return end > start ? { start, end } : null;
}

export function validName(lex: Lexicon, text: string, span: Span): boolean {
  const name = text.slice(span.start, span.end).trim();
  if (name.length < 2 || name.length > 40 || !/\p{L}/u.test(name)) return false;
  if (/[.،,:؟?!\n]/.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length > 5) return false;
  return !lex.closed.has('generic-outlet-word', words[0]!) && !lex.closed.has('outlet-name-stop', words[0]!);
}

export function nameKey(text: string, span: Span): string {
  return text.slice(span.start, span.end).replace(/["']/g, '').replace(/\s+/g, ' ').trim();
}

/** Up to `n` words before `index`, nearest first, not crossing a sentence end. */
export function wordsBefore(text: string, index: number, n: number): string[] {
  const out: string[] = [];
  let i = index;
  while (out.length < n && i > 0) {
    while (i > 0 && /[ \t"]/.test(text[i - 1]!)) i--;
    if (i === 0 || /[.!?\u061f\n:]/.test(text[i - 1]!)) break;
    let s = i;
    while (s > 0 && LETTER.test(text[s - 1]!)) s--;
    if (s === i) {
      // Other punctuation (a comma, a bracket) is stepped over.
      i--;
      continue;
    }
    out.push(text.slice(s, i));
    i = s;
  }
  return out;
}
