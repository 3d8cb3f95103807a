// ar/subject/group-self — a count whose noun is a side's own name for its members (`الدواعش`), or
// the nisba of a side's name (`35 حوثيا`، `12 داعشيا`: Lexicon.nisbaSides), counts that side.
//
// must change:     `قتل عشرات الحوثيين` when the gazetteer names the Houthis by that word; `قتل 35
//                  حوثيا` (the nisba of الحوثي)
// must not change: `قتل عشرات المسلحين` (a noun of no side); `قتل 35 إرهابيا` (a nisba of no side)

import type { SideRule } from '../figure.js';
import { groupOf, isSide } from '../nearby.js';

export const groupSelf: SideRule = ({ s, d, self }) => {
  const side =
    self && isSide(self.entry) ? self.entry : d.noun ? s.lex.nisbaSides.get(d.noun.entry) : undefined;
  if (!side) return undefined;
  d.rules.push('ar/subject/group-self');
  return groupOf(side, s.lex);
};
