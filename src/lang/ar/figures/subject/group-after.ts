// ar/subject/group-after — a side named within six tokens after the counted noun, in its clause, is
// the side of those counted (and taken: no later figure reads it as a side named before it).
//
// must change:     `قتل 5 عناصر تابعين لتنظيم داعش` (the group's)
// must not change: `لا يزال 5 رهائن محتجزين لدى تنظيم داعش` (the side after a holding word holds
//                  them); `إنقاذ ألف رهينة من بوكو حرام` (hostages taken from their captor); `قتل 5 جنود بحسب تنظيم داعش` (a side after a word of reporting speaks);
//                  `أصيب ألفا جريح برصاص الجيش` (a side after the weapon or hand of the harm, closed
//                  class agent-lead, inflicted it)

import type { GazetteerEntry, Lexicon } from '../../lexicon/lexicon.js';
import type { SentenceView } from '../../read/sentence-view.js';
import { entityAt, isA } from '../../read/sentence-view.js';
import type { SideRule } from '../figure.js';
import { groupOf, holdingAt, isSide } from '../nearby.js';

export const groupAfter: SideRule = ({ d, after }) => {
  if (!after) return undefined;
  d.rules.push('ar/subject/group-after');
  return after;
};

/** The side named after the counted noun (from `nounEnd`), marked taken in `consumed`, or null. */
export function sideAfter(
  view: SentenceView,
  lex: Lexicon,
  nounEnd: number,
  consumed: Set<number>,
  held: boolean,
  captive = false,
): GazetteerEntry | null {
  for (let k = nounEnd; k < Math.min(view.toks.length, nounEnd + 6); k++) {
    const t = view.toks[k]!;
    if (t.kind === 'punct' && t.text !== '"' && t.text !== '(' && t.text !== ')') break;
    if (t.kind === 'number') break;
    // `رهائن لدى التنظيم`: the side after a holding preposition holds them (`holderAfter`);
    // `آلاف مقاتل لدى جيش الإسلام` (not held) are its own.
    if (held && holdingAt(view, k) > 0) break;
    // `إنقاذ ألف رهينة من بوكو حرام`: hostages are taken from their captor, never of its side.
    if (captive && k === nounEnd && isA(view, t, 'captivity-preposition')) break;
    // `قتل 20 جنديا بحسب أعماق التابعة لداعش`: a side named after a word of reporting is the
    // speaker's, never the counted people's.
    if ((view.info(k)?.cues ?? []).some((c) => c.role !== 'hedge')) break;
    // `أصيب ألفا جريح برصاص الجيش`، `قتل 5 عناصر على يد مسلحي التنظيم`: a side named after the
    // weapon or hand of the harm inflicted it.
    if (isA(view, t, 'agent-lead')) break;
    const e = entityAt(view, k);
    if (e && isSide(e.entry)) {
      consumed.add(e.start);
      return groupOf(e.entry, lex);
    }
    if ((view.info(k)?.events.length ?? 0) > 0) break;
  }
  return null;
}
