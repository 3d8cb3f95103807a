// ar/event/predicate-after — the event word after the counted noun is its predicate: next to it (at
// most three tokens), or further on as a verb agreeing with the count in the plural.
//
// must change:     `7 أشخاص أصيبوا بجروح` (أصيبوا); `20 من المسلحين الذين هاجموا القرية قتلوا`
// must not change: `7 أشخاص كانوا محتجزين` (a stock told in the past); `5 آلاف نازح يقيمون في خيام
//                  نصبت قرب المعبر الذي أغلق` (a stock's verb far off)

import type { EventRule } from '../figure.js';

export const PREDICATE_AFTER = 'ar/event/predicate-after';

export const predicateAfter: EventRule = {
  id: PREDICATE_AFTER,
  score: (p) => {
    if (p.side !== 'after') return null;
    if (p.gap <= 3) return 1 + p.gap + p.penalty;
    return p.plural ? 3 + p.gap * 0.4 + p.penalty : null;
  },
};
