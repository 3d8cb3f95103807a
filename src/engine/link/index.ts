// Across the reports: incidents → claim views → conflicts → estimates → timeline. Language-free;
// it reads only the contract's claims and entities and the dates the language packs found.
//
// Order matters: claims can be compared only once they sit in an incident (slots are per incident),
// and an incident's start is needed to tell a running toll from one day's count.

import type { Claim, Conflict, DocumentInfo, Entity, Incident, TimelineEntry } from '../../types.js';
import type { PackTime } from '../pack.js';
import { findConflicts, toConflicts } from './conflicts.js';
import { dayOf, isoOf } from './days.js';
import { estimates } from './estimates.js';
import { claimsOfDocuments, elsewhere, groupDocuments } from './incidents.js';
import type { LinkDocument } from './incidents.js';
import { EntityIndex } from './sides.js';
import { buildTimeline, durationDisputes } from './timeline.js';
import type { ClaimView } from './views.js';
import { buildView } from './views.js';

export type { LinkDocument } from './incidents.js';

export interface LinkResult {
  readonly claims: readonly Claim[];
  readonly incidents: readonly Incident[];
  readonly conflicts: readonly Conflict[];
  readonly timeline: readonly TimelineEntry[];
}

interface Draft {
  id: string;
  documents: string[];
  place: string | null;
  actors: readonly string[];
  claims: Claim[];
}

function titleOf(draft: Draft, index: EntityIndex, start?: string, end?: string): string {
  const place = index.get(draft.place ?? undefined)?.name;
  const actors = draft.actors.map((id) => index.get(id)?.name).filter((n): n is string => !!n);
  const when = start ? (end && end !== start ? `${start} – ${end}` : start) : '';
  return [actors.join(' / '), place, when].filter((s) => s && s.length > 0).join(' · ') || draft.id;
}

export function linkReports(
  documents: readonly LinkDocument[],
  claims: readonly Claim[],
  entities: readonly Entity[],
): LinkResult {
  const index = new EntityIndex(entities);
  const info = new Map<string, DocumentInfo>(documents.map((d) => [d.info.id, d.info]));
  const times = new Map<string, readonly PackTime[]>(documents.map((d) => [d.info.id, d.times]));
  const groups = groupDocuments(documents, entities, index);
  const byDoc = claimsOfDocuments(claims);

  // Claims go to the incident of their report, unless the report places them elsewhere.
  const drafts: Draft[] = groups.map((g, k) => ({
    id: `incident-${k + 1}`,
    documents: [...g.documents],
    place: g.place,
    actors: g.actors,
    claims: [],
  }));
  const side = new Map<string, Draft>();
  for (const draft of [...drafts]) {
    for (const doc of draft.documents) {
      for (const c of byDoc.get(doc) ?? []) {
        const place = c.location?.entity;
        if (!elsewhere(place, draft.place, index)) {
          draft.claims.push(c);
          continue;
        }
        // Another incident of the batch at that place and time takes the claim; else it opens one.
        const day = dayOf(info.get(doc)?.published);
        const home = drafts.find(
          (d) =>
            d !== draft &&
            d.place !== null &&
            place !== undefined &&
            (index.placeChain(place).includes(d.place) || index.placeChain(d.place).includes(place)) &&
            d.documents.some((other) => {
              const o = dayOf(info.get(other)?.published);
              return day === null || o === null || Math.abs(o - day) <= 7;
            }),
        );
        const key = `${doc}|${place}`;
        let target = home ?? side.get(key);
        if (!target) {
          target = {
            id: `incident-${drafts.length + 1}`,
            documents: [],
            place: place ?? null,
            actors: [],
            claims: [],
          };
          drafts.push(target);
          side.set(key, target);
        }
        if (!target.documents.includes(doc)) target.documents.push(doc);
        target.claims.push(c);
      }
    }
  }

  const incidents: Incident[] = [];
  const conflicts: Conflict[] = [];
  const timeline: TimelineEntry[] = [];
  const incidentOf = new Map<string, string>();
  const partisan = new Map<string, { speaker: string; about: string }>();
  let order = 0;
  for (const draft of drafts) {
    const timed = draft.documents.map((id) => ({
      id,
      published: dayOf(info.get(id)?.published),
      times: times.get(id) ?? [],
    }));
    const entries = buildTimeline(draft.id, timed, draft.claims);
    const published = timed.map((t) => t.published).filter((d): d is number => d !== null);
    const firstDay = [...entries.filter((e) => e.precision === 'day').map((e) => dayOf(e.date)), ...published]
      .filter((d): d is number => d !== null)
      .reduce((m, d) => Math.min(m, d), Infinity);
    const lastDay = [...entries.map((e) => dayOf(e.date)), ...published]
      .filter((d): d is number => d !== null)
      .reduce((m, d) => Math.max(m, d), -Infinity);
    const start = Number.isFinite(firstDay) ? firstDay : null;
    const views: ClaimView[] = draft.claims.map((c) =>
      buildView(c, order++, info.get(c.document)!, draft.id, start, index),
    );
    for (const v of views) incidentOf.set(v.claim.id, draft.id);
    // War-wide figures cited as background, and figures of an earlier event the reports recall,
    // stay in the incident but are compared with nothing.
    const compared = views.filter((v) => v.claim.scope !== 'background' && !v.before);
    const drafted = findConflicts(compared);
    conflicts.push(...toConflicts(drafted, conflicts.length + 1));
    timeline.push(...entries);
    const startIso = start === null ? undefined : isoOf(start);
    const endIso = Number.isFinite(lastDay) ? isoOf(lastDay) : undefined;
    const disputes = durationDisputes(timed);
    const location = index.get(draft.place ?? undefined)?.name;
    incidents.push({
      id: draft.id,
      title: titleOf(draft, index, startIso, endIso),
      documents: draft.documents,
      ...(location ? { location } : {}),
      ...(startIso ? { start: startIso } : {}),
      ...(endIso ? { end: endIso } : {}),
      estimates: estimates(compared),
      claims: draft.claims.map((c) => c.id),
      ...(disputes.length > 0 ? { disputes } : {}),
    });
    for (const v of views) {
      if (v.partisan && v.side && v.groupSide)
        partisan.set(v.claim.id, { speaker: v.side.name, about: v.groupSide.name });
    }
  }
  const linked = claims.map((c) => {
    const incident = incidentOf.get(c.id);
    const p = partisan.get(c.id);
    return { ...c, ...(incident ? { incident } : {}), ...(p ? { partisan: p } : {}) };
  });
  timeline.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { claims: linked, incidents, conflicts, timeline };
}
