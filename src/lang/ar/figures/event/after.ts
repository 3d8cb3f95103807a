// ar/event/after — an event word far after the counted noun and not agreeing with it in the plural,
// weighed by distance: the last resort after the count.
//
// must change:     `نحو 30 شخصا في الحي الشرقي للمدينة الذي شهد اشتباكات عنيفة لقي حتفه` (far,
//                  singular verb)
// must not change: `30 شخصا قتلوا` (next to it: predicate-after); `12 ألف محتجز في المخيمات التي
//                  يديرها الأكراد منذ سنوات` (a stock far from its verb)

import type { EventRule } from '../figure.js';

export const AFTER = 'ar/event/after';

export const after: EventRule = {
  id: AFTER,
  score: (p) => (p.side === 'after' && p.gap > 3 && !p.plural ? 5 + p.gap * 1.5 + p.penalty : null),
};
