// ar/noun/count-head — a count with no noun after it takes the noun of people right after a count
// head before it (`عدد`، `حصيلة`: closed class count-head).
//
// must change:     `وصل عدد الجرحى إلى 40` (الجرحى counted)
// must not change: `وصل عدد الشاحنات إلى 40` (no people: no noun); `قتل 40 شخصا` (a noun follows)

import type { Draft } from '../figure.js';
import type { SentenceView } from '../../read/sentence-view.js';
import { PERSON_UNITS, nounOf } from '../../read/sentence-view.js';

export const COUNT_HEAD = 'ar/noun/count-head';

/** Whether the count head at `k` names people right after it; the draft takes their noun. */
export function countHeadNoun(view: SentenceView, k: number, d: Draft): boolean {
  const direct = nounOf(view, k + 1);
  if (!direct || !PERSON_UNITS.has(direct.entry.unit)) return false;
  d.noun = direct;
  d.anchor = k + 1;
  d.rules.push(COUNT_HEAD);
  return true;
}
