// ar/category/housed-population — a verb of housing (events.tsv note `houses`: `يستضيف`، `يضم`،
// `يعيش`، `يقطن`) counts a standing population `held` only where a camp, a prison or another
// facility is named beside it (CLAIMS: held is detainees in custody, camp residents). Elsewhere the
// refugees or displaced people a country or a town hosts are displaced people, fighters a force's
// size (`combatants`), and anyone else it counts is a town's or a country's people or a body's
// members: `other`.
//
// must change:     `تستضيف تركيا أكثر من 3.5 مليون لاجئ سوري` (displaced); `وتقول الحكومة اللبنانية
//                  إنها تستضيف 1.5 مليون لاجئ` (displaced); `ويعيش نحو 8 ملايين نسمة في اليمن`
//                  (other); `المنظمة التي تضم 192 عضوا` (other); `قافلة تضم مئات الجنود` (combatants)
// must not change: `يؤوي مخيم الزعتري في الأردن 80 ألف لاجئ` (held: a camp's residents); `ويضم
//                  المخيم نحو 5 آلاف نازح` (held); `تحتجز قسد 12 ألف مقاتل` (held: no verb of housing)

import type { SentenceView } from '../../read/sentence-view.js';
import { tokenReadings } from '../../read/morphology.js';
import type { CategoryRefiner } from '../figure.js';

export const HOUSED_POPULATION = 'ar/category/housed-population';

/** `displaced` or `other` for people a verb of housing counts with no facility named beside it. */
export const housedPopulation: CategoryRefiner = ({ view, d, event, nounCat }, category) => {
  if (category !== 'held' || !event?.hit.entry.notes.includes('houses')) return category;
  if (facilityNamed(view, Math.max(0, event.hit.start - 6), d.nounEnd + 4)) return category;
  d.rules.push(HOUSED_POPULATION);
  if (nounCat === 'displaced') return 'displaced';
  // `قافلة تضم مئات الجنود`، `يوجد 7 آلاف مقاتل من الحزب في سوريا`: a force's size.
  return d.noun?.entry.armed && d.kind === 'combatants' ? 'combatants' : 'other';
};

/**
 * Whether a camp, a prison or another facility (place-heads.tsv type facility) is named from `from`
 * to `to`: before the verb (`مخيم الزعتري … يؤوي`), as its subject or after the count (`165 ألف
 * لاجئ في المخيمات`).
 */
function facilityNamed(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, view.toks.length); k++) {
    const t = view.toks[k]!;
    if (t.kind !== 'word') continue;
    if (tokenReadings(t).some((r) => isFacility(view, r.stem))) return true;
  }
  return false;
}

/** A facility's head word, also in the sound plural (`المخيمات`، `المعتقلات`). */
function isFacility(view: SentenceView, stem: string): boolean {
  const heads = view.lex.placeHeads;
  return [stem, stem.replace(/ات$/, '')].some((s) => heads.get(s)?.type === 'facility');
}
