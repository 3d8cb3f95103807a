// Years: `عام 2011`, `العام 2018`, `سنة 2015`, `عامي 2014 و2015` (the first year), `مطلع 2019`,
// `أواخر عام 2017`, `2011م`. Precision year.
//
// Must match: عام 2011 · في العام 2018 · سنة 2015م · منذ مطلع 2019 · أواخر عام 2017
// Must not: عام (alone) · القرار 2254 (a resolution number) · 2011 شخصا · عام 3000

import { LBC, RB, alternation, formsOf, lazy } from '../patterns.js';
import type { DateExpression, DateExtractor } from '../types.js';

const PATTERN = lazy(() => {
  const part = alternation(formsOf('month-part'));
  return new RegExp(
    `${LBC}(?:(?:[ب]?(?:${part})\\s+(?:(?:ال)?(?:عام|سنه)\\s+)?)|(?:[بل]?(?:ال)?(?:عام|عامي|سنه)\\s+))(?<year>\\d{4})(?:\\s*م(?![\\p{L}\\p{M}\\p{N}]))?${RB}`,
    'gu',
  );
});

export const year: DateExtractor = {
  id: 'ar/date/year',
  kind: 'date',
  extract(text) {
    const out: DateExpression[] = [];
    for (const m of text.matchAll(PATTERN())) {
      const y = Number(m.groups?.['year']);
      if (!(y >= 1900 && y <= 2100)) continue;
      out.push({
        kind: 'date',
        start: m.index,
        end: m.index + m[0].length,
        anchor: { type: 'year', year: y },
        rules: [this.id],
      });
    }
    return out;
  },
};
