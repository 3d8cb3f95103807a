// Across the reports: events → units → incidents → claim views → conflicts → estimates → timeline
// → campaigns. Language-free; it reads only the contract's claims and entities and the dates the
// language packs found.
//
//   1. Each report is an event report or not (events.ts); only event reports open incidents.
//   2. Its event claims are cut into units by place (units.ts): a round-up gives one unit per front.
//   3. Units are clustered online against whole incidents, in a canonical order (cluster.ts).
//   4. Per incident: claim views, conflicts, estimates, timeline (views, conflicts, estimates,
//      timeline). Claims are compared only inside their incident.
//   5. Incidents of one place that follow each other for weeks form a campaign (campaigns.ts).
//
// Incremental linking. `linkReports(previous, input)` links `input` on top of the state a previous
// call returned (null for the first call) and returns the whole result and the next state:
//
//     let { result, state } = linkReports(null, first);
//     ({ result, state } = linkReports(state, second)); // same incidents as one call on both
//
// The state is plain JSON (JSON.stringify / JSON.parse round-trip it): every report's metadata,
// dates and claims, its units and their incidents, and every incident's rendered board. Adding
// reports clusters only the new units (plus, when some new report is older than the newest one
// already linked, the units after it: a backfill replays from there), and re-renders only the
// incidents that received or lost a unit; the others are taken from the state as they were. The
// result is the same as one call over all reports, whatever the order or split of the input.
// Reports whose id is already in the state are ignored and listed in `skipped`.

import type {
  Campaign,
  Category,
  Claim,
  Conflict,
  DocumentInfo,
  Entity,
  Incident,
  TimelineEntry,
} from '../../types.js';
import type { PackTime } from '../pack.js';
import { linkCampaigns } from './campaigns.js';
import { canonical, Clusterer, incidentIdOf, MAX_SPAN, oneEventDay, WINDOW } from './cluster.js';
import type { Cluster } from './cluster.js';
import { findConflicts, toConflicts } from './conflicts.js';
import { dayOf, isoOf } from './days.js';
import { documentEvent } from './events.js';
import { estimates } from './estimates.js';
import { mentionUnits } from './mentions.js';
import { EntityIndex } from './sides.js';
import { hasShingle, sketch } from './sketch.js';
import { buildTimeline, durationDisputes } from './timeline.js';
import { followerOf, namedByDocument, unitsOf } from './units.js';
import type { Unit } from './units.js';
import type { ClaimView } from './views.js';
import { buildView, isIncidentFigure } from './views.js';

export interface LinkDocument {
  readonly info: DocumentInfo;
  readonly text: string;
  /** The text's sketch (link/sketch.ts), when it was taken where the text was read. */
  readonly sketch?: Uint32Array;
  readonly times: readonly PackTime[];
  /** Its headline or lead tells of an event by a toxic gas or chemical arms (the pack says). */
  readonly toxic?: boolean;
}

export interface LinkInput {
  readonly documents: readonly LinkDocument[];
  /** The claims of these documents, as the language packs read them. */
  readonly claims: readonly Claim[];
  /** Entities with their mentions in these documents. */
  readonly entities: readonly Entity[];
}

export interface LinkResult {
  /** Every report linked so far, with its event status. */
  readonly documents: readonly DocumentInfo[];
  readonly claims: readonly Claim[];
  readonly incidents: readonly Incident[];
  readonly campaigns: readonly Campaign[];
  readonly conflicts: readonly Conflict[];
  readonly timeline: readonly TimelineEntry[];
}

/** One incident as rendered, kept in the state until a unit joins or leaves it. */
export interface IncidentOutput {
  readonly incident: Incident;
  /** The incident's place and its parents (entity ids, most specific first). */
  readonly place: readonly string[];
  readonly conflicts: readonly Conflict[];
  readonly timeline: readonly TimelineEntry[];
  /** Claims a party states about its enemy's losses. */
  readonly partisan: Readonly<Record<string, { readonly speaker: string; readonly about: string }>>;
}

export interface StateDocument {
  readonly info: DocumentInfo;
  readonly times: readonly PackTime[];
  readonly claims: readonly Claim[];
}

