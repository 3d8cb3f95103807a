// ar/stance/denied-after — a denial phrase right after a figure rejects that figure: the speaker
// calls the number itself false or inflated (`عدد القتلى … والبالغ 27 "مبالغ فيه"`، `الحديث عن
// مقتل 50 جنديا عار عن الصحة`). The phrase follows the figure with nothing between but quote marks;
// its voice (the sentence's speaker) stays the claim's speaker.
//
// must change:     «وأكد الجيش أن عدد القتلى الذي أعلنته الوزارة والبالغ 30 "مبالغ فيه"» (30
//                  denied) · «وقال المتحدث إن الحديث عن مقتل 50 جنديا عار عن الصحة» (50 denied).
// must not change: «قتل 30 شخصا في القصف، وقال الجيش إن التقارير مبالغ فيها» (the phrase is not
//                  next to the figure) · «قتل 30 شخصا وأصيب 12» (no phrase) · «نفى الجيش مقتل
//                  30 مدنيا» (denied by its verb already).

import { stage } from '../../../../pipeline/stage.js';
import { findCues } from '../../attribution/speakers.js';
import { WORD_CUE } from '../../lexicon/lexicon.js';
import type { ClaimSentence } from '../read.js';

const RULE = 'ar/stance/denied-after';

/** Marks that may stand between a figure and the phrase that judges it. */
const QUOTE = /^["'«»“”„]$/;

export const deniedAfter = stage<ClaimSentence>(RULE, (s) => {
  const { doc, view } = s;
  const claims = doc.claims;
  let cues: ReturnType<typeof findCues> | null = null;
  for (let k = s.firstClaim; k < claims.length; k++) {
    const c = claims[k]!;
    const f = s.figures[k - s.firstClaim];
    if (!f || c.stance === 'denied') continue;
    let i = Math.max(f.qEnd, f.nounEnd);
    while (i < view.toks.length && QUOTE.test(view.toks[i]!.text)) i++;
    // Most figures are followed by no cue word: the sentence's cues are read only when one is.
    if (i >= view.toks.length || (view.flags[i]! & WORD_CUE) === 0) continue;
    cues ??= findCues(view);
    const phrase = cues.find((q) => q.start === i);
    if (!phrase || phrase.entry.role !== 'deny' || phrase.entry.pos !== 'phrase') continue;
    claims[k] = { ...c, stance: 'denied', rules: [...c.rules, RULE] };
    doc.trace.record(() => ({ subject: c.id, rule: RULE, start: c.start, end: c.end }));
  }
});
