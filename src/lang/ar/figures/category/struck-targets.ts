// ar/category/struck-targets — targets counted right after a strike word (`قصف 60 وكرا`، `استهدفت
// الطائرات 12 موقعا`): each was struck, so the count is of strikes on targets (unit other: the things
// hit, not the strikes made). Only nouns of places an armed side holds (class strike-target) count so.
//
// must change:     `قصف الطيران 60 وكرا للمسلحين` (strikes); `واستهداف 15 موقعا` (strikes); `ضربت
//                  القوات "أكثر من 100 هدف"` (a verb of hitting, class target-verb; a quotation mark between)
// must not change: `سيطر الجيش على 7 مواقع` (no strike word); `قصف 3 مواقع` after a comma-free gap
//                  of another clause (`قصف البلدة وأخلى 7 مواقع`: the word is not right before);
//                  `قصفت الطائرات 20 سيارة` (no target noun: vehicles are read as they were); `ضرب 5
//                  متظاهرين` (a verb of hitting before people)

import type { Category } from '../../../../types.js';
import type { SentenceView } from '../../read/sentence-view.js';
import { isA } from '../../read/sentence-view.js';
import type { Draft } from '../figure.js';

export const STRUCK_TARGETS = 'ar/category/struck-targets';

/** A verb of hitting (class target-verb) within three tokens before the figure: `ضربت القوات 40 هدفا`. */
function targetVerbBefore(view: SentenceView, qStart: number, between: (from: number) => boolean): boolean {
  for (let k = qStart - 1; k >= Math.max(0, qStart - 3); k--) {
    const tok = view.toks[k]!;
    // `ضربة` (a strike, the noun) folds like `ضربه` (hit him): the verb's forms only, no ending in ة/ه.
    if (isA(view, tok, 'target-verb') && !/[ةه]$/.test(tok.text)) return between(k + 1);
  }
  return false;
}

/** Whether the figure counts targets a strike word right before it hit. */
export function struckTargets(view: SentenceView, d: Draft): boolean {
  if (!d.noun || !view.lex.closed.hasStem('strike-target', d.noun.entry.lemma)) return false;
  const qStart = d.raw.qStart;
  // The strike word's object (`قصف 60 وكرا`), or its subject between (`استهدفت الطائرات 12 موقعا`).
  // A quotation mark may open the quoted figure (`ضربت "أكثر من 100 هدف"`).
  const between = (from: number): boolean =>
    view.toks
      .slice(from, qStart)
      .every((t) => (t.kind === 'word' && !/^[وف]/.test(t.text)) || t.text === '"');
  const struck =
    view.events.some(
      (e) => e.entry.category === 'strikes' && e.end <= qStart && qStart - e.end <= 3 && between(e.end),
    ) || targetVerbBefore(view, qStart, between);
  if (struck) d.rules.push(STRUCK_TARGETS);
  return struck;
}

/**
 * `strikes` for targets struck that no event word categorised: the verb of hitting before them
 * (`ضربت القوات 40 هدفا`) is no event of the lexicon. Null for any other figure.
 */
export function targetsStruck(d: Draft): Category | null {
  return d.rules.includes(STRUCK_TARGETS) ? 'strikes' : null;
}
