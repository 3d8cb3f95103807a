// Finds a gold quote in the original text: the n-th exact occurrence, or failing that the n-th
// occurrence once tatweel, diacritics and invisible controls are ignored on both sides (a quote
// typed without the harakat of the article still locates). The span returned is always original.

import type { Span } from '../types.js';
import { isMark, stripMarks } from './fold.js';

export interface LocatedQuote extends Span {
  /** True when only the mark-free view found it. */
  readonly folded: boolean;
}

export type LocateResult =
  | { readonly kind: 'found'; readonly span: LocatedQuote }
  | { readonly kind: 'not_found'; readonly found: number };

/** Start offsets of every occurrence (overlapping ones too). */
function occurrences(text: string, quote: string): number[] {
  const out: number[] = [];
  if (quote.length === 0) return out;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) out.push(at);
  return out;
}

export function locateQuote(text: string, quote: string, occurrence: number): LocateResult {
  const exact = occurrences(text, quote);
  const hit = exact[occurrence - 1];
  if (hit !== undefined)
    return { kind: 'found', span: { start: hit, end: hit + quote.length, folded: false } };

  const view = stripMarks(text);
  const q = stripMarks(quote).text;
  const folded = occurrences(view.text, q);
  const at = folded[occurrence - 1];
  if (at === undefined || q.length === 0) {
    return { kind: 'not_found', found: Math.max(exact.length, folded.length) };
  }
  const start = view.map[at]!;
  let end = view.map[at + q.length - 1]! + 1;
  // Marks on the last letter belong to the quote.
  while (isMark(text[end])) end++;
  return { kind: 'found', span: { start, end, folded: true } };
}
