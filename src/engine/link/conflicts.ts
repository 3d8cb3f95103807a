// Contradictions among the claims of one incident:
//   denial        a denied figure and the figures from other sources it rejects (same slot, an
//                 overlapping or larger figure: denying "about 200 escaped" rejects ">800 freed" too);
//   revision      a source's running toll that moves from one report to a later one (not an error:
//                 evolution, listed in time order);
//   disagreement  incompatible figures from different sources for the same slot and time, or a
//                 part that exceeds another source's total;
//   sum_mismatch  a whole that its own stated parts exceed (121 = 77 + 40 + 4 holds: no flag).
//
// Each claim is compared with the latest claim of every other speaker in its slot, never with
// every claim: a slot holds few speakers, so the cost stays linear in claims.

import type { Conflict, ConflictKind } from '../../types.js';
import { isoOf } from './days.js';
import type { ClaimView } from './views.js';
import {
  describeQuantity,
  overlaps,
  populationClass,
  populationOf,
  relation,
  slotOf,
  timeRelation,
  topOf,
} from './views.js';
import { echoesOf, independenceOf, onePerSource, sameSource } from './independence.js';

export interface ConflictDraft {
  readonly kind: ConflictKind;
  readonly views: readonly ClaimView[];
  readonly note: string;
}

function who(v: ClaimView): string {
  const outlet = v.claim.attribution[0]?.name;
  const day = v.reportDay === null ? '' : `, ${isoOf(v.reportDay)}`;
  const speaker = v.speaker.name;
  const via = outlet && outlet !== speaker ? ` (${outlet}${day})` : day ? ` (${day.slice(2)})` : '';
  return `${speaker}${via}`;
}

function slotName(v: ClaimView): string {
  const group = v.groupSide?.name ?? v.claim.subject.group;
  const who = group
    ? v.cls === 'total'
      ? group
      : `${group} ${v.cls}`
    : v.cls === 'total'
      ? 'people of no named side'
      : v.cls;
  return `${v.claim.category.replace(/_/g, ' ')}, ${who}`;
}

function figure(v: ClaimView): string {
  const stance = v.claim.stance === 'asserted' ? '' : ` [${v.claim.stance}]`;
  const partisan = v.partisan ? ' [partisan: a party on its enemy\u2019s losses]' : '';
  return `${describeQuantity(v.claim)}${stance}${partisan}`;
}

const byTime = (a: ClaimView, b: ClaimView): number =>
  (a.reportDay ?? 0) - (b.reportDay ?? 0) || a.order - b.order;

function denials(views: readonly ClaimView[]): ConflictDraft[] {
  const out: ConflictDraft[] = [];
  for (const d of views) {
    if (d.claim.stance !== 'denied') continue;
    const targets = views.filter(
      (t) =>
        t !== d &&
        t.claim.stance !== 'denied' &&
        t.speakerKey !== d.speakerKey &&
        !sameSource(d, t) &&
        relation(d, t) !== null &&
        // An open figure (`40 على الأقل`) agrees with any larger one: denying 120 rejects it only
        // if it states 120 or more.
        ((Number.isFinite(t.high) && overlaps(d, t)) || t.low >= d.low),
    );
    if (targets.length === 0) continue;
    const list = [...new Set(targets.map((t) => `${figure(t)} per ${who(t)}`))].join('; ');
    out.push({
      kind: 'denial',
      views: [d, ...targets],
      note: `${slotName(d)}: ${who(d)} denies ${describeQuantity(d.claim)}, which ${targets.length === 1 ? 'is' : 'are'} reported as ${list}.`,
    });
  }
  return out;
}

/**
 * Whose running toll a figure belongs to: a party's figures for its enemy's losses, and for the
 * civilians its enemy killed (who belong to no side), form their own line: an army's 120 dead in a
 * camp the enemy attacked is its tally, not the next step of a doctors' network's 40. A party's
 * count of its own people and every other source's figures form one line, the slot's evolution
 * as reported.
 */
function lineage(v: ClaimView): string {
  return v.side && (v.partisan || v.claim.subject.kind === 'civilians') ? `side:${v.side.id}` : 'reported';
}

/** Two figures state one step of a toll: they overlap, an open one (`27 على الأقل`) at its figure. */
function sameStep(a: ClaimView, b: ClaimView): boolean {
  return a.low <= topOf(b) && b.low <= topOf(a);
}

/** A revision chain's steps in time order, each its representative and every claim stating it. */
type Steps = { rep: ClaimView; all: ClaimView[] }[];