/** What linking keeps between calls: plain JSON. */
export interface LinkState {
  readonly version: 1;
  /** Entities without their mentions (names, types, parents). */
  readonly entities: readonly Entity[];
  /** Reports in the order they were added. */
  readonly documents: readonly StateDocument[];
  /** Every unit, in canonical order. */
  readonly units: readonly Unit[];
  /** Unit key → incident id. */
  readonly assigned: Readonly<Record<string, string>>;
  /** Incident id → its rendered board. */
  readonly outputs: Readonly<Record<string, IncidentOutput>>;
}

export interface LinkOutcome {
  readonly result: LinkResult;
  readonly state: LinkState;
  /** Incidents rendered anew by this call (opened, grown, shrunk); the rest came from the state. */
  readonly changed: readonly string[];
  /** Incidents of the previous state that no longer exist. */
  readonly removed: readonly string[];
  /** Input reports ignored because their id was already linked. */
  readonly skipped: readonly string[];
}

/** Links a batch of reports in one call (no previous state). */
export function linkBatch(
  documents: readonly LinkDocument[],
  claims: readonly Claim[],
  entities: readonly Entity[],
): LinkResult {
  return linkReports(null, { documents, claims, entities }, true).result;
}

/**
 * The shingles of a report's sketch (its `sketch`, else taken from its text). A report linked alone
 * (`alone`: one report, no state kept) meets no other report's text, and the hashes of a sketch
 * are compared only across reports: its units ask of their shingles only whether there are any (a
 * unit with none joins on place alone, a follower with none and no place is none). One stand-in
 * hash answers that as the sketch would, and the text is not hashed.
 */
function shinglesOf(d: LinkDocument, alone: boolean): number[] {
  if (d.sketch) return numbersOf(d.sketch);
  if (alone) return hasShingle(d.text) ? [0] : [];
  return numbersOf(sketch(d.text));
}

function byKey<T>(list: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of list) {
    const k = key(x);
    let l = out.get(k);
    if (!l) out.set(k, (l = []));
    l.push(x);
  }
  return out;
}

/** A sketch's hashes as a plain list (a loop: `Array.from` walks a typed array through its iterator). */
function numbersOf(hashes: Uint32Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < hashes.length; i++) out.push(hashes[i]!);
  return out;
}

