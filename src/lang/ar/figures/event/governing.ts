// ar/event/governing — an event word right before the count governs it (at most two tokens between).
//
// must change:     `أسفر القصف عن مقتل 9 مدنيين` (مقتل governs 9); `اعتقلت الشرطة 4 أشخاص`
// must not change: `اعتقلت الشرطة بعد مداهمة الحي 4 أشخاص` (too far: event/before weighs it);
//                  `3 جنود قتلوا` (the event after the noun: predicate-after)

import type { EventRule } from '../figure.js';

export const GOVERNING = 'ar/event/governing';

export const governing: EventRule = {
  id: GOVERNING,
  score: (p) => (p.side === 'before' && p.gap <= 2 ? p.gap + p.penalty : null),
};
