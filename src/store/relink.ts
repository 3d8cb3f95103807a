// Linking a case from what the store keeps: each document's own reading (never re-reading the
// texts), the analyst's corrections applied to the claims first, so corrected figures, sides and
// stances are what incidents, conflicts, estimates and the timeline are built from.
//
// Two ways, one result. `relinkCase` links every stored reading from scratch (after a new engine
// version, a correction, a republication mark). `linkAdded` resumes from the linker's state kept
// per case (`link_states`) and links only the documents added since: the engine clusters the new
// units and re-renders only the incidents they reach, and only the stored claims whose incident,
// campaign or partisan mark changed are rewritten. Where the state cannot be resumed (none yet,
// another engine, a write other than additions since, a correction already waiting for a new
// document, a new entity that earlier documents could be read through) `linkAdded` says so and the caller links from
// scratch.

import type { Insertable, Kysely, Transaction } from 'kysely';
import { contractOf, linkInputOf } from '../engine/analyze.js';
import { linkReports } from '../engine/link/index.js';
import type { LinkState } from '../engine/link/index.js';
import { VERSION } from '../index.js';
import type { AnalysisResult, Claim, Diagnostic, DocumentReading, Entity, PackResult } from '../index.js';
import { duplicateSummary, groupDuplicates, markSyndicated, syndicationOf } from '../ingest/duplicates.js';
import type { DuplicateSummary } from '../ingest/duplicates.js';
import { applyCorrections } from './corrections.js';
import type { Correction, ReviewMark } from './corrections.js';
import { reachesEarlier } from './entity-reach.js';
import { applyIncidentEdits } from './incident-edits.js';
import type { IncidentEdit } from './incident-edits.js';
import { correctionFromRow } from './rows.js';
import type { ClaimsTable, Database } from './schema.js';

export interface StoredClaim extends Claim {
  readonly review: ReviewMark | null;
  readonly corrected: boolean;
  /** The machine's reading, present when a correction changed it. */
  readonly machine?: Claim;
  /** The claim's document is marked as a republication: it is not counted again. */
  readonly republication?: string;
  /** When reviewed: its last review, who and when (listings only; the whole history is the claim's). */
  readonly lastReview?: { readonly author: string; readonly action: string; readonly at: string };
}

type Db = Kysely<Database> | Transaction<Database>;

/** The fields linking adds to a claim; the rest of a stored claim is the document's own reading. */
const LINKED = ['incident', 'campaign', 'partisan'] as const;

function annotationOf(c: Claim): string {
  return JSON.stringify(LINKED.map((f) => c[f] ?? null));
}

function withLinks(stored: StoredClaim, linked: Claim): StoredClaim {
  const out: Record<string, unknown> = { ...stored };
  for (const f of LINKED) {
    if (linked[f] === undefined) delete out[f];
    else out[f] = linked[f];
  }
  return out as unknown as StoredClaim;
}

async function incidentEdits(db: Db, caseId: number): Promise<IncidentEdit[]> {
  const rows = await db
    .selectFrom('incident_edits')
    .select(['id', 'action', 'documents'])
    .where('case_id', '=', caseId)
    .where('action', 'in', ['merge', 'split'])
    .orderBy('id')
    .execute();
  return rows.map((e) => ({
    id: e.id,
    action: e.action as IncidentEdit['action'],
    documents: JSON.parse(e.documents) as string[],
  }));
}

/** The contract's result from the linker's, with the entities and diagnostics of the readings. */

/** Entities of earlier documents with those of documents added after them, as one batch merges them. */
function mergeEntities(before: readonly Entity[], added: readonly Entity[]): Entity[] {
  const out = new Map<string, Entity>(before.map((e) => [e.id, e]));
  for (const e of added) {
    const had = out.get(e.id);
    out.set(e.id, had ? { ...had, mentions: [...had.mentions, ...e.mentions] } : e);
  }
  return [...out.values()];
}

/** A linking's views, linker state and claim annotations, serialized as stored. */
export interface SerializedViews {
  readonly incidents: string;
  readonly conflicts: string;
  readonly timeline: string;
  readonly entities: string;
  readonly diagnostics: string;
  readonly state: string;
  readonly annotations: string;
}

