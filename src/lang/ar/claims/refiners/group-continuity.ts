// ar/subject/group-continuity — prisoners are one population through a report: a count of
// prisoners with no side named takes the side of the prisoners counted before it (or of the
// fighters counted in the same category). Runs on the whole document, after every sentence.
//
// must change:     `فر 60 من سجناء الحركة … وأعادت الشرطة اعتقال 25 سجيناً` — the 25 are the
//                  movement's.
// must not change: `أعادت الشرطة اعتقال 25 سجيناً` as the report's first count of prisoners, nor a
//                  count of prisoners that names its own side.

import { stage } from '../../../../pipeline/stage.js';
import type { ArabicDoc } from '../../document.js';

const RULE = 'ar/subject/group-continuity';

/**
 * Prisoners are one population through a report: a count of prisoners with no side named takes the
 * side of the prisoners counted before it (or of the fighters in the same event slot).
 */
export const groupContinuity = stage<ArabicDoc>(RULE, (doc) => {
  const claims = doc.claims;
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k]!;
    if (c.subject.group || c.subject.kind !== 'prisoners') continue;
    for (let p = k - 1; p >= 0; p--) {
      const prev = claims[p]!;
      if (!prev.subject.group) continue;
      if (
        prev.subject.kind === 'prisoners' ||
        (prev.category === c.category && prev.subject.kind === 'combatants')
      ) {
        claims[k] = {
          ...c,
          subject: { ...c.subject, group: prev.subject.group },
          rules: [...c.rules, RULE],
        };
        doc.trace.record(() => ({ subject: c.id, rule: RULE, start: prev.start, end: prev.end }));
        break;
      }
    }
  }
});
