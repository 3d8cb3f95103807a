// ar/quantity/range-open: `من` (class range-from), a figure, `إلى`/`حتى` (class range-end) and a
// qualified figure (`أكثر من 60`، `ما يزيد على 60`، `أقل من 60`): a range whose far end is a bound,
// open when that bound is a floor (`من 42 إلى أكثر من 60`: 42 and up), closed below it when a
// ceiling (`من 10 إلى أقل من 20`: 10 to 19). Not after a verb of change (class change-verb).
//
// Must match: من 42 إلى أكثر من 60 شخصا · من 10 إلى أقل من 20 · من 3 إلى أكثر من 5 آلاف
// Must not match: ارتفع من 42 إلى أكثر من 60 (a change) · من 2010 إلى أكثر من 14 مليون (a year) ·
//   من 60 إلى أكثر من 40 (no rise) · من 20 إلى 30 (both exact: range-from-to)

import type { SentenceView } from '../../read/sentence-view.js';
import { isA } from '../../read/sentence-view.js';
import { interval, qualifierBefore, readCardinal } from '../numbers.js';
import type { Cardinal, QuantityMention } from '../shared.js';
import { changeVerbBefore, mention, rangeQuantity } from '../shared.js';
import { isLabelNumber, isYear } from '../shared.js';

export const RANGE_OPEN = 'ar/quantity/range-open';

/** Tokens a qualifier may take between `إلى` and its figure (`ما يزيد على`، `أكثر من`). */
const QUALIFIER_REACH = 4;

/** The qualified figure right after the range-end word at token `k`, with the bound it sets. */
function qualifiedEnd(view: SentenceView, k: number): { b: Cardinal; high: number | null } | null {
  for (let j = k + 2; j <= k + 1 + QUALIFIER_REACH && j < view.toks.length; j++) {
    const b = readCardinal(view.lex, view.toks, j);
    if (!b) continue;
    const q = qualifierBefore(view.lex, view.toks, j);
    if (!q || q.start !== k + 1 || q.qualifier === 'approx') return null;
    return { b, high: interval(b.value, q.qualifier).high };
  }
  return null;
}

/** من 42 إلى أكثر من 60, at token `i`. */
export function readOpenRange(view: SentenceView, i: number): QuantityMention | null {
  const toks = view.toks;
  if (!isA(view, toks[i], 'range-from') || view.excluded.has(i + 1)) return null;
  const a = readCardinal(view.lex, toks, i + 1);
  if (!a || !isA(view, toks[a.end], 'range-end') || isLabelNumber(view, i + 1)) return null;
  if (isYear(view, i + 1, a.end) || changeVerbBefore(view, i)) return null;
  const end = qualifiedEnd(view, a.end);
  if (!end || view.excluded.has(end.b.end - 1)) return null;
  // The first bound scaled as the second (`من 3 إلى أكثر من 5 آلاف`), and below it.
  const scaled = rangeQuantity(a, end.b);
  if (!scaled) return null;
  const quantity = { low: scaled.low, high: end.high, point: null, qualifier: 'range' as const };
  return mention(i, end.b.end, quantity, [RANGE_OPEN, ...a.rules], { numStart: i + 1, numEnd: end.b.end });
}
