// ar/quantity/percent: a figure followed by a percent sign or by `في المئة`/`بالمئة` (classes
// percent-preposition, percent-hundred, spoken-hundred) measures a share: unit `percent`, no claim.
//
// Must match: 50% · 50 في المئة · 50 بالمئة · 31 بالمائة · 20 بالمية · ما بين 31 و41 بالمئة (a range's)
// Must not match: 50 مئة (a hundred without the article) · خمسة بالمئة as 500 · 50 في المية

import type { SentenceView } from '../../read/sentence-view.js';
import { isA } from '../../read/sentence-view.js';

export const PERCENT = 'ar/quantity/percent';

/** `50 في المئة`، `50%`، `50 بالمئة`: the token index just past the percent sign, or -1. */
export function percentEnd(view: SentenceView, end: number): number {
  const next = view.toks[end];
  const after = view.toks[end + 1];
  if (next?.kind === 'punct' && (next.text === '%' || next.text === '\u066a')) return end + 1;
  const hundred = isA(view, next, 'percent-hundred') || isA(view, next, 'spoken-hundred');
  if (hundred && /^(بال|لل)/.test(next!.text)) return end + 1;
  if (isA(view, next, 'percent-preposition') && isA(view, after, 'percent-hundred')) return end + 2;
  return -1;
}
