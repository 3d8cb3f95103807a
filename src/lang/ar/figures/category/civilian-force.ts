// ar/category/civilian-force — civilians are never the size of a fighting force: a count of civilians
// or families that a whole or a list of fighters lends `combatants` (ar/category/list, part-of:
// `سينقل 1500 مقاتل وستة آلاف مدني`) names no force, and no figure.
//
// must change:     `سينقل نحو 1500 مقاتل وستة آلاف مدني إلى إدلب` (the civilians: no figure)
// must not change: `سينقل نحو 1500 مقاتل إلى إدلب` (combatants); `قتل 20 مدنيا` (killed)

import type { CategoryRefiner } from '../figure.js';
import { civilianCount } from '../figure.js';
import { LIST } from './list.js';
import { PART_OF } from './part-of.js';

/** No figure for civilians or families a whole or a list of fighters lends their category. */
export const civilianForce: CategoryRefiner = ({ d }, category) => {
  if (category !== 'combatants' || !civilianCount(d)) return category;
  if (!d.rules.includes(LIST) && !d.rules.includes(PART_OF)) return category;
  d.rules.push('ar/category/civilian-force');
  return null;
};
