// ar/subject/civil-service — members of a civil emergency or medical service (civil defence, rescue,
// ambulance, fire, relief, medical teams, the Red Crescent and Red Cross) named right after those
// counted are civilians, no armed side's fighters (the IHL civilian categories: medics, rescuers).
//
// must change:     `4 عناصر من الدفاع المدني قتلوا` (civilians, no side); `مقتل 3 عناصر من فرق
//                  الإسعاف` (civilians); `أصيب 5 من أفراد الهلال الأحمر` (civilians)
// must not change: `قتل 4 عناصر من الجيش` (combatants); `قتل 4 عناصر من الجيش وطواقم الإسعاف` (the
//                  service after `و` is another group); `أصيب 3 من عناصر الحرس المدني`، `قتل 5 عناصر
//                  من حكومة الإنقاذ` (a civil word after another noun is its adjective); `40 قتيلا بحسب
//                  الدفاع المدني` (the service speaks)

import type { SentenceView } from '../../read/sentence-view.js';
import { isA, isDefiniteToken } from '../../read/sentence-view.js';
import type { Draft } from '../figure.js';

export const CIVIL_SERVICE = 'ar/subject/civil-service';

/** The member nouns a service is named after: a force's member (`عنصر`) or people of no kind (`أفراد`). */
function memberNoun(view: SentenceView, d: Draft): boolean {
  const lemma = d.noun?.entry.lemma;
  // `40 قتيلا بحسب الدفاع المدني`: a casualty noun names no members.
  if (d.kind === 'unknown') return !d.noun?.entry.category;
  return d.kind === 'combatants' && !!lemma && view.lex.closed.hasStem('force-member', lemma);
}

/** Whether a civil service is named in the few words after the counted noun (past a partitive `من`). */
function serviceAfter(view: SentenceView, from: number): boolean {
  let k = from;
  if (isA(view, view.toks[k], 'count-partitive')) k++;
  for (let n = 0; n < 3 && k < view.toks.length; n++, k++) {
    const t = view.toks[k]!;
    // `بحسب الدفاع المدني`: a service named after a word of reporting speaks.
    if (t.kind !== 'word' || (view.info(k)?.cues.length ?? 0) > 0) return false;
    // `5 أشخاص مدنيين`: an indefinite word right after the noun agrees with it, naming no service;
    // second, the service word follows a service-head (`الدفاع المدني`), not any noun (`الحرس المدني`،
    // `حكومة الإنقاذ`).
    if (isA(view, t, 'civil-service')) {
      if (n === 0 ? isDefiniteToken(t) : isA(view, view.toks[k - 1], 'service-head')) return true;
    }
    // `عناصر الجيش وطواقم الإسعاف`: a word after `و` names another group.
    if (n > 0 && t.text.startsWith('و')) return false;
  }
  return false;
}

/** Members of a civil service are civilians of no armed side: the kind, and the noun no longer armed. */
export function civilService(view: SentenceView, d: Draft): void {
  if (!memberNoun(view, d) || !serviceAfter(view, d.nounEnd)) return;
  d.kind = 'civilians';
  if (d.noun) d.noun = { ...d.noun, entry: { ...d.noun.entry, kind: 'civilians', armed: false } };
  d.rules.push(CIVIL_SERVICE);
}
