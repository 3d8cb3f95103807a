// ar/category/freed-by-force — prisoners an armed group frees while it fights their custodian
// escaped custody by force (CLAIMS: escaped), and are that group's own.
//
// must change:     `قال التنظيم في بيان إن مقاتليه قتلوا 12 جندياً وأطلقوا سراح 40 سجيناً` —
//                  the 40 escaped, and are the group's.
// must not change: `أفرجت السلطات عن 40 سجيناً` (no armed group speaks), nor
//                  `قال التنظيم إنه أطلق سراح 40 رهينة` with no one of another side killed.

import { stage } from '../../../../pipeline/stage.js';
import type { ClaimSentence } from '../read.js';

const RULE = 'ar/category/freed-by-force';

export const freedByForce = stage<ClaimSentence>(RULE, (s) => {
  const { doc } = s;
  const claims = doc.claims;
  for (let k = s.firstClaim; k < claims.length; k++) {
    const c = claims[k]!;
    if (c.category !== 'released' || c.subject.kind !== 'prisoners') continue;
    const speaker = c.attribution[c.attribution.length - 1];
    const body = speaker?.entity ? doc.lexicon.entityById.get(speaker.entity) : undefined;
    if (!body || body.type !== 'armed_group') continue;
    const fighting = claims
      .slice(s.firstClaim)
      .find(
        (o) =>
          o !== c && o.category === 'killed' && o.subject.group !== null && o.subject.group !== body.name,
      );
    if (!fighting) continue;
    claims[k] = {
      ...c,
      category: 'escaped',
      subject: { ...c.subject, group: c.subject.group ?? body.name },
      rules: [...c.rules, RULE],
    };
    s.doc.trace.record(() => ({ subject: c.id, rule: RULE, start: fighting.start, end: fighting.end }));
  }
});
