// ar/category/sport — in a sentence of a match (closed class sport-word: `مباراة`، `لاعب`، `منتخب`)
// attackers, strikes and the men of a team (`مهاجم`، `هجمات`، `ضربة`، `عناصر`، `حراس`) are play, never a
// force or a strike: no figure. A regular force counted there (`نشر 1250 شرطيا لتأمين المباراة`) is
// one, and so are a security force's men (`انتشر 500 عنصر أمن حول الملعب`, ar/subject/security-force);
// casualties keep their own rules.
//
// must change:     `أحد مهاجمي المنتخب سجل هدفين في المباراة` (no figure); `شن الفريق 3 هجمات
//                  خطيرة في الشوط الأول` (no figure)
// must not change: `شن الجيش 3 هجمات على مواقع التنظيم` (strikes); `نشرت السلطات 1250 شرطيا لتأمين
//                  المباراة` (combatants); `نشرت الداخلية 3 آلاف من رجال الأمن لتأمين المباراة`
//                  (combatants); `وفاة 74 مشجعا بعد المباراة` (killed)

import { perSentence } from '../../read/sentence-view.js';
import { anyOfClass } from '../../read/word-class.js';
import type { CategoryRefiner } from '../figure.js';
import { securityMembers } from '../subject/security-force.js';

export const SPORT = 'ar/category/sport';

/** Drops fighters and strikes counted in a sentence of a match, but a regular force. */
export const sport: CategoryRefiner = ({ view, d }, category) => {
  if (category !== 'combatants' && category !== 'strikes') return category;
  if (d.noun && view.lex.closed.hasStem('regular-soldier', d.noun.entry.lemma)) return category;
  // `انتشر 500 عنصر أمن حول الملعب`، `3 آلاف من رجال الأمن`: a security force's men are a force.
  if (securityMembers(view, d)) return category;
  return ofMatch(view) ? null : category;
};

/** Whether a sentence is of a match, asked once per sentence (the refiner runs for each figure). */
const ofMatch = perSentence((view) => anyOfClass(view, 0, view.toks.length, 'sport-word'));
