// ar/event/before — an event word further before the count, within its clause, weighed by distance
// (a held population's verb reaches four tokens at most).
//
// must change:     `اعتقلت الشرطة بعد مداهمة الحي 4 أشخاص` (اعتقلت, four tokens off)
// must not change: `اعتقلت الشرطة 4 أشخاص` (two tokens off: governing); `تؤوي المدينة التي تعرضت
//                  للقصف أمس 70 ألف نازح` (a stock's verb is too far)

import type { EventRule } from '../figure.js';

export const before: EventRule = {
  id: 'ar/event/before',
  score: (p) => (p.side === 'before' && p.gap > 2 && p.gap <= p.reach ? 4 + p.gap * 1.5 + p.penalty : null),
};