function serializeViews(linked: AnalysisResult, state: LinkState): SerializedViews {
  const annotations: Record<string, string> = {};
  for (const c of linked.claims) annotations[c.id] = annotationOf(c);
  return {
    incidents: JSON.stringify(linked.incidents),
    conflicts: JSON.stringify(linked.conflicts),
    timeline: JSON.stringify(linked.timeline),
    entities: JSON.stringify(linked.entities),
    diagnostics: JSON.stringify(linked.diagnostics),
    state: JSON.stringify(state),
    annotations: JSON.stringify(annotations),
  };
}

interface Saved {
  readonly caseId: number;
  readonly revision: number;
  readonly lastPosition: number;
  readonly views: SerializedViews;
  readonly now: string;
}

/** Writes the case's views, its linker state and the annotations of its claims. */
async function saveViews(trx: Transaction<Database>, s: Saved): Promise<void> {
  const v = s.views;
  const view = {
    engine: VERSION,
    revision: s.revision,
    incidents: v.incidents,
    conflicts: v.conflicts,
    timeline: v.timeline,
    entities: v.entities,
    diagnostics: v.diagnostics,
    linked_at: s.now,
  };
  await trx.deleteFrom('case_views').where('case_id', '=', s.caseId).execute();
  await trx
    .insertInto('case_views')
    .values({ case_id: s.caseId, ...view })
    .execute();
  await trx.deleteFrom('link_states').where('case_id', '=', s.caseId).execute();
  await trx
    .insertInto('link_states')
    .values({
      case_id: s.caseId,
      engine: VERSION,
      revision: s.revision,
      last_position: s.lastPosition,
      state: v.state,
      annotations: v.annotations,
    })
    .execute();
  await trx.updateTable('cases').set({ linked_revision: s.revision }).where('id', '=', s.caseId).execute();
}

/** A claim row as written: the table's columns, its id given by the database. */
type ClaimRow = Insertable<ClaimsTable>;

function claimRow(
  caseId: number,
  doc: { id: number; key: string; source: string | null },
  position: number,
  stored: StoredClaim,
): ClaimRow {
  return {
    case_id: caseId,
    document_id: doc.id,
    document_key: doc.key,
    key: stored.id,
    position,
    start: stored.start,
    end: stored.end,
    category: stored.category,
    grp: stored.subject.group,
    kind: stored.subject.kind,
    stance: stored.stance,
    source: doc.source,
    incident: stored.incident ?? null,
    review: stored.review,
    corrected: stored.corrected ? 1 : 0,
    data: JSON.stringify(stored),
  };
}

async function insertClaims(trx: Transaction<Database>, rows: readonly ClaimRow[]): Promise<void> {
  // SQLite takes at most 32766 parameters a statement; 16 columns a row.
  for (let i = 0; i < rows.length; i += 500)
    await trx
      .insertInto('claims')
      .values(rows.slice(i, i + 500))
      .execute();
}

/**
 * Copies of an earlier report from another outlet (a wire republished), found over the case's texts
 * at each linking, so that documents added later are compared with all before them: copy key →
 * origin key.
 */
function syndicationIn(
  docs: readonly { key: string; text: string; source: string | null }[],
  parsed: readonly PackResult[],
): Map<string, string> {
  const syndicated = new Map<string, string>();
  const marked = markSyndicated(
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
  );
  for (const m of marked) if (m.syndicatedFrom !== undefined) syndicated.set(m.id, m.syndicatedFrom);
  return syndicated;
}

/**
 * A whole linking of a case as computed from one state of it (`revision`, documents up to
 * `lastPosition`): what `writeRelink` writes. Computing it writes nothing, so it may run on a
 * read-only snapshot while the case goes on taking documents.
 */
export interface RelinkPlan {
  readonly caseId: number;
  readonly revision: number;
  readonly lastPosition: number;
  readonly rows: readonly ClaimRow[];
  /** Corrections whose claim the readings no longer hold. */
  readonly orphaned: readonly number[];
  readonly views: SerializedViews;
}

