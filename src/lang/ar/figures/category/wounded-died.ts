// ar/category/wounded-died — wounded counted right under a word of death, the noun or verb just
// before the figure or the verb just after its noun (`وفاة 4 مصابين`، `توفي 4 جرحى`، `4 مصابين
// توفوا`), died of their wounds: they are killed.
//
// must change:     `بعد وفاة أربعة مصابين متأثرين بجروحهم` (killed) · `أربعة مصابين توفوا` (killed)
// must not change: `مقتل 3 أشخاص و20 جريحا` (the death word governs the first figure) · `31 شهيدا
//   وأكثر من 100 إصابة`، `جثامين الشهداء وعشرات المصابين` (a figure after و: a new member) · `سقوط
//   نحو 30 جريحا` (a word of falling takes its sense from the noun) · `إصابة 4
//   جرحى` (no death)

import type { CategoryRefiner } from '../figure.js';

export const WOUNDED_DIED = 'ar/category/wounded-died';

/** `killed` for wounded whose figure a word of death governs from right before or right after. */
export const woundedDied: CategoryRefiner = ({ view, event, d, nounCat }, category) => {
  if (category !== 'wounded' || nounCat !== 'wounded' || !event) return category;
  // A word of death that says so alone: not one that takes its sense from its noun (`سقوط 30 جريحا`:
  // note falls), yields to a toll, or is a ruling or a loss.
  if (event.hit.entry.category !== 'killed' || event.hit.entry.notes.length > 0) return category;
  // `إلى 31 شهيدا وأكثر من 100 إصابة`: a figure after و is a new member, not the death word's object.
  if (/^[وف]/.test(view.toks[d.raw.qStart]?.text ?? '')) return category;
  const governs =
    event.hit.end === d.raw.qStart || (event.hit.entry.pos === 'verb' && event.hit.start === d.nounEnd);
  if (!governs) return category;
  d.rules.push(WOUNDED_DIED);
  return 'killed';
};