function revisions(chains: readonly Steps[]): ConflictDraft[] {
  const out: ConflictDraft[] = [];
  for (const steps of chains) {
    const path = steps
      .map(
        ({ rep }) =>
          `${describeQuantity(rep.claim)} (${rep.reportDay === null ? 'undated' : isoOf(rep.reportDay)}, ${rep.speaker.name})`,
      )
      .join(' → ');
    out.push({
      kind: 'revision',
      views: steps.flatMap((s) => s.all),
      note: `${slotName(steps[0]!.rep)}: the toll moves ${path}.`,
    });
  }
  return out;
}

/**
 * The claims the last step of a revision chain supersedes, by claim id: the estimates count a
 * rising toll at its latest figure, not at the median of its steps. Only a step of an earlier day
 * (or of no known day) is superseded: reports of one day carry no hour, and their figures stay
 * independent voices in the median, unless the last step's report states the earlier step itself.
 */
export function revisedClaims(all: readonly ClaimView[]): Set<string> {
  const out = new Set<string>();
  for (const { list, chains } of familiesOf(all)) {
    // The claims of the family by report, slot and figure, made when a step is first superseded.
    let same: Map<string, string[]> | null = null;
    for (const steps of chains) {
      // A part sets no bound, so it supersedes nothing: the last step counted on its own does.
      const at = steps.findLastIndex((s) => !s.rep.claim.partOf);
      if (at <= 0) continue;
      const last = steps[at]!.rep;
      for (const step of steps.slice(0, at)) {
        // A report that states an earlier step itself (`3, a first toll gave 2`) tells the rise:
        // that step is superseded on the report's own day too.
        const told = step.all.some((v) => v.document.id === last.document.id);
        for (const v of step.all) {
          // An undated step lies before the last by its figure (revisionChains).
          if (!told && v.reportDay !== null && v.reportDay >= last.reportDay!) continue;
          out.add(v.claim.id);
          // The same figure stated again in the same report (a headline giving it to a party, the
          // body to its ministry) is the same step.
          const key = figureKey(v);
          if (key === null) continue;
          same ??= sameFigures(list);
          for (const id of same.get(key) ?? []) out.add(id);
        }
      }
    }
  }
  return out;
}

/** A claim's report, slot and figure; null when its figure is not a number (it equals nothing). */
function figureKey(v: ClaimView): string | null {
  if (Number.isNaN(v.low) || Number.isNaN(v.high)) return null;
  return `${v.document.id}\u0000${slotOf(v)}\u0000${v.low}\u0000${v.high}`;
}

/** The claim ids of views by figureKey, in the views' order. */
function sameFigures(list: readonly ClaimView[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const w of list) {
    const key = figureKey(w);
    if (key === null) continue;
    let ids = out.get(key);
    if (!ids) out.set(key, (ids = []));
    ids.push(w.claim.id);
  }
  return out;
}

/** An incident's compared claims by family, each family with its revision chains. */
interface Family {
  readonly list: readonly ClaimView[];
  readonly chains: readonly Steps[];
}

/**
 * The families of an incident's compared claims (one slot per population) and their revision
 * chains, made once per list of views: the conflicts and the estimates both read them.
 */
const families = new WeakMap<readonly ClaimView[], readonly Family[]>();

function familiesOf(all: readonly ClaimView[]): readonly Family[] {
  let out = families.get(all);
  if (!out) {
    out = [...byFamily(oneSlotPerPopulation(all)).values()].map((list) => ({
      list,
      chains: revisionChains(list),
    }));
    families.set(all, out);
  }
  return out;
}

/**
 * The steps of one chain: one figure per report day, the largest (a day's parts never outrank its
 * total), with every claim of that day that states it (two officials giving one figure are both its
 * source).
 */
function stepsOf(chain: readonly ClaimView[], rivals: readonly ClaimView[] = []): Steps {
  const days = new Map<number, ClaimView[]>();
  for (const v of chain) {
    if (v.reportDay === null) continue;
    let list = days.get(v.reportDay);
    if (!list) days.set(v.reportDay, (list = []));
    list.push(v);
  }
  const steps: Steps = [];
  for (const day of [...days.keys()].sort((a, b) => a - b)) {
    const list = days.get(day)!;
    // Through one day a toll rises from report to report (17 → 38 → 58 → 74): each report's
    // largest figure of the day is a step, in rising order (reports carry no hour).
    const perDoc = new Map<string, ClaimView>();
    for (const v of list) {
      const held = perDoc.get(v.document.id);
      // Of one figure told twice, the telling that names its source (the body's, not the headline's).
      if (!held || v.low > held.low || (v.low === held.low && v.sourced && !held.sourced))
        perDoc.set(v.document.id, v);
    }
    // A report whose largest figure is a rival count gives no step: its smaller figures are other
    // counts (the dead of one building), never the toll.
    const reps = [...perDoc.values()].filter((v) => !rivals.includes(v));
    for (const rep of reps.sort((a, b) => a.low - b.low || a.order - b.order)) {
      const last = steps[steps.length - 1];
      // Only a rise is a step: a later, lower figure is a disagreement, told apart.
      // An open figure (`27 على الأقل`) is its stated figure here: 41 later that day is a rise.
      if (last && rep.low <= topOf(last.rep)) {
        if (sameStep(last.rep, rep) && !last.all.includes(rep)) last.all.push(rep);
        continue;
      }
      const all = list.filter((v) => sameStep(v, rep) && !rivals.includes(v));
      steps.push({ rep, all: all.sort((a, b) => a.order - b.order) });
    }
  }
  return steps;
}

