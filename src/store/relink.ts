// Linking a case from what the store keeps: each document's own reading (never re-reading the
// texts), the analyst's corrections applied to the claims first, so corrected figures, sides and
// stances are what incidents, conflicts, estimates and the timeline are built from.
//
// This is the one place a case is linked: the incremental linker of the engine replaces the body
// of `relinkCase` when it lands, with the same inputs (stored readings, corrections) and outputs
// (claim rows, the case's views).

import type { Kysely, Transaction } from 'kysely';
import { linkReadings, VERSION } from '../index.js';
import type { AnalysisResult, Claim, DocumentReading, PackResult } from '../index.js';
import { markSyndicated } from '../ingest/duplicates.js';
import { applyCorrections } from './corrections.js';
import type { Correction, ReviewMark } from './corrections.js';
import { applyIncidentEdits } from './incident-edits.js';
import type { IncidentEdit } from './incident-edits.js';
import { correctionFromRow } from './rows.js';
import type { Database } from './schema.js';

export interface StoredClaim extends Claim {
  readonly review: ReviewMark | null;
  readonly corrected: boolean;
  /** The machine's reading, present when a correction changed it. */
  readonly machine?: Claim;
  /** The claim's document is marked as a republication: it is not counted again. */
  readonly republication?: string;
}

type Db = Kysely<Database> | Transaction<Database>;

/** Links the case again from its stored readings and corrections; call inside a transaction. */
export async function relinkCase(
  trx: Transaction<Database>,
  caseId: number,
  now: string,
): Promise<AnalysisResult> {
  const c = await trx
    .selectFrom('cases')
    .select(['revision'])
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
  const docs = await trx
    .selectFrom('documents')
    .select(['id', 'key', 'text', 'analysis', 'republication_of', 'source'])
    .where('case_id', '=', caseId)
    .where('status', '=', 'analyzed')
    .orderBy('position')
    .execute();
  const correctionRows = await trx
    .selectFrom('corrections')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('id')
    .execute();
  const corrections: Correction[] = correctionRows.map(correctionFromRow);
  const byDoc = new Map<string, Correction[]>();
  for (const corr of corrections) {
    const list = byDoc.get(corr.documentKey);
    if (list) list.push(corr);
    else byDoc.set(corr.documentKey, [corr]);
  }

  const readings: DocumentReading[] = [];
  const reviewed = new Map<
    string,
    { claim: Claim; machine: Claim; review: ReviewMark | null; corrected: boolean }
  >();
  const orphaned: number[] = [];
  const docOrder: {
    id: number;
    key: string;
    source: string | null;
    claims: string[];
    republication: string | null;
  }[] = [];
  const parsed = docs.map((d) => JSON.parse(d.analysis) as PackResult);
  // Copies of an earlier report from another outlet (a wire republished): found over the case's
  // texts at each linking, so that documents added later are compared with all before them.
  const syndicated = new Map<string, string>();
  for (const m of markSyndicated(
    docs.map((d, k) => {
      const info = parsed[k]!.document;
      const source = info.source.name ?? d.source;
      return {
        id: d.key,
        text: d.text,
        ...(source ? { source } : {}),
        ...(info.published ? { published: info.published } : {}),
      };
    }),
  ))
    if (m.syndicatedFrom !== undefined) syndicated.set(m.id, m.syndicatedFrom);
  for (const [k, d] of docs.entries()) {
    const stored = parsed[k]!;
    const from = syndicated.get(d.key);
    const result: PackResult = from
      ? { ...stored, document: { ...stored.document, syndicatedFrom: from } }
      : stored;
    const applied = applyCorrections(result.claims, byDoc.get(d.key) ?? []);
    orphaned.push(...applied.orphaned);
    const kept: Claim[] = [];
    applied.claims.forEach((r, k) => {
      const machine = result.claims[k]!;
      reviewed.set(r.claim.id, { claim: r.claim, machine, review: r.review, corrected: r.corrected });
      // Rejected claims and the claims of a republication count nowhere.
      if (r.review !== 'rejected' && !d.republication_of) kept.push(r.claim);
    });
    docOrder.push({
      id: d.id,
      key: d.key,
      source: result.document.source.name ?? d.source,
      claims: result.claims.map((x) => x.id),
      republication: d.republication_of,
    });
    readings.push({ text: d.text, result: { ...result, claims: kept } });
  }

  const editRows = await trx
    .selectFrom('incident_edits')
    .select(['id', 'action', 'documents'])
    .where('case_id', '=', caseId)
    .where('action', 'in', ['merge', 'split'])
    .orderBy('id')
    .execute();
  const edits: IncidentEdit[] = editRows.map((e) => ({
    id: e.id,
    action: e.action as IncidentEdit['action'],
    documents: JSON.parse(e.documents) as string[],
  }));
  const linked = applyIncidentEdits(linkReadings(readings), readings, edits);
  const linkedClaims = new Map(linked.claims.map((cl) => [cl.id, cl]));

  await trx.deleteFrom('claims').where('case_id', '=', caseId).execute();
  let position = 0;
  const rows = [];
  for (const d of docOrder) {
    for (const id of d.claims) {
      const r = reviewed.get(id)!;
      const claim = linkedClaims.get(id) ?? r.claim;
      const stored: StoredClaim = {
        ...claim,
        review: r.review,
        corrected: r.corrected,
        ...(r.corrected ? { machine: r.machine } : {}),
        ...(d.republication ? { republication: d.republication } : {}),
      };
      rows.push({
        case_id: caseId,
        document_id: d.id,
        document_key: d.key,
        key: claim.id,
        position: position++,
        start: claim.start,
        end: claim.end,
        category: claim.category,
        grp: claim.subject.group,
        kind: claim.subject.kind,
        stance: claim.stance,
        source: d.source,
        incident: claim.incident ?? null,
        review: r.review,
        corrected: r.corrected ? 1 : 0,
        data: JSON.stringify(stored),
      });
    }
  }
  // SQLite takes at most 32766 parameters a statement; 17 columns a row.
  for (let i = 0; i < rows.length; i += 500)
    await trx
      .insertInto('claims')
      .values(rows.slice(i, i + 500))
      .execute();

  await trx.updateTable('corrections').set({ orphaned: 0 }).where('case_id', '=', caseId).execute();
  for (let i = 0; i < orphaned.length; i += 500) {
    await trx
      .updateTable('corrections')
      .set({ orphaned: 1 })
      .where('case_id', '=', caseId)
      .where('id', 'in', orphaned.slice(i, i + 500))
      .execute();
  }

  const view = {
    engine: VERSION,
    revision: c.revision,
    incidents: JSON.stringify(linked.incidents),
    conflicts: JSON.stringify(linked.conflicts),
    timeline: JSON.stringify(linked.timeline),
    entities: JSON.stringify(linked.entities),
    diagnostics: JSON.stringify(linked.diagnostics),
    linked_at: now,
  };
  await trx.deleteFrom('case_views').where('case_id', '=', caseId).execute();
  await trx
    .insertInto('case_views')
    .values({ case_id: caseId, ...view })
    .execute();
  await trx.updateTable('cases').set({ linked_revision: c.revision }).where('id', '=', caseId).execute();
  return linked;
}

export type { Db };
