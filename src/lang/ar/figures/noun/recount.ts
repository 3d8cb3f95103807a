// ar/noun/recount — a vague amount counted again right after its noun (`تجاوز عددهم 15`، `بلغ عددهم
// 9`، `قدر عددهم بـ12`) is that number: one figure, the vague amount's noun, kind, category and side
// with the number and its qualifier.
//
// must change:     `وقتل عدد من المدنيين تجاوز عددهم 15 مدنيا في القصف` (more than 15 civilians
//                  killed); `وقتل عشرات المدنيين بلغ عددهم 40` (exactly 40)
// must not change: `وقتل عدد من المدنيين في القصف` (no number after it); `قتل عشرات المدنيين، وبلغ
//                  عدد الجرحى 40` (another count, not of them); `قتل عدد من المدنيين وأصيب 15` (no
//                  count pronoun)

import type { SentenceView } from '../../read/sentence-view.js';
import { isA } from '../../read/sentence-view.js';
import type { QuantityMention } from '../../quantities/sentence.js';
import type { Figure } from '../figure.js';

export const RECOUNT = 'ar/noun/recount';

/** Tokens after a vague count within which `فاق عددهم 20` gives its number. */
const RECOUNT_REACH = 6;

/**
 * The token of the number a count pronoun gives within the clause after `from` (`فاق عددهم 20`،
 * `بلغ عددهم 12`), or -1. A comma is crossed only when `comma` says so (`عدد من النازحين، قدر
 * عددهم بـ12`).
 */
export function recountNumber(view: SentenceView, from: number, comma = false): number {
  for (let k = from; k < Math.min(view.toks.length, from + RECOUNT_REACH); k++) {
    const t = view.toks[k]!;
    if (t.kind === 'punct' && t.text !== '"' && !(comma && (t.text === '،' || t.text === ','))) return -1;
    if (!isA(view, t, 'count-pronoun')) continue;
    for (let n = k + 1; n < Math.min(view.toks.length, k + 4); n++)
      if (view.toks[n]!.kind === 'number') return n;
    return -1;
  }
  return -1;
}

/** The quantity that counts a vague figure's people again, among the quantities after it, or null. */
export function recountOf(
  view: SentenceView,
  figure: Figure,
  raws: readonly QuantityMention[],
  next: number,
): QuantityMention | null {
  if (figure.quantity.qualifier !== 'vague') return null;
  const at = recountNumber(view, figure.nounEnd, true);
  if (at < 0) return null;
  return raws.slice(next).find((r) => r.numStart <= at && at < r.numEnd && r.quantity.point !== null) ?? null;
}

/** The vague figure with the number that counts it again: its quantity, reaching to `end`. */
export function recounted(figure: Figure, again: QuantityMention, end: number): Figure {
  return {
    ...figure,
    qEnd: again.qEnd,
    nounEnd: Math.max(end, again.qEnd),
    quantity: again.quantity,
    rules: [...figure.rules, ...again.rules, RECOUNT],
  };
}
