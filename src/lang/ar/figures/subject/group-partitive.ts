// ar/subject/group-partitive — a side named right after the count's partitive (`من جبهة …`) is the
// side of those counted.
//
// must change:     `قتل 7 من قوات النظام` (the government's forces)
// must not change: `قتل 7 أشخاص من سكان القرية` (no side after the partitive)

import type { SideRule } from '../figure.js';
import { groupOf, isSide } from '../nearby.js';

export const groupPartitive: SideRule = ({ s, d }) => {
  if (!d.entityAfter || !isSide(d.entityAfter.entry)) return undefined;
  d.rules.push('ar/subject/group-partitive');
  return groupOf(d.entityAfter.entry, s.lex);
};
