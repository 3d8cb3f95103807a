// ar/subject/group-parallel — a count of the same noun as an earlier figure with a side, and no side
// after it, is of that side: a parallel mention.
//
// must change:     `قتل 3 عناصر من تنظيم داعش، واعتقل 6 عناصر` (the 6 are the group's)
// must not change: `قتل 3 عناصر من تنظيم داعش، واعتقل 6 مدنيين` (another noun)

import type { SideRule } from '../figure.js';

export const groupParallel: SideRule = ({ d, parallel }) => {
  if (!parallel) return undefined;
  d.rules.push('ar/subject/group-parallel');
  return parallel.group;
};
