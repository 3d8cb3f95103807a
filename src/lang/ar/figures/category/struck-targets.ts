// ar/category/struck-targets — targets counted right after a strike word (`قصف 60 وكرا`، `استهدفت
// الطائرات 12 موقعا`): each was struck, so the count is of strikes on targets (unit other: the things
// hit, not the strikes made). Only nouns of places an armed side holds (class strike-target) count so.
//
// must change:     `قصف الطيران 60 وكرا للمسلحين` (strikes); `واستهداف 15 موقعا` (strikes); `قصفت
//                  دبابات الجيش موقعين` (three words between); `قصف "أكثر من 200 هدف"` (a quotation
//                  mark between)
// must not change: `سيطر الجيش على 7 مواقع` (no strike word); `قصف 3 مواقع` after a comma-free gap
//                  of another clause (`قصف البلدة وأخلى 7 مواقع`: the word is not right before);
//                  `قصفت الطائرات 20 سيارة` (no target noun: vehicles are read as they were)

import type { SentenceView } from '../../read/sentence-view.js';
import type { Draft } from '../figure.js';

export const STRUCK_TARGETS = 'ar/category/struck-targets';

/** Whether the figure counts targets a strike word right before it hit. */
export function struckTargets(view: SentenceView, d: Draft): boolean {
  if (!d.noun || !view.lex.closed.hasStem('strike-target', d.noun.entry.lemma)) return false;
  const qStart = d.raw.qStart;
  // The strike word's object (`قصف 60 وكرا`), or its subject between (`استهدفت الطائرات 12 موقعا`);
  // a quotation mark may open the quoted figure (`قصف "أكثر من 200 هدف"`).
  const between = (from: number): boolean =>
    view.toks
      .slice(from, qStart)
      .every((t) => (t.kind === 'word' && !/^[وف]/.test(t.text)) || t.text === '"');
  const struck = view.events.some(
    (e) => e.entry.category === 'strikes' && e.end <= qStart && qStart - e.end <= 3 && between(e.end),
  );
  if (struck) d.rules.push(STRUCK_TARGETS);
  return struck;
}