/**
 * Links the case from its stored readings and corrections, as they stand in `db`, writing
 * nothing. `readings` replaces stored analyses by document row id (days lent and not yet written).
 */
export async function planRelink(
  db: Db,
  caseId: number,
  readings: ReadonlyMap<number, string> = new Map(),
): Promise<{ plan: RelinkPlan; linked: AnalysisResult }> {
  const c = await db
    .selectFrom('cases')
    .select(['revision'])
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
  const docs = (
    await db
      .selectFrom('documents')
      .select(['id', 'key', 'text', 'analysis', 'republication_of', 'source'])
      .where('case_id', '=', caseId)
      .where('status', '=', 'analyzed')
      .orderBy('position')
      .execute()
  ).map((d) => ({ ...d, analysis: readings.get(d.id) ?? d.analysis }));
  const last = await db
    .selectFrom('documents')
    .select((e) => e.fn.max<number>('position').as('p'))
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  const correctionRows = await db
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

  const linkReadings: DocumentReading[] = [];
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
  const syndicated = syndicationIn(docs, parsed);
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
    linkReadings.push({ text: d.text, result: { ...result, claims: kept } });
  }

  const input = linkInputOf(linkReadings);
  const outcome = linkReports(null, input);
  const unedited = contractOf(
    outcome.result,
    input.entities,
    linkReadings.flatMap((r) => r.result.diagnostics),
  );
  const linked = applyIncidentEdits(unedited, await incidentEdits(db, caseId));
  const linkedClaims = new Map(linked.claims.map((cl) => [cl.id, cl]));

  let position = 0;
  const rows: ClaimRow[] = [];
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
      rows.push(claimRow(caseId, d, position++, stored));
    }
  }
  return {
    plan: {
      caseId,
      revision: c.revision,
      lastPosition: Number(last?.p ?? 0),
      rows,
      orphaned,
      views: serializeViews(linked, outcome.state),
    },
    linked,
  };
}

/** Writes a whole linking: the case's claims, orphaned corrections, views and linker state. */
export async function writeRelink(trx: Transaction<Database>, plan: RelinkPlan, now: string): Promise<void> {
  const { caseId, orphaned } = plan;
  await trx.deleteFrom('claims').where('case_id', '=', caseId).execute();
  await insertClaims(trx, plan.rows);

  await trx.updateTable('corrections').set({ orphaned: 0 }).where('case_id', '=', caseId).execute();
  for (let i = 0; i < orphaned.length; i += 500) {
    await trx
      .updateTable('corrections')
      .set({ orphaned: 1 })
      .where('case_id', '=', caseId)
      .where('id', 'in', orphaned.slice(i, i + 500))
      .execute();
  }

  await saveViews(trx, {
    caseId,
    revision: plan.revision,
    lastPosition: plan.lastPosition,
    views: plan.views,
    now,
  });
}

/** Links the case again from its stored readings and corrections; call inside a transaction. */
export async function relinkCase(
  trx: Transaction<Database>,
  caseId: number,
  now: string,
): Promise<AnalysisResult> {
  const { plan, linked } = await planRelink(trx, caseId);
  await writeRelink(trx, plan, now);
  return linked;
}

/**
 * Each analysed document's duplicate summary, in the case's order. Summaries are kept by the caller
 * across linkings (keyed by document key and content hash), so an addition reads and summarizes
 * only the texts not seen before.
 */
async function summariesOf(
  trx: Db,
  caseId: number,
  summaries: Map<string, DuplicateSummary>,
): Promise<DuplicateSummary[]> {
  const docs = await trx
    .selectFrom('documents')
    .select(['key', 'content_hash'])
    .where('case_id', '=', caseId)
    .where('status', '=', 'analyzed')
    .orderBy('position')
    .execute();
  const cacheKey = (d: { key: string; content_hash: string }): string => `${d.key}\u0000${d.content_hash}`;
  const missing = docs.filter((d) => !summaries.has(cacheKey(d))).map((d) => d.key);
  for (let i = 0; i < missing.length; i += 500) {
    const rows = await trx
      .selectFrom('documents')
      .select(['key', 'content_hash', 'text', 'published'])
      .where('case_id', '=', caseId)
      .where('key', 'in', missing.slice(i, i + 500))
      .execute();
    for (const r of rows)
      summaries.set(
        cacheKey(r),
        duplicateSummary({ id: r.key, text: r.text, ...(r.published ? { published: r.published } : {}) }),
      );
  }
  return docs.map((d) => summaries.get(cacheKey(d))!);
}

