// ar/category/illness — people an illness wounds or kills are no casualties of violence: an illness
// named beside the count or the event, or a verb of affliction in the present (closed class
// afflicts-verb, as written) with no other event in the sentence, or an illness anywhere in a
// sentence that names no violence (as hazards.tsv's hazards).
//
// must change:     `توفي 9 أشخاص بالكوليرا` (other); `وباء يصيب 300 طفل كل عام` (other); `تفشي مرض
//                  الكوليرا الذي يعتقد أنه تسبب في موت 2290 شخصا` (other)
// must not change: `أصيب 9 أشخاص بجروح في القصف`؛ `قتل 9 أشخاص بنيران القناصة`؛ `قتل 5 أشخاص في
//                  قصف مستشفى لمرضى السرطان` (violence beside the illness)

import type { SentenceView } from '../../read/sentence-view.js';
import { isA, isComma } from '../../read/sentence-view.js';
import { tokenReadings } from '../../read/morphology.js';
import type { CategoryRefiner, ChosenEvent } from '../figure.js';
import { namesViolence } from './hazard.js';

/** `other` for casualties of an illness. */
export const illness: CategoryRefiner = ({ view, event, d }, category) => {
  if (category !== 'wounded' && category !== 'killed' && category !== 'killed_or_wounded') return category;
  if (!byIllness(view, event, d.nounEnd)) return category;
  d.rules.push('ar/category/illness');
  return 'other';
};

function illnessIn(view: SentenceView, from: number, to: number): boolean {
  const forms = view.lex.illnesses;
  for (let k = Math.max(0, from); k < Math.min(view.toks.length, to); k++) {
    const t = view.toks[k]!;
    if (t.kind === 'word' && tokenReadings(t).some((r) => forms.has(r.stem))) return true;
  }
  return false;
}

/**
 * People an illness affects or kills are no casualties of violence: `إصابة 200 شخص بالكوليرا`
 * (the illness right after the count), `مرض نادر … يصيب 6500 شخص` (an illness that afflicts, in the
 * present, is a standing fact). Must stay: `أصيب 5 بجروح`، `إصابة 12 مدنيا برصاص القناصة`.
 */
function byIllness(view: SentenceView, event: ChosenEvent, nounEnd: number): boolean {
  if (illnessIn(view, nounEnd, nounEnd + 4)) return true;
  if (!event) return false;
  // يصيب / تصيب: `afflicts`, said of a disease; the news of an attack says أصاب or أُصيب.
  if (
    event.hit.entry.category === 'wounded' &&
    isA(view, view.toks[event.hit.start], 'afflicts-verb') &&
    view.events.every((e) => e === event.hit || e.entry.category === 'other')
  )
    return true;
  if (illnessIn(view, event.hit.end, event.hit.end + 2)) return true;
  // `مرض … يصيب`: the illness is the verb's subject, before it.
  if (event.hit.entry.pos === 'verb' && illnessIn(view, event.hit.start - 8, event.hit.start)) return true;
  // `تفشي مرض الكوليرا الذي تسبب في موت 2290 شخصا`: further away, in a sentence of no violence,
  // before the count or in its clause after it (not `وسقط آلاف الضحايا ويعاني الملايين من المرض`).
  return illnessIn(view, 0, clauseEnd(view, nounEnd)) && !namesViolence(view);
}

/** Where the count's clause ends after `from`: a comma, or a word glued to و that names no illness. */
function clauseEnd(view: SentenceView, from: number): number {
  for (let k = from; k < view.toks.length; k++) {
    const t = view.toks[k]!;
    if (isComma(t)) return k;
    if (t.kind === 'word' && /^و/.test(t.text) && !illnessIn(view, k, k + 1)) return k;
  }
  return view.toks.length;
}
