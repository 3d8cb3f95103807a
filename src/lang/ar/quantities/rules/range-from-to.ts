// ar/quantity/range-from-to: `من` (class range-from), a figure, `إلى`/`حتى` (class range-end) and a
// larger figure; not after a verb of change (class change-verb), where the two are a before and after.
//
// Must match: من 20 إلى 30 · من 200 حتى 300 شخص
// Must not match: ارتفع من 20 إلى 30 (a change) · من 22 إلى 30 يونيو (a date: the date reader's) · من
//   2011 إلى 2014 (years)

import type { SentenceView } from '../../read/sentence-view.js';
import { isA } from '../../read/sentence-view.js';
import type { QuantityMention } from '../shared.js';
import { changeVerbBefore, openedRange, upperBound } from '../shared.js';

export const RANGE_FROM_TO = 'ar/quantity/range-from-to';

/** من 20 إلى 30, at token `i`. */
export function readFromTo(view: SentenceView, i: number): QuantityMention | null {
  if (!isA(view, view.toks[i], 'range-from')) return null;
  const second = (end: number) =>
    !changeVerbBefore(view, i) ? upperBound(view.lex, view.toks, end, 'range-end') : null;
  return openedRange(view, i, i, RANGE_FROM_TO, second);
}
