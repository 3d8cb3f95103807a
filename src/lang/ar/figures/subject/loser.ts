// ar/subject/loser — the subject of a verb of losing people (note loses: `فقد الجيش 10 جنود`، `الجيش
// فقد 3 جنود`) is the side that lost them: a side named there is theirs, and a body named there by a
// head alone (`الجيش`، `القوات`) is theirs too, though unknown: no side named elsewhere in the
// sentence is.
//
// must change:     `فقد الجيش 10 جنود في المعارك مع التنظيم` (no side: never the group fought);
//                  `وفقد الجيش العراقي 10 جنود في المعارك مع داعش` (the army's)
//                  `وفقد في المعارك مع داعش 10 جنود` (no subject named: a side that is no side named,
//                  and the group after مع lost none)
// must not change: `قتل 10 جنود من الجيش العراقي` (no verb of loss); `فقد 10 أشخاص` (no subject)

import type { SentenceView } from '../../read/sentence-view.js';
import { anyOfClass, entityAt, isA } from '../../read/sentence-view.js';
import type { SideRule } from '../figure.js';
import { groupOf, isSide } from '../nearby.js';

const LOSER = 'ar/subject/loser';

/** Tokens between a verb of loss and its count across a phrase of the fight (`في المعارك مع X`). */
const FIGHT_REACH = 8;

/** The tokens of the subject of a verb of loss governing the count: [start, end), or null. */
function loserSubject(view: SentenceView, qStart: number): { start: number; end: number } | null {
  // A verb of loss governs the count near it, or past a phrase of the fight (`وفقد في الاشتباكات مع
  // حركة الشباب 8 جنود`).
  const loses = view.events.find(
    (e) =>
      e.entry.notes.includes('loses') &&
      e.end <= qStart &&
      (qStart - e.end <= 4 || (qStart - e.end <= FIGHT_REACH && opponentBetween(view, e.end, qStart))),
  );
  if (!loses) return null;
  // `فقد الجيش 10 جنود`: after the verb, up to a preposition (`وفقد في المعارك مع داعش 10 جنود`: the
  // group fought is no subject); `الجيش فقد 10 جنود`: before it.
  if (loses.end < qStart) {
    let end = loses.end;
    while (end < qStart && !isPreposition(view, end)) end++;
    if (end > loses.end) return { start: loses.end, end };
    // `وفقد في المعارك مع داعش 10 جنود`: the subject is left unsaid, and the side fought (after
    // `مع`، `ضد`) is the one that did not lose them: an empty subject, a side unknown.
    return opponentBetween(view, end, qStart) ? { start: end, end } : null;
  }
  const start = Math.max(0, loses.start - 4);
  return { start, end: loses.start };
}

/** Whether `مع` or `ضد` (opponent-preposition) stands in [from, to). */
function opponentBetween(view: SentenceView, from: number, to: number): boolean {
  return anyOfClass(view, from, to, 'opponent-preposition');
}

/** `في`، `مع`، `ضد` (closed classes other-clause-preposition, opponent-preposition): no subject goes past them. */
function isPreposition(view: SentenceView, k: number): boolean {
  const t = view.toks[k];
  return isA(view, t, 'other-clause-preposition') || isA(view, t, 'opponent-preposition');
}

export const loser: SideRule = ({ s, d }) => {
  const { view, lex } = s;
  const subject = loserSubject(view, d.raw.qStart);
  if (!subject) return undefined;
  if (subject.end === subject.start) {
    d.rules.push(LOSER);
    return null;
  }
  let last: number | null = null;
  for (let k = subject.end - 1; k >= subject.start; k--) {
    const t = view.toks[k]!;
    if (t.kind !== 'word' && t.text !== '"') break;
    const e = entityAt(view, k);
    if (e && isSide(e.entry)) {
      d.rules.push(LOSER);
      return groupOf(e.entry, lex);
    }
    if (isA(view, t, 'organization-head') || isA(view, t, 'anaphoric-head')) last = k;
  }
  if (last === null) return undefined;
  d.rules.push(LOSER);
  return null;
};
