// ar/subject/nationals-in-ranks — people counted by nationality in the ranks of a force (closed class
// ranks-noun: `صفوف`) are its fighters; the side after the ranks word is theirs.
//
// must change:     `قتل 9 ليبيين يقاتلون في صفوف الجماعة` (combatants of the group)
// must not change: `قتل 9 ليبيين في غارة` (no ranks word: civilians); `9 ليبيين بينهم 2 من صفوف
//                  الجماعة` (a part counted apart)

import type { SentenceView } from '../../read/sentence-view.js';
import { entityAt, isA } from '../../read/sentence-view.js';
import { tokenReadings } from '../../read/morphology.js';
import type { GazetteerEntry } from '../../lexicon/lexicon.js';
import type { SideRule } from '../figure.js';
import { groupOf, isSide, nationalityAt, opensFigure } from '../nearby.js';

export const nationalsInRanks: SideRule = ({ s, d }) => {
  const ranks =
    d.kind === 'civilians' && nationalityAt(s.view, d.nounStart) ? ranksSide(s.view, d.nounEnd) : null;
  if (!ranks) return undefined;
  d.kind = 'combatants';
  d.rules.push('ar/subject/nationals-in-ranks');
  return ranks.entry ? groupOf(ranks.entry, s.lex) : null;
};

/**
 * `10 سودانيين من صفوف داعش`، `12 تونسيا يقاتلون في صفوف التنظيم`، `6 مصريين من عناصر الجماعة`:
 * people counted by nationality in the ranks of a force are its fighters; the side after the ranks
 * word (a closed class) is theirs. Must not: `10 سودانيين في القصف`، `قتل 10 سودانيين على يد قوات
 * الدعم السريع` (no ranks word: the side named is the agent), a clause after punctuation or a number,
 * a part after a partitive (`4 فلسطينيين بينهم 3 من عناصر حماس`: only the part is the group's).
 */
function ranksSide(view: SentenceView, from: number): { entry: GazetteerEntry | null } | null {
  for (let k = from; k < Math.min(view.toks.length, from + 4); k++) {
    const t = view.toks[k]!;
    if (t.kind !== 'word' || (view.info(k)?.events.length ?? 0) > 0) return null;
    // `أربعة فلسطينيين بينهم ثلاثة من عناصر حماس`: a part counted apart is no rank of the whole.
    if (isA(view, t, 'partitive') || opensFigure(view, k)) return null;
    if (!isA(view, t, 'ranks-noun')) continue;
    const e = entityAt(view, k + 1);
    if (e && isSide(e.entry)) return { entry: e.entry };
    // `في صفوف التنظيم` with no body named before it: a side still, which one the text does not say.
    return shortSideName(view, k + 1) ? { entry: null } : null;
  }
  return null;
}

/** `التنظيم`، `الجماعة`، `الحركة`: the short name a report calls an armed body by, with its article. */
function shortSideName(view: SentenceView, k: number): boolean {
  const t = view.toks[k];
  if (t?.kind !== 'word') return false;
  return tokenReadings(t).some((r) => r.definite && view.lex.closed.hasStem('anaphoric-head', r.stem));
}
