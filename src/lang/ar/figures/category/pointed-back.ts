// ar/category/pointed-back — a count whose noun is only pointed back to (`منهم`، `بينهم`: ar/noun/antecedent)
// takes the category of the event word that governs it: the earlier noun tells who was counted, not
// what befell this count (`سقط عدد من الشهداء كما أصيب 37 بينهم`: wounded).
//
// must change:     `سقط عشرات القتلى وأصيب 37 منهم` (wounded); `سقط 40 جريحا، توفي 10 منهم` (killed)
// must not change: `سقط 30 قتيلا، بينهم 5 أطفال` (a part: the whole's); `نزح آلاف السكان، وعاد 300
//                  منهم` (no casualty noun); `أسفر القصف عن 40 جريحا، نقل 10 منهم` (no event of a fate)

import type { Category } from '../../../../types.js';
import { GOVERNING } from '../event/governing.js';
import type { ChosenEvent, Draft } from '../figure.js';
import { CASUALTY_NOUN } from '../figure.js';
import { ANTECEDENT } from '../noun/antecedent.js';

export const POINTED_BACK = 'ar/category/pointed-back';

/** True when the noun pointed back to yields to a casualty event right before the count. */
export function pointedBack(d: Draft, nounCat: Category | null, event: ChosenEvent): boolean {
  if (!nounCat || !CASUALTY_NOUN.has(nounCat) || !event || event.rule !== GOVERNING) return false;
  if (!d.rules.includes(ANTECEDENT)) return false;
  const own = event.hit.entry.category;
  if (!CASUALTY_NOUN.has(own) || own === nounCat || own === 'killed_or_wounded') return false;
  d.rules.push(POINTED_BACK);
  return true;
}
