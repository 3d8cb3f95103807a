// ar/subject/group-from-parts — a breakdown's whole takes the side its parts name.
//
// must change:     `قتل 25 شخصاً بينهم 15 من عناصر الجيش و10 مدنيين` — the 25 are counted with
//                  the army's side, named by the part `15 من عناصر الجيش`.
// must not change: `قتل 12 شخصاً بينهم 7 مدنيين` — civilians lend no side to the whole;
//                  a whole that names its own side keeps it.

import { stage } from '../../../../pipeline/stage.js';
import type { ClaimSentence } from '../read.js';

const RULE = 'ar/subject/group-from-parts';

export const groupFromParts = stage<ClaimSentence>(RULE, (s) => {
  const claims = s.doc.claims;
  s.figures.forEach((f, k) => {
    if (f.partOf === null) return;
    const whole = claims[s.firstClaim + f.partOf];
    const part = claims[s.firstClaim + k];
    if (!whole || !part) return;
    if (!whole.subject.group && part.subject.group && part.subject.kind !== 'civilians') {
      claims[s.firstClaim + f.partOf] = {
        ...whole,
        subject: { ...whole.subject, group: part.subject.group },
        rules: [...whole.rules, RULE],
      };
      s.doc.trace.record(() => ({ subject: whole.id, rule: RULE, start: part.start, end: part.end }));
    }
  });
});
