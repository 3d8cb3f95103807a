// ar/subject/security-force — members of a state's security force (police, gendarmerie, border guards,
// a patrol, the security services, the army) named right after people of no kind counted (`أفراد`،
// `رجال`، `أشخاص`) are a force's men: combatants, whose side the context names (ACLED: police and
// security forces are state forces).
//
// must change:     `قتل اثنان من أفراد الدرك في هجوم` (combatants); `أصيب 4 من أفراد الدورية`
//                  (combatants); `قتل 6 من أفراد قوات الأمن` (combatants); `أصيب 3 من رجال الدرك`
//                  (combatants)
// must not change: `قتل 5 من أفراد الأسرة` (unknown); `رجال الأعمال` (civilians); `أصيب 5 من أفراد
//                  الدفاع المدني` (civilians: a civil service, ar/subject/civil-service); `40 قتيلا
//                  بحسب الشرطة` (the force speaks)

import type { SentenceView } from '../../read/sentence-view.js';
import { isA } from '../../read/sentence-view.js';
import type { Draft } from '../figure.js';
import { CIVIL_SERVICE } from './civil-service.js';

const SECURITY_FORCE = 'ar/subject/security-force';

/** People of no kind (`أفراد`، `أشخاص`) or a member noun that names a force's men by what follows (`رجال`). */
function memberNoun(view: SentenceView, d: Draft): boolean {
  const lemma = d.noun?.entry.lemma;
  if (!lemma) return false;
  if (d.kind === 'unknown') return !d.noun?.entry.category;
  return view.lex.closed.hasStem('member-noun', lemma);
}

/** Whether a security force is named right after the counted noun (past a partitive `من`). */
function forceAfter(view: SentenceView, from: number): boolean {
  let k = from;
  if (isA(view, view.toks[k], 'count-partitive')) k++;
  const t = view.toks[k];
  // `40 قتيلا بحسب الشرطة`: a force named after a word of reporting speaks.
  if (!t || t.kind !== 'word' || (view.info(k)?.cues.length ?? 0) > 0) return false;
  return isA(view, t, 'security-force');
}

/**
 * Whether those counted are a security force's men: a compound noun of one (`عنصر أمن`، `رجل أمن`),
 * or people named after one (`أفراد الدرك`، `5 من رجال الأمن`).
 */
export function securityMembers(view: SentenceView, d: Draft): boolean {
  const lemma = d.noun?.entry.lemma;
  if (!lemma) return false;
  const words = lemma.split(' ');
  if (words.length > 1 && view.lex.closed.hasStem('security-force', words[words.length - 1]!)) return true;
  return (memberNoun(view, d) || d.kind === 'combatants') && forceAfter(view, d.nounEnd);
}

/** People of no kind named as a security force's men are combatants, armed: the context names the side. */
export function securityForce(view: SentenceView, d: Draft): void {
  if (d.kind === 'civilians' && d.rules.includes(CIVIL_SERVICE)) return;
  if (!memberNoun(view, d) || !forceAfter(view, d.nounEnd)) return;
  d.kind = 'combatants';
  if (d.noun) d.noun = { ...d.noun, entry: { ...d.noun.entry, kind: 'combatants', armed: true } };
  d.rules.push(SECURITY_FORCE);
}
