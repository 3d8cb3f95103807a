// A claim as the linker sees it: its interval, its time, its slot and the side of whoever said it.
//
// Slots follow what reports actually count. Killed and "killed or wounded" (ضحايا) are one family
// for comparison, since outlets use the second for the first. Prisoners and fighters of one armed
// side are one class (the attackers' dead include inmates who joined them). A count of unknown or
// mixed kind is a total for its side; a count of a named kind is a part of it.

import type { Category, Claim, DocumentInfo, Hop, SubjectKind } from '../../types.js';
import { dayOf, toldDayOf } from './days.js';
import type { EntityIndex, Side } from './sides.js';
import { formatQuantity } from '../../quantity-format.js';

export type KindClass = 'total' | 'fighters' | 'staff' | 'civilians' | 'families' | 'other';

const CLASS: Record<SubjectKind, KindClass> = {
  unknown: 'total',
  mixed: 'total',
  other: 'total',
  combatants: 'fighters',
  prisoners: 'fighters',
  staff: 'staff',
  civilians: 'civilians',
  families: 'families',
};

const FAMILY: Partial<Record<Category, string>> = {
  killed: 'killed',
  killed_or_wounded: 'killed',
};

/** Casualties a party reports of its enemy, which UCDP and ACLED treat with care (arrests by
 * the arresting side are what such counts are built from, so they are not in this set). */
const LOSSES = new Set<Category>(['killed', 'wounded', 'killed_or_wounded']);

/** Days before an incident's start past which a dated figure tells of an earlier event. */
const RECALLED = 7;

export interface ClaimView {
  readonly claim: Claim;
  readonly order: number;
  readonly document: DocumentInfo;
  readonly incident: string;
  /** When the report was published. */
  readonly reportDay: number | null;
  /** The day the text dates the counted event to, if any. */
  readonly eventDay: number | null;
  /** A running toll rather than one day's slice of the incident. */
  readonly cumulative: boolean;
  /**
   * The span a figure counts over when its time is one (`منذ السبت` from that day on, a month, the
   * days up to the report: `خلال الأيام الماضية`, `end` alone): its first and last day as written,
   * null for a day's figure or an undated one. A figure of a
   * span is compared only with figures of the same span, never with a day's toll.
   */
  readonly span: string | null;
  /** Dated well before the incident began: another event the report recalls. */
  readonly before: boolean;
  readonly low: number;
  readonly high: number;
  readonly family: string;
  readonly cls: KindClass;
  /**
   * The slot the class is compared in, when the incident's reports do not count it apart from
   * another (populationClass: `40 مدنيا` and `63 قتيلا` of one attack are one slot); else `cls`.
   */
  readonly slot?: KindClass;
  /** Side the counted people belong to (`-` when none is named). */
  readonly groupKey: string;
  readonly groupSide: Side | undefined;
  readonly speaker: Hop;
  readonly speakerKey: string;
  readonly side: Side | undefined;
  readonly partisan: boolean;
  /**
   * The facility that counted the figure at itself (a hospital giving the dead it received), when
   * the claim is placed there and the facility is among its sources.
   */
  readonly facility: string | null;
  /** The figure names its own source beyond the outlet (a ministry, a witness, a monitor). */
  readonly sourced: boolean;
}

export function intervalOf(claim: Claim): { low: number; high: number } {
  const q = claim.quantity;
  const low = q.low ?? (q.qualifier === 'less_than' || q.qualifier === 'at_most' ? 0 : (q.point ?? 0));
  const high =
    q.high ?? (q.qualifier === 'exact' || q.qualifier === 'approx' ? (q.point ?? Infinity) : Infinity);
  return { low, high };
}

/** The figure a person would quote: the stated point, else the interval's low end (ACLED for vague). */
export function figureOf(claim: Claim): number | null {
  return claim.quantity.point ?? claim.quantity.low;
}

/** The figure kept inside the claim's own interval (`أكثر من 4000` is 4001 at the least). */
export function boundedFigure(v: ClaimView): number {
  const f = figureOf(v.claim) ?? v.low;
  return Math.min(Math.max(f, v.low), v.high);
}

/** The population slot a view counts in: the one figures of one population share, else its class. */
export function slotOf(v: ClaimView): KindClass {
  return v.slot ?? v.cls;
}

/** The highest figure a claim states: its upper bound, or its figure when open-ended. */
export function topOf(v: ClaimView): number {
  // A vague amount is worth its ACLED value (hundreds = 100), never its ceiling.
  if (v.claim.quantity.qualifier === 'vague') return v.low;
  return Number.isFinite(v.high) ? v.high : boundedFigure(v);
}

export function describeQuantity(claim: Claim): string {
  const text = formatQuantity(claim.quantity);
  return claim.quantity.qualifier === 'vague' ? `${text} (vague)` : text;
}

export function speakerOf(claim: Claim): Hop {
  return claim.attribution[claim.attribution.length - 1] ?? { name: claim.document, kind: 'unknown' };
}

