// ar/quantity/range-to: a figure, `إلى`/`حتى` (class range-end) and a larger figure; not after a verb
// of change (class change-verb), where the two are a before and after.
//
// Must match: 20 إلى 30 · 200 حتى 300 شخص
// Must not match: ارتفع العدد 20 إلى 30 (a change) · 22 إلى 30 يونيو (a date: the date reader's)
//   · 30 إلى 20 (no rise)

import type { SentenceView } from '../../read/sentence-view.js';
import type { Cardinal, NumberAt } from '../shared.js';
import { changeVerbBefore, upperBound } from '../shared.js';

export const RANGE_TO = 'ar/quantity/range-to';

/**
 * A range a figure opens: the second bound it reads after the figure (`at`, read at view token `i`),
 * and the ranges of its kind it leaves: skips (its figures count nothing) or refuses (the figure is
 * read alone).
 */
export interface RangeBound {
  readonly id: string;
  bound(view: SentenceView, i: number, at: NumberAt): Cardinal | null;
  readonly skips?: (view: SentenceView, at: NumberAt, b: Cardinal) => boolean;
  readonly refuses?: (view: SentenceView, at: NumberAt, b: Cardinal) => boolean;
}

export const rangeTo: RangeBound = {
  id: RANGE_TO,
  bound: (view, i, { num, toks }) =>
    !changeVerbBefore(view, i) ? upperBound(view.lex, toks, num.end, 'range-end') : null,
};