/**
 * Links the documents added since the case's last linking on top of its stored linker state,
 * as the case stands in `db`, writing nothing: what `writeLinkAdded` writes. Null when the state
 * cannot be resumed. `readings` replaces stored analyses by document row id (days lent, not yet
 * written).
 */
export async function planLinkAdded(
  trx: Db,
  caseId: number,
  summaries: Map<string, DuplicateSummary> = new Map(),
  lentReadings: ReadonlyMap<number, string> = new Map(),
): Promise<{ plan: AddedPlan; linked: AnalysisResult } | null> {
  const c = await trx
    .selectFrom('cases')
    .select(['revision', 'linked_revision'])
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
  const st = await trx.selectFrom('link_states').selectAll().where('case_id', '=', caseId).executeTakeFirst();
  if (!st || st.engine !== VERSION || st.revision !== c.linked_revision) return null;
  const view = await trx
    .selectFrom('case_views')
    .select(['engine', 'revision', 'entities', 'diagnostics'])
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!view || view.engine !== VERSION || view.revision !== c.linked_revision) return null;
  const fresh = (
    await trx
      .selectFrom('documents')
      .select(['id', 'key', 'text', 'analysis', 'status', 'republication_of', 'source', 'position'])
      .where('case_id', '=', caseId)
      .where('position', '>', st.last_position)
      .orderBy('position')
      .execute()
  ).map((d) => ({ ...d, analysis: lentReadings.get(d.id) ?? d.analysis }));
  // Every write since the last linking must be one of these additions (each bumps the revision once).
  if (fresh.length === 0 || c.revision - c.linked_revision !== fresh.length) return null;
  if (fresh.some((d) => d.republication_of !== null)) return null;
  const keys = fresh.map((d) => d.key);
  const waiting = await trx
    .selectFrom('corrections')
    .select('id')
    .where('case_id', '=', caseId)
    .where('document_key', 'in', keys)
    .executeTakeFirst();
  if (waiting) return null;

  const analysed = fresh.filter((d) => d.status === 'analyzed');
  // A new document that copies an earlier one (or is copied) may change how sources count: linked
  // whole, where copies from other outlets are marked (syndicationIn).
  // Copies of the new documents (or copied by them) from another outlet, outlets as the analyses
  // read them: linked whole.
  const freshKeys = new Set(analysed.map((d) => d.key));
  const groups = groupDuplicates(await summariesOf(trx, caseId, summaries)).filter((g) =>
    g.members.some((m) => freshKeys.has(m)),
  );
  const involved = new Set<string>();
  if (groups.length > 0) {
    const members = [...new Set(groups.flatMap((g) => g.members))];
    const rows = await trx
      .selectFrom('documents')
      .select(['key', 'analysis', 'source'])
      .where('case_id', '=', caseId)
      .where('key', 'in', members)
      .execute();
    const outlet = new Map(
      rows.map((r) => [
        r.key,
        (JSON.parse(r.analysis) as PackResult).document.source.name ?? r.source ?? undefined,
      ]),
    );
    for (const [copy, origin] of syndicationOf(groups, (id) => outlet.get(id)))
      involved.add(copy).add(origin);
  }
  if (analysed.some((d) => involved.has(d.key))) return null;
  const readings: DocumentReading[] = analysed.map((d) => ({
    text: d.text,
    result: JSON.parse(d.analysis) as PackResult,
  }));
  const state = JSON.parse(st.state) as LinkState;
  const input = linkInputOf(readings);
  // The linker reads earlier reports through the case's entity table (a party's parent, a
  // speaker's name): when an entity first named by the new documents could change how earlier
  // ones link, their addition is linked whole.
  if (reachesEarlier(state, input.entities)) return null;
  const outcome = linkReports(state, input);
  if (outcome.skipped.length > 0) return null;

  const unedited = contractOf(
    outcome.result,
    mergeEntities(JSON.parse(view.entities) as Entity[], input.entities),
    [...(JSON.parse(view.diagnostics) as Diagnostic[]), ...readings.flatMap((r) => r.result.diagnostics)],
  );
  const linked = applyIncidentEdits(unedited, await incidentEdits(trx, caseId));

  // Stored claims of earlier documents whose linked annotations changed are rewritten in place.
  const before = JSON.parse(st.annotations) as Record<string, string>;
  const added = new Set(keys);
  const changed = new Map<string, Claim>();
  for (const cl of linked.claims)
    if (!added.has(cl.document) && before[cl.id] !== annotationOf(cl)) changed.set(cl.id, cl);
  const ids = [...changed.keys()];
  const updates: ClaimUpdate[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await trx
      .selectFrom('claims')
      .select(['id', 'key', 'data'])
      .where('case_id', '=', caseId)
      .where('key', 'in', ids.slice(i, i + 500))
      .execute();
    for (const row of rows) {
      const cl = changed.get(row.key)!;
      const stored = withLinks(JSON.parse(row.data) as StoredClaim, cl);
      updates.push({ id: row.id, incident: cl.incident ?? null, data: JSON.stringify(stored) });
    }
  }

  // The new documents' claims, after every stored one.
  const top = await trx
    .selectFrom('claims')
    .select((e) => e.fn.max<number>('position').as('p'))
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  let position = top?.p === null || top?.p === undefined ? 0 : Number(top.p) + 1;
  const linkedClaims = new Map(linked.claims.map((cl) => [cl.id, cl]));
  const rows: ClaimRow[] = [];
  readings.forEach((r, k) => {
    const d = analysed[k]!;
    const doc = { id: d.id, key: d.key, source: r.result.document.source.name ?? d.source };
    for (const machine of r.result.claims) {
      const claim = linkedClaims.get(machine.id) ?? machine;
      rows.push(claimRow(caseId, doc, position++, { ...claim, review: null, corrected: false }));
    }
  });
  return {
    plan: {
      caseId,
      revision: c.revision,
      lastPosition: fresh[fresh.length - 1]!.position,
      updates,
      rows,
      views: serializeViews(linked, outcome.state),
    },
    linked,
  };
}

