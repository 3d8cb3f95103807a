// Cross-document parts, scored only when the gold file annotates them. They are read through the
// claim matching: a gold conflict between claims A and B holds when the system conflicts the very
// system claims matched to A and B.

import type { AnalysisResult, ConflictKind } from '../types.js';
import type { Gold } from './gold.js';
import type { AgreementItem, ConflictItem, EvalReport, IncidentItem, TimelineItem } from './report-types.js';

/** Gold claim id → system claim id, for every match (required or optional). */
export type MatchMap = ReadonlyMap<string, string>;

/** Kinds that say two figures cannot both be right; `revision` may legitimately join agreeing figures. */
const OPPOSING: ReadonlySet<ConflictKind> = new Set(['disagreement', 'denial', 'sum_mismatch']);

export function scoreConflicts(
  gold: Gold,
  result: AnalysisResult,
  matched: MatchMap,
  inScope: (goldClaimId: string) => boolean,
): EvalReport['conflicts'] {
  if (gold.conflicts === null) return null;
  const items: ConflictItem[] = gold.conflicts
    .filter((c) => c.claims.every(inScope))
    .map((c) => {
      const ids = c.claims.map((g) => matched.get(g)).filter((id) => id !== undefined);
      const held =
        ids.length === c.claims.length
          ? result.conflicts.find((s) => c.kinds.includes(s.kind) && ids.every((id) => s.claims.includes(id)))
          : undefined;
      return { claims: c.claims, kinds: c.kinds, note: c.note, heldBy: held?.id ?? null };
    });
  return { held: { hit: items.filter((i) => i.heldBy !== null).length, total: items.length }, items };
}

export function scoreAgreements(
  gold: Gold,
  result: AnalysisResult,
  matched: MatchMap,
  inScope: (goldClaimId: string) => boolean,
): EvalReport['agreements'] {
  if (gold.agreements === null) return null;
  const opposing = result.conflicts.filter((c) => OPPOSING.has(c.kind));
  const items: AgreementItem[] = gold.agreements
    .filter((a) => a.claims.filter(inScope).length >= 2)
    .map((a) => {
      const system = a.claims.map((g) => matched.get(g)).filter((id) => id !== undefined);
      const falseConflicts = opposing
        .filter((c) => system.filter((id) => c.claims.includes(id)).length >= 2)
        .map((c) => c.id);
      return { claims: a.claims, note: a.note, falseConflicts };
    });
  return { falseConflicts: items.reduce((n, i) => n + i.falseConflicts.length, 0), items };
}

function pairsOf(groups: readonly (readonly string[])[]): Set<string> {
  const pairs = new Set<string>();
  for (const group of groups) {
    const docs = [...new Set(group)].sort();
    for (let i = 0; i < docs.length; i++)
      for (let j = i + 1; j < docs.length; j++) pairs.add(`${docs[i]}\u0000${docs[j]}`);
  }
  return pairs;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

/**
 * Incidents over the scored documents only (a partial run is not punished for documents it never
 * saw): exact document-set matches, and pairwise co-clustering precision/recall.
 */
export function scoreIncidents(
  gold: Gold,
  result: AnalysisResult,
  scored: ReadonlySet<string>,
): EvalReport['incidents'] {
  if (gold.incidents === null) return null;
  const system = result.incidents.map((i) => ({
    id: i.id,
    documents: i.documents.filter((d) => scored.has(d)),
  }));
  const items: IncidentItem[] = gold.incidents
    .map((g) => ({ ...g, documents: g.documents.filter((d) => scored.has(d)) }))
    .filter((g) => g.documents.length > 0)
    .map((g) => ({
      documents: g.documents,
      note: g.note,
      matchedBy: system.find((s) => sameSet(s.documents, g.documents))?.id ?? null,
    }));
  const goldPairs = pairsOf(items.map((i) => i.documents));
  const sysPairs = pairsOf(system.map((s) => s.documents));
  const both = [...sysPairs].filter((p) => goldPairs.has(p)).length;
  return {
    exact: { hit: items.filter((i) => i.matchedBy !== null).length, total: items.length },
    pairPrecision: sysPairs.size === 0 ? null : both / sysPairs.size,
    pairRecall: goldPairs.size === 0 ? null : both / goldPairs.size,
    items,
  };
}

export function scoreTimeline(
  gold: Gold,
  result: AnalysisResult,
  scored: ReadonlySet<string>,
): EvalReport['timeline'] {
  if (gold.timeline === null) return null;
  const items: TimelineItem[] = gold.timeline
    .filter((t) => t.documents.some((d) => scored.has(d)))
    .map((t) => ({
      date: t.date,
      what: t.what,
      documents: t.documents,
      held: result.timeline.some(
        (s) => s.date === t.date && s.documents.some((d) => t.documents.includes(d)),
      ),
    }));
  return { held: { hit: items.filter((i) => i.held).length, total: items.length }, items };
}