/**
 * Whether a view is one of the incident's own figures, the ones compared and estimated: not a
 * war's background toll (`منذ بدء الحرب`), not a campaign's running total (`منذ بدء الهجوم`: it
 * belongs to the campaign, campaigns.ts), not a figure of an earlier event the report recalls.
 */
export function isIncidentFigure(v: ClaimView): boolean {
  return v.claim.scope === undefined && !v.before;
}

export function buildView(
  claim: Claim,
  order: number,
  document: DocumentInfo,
  incident: string,
  incidentStart: number | null,
  index: EntityIndex,
  oneDay = false,
): ClaimView {
  const { low, high } = intervalOf(claim);
  const speaker = speakerOf(claim);
  const side = index.sideOfHop(speaker);
  const groupSide = index.sideOfGroup(claim.subject.group);
  const eventDay = dayOf(claim.time?.date);
  // A figure counted since a day is of an earlier event when that day is (`منذ 18 شباط`).
  const told = toldDayOf(claim.time);
  // A figure dated to a later day of the incident counts that day; one dated to its first day or
  // two, or not dated, is the toll so far. So is a figure dated to its own report's day in an event
  // of one day (`قالت الشبكة اليوم الأربعاء إن عدد القتلى ارتفع إلى 63`, two days after the attack):
  // that day is when it was told, not another day of the event.
  const reportDay = dayOf(document.published);
  const cumulative =
    eventDay === null ||
    incidentStart === null ||
    eventDay <= incidentStart + 1 ||
    (oneDay && eventDay === reportDay);
  // Bodies a party found or recovered on the ground it holds are counted, not claimed: evidence.
  const partisan =
    side !== undefined &&
    groupSide !== undefined &&
    side.id !== groupSide.id &&
    LOSSES.has(claim.category) &&
    claim.evidence !== 'bodies';
  return {
    claim,
    order,
    document,
    incident,
    reportDay,
    eventDay,
    cumulative,
    span:
      claim.time && claim.time.date === undefined && (claim.time.start || claim.time.end)
        ? `${claim.time.start ?? ''}..${claim.time.end ?? ''}`
        : null,
    before: told !== null && incidentStart !== null && told < incidentStart - RECALLED,
    low,
    high,
    family: FAMILY[claim.category] ?? claim.category,
    cls: CLASS[claim.subject.kind],
    groupKey: groupSide?.id ?? '-',
    groupSide,
    speaker,
    speakerKey: speaker.entity ?? index.foldName(speaker.name),
    side,
    partisan,
    facility:
      claim.location?.entity &&
      index.get(claim.location.entity)?.type === 'facility' &&
      claim.attribution.some((h) => h.entity === claim.location!.entity)
        ? claim.location.entity
        : null,
    sourced: claim.attribution.length > 1 && speaker.kind !== 'outlet',
  };
}

/**
 * The population a figure counts: the named side's people, or, when no side is named, one
 * population of unnamed people — unless two parties each give such figures (each side's ministry
 * counting dead it does not name). Then the party that gives most of them (the first among equals)
 * keeps the unnamed population, with the figures of sources of no side (outlets repeating its
 * toll), and every other party's figures count a population of their own: never one running toll
 * or one estimate with the first (one party's 232 dead are not "revised" to the other's 600).
 * Computed per family and class.
 */
export function populationOf(views: readonly ClaimView[]): (v: ClaimView) => string {
  const slot = (v: ClaimView): string => `${v.family}|${v.cls}`;
  const counts = new Map<string, Map<string, { n: number; first: number }>>();
  for (const v of views) {
    if (v.groupKey !== '-' || !v.side) continue;
    let m = counts.get(slot(v));
    if (!m) counts.set(slot(v), (m = new Map()));
    const c = m.get(v.side.id);
    if (c) c.n++;
    else m.set(v.side.id, { n: 1, first: v.order });
  }
  const keeper = new Map<string, string>();
  for (const [key, m] of counts) {
    if (m.size < 2) continue;
    const [top] = [...m].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first);
    keeper.set(key, top![0]);
  }
  return (v) => {
    if (v.groupKey !== '-' || !v.side) return v.groupKey;
    const keep = keeper.get(slot(v));
    return keep === undefined || keep === v.side.id ? v.groupKey : `-@${v.side.id}`;
  };
}

export function overlaps(a: ClaimView, b: ClaimView): boolean {
  return Math.max(a.low, b.low) <= Math.min(a.high, b.high);
}

/** Reports of the same day speak of the same moment of a running toll (tolls move daily). */
const SAME_MOMENT = 0;

/**
 * How two claims stand in time: the same moment (running tolls reported within a day of each other,
 * or counts of the same day), successive moments of a running toll, or not comparable (different
 * days' counts, or a day's count against a running toll).
 */