/** A stored claim of an earlier document whose linked annotations an addition changed. */
export interface ClaimUpdate {
  readonly id: number;
  readonly incident: string | null;
  readonly data: string;
}

/** An incremental linking as computed from one state of a case: what `writeLinkAdded` writes. */
export interface AddedPlan {
  readonly caseId: number;
  readonly revision: number;
  readonly lastPosition: number;
  readonly updates: readonly ClaimUpdate[];
  /** The new documents' claims. */
  readonly rows: readonly ClaimRow[];
  readonly views: SerializedViews;
}

/** Writes an incremental linking: the claims it changed and added, the views and linker state. */
export async function writeLinkAdded(
  trx: Transaction<Database>,
  plan: AddedPlan,
  now: string,
): Promise<void> {
  for (const u of plan.updates)
    await trx
      .updateTable('claims')
      .set({ incident: u.incident, data: u.data })
      .where('id', '=', u.id)
      .execute();
  await insertClaims(trx, plan.rows);
  await saveViews(trx, {
    caseId: plan.caseId,
    revision: plan.revision,
    lastPosition: plan.lastPosition,
    views: plan.views,
    now,
  });
}

/**
 * Links the documents added to a case since its last linking on top of the linker's stored
 * state; call inside a transaction. Returns null (and writes nothing) when the state cannot be
 * resumed: the caller then links from scratch with `relinkCase`.
 */
export async function linkAdded(
  trx: Transaction<Database>,
  caseId: number,
  now: string,
  summaries: Map<string, DuplicateSummary> = new Map(),
): Promise<AnalysisResult | null> {
  const planned = await planLinkAdded(trx, caseId, summaries);
  if (!planned) return null;
  await writeLinkAdded(trx, planned.plan, now);
  return planned.linked;
}

export type { Db };
