// ar/quantity/money: a figure followed by a currency (units.tsv) or glued after `$` is an amount:
// unit `money`, never a claim.
//
// Must match: 500 دولار · 3 ملايين ليرة · $500 · 200 ألف يورو
// Must not match: 500 شخص (a count) · 50 بالمئة (a percent first) · $ 500 (the sign apart)

import type { SentenceView } from '../../read/sentence-view.js';
import type { Tok } from '../shared.js';
import { glued, isCurrency } from '../shared.js';

export const MONEY = 'ar/quantity/money';

/** Whether the figure at view token `i`, read on `toks` up to `end`, is an amount of money. */
export function isMoney(view: SentenceView, toks: readonly Tok[], i: number, end: number): boolean {
  return isCurrency(view, toks[end]) || (toks[i - 1]?.text === '$' && glued(toks[i - 1], view.toks[i]));
}
