// ar/category/fell-victim — a count of casualties of both fates after a verb of falling victim that
// tells of death (`ذهب ضحية`، `راح ضحية`: closed class dies-victim) counts the dead.
//
// must change:     `ذهب 8 مدنيين ضحية القصف` (killed)
// must not change: `وقع 8 عمال ضحية الاحتيال` (a verb of falling victim that tells of no death)

import type { SentenceView } from '../../read/sentence-view.js';
import { isA } from '../../read/sentence-view.js';
import type { CategoryRefiner } from '../figure.js';

/** `killed` for victims of a verb of falling victim that tells of death. */
export const fellVictim: CategoryRefiner = ({ view, event, d }, category) => {
  if (category !== 'killed_or_wounded' || !event || !diesVictim(view, event.hit.start)) return category;
  d.rules.push('ar/category/fell-victim');
  return 'killed';
};

/**
 * `ذهب 12 مدنيا ضحية القصف`، `سقط ضحايا الغارة`: a victim noun after a verb of falling victim that
 * tells of death (within four words, its subject between). Must not: `وقع 5 أشخاص ضحية هجوم`.
 */
function diesVictim(view: SentenceView, at: number): boolean {
  if (!isA(view, view.toks[at], 'victim-noun')) return false;
  for (let v = at - 1; v >= Math.max(0, at - 4); v--) {
    const t = view.toks[v]!;
    if (t.kind === 'punct' && t.text !== '"') return false;
    if (isA(view, t, 'dies-victim')) return true;
  }
  return false;
}
