// ar/subject/group-before — a side named before the count, not speaking, not acting on it and not
// taken by another figure, is the side of those counted when their noun names a kind.
//
// must change:     `في مواجهات مع تنظيم داعش سقط 4 عناصر` (the group's)
//                  `الجيش الإسرائيلي فقد 3 جنود` (the side that lost them is no agent)
// must not change: `اعتقل تنظيم داعش 4 عناصر` (the side acts on them: its agent);
//                  `في مواجهات مع تنظيم داعش قتل 4 أشخاص` (a generic noun takes no side named before);
//                  `أعلن الجيش أن مقاتلاته استهدفت 12 موقعا` (targets struck: the side before struck them);
//                  `نفى الجيش ادعاءات داعش بمقتل 40 جنديا` (the side whose claims are denied made them);
//                  `القوات الأميركية نفذت غارة وقتلت "إرهابيين اثنين"` (the side that launched the
//                  strike, closed class launch-act, killed them)

import type { GazetteerEntry, Lexicon } from '../../lexicon/lexicon.js';
import type { EntityHit, SentenceView } from '../../read/sentence-view.js';
import { isA } from '../../read/sentence-view.js';
import { STRUCK_TARGETS } from '../category/struck-targets.js';
import type { SideRule } from '../figure.js';
import { groupOf, isSide } from '../nearby.js';

export const groupBefore: SideRule = ({ d, before }) => {
  // A generic noun (`شخص`) does not take a side merely named before it.
  if (!before || d.kind === 'unknown') return undefined;
  // `أعلن الجيش أن مقاتلاته استهدفت 12 موقعا`: the side before targets struck is mostly the one
  // that struck them; a target's side is named after it (`12 موقعا لحماس`).
  // A target with a pronoun (`أحد مواقعهم`) points back to its side, which may be named before.
  if (d.rules.includes(STRUCK_TARGETS) && !d.noun?.pronoun) return undefined;
  d.rules.push('ar/subject/group-before');
  return before;
};

/**
 * A side named before the figure, unless it speaks, acts on the figure (`تحتجز قسد 12 ألفاً`,
 * `وقتلت قسد عنصرين`) or already owns another figure: the last of them, or null.
 */
export function sideBefore(
  view: SentenceView,
  lex: Lexicon,
  qStart: number,
  consumed: Set<number>,
): GazetteerEntry | null {
  let best: EntityHit | null = null;
  for (const e of view.entities) {
    if (e.end > qStart || !isSide(e.entry) || consumed.has(e.start)) continue;
    if (view.speakers.some((r) => e.start >= r.start && e.end <= r.end)) continue;
    if (isAgent(view, e)) continue;
    // `نفى الجيش ادعاءات داعش بمقتل 40 جنديا`: the side whose claims are denied made them.
    if (isA(view, view.toks[e.start - 1], 'denied-content')) continue;
    if (!best || e.end > best.end) best = e;
  }
  return best ? groupOf(best.entry, lex) : null;
}

/** A side right after or right before a verb of the event is its agent, not its victim (but see `loses`). */
function isAgent(view: SentenceView, e: EntityHit): boolean {
  const isVerb = (k: number): boolean => {
    const t = view.toks[k];
    if (!t || t.kind !== 'word') return false;
    const info = view.info(k);
    // `الجيش فقد 3 جنود`: the subject of a verb of loss lost them (note loses).
    return (info?.events ?? []).some((ev) => ev.pos !== 'noun' && !ev.notes.includes('loses'));
  };
  let before = e.start - 1;
  while (view.toks[before]?.text === '"') before--;
  let after = e.end;
  while (view.toks[after]?.text === '"') after++;
  // `القوات الأميركية نفذت غارة`: the side that launches or carries out an act is its agent.
  return isVerb(before) || isVerb(after) || isA(view, view.toks[after], 'launch-act');
}
