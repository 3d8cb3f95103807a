// ar/category/hosted-refugees — refugees or displaced people a country hosts (a verb of housing,
// events.tsv note `houses`, with a country or its government as its subject) are displaced people of
// that country's count, no population held: `held` stays for people in custody and a camp's residents.
//
// must change:     `تستضيف تركيا أكثر من 3.5 مليون لاجئ سوري` (displaced); `وتقول الحكومة اللبنانية
//                  إنها تستضيف 1.5 مليون لاجئ` (displaced)
// must not change: `يؤوي مخيم الزعتري في الأردن 80 ألف لاجئ` (held: a camp's residents); `تحتجز قسد
//                  12 ألف مقاتل` (held); `يقيم فيه 300 لاجئ` (held)

import type { GazetteerEntry } from '../../lexicon/lexicon.js';
import type { SentenceView } from '../../read/sentence-view.js';
import { tokenReadings } from '../../read/morphology.js';
import type { CategoryRefiner } from '../figure.js';

export const HOSTED_REFUGEES = 'ar/category/hosted-refugees';

/** `displaced` for refugees a country hosts. */
export const hostedRefugees: CategoryRefiner = ({ view, d, event, nounCat }, category) => {
  if (category !== 'held' || nounCat !== 'displaced' || !event?.hit.entry.notes.includes('houses'))
    return category;
  if (!countryHosts(view, event.hit.start, d.raw.qStart)) return category;
  d.rules.push(HOSTED_REFUGEES);
  return 'displaced';
};

/** A country (no parent place) or a government. */
function isCountry(entry: GazetteerEntry): boolean {
  return entry.type === 'government' || (entry.type === 'location' && !entry.parent && !!entry.country);
}

/**
 * Whether a country or its government is the host: named just before the verb (`لبنان يستضيف`،
 * `الحكومة اللبنانية إنها تستضيف`) or between it and the figure (`تستضيف تركيا`), with no camp or
 * other facility named there (`مخيم الزعتري في الأردن`).
 */
function countryHosts(view: SentenceView, verb: number, figure: number): boolean {
  const from = Math.max(0, verb - 4);
  for (let k = from; k < figure; k++) {
    const t = view.toks[k]!;
    if (t.kind !== 'word') continue;
    if (tokenReadings(t).some((r) => view.lex.placeHeads.get(r.stem)?.type === 'facility')) return false;
  }
  return view.entities.some((e) => e.end > from && e.start < figure && isCountry(e.entry));
}