/**
 * The claims of a step from another source that the previous step's source later undercuts: a
 * figure of its own, of a later report day, above its earlier step and below this one. Null when
 * no step is undercut.
 */
function undercutStep(chain: readonly ClaimView[], steps: Steps): ClaimView[] | null {
  for (let k = 1; k < steps.length; k++) {
    const before = steps[k - 1]!.rep;
    const step = steps[k]!.rep;
    if (step.speakerKey === before.speakerKey || step.reportDay === null) continue;
    const own = chain.some(
      (v) =>
        v.speakerKey === before.speakerKey &&
        v.reportDay !== null &&
        v.reportDay > step.reportDay! &&
        v.low > topOf(before) &&
        topOf(v) < step.low,
    );
    if (own) return steps[k]!.all.filter((v) => v.speakerKey === step.speakerKey);
  }
  return null;
}

function revisionChains(views: readonly ClaimView[]): Steps[] {
  const chains = new Map<string, ClaimView[]>();
  const population = populationOf(views);
  for (const v of views) {
    if (!v.cumulative || v.claim.stance === 'denied') continue;
    if (v.claim.quantity.qualifier === 'vague') continue;
    // A toll is revised within its own category: "killed or wounded" is not a revised "killed".
    // One hospital's count, or the bodies one crew recovered, is no step of the whole's toll.
    // A toll counted since a day (`منذ الاثنين`) rises only with tolls of the same span.
    const key = `${v.claim.category}|${population(v)}|${slotOf(v)}|${lineage(v)}|${v.facility ?? ''}|${v.claim.evidence ?? ''}|${v.span ?? ''}`;
    let list = chains.get(key);
    if (!list) chains.set(key, (list = []));
    list.push(v);
  }
  const out: Steps[] = [];
  for (const chain of chains.values()) {
    if (new Set(chain.filter((v) => v.reportDay !== null).map((v) => v.document.id)).size < 2) continue;
    let steps = stepsOf(chain);
    // A source's own later figure below another source's step says the toll had not reached it:
    // the step is a rival count, not this source's next step (a doctors' network's 40, then its
    // own 63 the next day, beside a committee's ≥70 of the first day: 40 → 63).
    const rival = undercutStep(chain, steps);
    if (rival) steps = stepsOf(chain, rival);
    // Parts alone (`بينهم تسعة أطفال` → `بينهم 14 طفلا`) rise with their wholes, whose chain tells
    // it; a part is a step where its people are also counted on their own (5 fighters, then 40 of
    // them inside a report's breakdown).
    if (steps.length < 2 || steps.every((s) => s.all.every((v) => v.claim.partOf))) continue;
    // A report of no known day whose figure lies strictly between two dated steps is the step
    // between them (Saba's undated 21 between the ministry's 9 and 33): tolls rise.
    for (const v of chain) {
      if (v.reportDay !== null || v.claim.partOf) continue;
      const at = steps.findIndex(
        (s, k) => k + 1 < steps.length && topOf(s.rep) < v.low && topOf(v) < steps[k + 1]!.rep.low,
      );
      if (at < 0) continue;
      const next = steps[at + 1]!;
      if (sameStep(next.rep, v)) continue;
      const held = steps.find((s) => s.rep.reportDay === null && sameStep(s.rep, v));
      if (held) held.all.push(v);
      else steps.splice(at + 1, 0, { rep: v, all: [v] });
    }
    out.push(steps);
  }
  return out;
}