/** Merges two lists sorted in canonical order. */
function merge(a: readonly Unit[], b: readonly Unit[]): Unit[] {
  const out: Unit[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && canonical(a[i]!, b[j]!) <= 0)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

/**
 * `alone`: the caller links these reports once and keeps no state; with one report and no earlier
 * state (see shinglesOf) the state returned then holds no true sketch.
 */
export function linkReports(previous: LinkState | null, input: LinkInput, alone = false): LinkOutcome {
  // Entities: the state's table plus the new ones (first definition wins).
  const entityTable = new Map<string, Entity>();
  for (const e of previous?.entities ?? []) entityTable.set(e.id, e);
  for (const e of input.entities)
    if (!entityTable.has(e.id)) entityTable.set(e.id, { ...e, mentions: [] as Entity['mentions'] });
  const index = new EntityIndex([...entityTable.values()]);

  const known = new Map<string, StateDocument>();
  for (const d of previous?.documents ?? []) known.set(d.info.id, d);
  const claimsByDoc = byKey(input.claims, (c) => c.document);
  const titles = new Map<string, string>();
  for (const d of input.documents) if (d.info.title) titles.set(d.info.id, d.info.title);
  const named = namedByDocument(input.entities, index, titles);
  const skipped: string[] = [];
  const added: StateDocument[] = [];
  const addedIds = new Set<string>();
  const newUnits: Unit[] = [];
  for (const d of input.documents) {
    if (known.has(d.info.id) || addedIds.has(d.info.id)) {
      skipped.push(d.info.id);
      continue;
    }
    addedIds.add(d.info.id);
    const claims = claimsByDoc.get(d.info.id) ?? [];
    const event = documentEvent(claims, d.info.published, d.info);
    const names = named.get(d.info.id) ?? { parties: [], places: new Map() };
    const shingles = shinglesOf(d, alone && previous === null && input.documents.length === 1);
    let units: Unit[];
    if (event.status === 'event')
      units = unitsOf(d.info.id, d.info.published, claims, shingles, names, index);
    else {
      const follower = followerOf(d.info.id, d.info.published, claims, shingles, names, index);
      units = follower ? [follower] : [];
    }
    units = mentionUnits(d.info, event, units, claims, shingles, names, index);
    if (d.toxic) units = units.map((u) => (u.k === 0 ? { ...u, toxic: true as const } : u));
    added.push({ info: { ...d.info, event }, times: d.times, claims });
    newUnits.push(...units);
  }
  newUnits.sort(canonical);
  for (const d of added) known.set(d.info.id, d);

  const oldUnits = previous?.units ?? [];
  const units = merge(oldUnits, newUnits);
  const oldAssigned = previous?.assigned ?? {};
  const assigned: Record<string, string> = {};
  const clusterer = new Clusterer(index);
  const changed = new Set<string>();
  const first = newUnits[0];
  // Where clustering resumes: the first new unit in canonical order.
  const from = first === undefined ? units.length : units.indexOf(first);
  const day = first?.day ?? null;
  const cutoff = day === null ? -Infinity : day - MAX_SPAN - WINDOW;
  // Before it, assignments stand; incidents still open at that point are restored whole.
  let restoreFrom = from;
  while (restoreFrom > 0 && (units[restoreFrom - 1]!.day ?? Infinity) >= cutoff) restoreFrom--;
  for (let i = 0; i < from; i++) {
    const id = oldAssigned[units[i]!.key];
    if (id !== undefined) assigned[units[i]!.key] = id;
  }
  const restored = new Set<string>();
  const opened = new Set<string>();
  for (let i = restoreFrom; i < from; i++) {
    const u = units[i]!;
    const id = oldAssigned[u.key];
    // A follower that joined nothing.
    if (id === undefined) continue;
    if (!opened.has(id)) {
      // Seen first here: restored only if it was opened here (else it opened before the cut-off).
      opened.add(id);
      if (incidentIdOf(u) === id) restored.add(id);
    }
    if (restored.has(id)) clusterer.put(u, id);
  }
  for (let i = from; i < units.length; i++) {
    const u = units[i]!;
    const old = oldAssigned[u.key];
    if (old !== undefined) changed.add(old);
    const id = clusterer.add(u);
    if (id === null) continue;
    assigned[u.key] = id;
    changed.add(id);
  }

  // Render the incidents that changed; keep the others.
  const docs = known;
  const claimById = new Map<string, Claim>();
  /** Documents whose claims are in claimById. */
  const indexed = new Set<string>();
  const outputs: Record<string, IncidentOutput> = { ...(previous?.outputs ?? {}) };
  const removed: string[] = [];
  for (const id of changed) {
    const cluster = clusterer.clusters.get(id);
    if (!cluster) {
      if (outputs[id]) removed.push(id);
      delete outputs[id];
      continue;
    }
    for (const u of [...cluster.members, ...cluster.followers])
      if (!indexed.has(u.document)) {
        indexed.add(u.document);
        for (const c of docs.get(u.document)?.claims ?? []) claimById.set(c.id, c);
      }
    outputs[id] = renderIncident(cluster, docs, claimById, index);
  }

  const state: LinkState = {
    version: 1,
    entities: [...entityTable.values()],
    documents: [...(previous?.documents ?? []), ...added],
    units,
    assigned,
    outputs,
  };
  return {
    result: assemble(state, index),
    state,
    changed: [...changed].filter((id) => outputs[id] !== undefined).sort(),
    removed: removed.sort(),
    skipped,
  };
}

function titleOf(
  parties: readonly string[],
  place: string | undefined,
  start?: string,
  end?: string,
): string {
  const when = start ? (end && end !== start ? `${start} – ${end}` : start) : '';
  return [parties.join(' / '), place, when].filter((s) => s && s.length > 0).join(' · ');
}

function renderIncident(
  cluster: Cluster,
  docs: ReadonlyMap<string, StateDocument>,
  claimById: ReadonlyMap<string, Claim>,
  index: EntityIndex,
): IncidentOutput {
  const id = cluster.id;
  const members = [...cluster.members, ...cluster.followers].sort(canonical);
  const claims = members.flatMap((u) => u.claims.map((c) => claimById.get(c)).filter((c) => c !== undefined));
  const docIds = [...new Set(members.map((u) => u.document))];
  const timed = docIds.map((d) => ({
    id: d,
    published: dayOf(docs.get(d)?.info.published),
    times: docs.get(d)?.times ?? [],
  }));
  const entries = buildTimeline(id, timed, claims);
  // The dates of the event of one day (or of a few) are its event days: the days its reports'
  // figures give (a reaction or a toll of the next day does not stretch them). A battle or a siege
  // told day after day runs from the first day its narrative gives (within its window) to its
  // last report.
  let start: number | null;
  let end: number | null;
  if (oneEventDay(cluster)) {
    start = cluster.first;
    end = cluster.last;
  } else {
    start = cluster.start;
    end = cluster.end;
    for (const e of entries) {
      const d = e.precision === 'day' ? dayOf(e.date) : null;
      if (d !== null && (start === null || d < start)) start = d;
    }
    if (start !== null && end !== null) start = Math.max(start, end - MAX_SPAN);
  }
  const oneDay = oneEventDay(cluster);
  const views: ClaimView[] = claims.map((c, order) =>
    buildView(c, order, docs.get(c.document)!.info, id, start, index, oneDay),
  );
  // War-wide figures cited as background, a campaign's running totals and figures of an earlier
  // event the reports recall stay in the incident but are compared with nothing.
  const aside = new Set(members.flatMap((u) => u.aside));
  const compared = views.filter((v) => isIncidentFigure(v) && !aside.has(v.claim.id));
  const conflicts = toConflicts(findConflicts(compared), id);
  const startIso = start === null ? undefined : isoOf(start);
  const endIso = end === null ? undefined : isoOf(end);
  const disputes = durationDisputes(timed);
  const place = index.get(cluster.anchor ?? undefined);
  const country = index.get(cluster.country ?? undefined);
  const partyNames = [...cluster.parties]
    .filter(([, n]) => n * 3 >= cluster.members.length)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 3)
    .map(([p]) => index.get(p)?.name ?? p);
  const events: Category[] = [...cluster.events]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([e]) => e);
  const partisan: Record<string, { speaker: string; about: string }> = {};
  for (const v of views)
    if (v.partisan && v.side && v.groupSide)
      partisan[v.claim.id] = { speaker: v.side.name, about: v.groupSide.name };
  const incident: Incident = {
    id,
    title: titleOf(partyNames, place?.name, startIso, endIso) || id,
    documents: docIds,
    ...(place ? { location: place.name } : {}),
    ...(startIso ? { start: startIso } : {}),
    ...(endIso ? { end: endIso } : {}),
    estimates: estimates(compared),
    claims: claims.map((c) => c.id),
    ...(disputes.length > 0 ? { disputes } : {}),
    ...(partyNames.length > 0 ? { parties: partyNames } : {}),
    events,
    ...(country?.country ? { country: country.country } : {}),
  };
  return { incident, place: cluster.anchorChain, conflicts, timeline: entries, partisan };
}

