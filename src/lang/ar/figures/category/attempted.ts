// ar/category/attempted — an event noun governed by a noun of attempting (closed class attempt-noun:
// `محاولة`) or by a verb of attempting a few words before it (attempt-verb: `حاول`, its subject
// between) tells what was tried, not what befell those counted: the figure it governs is no claim.
//
// must change:     `أدانت الوزارة محاولة اغتيال شخصين` · `أحبطت الشرطة محاولة خطف 4 أطفال` ·
//                  `فشلت محاولة لاغتيال 3 مسؤولين` · `حاول عملاء الاستخبارات اغتيال 3 من قادة
//                  الحركة` (no claim)
// must not change: `نجا الوزير من محاولة اغتيال قتل فيها 3 من حراسه` (the verb after it: killed) ·
//                  `اغتيال 3 مسؤولين` (no attempt) · `حاول الجيش التقدم فقتل 5 من جنوده` (a clause
//                  of its own) · `نجا المحافظ من محاولة اغتيال في عدن أسفرت عن
//                  3 قتلى` (a casualty noun of its own, which the attempt's noun does not govern)

import { anyOfClass, isA } from '../../read/sentence-view.js';
import { GOVERNING } from '../event/governing.js';
import type { CategoryRefiner } from '../figure.js';

export const ATTEMPTED = 'ar/category/attempted';

/** Drops a figure whose event noun an attempt noun governs, unless its own casualty noun tells its fate. */
export const attempted: CategoryRefiner = ({ view, event, d, nounCat }, category) => {
  if (!event || event.hit.entry.pos !== 'noun' || event.hit.end > d.raw.qStart) return category;
  // `محاولة اغتيال … أسفرت عن 3 قتلى`: a casualty noun of its own says what befell those counted.
  if (nounCat && event.rule !== GOVERNING) return category;
  const start = event.hit.start;
  if (isA(view, view.toks[start - 1], 'attempt-noun')) return null;
  // `حاول الجيش التقدم فقتل 5`: a word glued to و or ف opens a clause of its own.
  const text = view.toks[start]?.text ?? '';
  if (/^[وف]/.test(text) && !event.hit.entry.form.startsWith(text[0]!)) return category;
  return anyOfClass(view, start - VERB_REACH, start, 'attempt-verb') ? null : category;
};

/** Words a verb of attempting may stand before the event noun it governs (`حاول عملاء الموساد اغتيال`). */
const VERB_REACH = 4;
