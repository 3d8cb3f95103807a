// ar/subject/national-soldiers — fighters counted with their nationality right after their noun
// (`12 جنديا تركيا`، `أربعة جنود أمريكيين`) and no side named after them are of that nation's forces:
// no side named before the count, the attacker or the speaker, is theirs.
//
// must change:     `مقاتلو التنظيم قتلوا أربعة جنود أمريكيين` (not the group's); `أعلن الحزب مقتل 12
//                  جنديا تركيا` (not the party's)
// must not change: `قتل 12 جنديا من الجيش التركي` (the side after the partitive); `قتل 9 مقاتلين
//                  سوريين في صفوف التنظيم` (the ranks they fight in); `قتل العشرات من الجنود السودانيين
//                  التابعين للتحالف` (a side named after them)

import { isA } from '../../read/sentence-view.js';
import type { SideRule } from '../figure.js';

export const nationalSoldiers: SideRule = ({ s, d }) => {
  const { view } = s;
  if (d.kind !== 'combatants' || !d.noun || d.nounEnd <= d.nounStart) return undefined;
  if (!view.info(d.nounEnd)?.demonyms[0]) return undefined;
  // `9 مقاتلين سوريين في صفوف التنظيم`: the ranks they fight in name their side.
  if (view.toks.slice(d.nounEnd + 1, d.nounEnd + 4).some((t) => isA(view, t, 'ranks-noun'))) return undefined;
  d.rules.push('ar/subject/national-soldiers');
  return null;
};