/** The whole result from the state: incidents by start, campaigns over them, claims annotated. */
function assemble(state: LinkState, index: EntityIndex): LinkResult {
  const outputs = Object.values(state.outputs).sort(
    (a, b) =>
      (a.incident.start ?? '\uffff').localeCompare(b.incident.start ?? '\uffff') ||
      (a.incident.id < b.incident.id ? -1 : a.incident.id > b.incident.id ? 1 : 0),
  );
  const claimById = new Map<string, Claim>();
  for (const d of state.documents) for (const c of d.claims) claimById.set(c.id, c);
  const { campaigns, campaignOf, claimCampaign } = linkCampaigns(outputs, claimById, index);
  const incidentOfClaim = new Map<string, string>();
  const partisan = new Map<string, { speaker: string; about: string }>();
  for (const o of outputs) {
    for (const c of o.incident.claims ?? []) incidentOfClaim.set(c, o.incident.id);
    for (const [c, p] of Object.entries(o.partisan)) partisan.set(c, p);
  }
  const claims: Claim[] = [];
  for (const d of state.documents)
    for (const c of d.claims) {
      const incident = incidentOfClaim.get(c.id);
      const p = partisan.get(c.id);
      const campaign = claimCampaign.get(c.id);
      claims.push(
        incident || p || campaign
          ? {
              ...c,
              ...(incident ? { incident } : {}),
              ...(p ? { partisan: p } : {}),
              ...(campaign ? { campaign } : {}),
            }
          : c,
      );
    }
  const timeline = outputs.flatMap((o) => o.timeline);
  timeline.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    documents: state.documents.map((d) => d.info),
    claims,
    incidents: outputs.map((o) => {
      const campaign = campaignOf.get(o.incident.id);
      return campaign ? { ...o.incident, campaign } : o.incident;
    }),
    campaigns,
    conflicts: outputs.flatMap((o) => o.conflicts),
    timeline,
  };
}
