// An analyst's merges and splits of incidents, applied to a linked case. The linker groups reports
// by itself; an edit overrides its grouping by documents (incident ids change with every linking,
// documents do not): a merge joins every incident that holds one of its documents, a split takes
// its documents out of their incident into a new one. Edits apply in the order they were made.
// The incidents an edit touches get their estimates and conflicts computed again from their claims,
// and keep what describes them: a merge keeps the union of its incidents' parties, places, days and
// kinds of event; each part of a split gets the parties, place and days its own documents name.
//
// Until the engine's linker takes a forced grouping, this reuses its per-incident steps.

import type { AnalysisResult, Category, Claim, Conflict, DocumentInfo, Incident } from '../index.js';
import { findConflicts, toConflicts } from '../engine/link/conflicts.js';
import { dayOf, isoOf } from '../engine/link/days.js';
import { estimates } from '../engine/link/estimates.js';
import { EntityIndex } from '../engine/link/sides.js';
import { namedByDocument } from '../engine/link/units.js';
import type { Named } from '../engine/link/units.js';
import { buildView, isIncidentFigure } from '../engine/link/views.js';

export interface IncidentEdit {
  readonly id: number;
  readonly action: 'merge' | 'split';
  readonly documents: readonly string[];
}

/** What describes an incident beyond its documents and claims, carried through the edits. */
interface Facets {
  readonly parties: readonly string[];
  /** Place names, the incident's own first. */
  readonly places: readonly string[];
  readonly start: string | null;
  readonly end: string | null;
  readonly events: readonly Category[];
  readonly country: string | null;
  readonly campaign: string | null;
  readonly disputes: NonNullable<Incident['disputes']>;
}

interface Group {
  id: string;
  documents: string[];
  claims: string[];
  base: Incident | null;
  touched: boolean;
  facets: Facets;
}

function facetsOf(i: Incident): Facets {
  return {
    parties: i.parties ?? [],
    places: i.location ? [i.location] : [],
    start: i.start ?? null,
    end: i.end ?? null,
    events: i.events ?? [],
    country: i.country ?? null,
    campaign: i.campaign ?? null,
    disputes: i.disputes ?? [],
  };
}

function union<T>(lists: readonly (readonly T[])[]): T[] {
  return [...new Set(lists.flat())];
}

function same<T>(values: readonly T[]): T | null {
  return values.length > 0 && values.every((v) => v === values[0]) ? values[0]! : null;
}

/** A merged incident: every party, place, day and kind of event of the incidents it joins. */
function mergedFacets(parts: readonly Facets[]): Facets {
  const starts = parts.map((f) => f.start).filter((d): d is string => d !== null);
  const ends = parts.map((f) => f.end).filter((d): d is string => d !== null);
  return {
    parties: union(parts.map((f) => f.parties)),
    places: union(parts.map((f) => f.places)),
    start: starts.length > 0 ? starts.reduce((a, b) => (b < a ? b : a)) : null,
    end: ends.length > 0 ? ends.reduce((a, b) => (b > a ? b : a)) : null,
    events: union(parts.map((f) => f.events)),
    country: same(parts.map((f) => f.country)),
    campaign: same(parts.map((f) => f.campaign)),
    disputes: parts.flatMap((f) => f.disputes),
  };
}

/** The incident title the linker writes: parties, place, days. */
function titleOf(f: Facets): string {
  const when = f.start ? (f.end && f.end !== f.start ? `${f.start} – ${f.end}` : f.start) : '';
  return [f.parties.join(' / '), f.places[0] ?? '', when].filter((s) => s.length > 0).join(' · ');
}

/** What the documents of one part of a split name, for its facets. */
interface Reading {
  readonly index: EntityIndex;
  readonly named: ReadonlyMap<string, Named>;
  readonly info: ReadonlyMap<string, DocumentInfo>;
  readonly claims: ReadonlyMap<string, Claim>;
  readonly timeline: AnalysisResult['timeline'];
}

