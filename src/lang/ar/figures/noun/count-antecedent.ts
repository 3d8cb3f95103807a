// ar/noun/count-antecedent — a count head with a pronoun (`عددهم`) and no people after it: the count
// takes the plural of people named before the head.
//
// must change:     `اللاجئون في المخيم بلغ عددهم 5000` (اللاجئون counted)
// must not change: `تجاوز عدد المحتجزين 2000` (count-head: the noun follows the head);
//                  `تجاوز عددها 2000` with no plural of people before it

import type { Draft } from '../figure.js';
import type { SentenceView } from '../../read/sentence-view.js';
import { antecedent } from '../nearby.js';

/** A count head at `k` with no people after it: the plural of people before it names the noun. */
export function countAntecedentNoun(view: SentenceView, k: number, d: Draft): void {
  const a = antecedent(view, k);
  if (!a) return;
  d.noun = a.noun;
  d.anchor = a.index;
  d.rules.push('ar/noun/count-antecedent');
}
