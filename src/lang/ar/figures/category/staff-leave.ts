// ar/category/staff-leave — diplomats, officials or employees who leave or are expelled leave a post,
// not a home: no displacement, another count.
//
// must change:     `غادر 20 دبلوماسيا البلاد` (other)
// must not change: `نزح 20 ألف مدني من القرى` (people who leave their homes are displaced)

import type { CategoryRefiner } from '../figure.js';

/** `other` for staff who leave or are sent away. */
export const staffLeave: CategoryRefiner = ({ d }, category) => {
  if (category !== 'displaced' || d.noun?.entry.kind !== 'staff') return category;
  d.rules.push('ar/category/staff-leave');
  return 'other';
};