/**
 * A part of a split: the parties at least a third of its documents name (most named first, at
 * most three, as the linker keeps them), the place of the incident it came from when its documents
 * name it, else the place they name most; its days from its reports and the days they date.
 */
function partFacets(g: Group, from: Facets, fromId: string, r: Reading): Facets {
  const partyCount = new Map<string, number>();
  const placeCount = new Map<string, number>();
  for (const d of g.documents) {
    const n = r.named.get(d);
    if (!n) continue;
    // Named by more reports first; among equals, named more within them (each list is by mentions).
    n.parties.forEach((p, k) =>
      partyCount.set(p, (partyCount.get(p) ?? 0) + 1 + (n.parties.length - k) / 100),
    );
    for (const [p, k] of n.places) placeCount.set(p, (placeCount.get(p) ?? 0) + k);
  }
  const ranked = <K>(m: Map<K, number>): [K, number][] =>
    [...m].sort((a, b) => b[1] - a[1] || (String(a[0]) < String(b[0]) ? -1 : 1));
  const parties = ranked(partyCount)
    .filter(([, n]) => Math.floor(n) * 3 >= g.documents.length)
    .slice(0, 3)
    .map(([p]) => r.index.get(p)?.name ?? p);
  const placeIds = ranked(placeCount).map(([p]) => p);
  const kept = placeIds.find((p) => from.places.includes(r.index.get(p)?.name ?? ''));
  const best = kept ?? placeIds.find((p) => (placeCount.get(p) ?? 0) >= 2);
  const place = best === undefined ? undefined : r.index.get(best);
  const days = g.documents.map((d) => dayOf(r.info.get(d)?.published)).filter((d): d is number => d !== null);
  const docs = new Set(g.documents);
  const own = new Set(g.claims);
  const dated = r.timeline
    .filter(
      (t) =>
        t.precision === 'day' &&
        (t.claims.some((c) => own.has(c)) ||
          (t.claims.length === 0 && t.incident === fromId && t.documents.some((d) => docs.has(d)))),
    )
    .map((t) => dayOf(t.date))
    .filter((d): d is number => d !== null);
  const first = [...days, ...dated];
  const events = new Map<Category, number>();
  for (const id of g.claims) {
    const c = r.claims.get(id);
    if (c) events.set(c.category, (events.get(c.category) ?? 0) + 1);
  }
  return {
    parties,
    places: place ? [place.name] : [],
    start: first.length > 0 ? isoOf(Math.min(...first)) : null,
    end: days.length > 0 ? isoOf(Math.max(...days)) : null,
    events: ranked(events).map(([e]) => e),
    country: place?.country ?? (kept !== undefined ? from.country : null),
    campaign: null,
    disputes: from.disputes.filter((x) => x.documents.every((d) => docs.has(d))),
  };
}