export function timeRelation(a: ClaimView, b: ClaimView): 'same' | 'successive' | null {
  // A toll counted over a span (`منذ الاثنين`: a week of clashes) is no count of one day's event,
  // nor of another span: it stands only beside figures of its own span.
  if (a.span !== b.span) return null;
  if (!a.cumulative || !b.cumulative) {
    return !a.cumulative && !b.cumulative && a.eventDay === b.eventDay ? 'same' : null;
  }
  if (a.reportDay === null || b.reportDay === null) return 'same';
  return Math.abs(a.reportDay - b.reportDay) <= SAME_MOMENT ? 'same' : 'successive';
}

const isBodies = (v: ClaimView): boolean => v.claim.evidence === 'bodies';

/** `part` counted inside `total` (of the same side, or where either names none), seen from `a`. */
function partOfToll(a: ClaimView, total: ClaimView, part: ClaimView): 'a-total' | 'b-total' | null {
  const fits = total.groupKey === part.groupKey || total.groupKey === '-' || part.groupKey === '-';
  if (!fits) return null;
  return total === a ? 'a-total' : 'b-total';
}

/**
 * How two claims of one family relate as slots: the same slot, one the total of the other's part,
 * or unrelated. A part whose side is not named may belong to any side's total, unless it counts
 * civilians or families (who belong to no side).
 */
export function relation(a: ClaimView, b: ClaimView): 'same' | 'a-total' | 'b-total' | null {
  if (a.family !== b.family) return null;
  // A facility's own count (the dead one hospital received) is a part of the toll counted
  // without one, of the same side or of no named side.
  if (a.facility !== b.facility && (a.facility === null || b.facility === null)) {
    return partOfToll(a, a.facility === null ? a : b, a.facility === null ? b : a);
  }
  // Bodies a crew recovered or counted (`انتشال 12 جثة`) are the dead found so far, a part of the
  // toll counted without them: a floor under it, never a rival count (unless they exceed it).
  if (isBodies(a) !== isBodies(b)) {
    const [total, part] = isBodies(a) ? [b, a] : [a, b];
    return total.cls === part.cls || total.cls === 'total' ? partOfToll(a, total, part) : null;
  }
  if (slotOf(a) === slotOf(b)) return a.groupKey === b.groupKey ? 'same' : null;
  const fits = (total: ClaimView, part: ClaimView): boolean =>
    total.cls === 'total' &&
    (total.groupKey === part.groupKey ||
      total.groupKey === '-' ||
      (part.groupKey === '-' && part.cls !== 'civilians' && part.cls !== 'families'));
  if (fits(a, b)) return 'a-total';
  if (fits(b, a)) return 'b-total';
  return null;
}

/** Kinds of counted people that name one victim population unless a report counts them apart. */
const ONE_POPULATION = new Set<KindClass>(['total', 'civilians', 'staff']);

/**
 * Per category (or family, slotOf) and side, the classes a report separates: some report gives figures for both (the
 * civilians among the dead and the dead in all). Classes no report separates are one slot.
 */
function separated(views: readonly ClaimView[], slotOf: (v: ClaimView) => string): Set<string> {
  const byDoc = new Map<string, Map<string, Set<number>>>();
  for (const v of views) {
    // A part (`بينهم 3 أطفال`) is inside its whole, not a population counted apart.
    if (!ONE_POPULATION.has(v.cls) || v.claim.partOf) continue;
    const key = `${slotOf(v)}|${v.groupKey}|${v.document.id}`;
    let m = byDoc.get(key);
    if (!m) byDoc.set(key, (m = new Map()));
    let figures = m.get(v.cls);
    if (!figures) m.set(v.cls, (figures = new Set()));
    figures.add(v.low);
  }
  const out = new Set<string>();
  for (const [key, m] of byDoc) {
    const [category, group] = key.split('|');
    const classes = [...m.keys()];
    for (const a of classes)
      for (const b of classes) {
        if (a >= b) continue;
        // Two classes with different figures in one report are counted apart.
        const fa = m.get(a)!;
        const fb = m.get(b)!;
        if ([...fa].some((x) => !fb.has(x))) out.add(`${category}|${group}|${a}|${b}`);
      }
  }
  return out;
}

/**
 * The slot class of each view: civilians, staff and people of no stated kind are one population
 * (`40 مدنيا` and `63 قتيلا` of one attack count the same dead) unless some report counts them
 * apart. Conflicts and estimates compare and bound within these slots.
 */
export function populationClass(
  views: readonly ClaimView[],
  slotOf: (v: ClaimView) => string = (v) => v.claim.category,
): (v: ClaimView) => KindClass {
  const apart = separated(views, slotOf);
  return (v) => {
    if (!ONE_POPULATION.has(v.cls)) return v.cls;
    const [a, b] = v.cls < 'total' ? [v.cls, 'total'] : ['total', v.cls];
    return apart.has(`${slotOf(v)}|${v.groupKey}|${a}|${b}`) ? v.cls : 'total';
  };
}
