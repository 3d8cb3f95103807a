// ar/category/armed-default — with no category from the noun, the event or a whole, a count of armed
// people (`مقاتل`، `عنصر`، `جندي`) is a force's size: combatants.
//
// must change:     `ينتشر في المدينة 300 مقاتل` (combatants)
// must not change: `شوهد عنصران في زي الشرطة` (a dual names two people, not a force's size);
//                  `ينتشر في المدينة 300 مدني` (no armed noun: no figure)

import type { Category } from '../../../../types.js';
import type { Draft } from '../figure.js';

/** `combatants` for a count of armed people of no other category, or null. */
export function armedDefault(d: Draft): Category | null {
  // `في زي شرطيين`، `تضرب جنديين`: a dual names two people, never a force's size.
  if (!d.noun?.entry.armed || d.raw.dual) return null;
  d.rules.push('ar/category/armed-default');
  return 'combatants';
}