function latestPerSpeaker(views: readonly ClaimView[]): ClaimView[] {
  const latest = new Map<string, ClaimView>();
  // The latest report day, and in it the largest figure (a day's parts never outrank its total).
  // A source's later figure supersedes its earlier one in the same category only: "killed or
  // wounded" in one clash does not replace its "killed" for the whole event.
  const order = (a: ClaimView, b: ClaimView): number =>
    (a.reportDay ?? 0) - (b.reportDay ?? 0) || a.low - b.low || a.order - b.order;
  for (const v of [...views].sort(order)) {
    if (v.claim.stance === 'denied') continue;
    latest.set(
      `${v.speakerKey}|${v.claim.category}|${v.groupKey}|${slotOf(v)}|${v.cumulative ? '' : v.eventDay}|${v.claim.evidence ?? ''}|${v.span ?? ''}`,
      v,
    );
  }
  return [...latest.values()].sort((a, b) => a.order - b.order);
}

/**
 * A figure a report states in its own voice (a headline's `63`) that its body gives to a named
 * source (`قالت الشبكة … 63 قتيلا`) is that source's figure told twice: one rival, not two.
 */
function ownVoicesOnce(reps: readonly ClaimView[]): ClaimView[] {
  // The sourced figures by report, slot and figure (`figureKey`), and category.
  const key = (v: ClaimView): string | null => {
    const k = figureKey(v);
    return k === null ? null : `${k}\u0000${v.claim.category}`;
  };
  const sourced = new Set<string>();
  for (const w of reps) {
    const k = w.sourced ? key(w) : null;
    if (k !== null) sourced.add(k);
  }
  return reps.filter((v) => {
    if (v.sourced) return true;
    const k = key(v);
    return k === null || !sourced.has(k);
  });
}

/**
 * The most a figure says there are: its high end, but none for a vague amount (`مئات الجرحى` is
 * at least a hundred, not at most 999): a vague amount contradicts only a figure below its floor.
 */
function ceiling(v: ClaimView): number {
  return v.claim.quantity.qualifier === 'vague' ? Infinity : v.high;
}

function disagreements(views: readonly ClaimView[], revised: ReadonlySet<string>): ConflictDraft[] {
  // A wire's republished copies stand with their origin: one rival, not one per outlet.
  const reps = ownVoicesOnce(onePerSource(latestPerSpeaker(views)));
  const ids = new Set(views.map((v) => v.claim.id));
  const inWhole = (v: ClaimView): boolean => v.claim.partOf !== undefined && ids.has(v.claim.partOf);
  const out: ConflictDraft[] = [];
  for (let i = 0; i < reps.length; i++) {
    for (let j = i + 1; j < reps.length; j++) {
      const a = reps[i]!;
      const b = reps[j]!;
      const when = timeRelation(a, b);
      if (a.speakerKey === b.speakerKey || when === null) continue;
      // A republished copy does not disagree with the report it copies.
      if (sameSource(a, b)) continue;
      // One report's figures in one slot are mostly different moments or places of the event,
      // unless the report sets two parties' figures against each other, or two named sources
      // (`30 inside the mosque`, said a witness, vs `at least 70`, said the ministry).
      const rivals = (a.side && b.side && a.side.id !== b.side.id) || (a.sourced && b.sourced);
      if (a.document.id === b.document.id && !rivals) continue;
      // A report that gives the toll and the earlier step it rose from (`3 … a first toll gave 2`)
      // tells a revision (revisedClaims), not two rival sources.
      if (a.document.id === b.document.id && (revised.has(a.claim.id) || revised.has(b.claim.id))) continue;
      // A vague amount (tens, hundreds) contradicts only a figure of the same day.
      const vague = a.claim.quantity.qualifier === 'vague' || b.claim.quantity.qualifier === 'vague';
      if (vague && a.reportDay !== b.reportDay) continue;
      if (a.claim.partOf && (a.claim.partOf === b.claim.partOf || a.claim.partOf === b.claim.id)) continue;
      if (b.claim.partOf === a.claim.id) continue;
      // A part (`بينهم سبعة أطفال`) is compared through its whole, never as a rival figure: 14
      // children among 41 dead do not exceed another report's earlier 12, the 41 is its rise.
      if (inWhole(a) || inWhole(b)) continue;
      if ((a.claim.partOf || b.claim.partOf) && relation(a, b) === 'same') continue;
      const rel = relation(a, b);
      if (rel === null) continue;
      // A report of no known day cannot be placed on a rising toll: its figure may be any step of
      // it (Saba's undated 21 between the ministry's 9 and 33), unless two parties set their counts
      // against each other.
      const opposed = a.side !== undefined && b.side !== undefined && a.side.id !== b.side.id;
      if (
        rel === 'same' &&
        (a.reportDay === null || b.reportDay === null) &&
        a.document.id !== b.document.id &&
        !opposed
      )
        continue;
      const [early, late] = byTime(a, b) <= 0 ? [a, b] : [b, a];
      let clash: boolean;
      // Figures of one day from outlets that name no source of their own are the day's running
      // toll as it rose (a revision chain), not rival counts; named sources can disagree.
      if (
        rel === 'same' &&
        a.reportDay !== null &&
        a.reportDay === b.reportDay &&
        a.document.id !== b.document.id &&
        !(a.sourced && b.sourced) &&
        a.cumulative &&
        b.cumulative
      )
        continue;
      if (rel === 'same') {
        // At one moment any gap is a clash; over time only a fall is (tolls rise as bodies are counted).
        // A later figure under half the earlier one is no recount: the sources disagree.
        // A later, lower figure from another line (a doctors' network's 63 after an army's 120) is
        // no recount of it: the sources disagree.
        clash =
          when === 'same'
            ? a.low > ceiling(b) || b.low > ceiling(a)
            : ceiling(late) < (lineage(early) === lineage(late) ? early.low / 2 : early.low);
      } else {
        const [total, part] = rel === 'a-total' ? [a, b] : [b, a];
        clash = part.low > ceiling(total) && (when === 'same' || total === late);
      }
      if (!clash) continue;
      const what = rel === 'same' ? slotName(a) : `${slotName(rel === 'a-total' ? b : a)} exceeds the total`;
      const unsplit = a.claim.category !== b.claim.category ? ' (one counts killed or wounded together)' : '';
      out.push({
        kind: 'disagreement',
        views: [early, late, ...echoesOf(new Set([early, late]), views)],
        note: `${what}${unsplit}: ${figure(early)} per ${who(early)} vs ${figure(late)} per ${who(late)}.`,
      });
    }
  }
  return out;
}

