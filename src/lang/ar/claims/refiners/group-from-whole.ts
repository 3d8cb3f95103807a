// ar/subject/group-from-whole — parts with no side of their own take the whole's.
//
// must change:     `قتل 20 من مقاتلي الحركة بينهم 4 قادة` — the 4 commanders are the movement's.
// must not change: `قتل 20 من مقاتلي الحركة بينهم 3 أطفال` — civilians (and families) keep no
//                  side; a part that names its own side keeps it.

import { stage } from '../../../../pipeline/stage.js';
import type { ClaimSentence } from '../read.js';

const RULE = 'ar/subject/group-from-whole';

export const groupFromWhole = stage<ClaimSentence>(RULE, (s) => {
  const claims = s.doc.claims;
  s.figures.forEach((f, k) => {
    if (f.partOf === null) return;
    const whole = claims[s.firstClaim + f.partOf];
    const part = claims[s.firstClaim + k];
    if (
      !whole ||
      !part ||
      part.subject.group ||
      part.subject.kind === 'civilians' ||
      part.subject.kind === 'families'
    )
      return;
    if (whole.subject.group) {
      claims[s.firstClaim + k] = {
        ...part,
        subject: { ...part.subject, group: whole.subject.group },
        rules: [...part.rules, RULE],
      };
      s.doc.trace.record(() => ({ subject: part.id, rule: RULE, start: whole.start, end: whole.end }));
    }
  });
});
