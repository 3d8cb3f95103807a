// The side of a figure: named in the counted phrase, by the noun, after or before the count, or by a
// parallel figure (subject/, one rule a file, in the order of `PHRASE_SIDES` and `AROUND_SIDES`);
// then more of the people a figure before it counts (`آخرون`، a bare count of the other fate).

import type { Category, Unit } from '../../../types.js';
import type { GazetteerEntry } from '../lexicon/lexicon.js';
import { entityAt } from '../read/sentence-view.js';
import type { Draft, Figure, SentenceFigures, SideLook, SideRule } from './figure.js';
import { HELD } from './figure.js';
import { ELLIPTICAL, ellipticalOf } from './subject/elliptical.js';
import { groupAfter, sideAfter } from './subject/group-after.js';
import { groupBefore, sideBefore } from './subject/group-before.js';
import { groupParallel } from './subject/group-parallel.js';
import { groupPartitive } from './subject/group-partitive.js';
import { groupSelf } from './subject/group-self.js';
import { loser } from './subject/loser.js';
import { nationalSoldiers } from './subject/national-soldiers.js';
import { nationalsInRanks } from './subject/nationals-in-ranks.js';
import { othersOf } from './subject/others.js';

/**
 * The side named in the counted phrase itself, asked first: a side after the partitive, or the
 * ranks of a force those counted by nationality fight in. Either settles the side (a rank with no
 * side named says there is one, unknown).
 */
const PHRASE_SIDES: readonly SideRule[] = [groupPartitive, nationalsInRanks];

/**
 * Then, for people who may have a side, the words around the count, nearest first: the subject of a
 * verb of losing them (the side that lost them, even unnamed), the noun that
 * names a side itself, a side after the count, a nationality after the noun (which settles that no
 * side around is theirs), a parallel figure with the same noun, a side before the count (last: only
 * a noun that names a kind takes it). The side after is read before any of
 * them is asked, since reading it takes it from later figures even when the noun names its own.
 */
const AROUND_SIDES: readonly SideRule[] = [
  loser,
  groupSelf,
  groupAfter,
  nationalSoldiers,
  groupParallel,
  groupBefore,
];

/** The side counted: named after the count, by the noun itself, nearby, or by a parallel mention. */
export function sideOf(
  s: SentenceFigures,
  d: Draft,
  unit: Unit,
  category: Category,
  partOf: number | null,
): GazetteerEntry | null {
  const { figures } = s;
  let group = groupNamed({ s, d, unit, held: HELD.has(category), surrendered: category === 'surrendered' });
  // `قتل سبعة آخرون`، `وإصابة 45 آخرين`: "others" are of the kind of the figure before them.
  let more: Figure | null = othersOf(s, d);
  if (!more && d.kind === 'unknown' && partOf === null) more = ellipticalOf(s, d, category);
  // A part with no kind of its own (`بينهم أربعة آلاف أجنبي`) is of the whole's kind.
  if (d.kind === 'unknown' && partOf !== null && figures[partOf]) d.kind = figures[partOf]!.kind;
  if (d.kind === 'unknown' && group && category !== 'displaced') d.kind = 'combatants';
  if (partOf !== null && figures[partOf] && !group && d.kind !== 'civilians') group = figures[partOf]!.group;
  if (more && !group && d.kind !== 'civilians') group = more.group;
  // `قتل 4 من مقاتلي داعش وأصيب 7 في المعارك مع الجيش`: the bare count is more of the same side,
  // not of a side named later in its clause.
  if (more && more.group && d.rules.includes(ELLIPTICAL)) group = more.group;
  return group;
}

/** The side the words around a count name: in its phrase, then around it (`PHRASE_SIDES`, `AROUND_SIDES`). */
function groupNamed(look: SideLook): GazetteerEntry | null {
  const side = firstSide(PHRASE_SIDES, look);
  if (side !== undefined) return side;
  const { s, d, unit, held, surrendered = false } = look;
  if (d.kind === 'civilians' || d.kind === 'families' || unit === 'strike') return null;
  const { view, lex, figures } = s;
  const self = entityAt(view, d.nounStart);
  // A noun of hostages or abductees (its own category abducted) names captives, whatever befell them.
  const captive = d.noun?.entry.category === 'abducted';
  const after = sideAfter(
    view,
    lex,
    d.anchor !== null ? d.anchor + 1 : d.nounEnd,
    s.consumed,
    held,
    captive,
    surrendered,
  );
  const before = after ? null : sideBefore(view, lex, d.raw.qStart, s.consumed);
  const noun = d.noun;
  const parallel = noun
    ? [...figures].reverse().find((f) => f.group && f.lemma === noun.entry.lemma)
    : undefined;
  return firstSide(AROUND_SIDES, { ...look, self, after, before, parallel }) ?? null;
}

function firstSide(rules: readonly SideRule[], look: SideLook): GazetteerEntry | null | undefined {
  for (const rule of rules) {
    const side = rule(look);
    if (side !== undefined) return side;
  }
  return undefined;
}
