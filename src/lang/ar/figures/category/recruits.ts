// ar/category/recruits — recruitment counts the people it brings into a force: fighters, or people of
// no known kind, are the force's size (combatants); civilians recruited (children above all) are no
// force and no casualty, but `other`.
//
// must change:     `لجأت الميليشيات إلى تجنيد 2419 طفلا` (other, never displaced by `لجأ`);
//                  `جندت الجماعة 200 من أطفال دار الأيتام` (other)
// must not change: `جندت إيران أكثر من 80 ألف مقاتل` (combatants); `نزح 20 ألف مدني` (displaced)

import type { CategoryRefiner } from '../figure.js';
import { civilianCount } from '../figure.js';

/** `other` for civilians a recruiting word counts. */
export const recruits: CategoryRefiner = ({ d, event }, category) => {
  if (category !== 'combatants' || !event?.hit.entry.notes.includes('recruits')) return category;
  if (!civilianCount(d)) return category;
  d.rules.push('ar/category/recruits');
  return 'other';
};
