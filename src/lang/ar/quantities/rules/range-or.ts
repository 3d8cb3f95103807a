// ar/quantity/range-or: two figures joined by `أو` (class alternative), the second larger but not
// tenfold: a second figure offered for the same count.
//
// Must match: ثلاثة أو أربعة · 20 أو 30 جريحا · 5 أو 6 ملايين دولار (the scale and the currency said
//   once cover both: 5–6 million)
// Must not match: 3 أو 40 (tenfold: two counts) · 4 أو 5 ثوان (a duration: the date reader's) · خمسة
//   أو ثلاثة (no rise)

import { rangeQuantity, upperBound } from '../shared.js';
import type { RangeBound } from './range-to.js';

export const RANGE_OR = 'ar/quantity/range-or';

export const rangeOr: RangeBound = {
  id: RANGE_OR,
  bound: (view, _i, { num, toks }) => upperBound(view.lex, toks, num.end, 'alternative'),
  // Compared once a scale on the second covers the first (`5 أو 6 ملايين`).
  refuses: (_view, { num }, b) => {
    const r = rangeQuantity(num, b);
    return !r || r.high! > r.low! * 10;
  },
};