function sumMismatches(views: readonly ClaimView[]): ConflictDraft[] {
  const parts = new Map<string, ClaimView[]>();
  for (const v of views) {
    if (!v.claim.partOf) continue;
    let list = parts.get(v.claim.partOf);
    if (!list) parts.set(v.claim.partOf, (list = []));
    list.push(v);
  }
  const byId = new Map(views.map((v) => [v.claim.id, v]));
  const out: ConflictDraft[] = [];
  for (const [wholeId, list] of parts) {
    const whole = byId.get(wholeId);
    if (!whole || whole.family !== list[0]?.family) continue;
    const sum = list.reduce((n, v) => n + v.low, 0);
    if (sum <= whole.high) continue;
    out.push({
      kind: 'sum_mismatch',
      views: [whole, ...list],
      note: `${slotName(whole)}: the parts ${list.map((v) => describeQuantity(v.claim)).join(' + ')} = ${sum} exceed the stated whole ${describeQuantity(whole.claim)} per ${who(whole)}.`,
    });
  }
  return out;
}

/** One victim population is one slot, as in the estimates (populationClass). */
function oneSlotPerPopulation(all: readonly ClaimView[]): ClaimView[] {
  // Compared by family (`ضحايا` beside `قتلى`): a report's 11 women among its victims counts them
  // apart from its 44 dead.
  const slotClass = populationClass(all, (v) => v.family);
  return all.map((v) => {
    // A part keeps its class: it is inside its whole, never the whole's population.
    if (v.claim.partOf) return v;
    const slot = slotClass(v);
    return slot === v.cls ? v : { ...v, slot };
  });
}

function byFamily(views: readonly ClaimView[]): Map<string, ClaimView[]> {
  const out = new Map<string, ClaimView[]>();
  for (const v of views) {
    if (v.claim.category === 'other') continue;
    let list = out.get(v.family);
    if (!list) out.set(v.family, (list = []));
    list.push(v);
  }
  return out;
}

/** All conflicts among one incident's claims, in a stable order. */
export function findConflicts(all: readonly ClaimView[]): ConflictDraft[] {
  const out: ConflictDraft[] = [];
  const revised = revisedClaims(all);
  for (const { list, chains } of familiesOf(all)) {
    out.push(...denials(list), ...revisions(chains), ...disagreements(list, revised), ...sumMismatches(list));
  }
  return out;
}

/** Conflicts numbered within their incident, so that their ids survive adding reports elsewhere. */
export function toConflicts(drafts: readonly ConflictDraft[], incident: string): Conflict[] {
  return drafts.map((d, k) => {
    const independence = independenceOf(d.views);
    return {
      id: `${incident}/conflict-${k + 1}`,
      kind: d.kind,
      claims: d.views.map((v) => v.claim.id),
      note: d.note,
      ...(independence ? { independentSources: independence.independentSources } : {}),
    };
  });
}
