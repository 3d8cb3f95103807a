// ar/category/attempted — an event noun governed by a noun of attempting (closed class attempt-noun:
// `محاولة`) tells what was tried, not what befell those counted: the figure it governs is no claim.
//
// must change:     `أدانت الوزارة محاولة اغتيال شخصين` · `أحبطت الشرطة محاولة خطف 4 أطفال` ·
//                  `فشلت محاولة لاغتيال 3 مسؤولين` (no claim)
// must not change: `نجا الوزير من محاولة اغتيال قتل فيها 3 من حراسه` (the verb after it: killed) ·
//                  `اغتيال 3 مسؤولين` (no attempt) · `نجا المحافظ من محاولة اغتيال في عدن أسفرت عن
//                  3 قتلى` (a casualty noun of its own, which the attempt's noun does not govern)

import { isA } from '../../read/sentence-view.js';
import { GOVERNING } from '../event/governing.js';
import type { CategoryRefiner } from '../figure.js';

export const ATTEMPTED = 'ar/category/attempted';

/** Drops a figure whose event noun an attempt noun governs, unless its own casualty noun tells its fate. */
export const attempted: CategoryRefiner = ({ view, event, d, nounCat }, category) => {
  if (!event || event.hit.entry.pos !== 'noun' || event.hit.end > d.raw.qStart) return category;
  // `محاولة اغتيال … أسفرت عن 3 قتلى`: a casualty noun of its own says what befell those counted.
  if (nounCat && event.rule !== GOVERNING) return category;
  return isA(view, view.toks[event.hit.start - 1], 'attempt-noun') ? null : category;
};
