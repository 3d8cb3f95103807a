// ar/category/civilian-crowd — civilians a verb of attack or storming has as its subject (settlers,
// protesters, a crowd) are no fighting force: the figure counts a crowd that did something, `other`.
//
// must change:     `اقتحم مئات المستوطنين باحات المسجد` (other, not combatants); `اقتحم عشرات
//                  المتظاهرين مبنى البرلمان` (other)
// must not change: `اقتحم 20 مسلحا القرية` (combatants); `قتل 5 مستوطنين` (killed)

import type { CategoryRefiner } from '../figure.js';
import { civilianCount } from '../figure.js';

/** `other` for civilians counted as the doers of an attack or a storming. */
export const civilianCrowd: CategoryRefiner = ({ d, event }, category) => {
  if (category !== 'combatants' || !event || !civilianCount(d)) return category;
  d.rules.push('ar/category/civilian-crowd');
  return 'other';
};
