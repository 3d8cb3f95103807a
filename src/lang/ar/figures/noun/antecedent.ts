// ar/noun/antecedent — a count with no noun after it, but a pronoun of the partitive (`منهم`،
// `منها`), counts the plural named before it in the sentence.
//
// must change:     `نزح آلاف السكان، وعاد 300 منهم` (السكان); `أطلقوا 9 قذائف سقطت 4 منها قرب
//                  المدرسة` (strikes, back to القذائف)
// must not change: `زرعوا 20 لغما أزيل 5 منها` when the plural is no person, family or strike (no
//                  figure); `قتل 3 منهم` with no plural of people before it (no noun)

import type { Draft } from '../figure.js';
import type { NounHit } from '../../lexicon/lexicon.js';
import type { SentenceView } from '../../read/sentence-view.js';
import { isA, nounOf } from '../../read/sentence-view.js';
import { antecedent } from '../nearby.js';

export const ANTECEDENT = 'ar/noun/antecedent';

/**
 * `أبرز ثلاثة منها`: منها and بينها point back to a plural of things (people are منهم): a count of
 * strikes or families is one (`7 صواريخ … 3 منها`), of anything else none. False when the figure
 * counts nothing; the draft takes the noun of strikes or families.
 */
export function thingsPointedBack(view: SentenceView, d: Draft): boolean {
  const { raw } = d;
  const thing =
    !d.noun && isA(view, view.toks[raw.numEnd], 'thing-partitive') ? thingAntecedent(view, raw.qStart) : null;
  if (!thing) return true;
  const unit = thing.noun.entry.unit;
  if (unit !== 'person' && unit !== 'family' && unit !== 'strike') return false;
  if (unit !== 'person') {
    d.noun = thing.noun;
    d.nounEnd = raw.numEnd + 1;
    d.anchor = thing.index;
    d.rules.push(ANTECEDENT);
  }
  return true;
}

/** `قتل 3 منهم`: a pronoun part after the count names the plural of people before it. */
export function peoplePointedBack(view: SentenceView, d: Draft): void {
  const raw = d.raw;
  if (!isA(view, view.toks[raw.numEnd], 'partitive')) return;
  const a = antecedent(view, raw.qStart);
  if (!a) return;
  d.noun = a.noun;
  d.nounEnd = raw.numEnd + 1;
  d.anchor = a.index;
  d.rules.push(ANTECEDENT);
}

/**
 * The plural `منها`/`بينها` points back to: the nearest plural noun before the figure (`أطلق 7
 * صواريخ … 3 منها`), or null. A strike or family noun is counted; things of other units are not.
 */
function thingAntecedent(view: SentenceView, before: number): { noun: NounHit; index: number } | null {
  for (let k = before - 1; k >= 0 && before - k <= 25; k--) {
    const n = nounOf(view, k);
    if (n && n.number !== 'sg') return { noun: n, index: k };
  }
  return null;
}
