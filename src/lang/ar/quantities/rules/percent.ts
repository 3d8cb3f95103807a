// ar/quantity/percent: a figure followed by a percent sign or by `في المئة`/`بالمئة` (classes
// percent-preposition, percent-hundred, spoken-hundred) measures a share: unit `percent`, no claim.
//
// The sign may stand before the digits too, as right-to-left text often puts it (`%30`، `٪٣٠`).
//
// Must match: 50% · 50 في المئة · 50 بالمئة · 31 بالمائة · 20 بالمية · ما بين 31 و41 بالمئة (a range's)
//   · بنسبة %30 · ٪ 30
// Must not match: 50 مئة (a hundred without the article) · خمسة بالمئة as 500 · 50 في المية
//   · 20% 30 شخصا (the sign is the first figure's)

import type { SentenceView } from '../../read/sentence-view.js';
import { isA } from '../../read/sentence-view.js';

export const PERCENT = 'ar/quantity/percent';

/** `50 في المئة`، `50%`، `50 بالمئة`: the token index just past the percent sign, or -1. */
export function percentEnd(view: SentenceView, end: number): number {
  const next = view.toks[end];
  const after = view.toks[end + 1];
  if (isPercentSign(next)) return end + 1;
  const hundred = isA(view, next, 'percent-hundred') || isA(view, next, 'spoken-hundred');
  if (hundred && /^(بال|لل)/.test(next!.text)) return end + 1;
  if (isA(view, next, 'percent-preposition') && isA(view, after, 'percent-hundred')) return end + 2;
  return -1;
}

function isPercentSign(tok: { readonly kind: string; readonly text: string } | undefined): boolean {
  return tok?.kind === 'punct' && (tok.text === '%' || tok.text === '\u066a');
}

/** `%30`، `٪ 30`: the index of a percent sign right before the digits at `i`, or -1 (one after a figure is that figure's). */
export function percentBefore(view: SentenceView, i: number): number {
  const toks = view.toks;
  if (toks[i]?.kind !== 'number' || !isPercentSign(toks[i - 1])) return -1;
  return toks[i - 2]?.kind === 'number' ? -1 : i - 1;
}