export function applyIncidentEdits(linked: AnalysisResult, edits: readonly IncidentEdit[]): AnalysisResult {
  if (edits.length === 0) return linked;
  const groups: Group[] = linked.incidents.map((i) => ({
    id: i.id,
    documents: [...i.documents],
    claims: [...(i.claims ?? [])],
    base: i,
    touched: false,
    facets: facetsOf(i),
  }));
  const claimsById = new Map(linked.claims.map((c) => [c.id, c]));
  const index = new EntityIndex(linked.entities);
  const info = new Map<string, DocumentInfo>(linked.documents.map((d) => [d.id, d]));
  let named: Map<string, Named> | null = null;
  const reading = (): Reading => ({
    index,
    named: (named ??= namedByDocument(linked.entities, index)),
    info,
    claims: claimsById,
    timeline: linked.timeline,
  });
  for (const edit of edits) {
    const wanted = new Set(edit.documents);
    const hit = groups.filter((g) => g.documents.some((d) => wanted.has(d)));
    if (edit.action === 'merge') {
      if (hit.length < 2) continue;
      const [into, ...rest] = hit as [Group, ...Group[]];
      into.facets = mergedFacets(hit.map((g) => g.facets));
      for (const g of rest) {
        for (const d of g.documents) if (!into.documents.includes(d)) into.documents.push(d);
        into.claims.push(...g.claims);
        groups.splice(groups.indexOf(g), 1);
      }
      into.touched = true;
    } else {
      const out: Group = {
        id: `incident:split-${edit.id}`,
        documents: [],
        claims: [],
        base: null,
        touched: true,
        facets: facetsOf({ id: '', title: '', documents: [], estimates: [] }),
      };
      const sources: Facets[] = [];
      for (const g of hit) {
        const moving = g.documents.filter((d) => wanted.has(d));
        if (moving.length === g.documents.length && hit.length === 1) continue;
        sources.push(g.facets);
        g.documents = g.documents.filter((d) => !wanted.has(d));
        const keep: string[] = [];
        for (const id of g.claims) {
          const doc = claimsById.get(id)?.document;
          if (doc !== undefined && wanted.has(doc)) out.claims.push(id);
          else keep.push(id);
        }
        g.claims = keep;
        g.touched = true;
        g.facets = partFacets(g, g.facets, g.base?.id ?? g.id, reading());
        for (const d of moving) if (!out.documents.includes(d)) out.documents.push(d);
      }
      if (out.documents.length > 0) {
        const from = mergedFacets(sources);
        out.facets = partFacets(out, from, hit[0]?.base?.id ?? hit[0]?.id ?? '', reading());
        groups.push(out);
      }
    }
  }
  const live = groups.filter((g) => g.documents.length > 0 || g.claims.length > 0);
  if (!live.some((g) => g.touched)) return linked;

  const touchedClaims = new Set(live.filter((g) => g.touched).flatMap((g) => g.claims));
  const kept: Conflict[] = linked.conflicts.filter((c) => !c.claims.some((id) => touchedClaims.has(id)));
  const conflicts: Conflict[] = [...kept];
  const incidentOf = new Map<string, string>();
  const incidents: Incident[] = [];
  let order = 0;
  for (const g of live) {
    for (const id of g.claims) incidentOf.set(id, g.id);
    if (!g.touched && g.base) {
      incidents.push(g.base);
      continue;
    }
    const claims = g.claims.map((id) => claimsById.get(id)).filter((c): c is Claim => c !== undefined);
    const f = g.facets;
    const start = dayOf(f.start ?? undefined);
    const views = claims
      .filter((c) => info.has(c.document))
      .map((c) => buildView(c, order++, info.get(c.document)!, g.id, start, index));
    const compared = views.filter(isIncidentFigure);
    conflicts.push(...toConflicts(findConflicts(compared), g.id));
    incidents.push({
      id: g.id,
      title: titleOf(f) || g.id,
      documents: g.documents,
      ...(f.places[0] ? { location: f.places[0] } : {}),
      ...(f.places.length > 1 ? { places: f.places } : {}),
      ...(f.start ? { start: f.start } : {}),
      ...(f.end ? { end: f.end } : {}),
      estimates: estimates(compared),
      claims: g.claims,
      ...(f.disputes.length > 0 ? { disputes: f.disputes } : {}),
      ...(f.campaign ? { campaign: f.campaign } : {}),
      ...(f.parties.length > 0 ? { parties: f.parties } : {}),
      events: f.events,
      ...(f.country ? { country: f.country } : {}),
      edited: true,
    } as Incident);
  }
  const claims = linked.claims.map((c) => {
    const incident = incidentOf.get(c.id);
    return incident ? { ...c, incident } : c;
  });
  const timeline = linked.timeline.map((t) => {
    const first = t.claims.map((id) => incidentOf.get(id)).find((x) => x !== undefined);
    return first ? { ...t, incident: first } : t;
  });
  return { ...linked, incidents, conflicts, claims, timeline };
}
