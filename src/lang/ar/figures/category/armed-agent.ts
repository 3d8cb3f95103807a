// ar/category/armed-agent — people arrested or held by an armed group rather than an authority are
// abducted: an armed agent between the arresting or holding word and the count, or right before
// that word as its subject, or a holder that is one after it.
//
// must change:     `اعتقل مسلحون 6 صيادين` (abducted); `6 صيادين محتجزون لدى الجماعة المسلحة`;
//                  `اعتقل تنظيم داعش 5 منهم`، `مسلحي الحوثي اعتقلوا 5 منهم` (the side named holds them);
//                  `ويحتجز المتمردون 15 موظفا`، `لا يزال التنظيم يحتجز 300 مدني` (held by a group)
// must not change: `اعتقلت الشرطة 6 صيادين` and `6 صيادين محتجزون لدى السلطات` (an authority);
//                  `اشتبكت مع المسلحين واعتقلت 5 منهم` (the group is the object, the verb opens a clause);
//                  `اعتقلت الشرطة عددا من المسلحين الذين بلغ عددهم 12` (those counted, not their captors);
//                  `أسر الجيش 33 عنصرا من الجماعة، بينهم 4 قيادات` (a part keeps its whole's category)

import type { Category } from '../../../../types.js';
import type { GazetteerEntry } from '../../lexicon/lexicon.js';
import type { SentenceView } from '../../read/sentence-view.js';
import { isA } from '../../read/sentence-view.js';
import type { CategoryRefiner, ChosenEvent, Draft, Figure } from '../figure.js';
import { armedAgentBetween, holdingAt, isSide } from '../nearby.js';
import { PART_OF } from './part-of.js';

/** `abducted` for people an armed group arrests or holds. */
export const armedAgent: CategoryRefiner = ({ view, d, event }, category) => {
  // `أسر 33 عنصرا من ميليشيات الحوثي، بينهم 4 قيادات`: a part keeps the category of its whole, and
  // the side of the whole before it is no captor.
  if (d.rules.includes(PART_OF)) return category;
  if (!heldByArmedGroup(view, d, category, event)) return category;
  d.rules.push('ar/category/armed-agent');
  return 'abducted';
};

/** Whether people arrested or held are held by an armed group rather than an authority. */
function heldByArmedGroup(view: SentenceView, d: Draft, category: Category, event: ChosenEvent): boolean {
  const { raw } = d;
  // Hostages (`احتجز الإرهابيون 250 عائلة`), or people still held `لدى التنظيم` after the count
  // (`30 شخصا ما زالوا محتجزين لدى التنظيم`).
  return (
    ((category === 'arrested' || category === 'held') &&
      !!event &&
      event.hit.end <= raw.qStart &&
      // `لا يوجد سوى قائد واحد`: the counted noun before its numeral is no agent, nor the noun a
      // count pronoun points back to (`اعتقلت عددا من المسلحين الذين بلغ عددهم 12`).
      (armedAgentBetween(view, event.hit.end, agentEnd(d, event.hit.end)) ||
        subjectBefore(view, event.hit.start))) ||
    ((category === 'arrested' || category === 'held') &&
      !!event &&
      event.hit.start >= d.nounEnd &&
      heldBy(view, event.hit.end))
  );
}

/**
 * Where an agent after the verb may stand until: the count, its noun named before it (`لا يوجد سوى
 * قائد واحد`), or the noun a count pronoun points back to after the verb.
 */
function agentEnd(d: Draft, verbEnd: number): number {
  const end = Math.min(d.raw.qStart, d.nounStart);
  return d.anchor !== null && d.anchor >= verbEnd ? Math.min(end, d.anchor) : end;
}

/**
 * `المسلحون يحتجزون`، `الخاطفين يحتجزون`: an armed agent or a captor right before the verb, its subject. A verb glued to و or ف opens
 * a clause of its own (`مع المسلحين واعتقل`).
 */
function subjectBefore(view: SentenceView, verb: number): boolean {
  const t = view.toks[verb];
  if (!t || t.kind !== 'word' || /^[وف]/.test(t.text)) return false;
  return isA(view, view.toks[verb - 1], 'captor') || armedAgentBetween(view, verb - 1, verb);
}

/** `لدى التنظيم`، `في قبضة المسلحين` right after a predicate: held by an armed group. */
function heldBy(view: SentenceView, from: number): boolean {
  const n = holdingAt(view, from);
  if (n === 0) return false;
  const k = from + n;
  return isA(view, view.toks[k], 'captor') || armedAgentBetween(view, k, k + 3);
}

/**
 * The side that holds people an armed agent took (`اعتقل تنظيم داعش 5 منهم`، `مسلحي الحوثي
 * اعتقلوا 5 منهم`) or a side abducted (`اختطفت بوكو حرام 300 فتاة`): a side named between the verb
 * and the count, or ending right before the verb.
 */
export function armedHolder(
  view: SentenceView,
  d: Draft,
  event: ChosenEvent,
  figures: readonly Figure[],
): GazetteerEntry | undefined {
  const took = d.rules.includes('ar/category/armed-agent') || event?.hit.entry.category === 'abducted';
  if (!event || !took || event.hit.end > d.raw.qStart) return undefined;
  // `أسر 33 عنصرا من ميليشيات الحوثي، بينهم 4 قيادات`: a figure between the verb and the count
  // owns what is named there.
  if (figures.some((f) => f.qStart >= event.hit.end && f.qStart < d.raw.qStart)) return undefined;
  const end = agentEnd(d, event.hit.end);
  const side = view.entities.find(
    (e) => isSide(e.entry) && ((e.start >= event.hit.end && e.end <= end) || e.end === event.hit.start),
  );
  return side?.entry;
}
