// ar/subject/group-after — a side named within six tokens after the counted noun, in its clause, is
// the side of those counted (and taken: no later figure reads it as a side named before it).
//
// must change:     `قتل 5 عناصر تابعين لتنظيم داعش` (the group's)
// must not change: `لا يزال 5 رهائن محتجزين لدى تنظيم داعش` (the side after a holding word holds
//                  them); `إنقاذ ألف رهينة من بوكو حرام` (hostages taken from their captor); `قتل 5 جنود بحسب تنظيم داعش` (a side after a word of reporting speaks);
//                  `أصيب ألفا جريح برصاص الجيش` (a side after the weapon or hand of the harm, closed
//                  class agent-lead, inflicted it); `سلم 30 مسلحا أنفسهم للجيش` (the side after `ل`
//                  took their surrender); `قتل 10 مسلحين في اشتباكات مع الجيش`
//                  (the side they fought); `وبهار إحدى ضحايا داعش` (a side after a victim noun
//                  made the victims); `جرح عشرة آخرين في غارة جوية للتحالف` (the side after a
//                  strike's noun struck); `قتل 20 من مختطفي الحوثي` (the side a captive noun governs
//                  holds them: `captorInConstruct`)

import type { GazetteerEntry, Lexicon } from '../../lexicon/lexicon.js';
import type { EntityHit, SentenceView } from '../../read/sentence-view.js';
import { entityAt, isA } from '../../read/sentence-view.js';
import type { Draft, SideRule } from '../figure.js';
import { groupOf, holdingAt, isSide } from '../nearby.js';

export const GROUP_AFTER = 'ar/subject/group-after';

export const groupAfter: SideRule = ({ d, after }) => {
  if (!after) return undefined;
  d.rules.push(GROUP_AFTER);
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
  surrendered = false,
): GazetteerEntry | null {
  // `إحدى ضحايا داعش`: the side a victim noun governs right after it made the victims; after `من`
  // (`20 ضحية من الجيش العراقي`) the victims are the side's own.
  if (isA(view, view.toks[nounEnd - 1], 'victim-noun') && entityAt(view, nounEnd)) return null;
  for (let k = nounEnd; k < Math.min(view.toks.length, nounEnd + 6); k++) {
    const t = view.toks[k]!;
    if (t.kind === 'punct' && t.text !== '"' && t.text !== '(' && t.text !== ')') break;
    if (t.kind === 'number') break;
    // `رهائن لدى التنظيم`: the side after a holding preposition holds them (`holderAfter`);
    // `آلاف مقاتل لدى جيش الإسلام` (not held) are its own.
    // Captives (`5000 مختطف في سجون الحوثيين`) are held by the side after it whatever befell them.
    if ((held || captive) && holdingAt(view, k) > 0) break;
    // `إنقاذ ألف رهينة من بوكو حرام`: hostages are taken from their captor, never of its side.
    if (captive && k === nounEnd && isA(view, t, 'captivity-preposition')) break;
    // `20 من مختطفي الحوثي`، `رهائن داعش`: the side a captive noun governs in construct holds them.
    if (k === nounEnd && governedByCaptive(view, captive, k)) break;
    // `قتل 20 جنديا بحسب أعماق التابعة لداعش`: a side named after a word of reporting is the
    // speaker's, never the counted people's.
    if ((view.info(k)?.cues ?? []).some((c) => c.role !== 'hedge')) break;
    // `أصيب ألفا جريح برصاص الجيش`، `قتل 5 عناصر على يد مسلحي التنظيم`: a side named after the
    // weapon or hand of the harm inflicted it.
    if (isA(view, t, 'agent-lead')) break;
    // `قتل 10 مسلحين في اشتباكات مع الجيش`: the side after `مع`، `ضد` a fight's noun is the one they
    // fought (`500 متعاطف مع التنظيم` are its own).
    if (isA(view, t, 'opponent-preposition') && fightBefore(view, k)) break;
    const e = entityAt(view, k);
    // `سلم 30 مسلحا أنفسهم للجيش`: the side after `ل` took their surrender, never theirs.
    if (e && surrendered && toSide(lex, t.text, e.entry)) break;
    if (e && isSide(e.entry)) {
      consumed.add(e.start);
      return groupOf(e.entry, lex);
    }
    if ((view.info(k)?.events.length ?? 0) > 0) break;
    // `وجرح عشرة آخرين في غارة جوية للتحالف`: the side after a strike's noun made the strike.
    if (view.info(k)?.nouns.some((n) => n.entry.unit === 'strike')) break;
  }
  return null;
}

/**
 * Whether a side's name is written after the preposition `ل` (`للجيش`، `لقوات`، `لـ"داعش"`): the
 * token opens with it and none of the side's names does (`لواء …` is a name of its own).
 */
function toSide(lex: Lexicon, text: string, entry: GazetteerEntry): boolean {
  const folded = lex.fold(text);
  if (!/^[وف]?ل/.test(folded)) return false;
  if (/^[وف]?(لل|لـ)/.test(text)) return true;
  return ![entry.name, ...entry.aliases].some((n) => /^ل/.test(lex.foldedName(n)));
}

/** A noun of fighting right before `k` (closed classes campaign-noun, war-noun: `اشتباكات`، `حرب`). */
function fightBefore(view: SentenceView, k: number): boolean {
  const t = view.toks[k - 1];
  return isA(view, t, 'campaign-noun') || isA(view, t, 'war-noun');
}

/**
 * `20 من مختطفي الحوثي`، `5 من رهائن داعش`: the side a noun of hostages or abductees governs in
 * construct, right after it, holds them; undefined when none does.
 */
export function captorInConstruct(view: SentenceView, d: Draft): GazetteerEntry | undefined {
  const captive = d.noun?.entry.category === 'abducted' && !d.noun.pronoun;
  const e = governedByCaptive(view, captive, d.nounEnd);
  return e && isSide(e.entry) ? e.entry : undefined;
}

/**
 * The name a captive noun (`captive`: a noun of hostages or abductees) ending before `nounEnd`
 * governs in construct, right after it (`مختطفي الحوثي`، `رهائن داعش`), or null: the captor,
 * never the captives' own side.
 */
function governedByCaptive(view: SentenceView, captive: boolean, nounEnd: number): EntityHit | null {
  return captive ? entityAt(view, nounEnd) : null;
}
