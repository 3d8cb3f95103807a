// ar/event/governing — an event word right before the count governs it (at most two tokens between).
//
// must change:     `أسفر القصف عن مقتل 9 مدنيين` (مقتل governs 9); `اعتقلت الشرطة 4 أشخاص`
// must not change: `مقتل قائد الكتيبة في هجوم استهدف 9 مواقع` (too far, another rule weighs it);
//                  `قتل 3 جنود` read after the noun (`3 جنود قتلوا`: predicate-after)

import type { EventRule } from '../figure.js';

export const GOVERNING = 'ar/event/governing';

export const governing: EventRule = {
  id: GOVERNING,
  score: (p) => (p.side === 'before' && p.gap <= 2 ? p.gap + p.penalty : null),
};
