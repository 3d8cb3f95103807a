// ar/event/before — an event word further before the count, within its clause, weighed by distance
// (a held population's verb reaches four tokens at most).
//
// must change:     `أعلنت الوزارة مقتل أكثر من 15 من عناصر الأمن` (مقتل, past a qualifier)
// must not change: `تؤوي المدينة التي تعرضت للقصف أمس 70 ألف نازح` (a stock's verb is too far);
//                  `قتل الجندي، وأمضى 12 شخصا ليلتهم في العراء` (a comma that ends the clause)

import type { EventRule } from '../figure.js';

export const before: EventRule = {
  id: 'ar/event/before',
  score: (p) => (p.side === 'before' && p.gap > 2 && p.gap <= p.reach ? 4 + p.gap * 1.5 + p.penalty : null),
};
