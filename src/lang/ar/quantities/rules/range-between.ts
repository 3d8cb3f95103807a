// ar/quantity/range-between: `بين` (class range-between) and two figures joined by و or a range's
// `إلى`/`حتى`, with `ما` before it (class range-lead) in the span.
//
// Must match: بين 60 و90 · بين 60 إلى 90 · ما بين 270 ألفا و330 ألف (270,000–330,000) · بين ثلاثة
//   وخمسة · ما بين 31 و41 بالمئة (unit percent)
// Must not match: من بين 20 مصابا (among: class among-lead) · بين 2011 و2014 (years) · بين ثلاثة
//   وستة أشهر (a duration: the date reader's) · بين 90 و60 (no rise)

import type { SentenceView } from '../../read/sentence-view.js';
import { isA } from '../../read/sentence-view.js';
import type { QuantityMention } from '../shared.js';
import { cardinalAfterAnd, openedRange, upperBound } from '../shared.js';

export const RANGE_BETWEEN = 'ar/quantity/range-between';

/** بين 60 و90 · بين 60 إلى 90 · ما بين 20 و30, at token `i`. */
export function readBetween(view: SentenceView, i: number): QuantityMention | null {
  const toks = view.toks;
  if (!isA(view, toks[i], 'range-between') || isA(view, toks[i - 1], 'among-lead')) return null;
  const start = isA(view, toks[i - 1], 'range-lead') ? i - 1 : i;
  const second = (end: number) =>
    cardinalAfterAnd(view.lex, toks, end) ?? upperBound(view.lex, toks, end, 'range-end');
  return openedRange(view, i, start, RANGE_BETWEEN, second);
}
