// An analyst's merges and splits of incidents, applied to a linked case. The linker groups reports
// by itself; an edit overrides its grouping by documents (incident ids change with every linking,
// documents do not): a merge joins every incident that holds one of its documents, a split takes
// its documents out of their incident into a new one. Edits apply in the order they were made.
// The incidents an edit touches get their estimates and conflicts computed again from their claims.
//
// Until the engine's linker takes a forced grouping, this reuses its per-incident steps.

import type { AnalysisResult, Claim, Conflict, DocumentInfo, Incident } from '../index.js';
import { findConflicts, toConflicts } from '../engine/link/conflicts.js';
import { dayOf, isoOf } from '../engine/link/days.js';
import { estimates } from '../engine/link/estimates.js';
import { EntityIndex } from '../engine/link/sides.js';
import { buildView } from '../engine/link/views.js';

export interface IncidentEdit {
  readonly id: number;
  readonly action: 'merge' | 'split';
  readonly documents: readonly string[];
}

interface Group {
  id: string;
  documents: string[];
  claims: string[];
  base: Incident | null;
  touched: boolean;
}

export function applyIncidentEdits(linked: AnalysisResult, edits: readonly IncidentEdit[]): AnalysisResult {
  if (edits.length === 0) return linked;
  const groups: Group[] = linked.incidents.map((i) => ({
    id: i.id,
    documents: [...i.documents],
    claims: [...(i.claims ?? [])],
    base: i,
    touched: false,
  }));
  const claimsById = new Map(linked.claims.map((c) => [c.id, c]));
  for (const edit of edits) {
    const wanted = new Set(edit.documents);
    const hit = groups.filter((g) => g.documents.some((d) => wanted.has(d)));
    if (edit.action === 'merge') {
      if (hit.length < 2) continue;
      const [into, ...rest] = hit as [Group, ...Group[]];
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
      };
      for (const g of hit) {
        const moving = g.documents.filter((d) => wanted.has(d));
        if (moving.length === g.documents.length && hit.length === 1) continue;
        g.documents = g.documents.filter((d) => !wanted.has(d));
        const keep: string[] = [];
        for (const id of g.claims) {
          const doc = claimsById.get(id)?.document;
          if (doc !== undefined && wanted.has(doc)) out.claims.push(id);
          else keep.push(id);
        }
        g.claims = keep;
        g.touched = true;
        for (const d of moving) if (!out.documents.includes(d)) out.documents.push(d);
      }
      if (out.documents.length > 0) groups.push(out);
    }
  }
  const live = groups.filter((g) => g.documents.length > 0 || g.claims.length > 0);
  if (!live.some((g) => g.touched)) return linked;

  const index = new EntityIndex(linked.entities);
  const info = new Map<string, DocumentInfo>(linked.documents.map((d) => [d.id, d]));
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
    const days = g.documents.map((d) => dayOf(info.get(d)?.published)).filter((d): d is number => d !== null);
    const start = days.length > 0 ? Math.min(...days) : null;
    const end = days.length > 0 ? Math.max(...days) : null;
    const views = claims
      .filter((c) => info.has(c.document))
      .map((c) => buildView(c, order++, info.get(c.document)!, g.id, start, index));
    const compared = views.filter((v) => v.claim.scope !== 'background' && !v.before);
    conflicts.push(...toConflicts(findConflicts(compared), g.id));
    const base = g.base;
    incidents.push({
      id: g.id,
      title: base?.title ?? g.id,
      documents: g.documents,
      ...(base?.location ? { location: base.location } : {}),
      ...(base?.start ? { start: base.start } : start !== null ? { start: isoOf(start) } : {}),
      ...(base?.end ? { end: base.end } : end !== null ? { end: isoOf(end) } : {}),
      estimates: estimates(compared),
      claims: g.claims,
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
