// ar/subject/group-self — a count whose noun is a side's own name for its members (`الدواعش`) counts
// that side.
//
// must change:     `قتل عشرات الحوثيين` when the gazetteer names the Houthis by that word
// must not change: `قتل عشرات المسلحين` (a noun of no side)

import type { SideRule } from '../figure.js';
import { groupOf, isSide } from '../nearby.js';

export const groupSelf: SideRule = ({ s, d, self }) => {
  if (!self || !isSide(self.entry)) return undefined;
  d.rules.push('ar/subject/group-self');
  return groupOf(self.entry, s.lex);
};
