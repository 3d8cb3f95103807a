// The store of cases: documents with their own readings, the analyst's review, and the linked
// views of each case (incidents, conflicts, estimates, timeline). Every write is one transaction;
// the queries are Kysely's, parameterized, in SQL that SQLite and PostgreSQL both speak.

import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import { IsnadError } from '../errors.js';
import { foldForSearch, VERSION } from '../index.js';
import type {
  AnalysisResult,
  Conflict,
  Diagnostic,
  Entity,
  Estimate,
  Incident,
  InputDocument,
  PackResult,
  TextPage,
  TimelineEntry,
} from '../index.js';
import { parseChanges } from './corrections.js';
import type { ClaimChanges, CorrectionAction } from './corrections.js';
import { openDb } from './db.js';
import { inputOf, lendDays, readAlone } from './lending.js';
import type { StoredAnalysis } from './lending.js';
import type { Dialect } from './migrations.js';
import { linkAdded, relinkCase } from './relink.js';
import type { DuplicateSummary } from '../ingest/duplicates.js';
import type { StoredClaim } from './relink.js';
import { correctionView } from './rows.js';
import type { Database } from './schema.js';
import type { AddedDocument, CaseSummary, DocumentSummary } from './shapes.js';

export type { AddStatus, AddedDocument, CaseSummary, DocumentSummary } from './shapes.js';

export interface NewDocument {
  readonly id?: string;
  readonly text: string;
  readonly source?: string;
  readonly published?: string;
  readonly url?: string;
  /** A paged source's pages (a PDF) as spans of the text. */
  readonly pages?: readonly TextPage[];
}

export interface ClaimFilters {
  readonly category?: string;
  readonly group?: string;
  readonly stance?: string;
  readonly source?: string;
  readonly document?: string;
  readonly incident?: string;
  /** true: reviewed (confirmed, rejected or corrected); false: not yet; or one review mark. */
  readonly reviewed?: boolean | 'confirmed' | 'rejected' | 'corrected';
  readonly limit?: number;
  readonly offset?: number;
}

export interface ReviewInput {
  readonly action: CorrectionAction;
  readonly changes?: Record<string, unknown>;
  readonly note?: string;
  readonly author: string;
}

const ISO_DAY = /^\d{4}-\d\d-\d\d$/;

function now(): string {
  return new Date().toISOString();
}

/** A reading as stored: with the document's own reading data for lending days (lending.ts). */
function withAlone(result: PackResult, alone: StoredAnalysis['alone'] | null): StoredAnalysis {
  return alone ? { ...result, alone } : result;
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

function notFound(what: string): never {
  throw new IsnadError('not_found', `${what} not found`);
}

/** The first key of the case locks (pg_advisory_xact_lock(int, int)), apart from other locks. */
const CASE_LOCK = 0x15ad;

export class Store {
  readonly db: Kysely<Database>;
  readonly location: string;
  readonly dialect: Dialect;
  /** How many linkings this store ran, by kind (incremental on top of the stored state, or whole). */
  readonly linkings = { incremental: 0, full: 0 };
  /** Each case's documents when days were last lent to them, so that a linking after a review does not look again. */
  readonly #lentFor = new Map<number, string>();
  /** Each case's documents (by position and content) that dated themselves, or not. */
  readonly #dated = new Map<number, Map<string, boolean>>();
  /** Each case's documents' duplicate summaries, so an addition summarizes only the new texts. */
  readonly #duplicates = new Map<number, Map<string, DuplicateSummary>>();

  private constructor(db: Kysely<Database>, location: string, dialect: Dialect) {
    this.db = db;
    this.location = location;
    this.dialect = dialect;
  }

  static async open(location: string): Promise<Store> {
    const opened = await openDb(location);
    return new Store(opened.db, opened.location, opened.dialect);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  // ---- cases ----

  async createCase(name: string): Promise<{ id: number; name: string }> {
    const clean = name.trim();
    if (clean === '') throw new IsnadError('invalid_case', 'a case needs a name');
    if (clean.length > 200) throw new IsnadError('invalid_case', 'a case name holds at most 200 characters');
    return this.db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom('cases')
        .select('id')
        .where('name', '=', clean)
        .executeTakeFirst();
      if (existing) throw new IsnadError('case_exists', `a case named ${clean} exists (id ${existing.id})`);
      const t = now();
      const row = await trx
        .insertInto('cases')
        .values({ name: clean, created_at: t, updated_at: t, revision: 0, linked_revision: 0 })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { id: row.id, name: clean };
    });
  }

  /** The case of that name, created when missing (the CLI's `--case NAME`). */
  async caseNamed(name: string, create: boolean): Promise<{ id: number; name: string } | null> {
    const row = await this.db
      .selectFrom('cases')
      .select(['id', 'name'])
      .where('name', '=', name.trim())
      .executeTakeFirst();
    if (row || !create) return row ?? null;
    try {
      return await this.createCase(name);
    } catch (error) {
      if (error instanceof IsnadError && error.code === 'case_exists') return this.caseNamed(name, false);
      throw error;
    }
  }

  async listCases(): Promise<CaseSummary[]> {
    const rows = await this.db
      .selectFrom('cases')
      .select((eb) => [
        'cases.id',
        'cases.name',
        'cases.created_at',
        'cases.updated_at',
        eb
          .selectFrom('documents')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('documents.case_id', '=', 'cases.id')
          .as('documents'),
        eb
          .selectFrom('documents')
          .select((e) => e.fn.sum<number>('claim_count').as('n'))
          .whereRef('documents.case_id', '=', 'cases.id')
          .as('claims'),
      ])
      .orderBy('cases.id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      created: r.created_at,
      updated: r.updated_at,
      documents: Number(r.documents ?? 0),
      claims: Number(r.claims ?? 0),
    }));
  }

  async getCase(caseId: number): Promise<CaseSummary> {
    const found = (await this.listCasesWhere(caseId))[0];
    return found ?? notFound(`case ${caseId}`);
  }

  private async listCasesWhere(caseId: number): Promise<CaseSummary[]> {
    const all = await this.listCases();
    return all.filter((c) => c.id === caseId);
  }

  private async requireCase(caseId: number): Promise<void> {
    const row = await this.db.selectFrom('cases').select('id').where('id', '=', caseId).executeTakeFirst();
    if (!row) notFound(`case ${caseId}`);
  }

  // ---- documents ----

  /**
   * Adds documents to a case. Each document is read alone (its stored reading depends on its own
   * text and metadata only) and committed in its own transaction; the case is linked again once
   * at the end. Content already in the case is a no-op. A crash leaves every committed document
   * whole, and the case is linked again on the next read.
   */
  async addDocuments(
    caseId: number,
    inputs: readonly NewDocument[],
    options: {
      onProgress?: (done: number, total: number, added: AddedDocument) => void;
      /** false: leave the linking to a later relink (a queue links each case once per batch). */
      link?: boolean;
    } = {},
  ): Promise<AddedDocument[]> {
    await this.requireCase(caseId);
    const out: AddedDocument[] = [];
    let k = 0;
    for (const input of inputs) {
      const added = await this.addOne(caseId, input);
      out.push(added);
      options.onProgress?.(++k, inputs.length, added);
    }
    if (options.link !== false) await this.ensureLinked(caseId);
    return out;
  }

  private async addOne(caseId: number, input: NewDocument): Promise<AddedDocument> {
    if (typeof input.text !== 'string' || input.text.trim() === '') {
      return { document: input.id ?? '', status: 'failed', claims: 0, message: 'the document has no text' };
    }
    if (input.published !== undefined && !ISO_DAY.test(input.published)) {
      return {
        document: input.id ?? '',
        status: 'failed',
        claims: 0,
        message: `published must be YYYY-MM-DD, not ${input.published}`,
      };
    }
    const hash = contentHash(input.text);
    const dup = await this.db
      .selectFrom('documents')
      .select(['key', 'claim_count'])
      .where('case_id', '=', caseId)
      .where('content_hash', '=', hash)
      .executeTakeFirst();
    if (dup)
      return {
        document: input.id ?? dup.key,
        status: 'duplicate',
        existing: dup.key,
        claims: dup.claim_count,
      };

    const wanted = input.id && input.id.trim() !== '' ? input.id.trim() : `doc-${hash.slice(0, 12)}`;
    const pages = input.pages !== undefined && input.pages.length > 0 ? input.pages : undefined;
    // The reading happens outside the transaction: it is the slow part and writes nothing.
    const doc: InputDocument = {
      id: wanted,
      text: input.text,
      ...(input.source ? { source: input.source } : {}),
      ...(input.published ? { published: input.published } : {}),
      ...(input.url ? { url: input.url } : {}),
      ...(pages ? { pages } : {}),
    };
    const read = readAlone(wanted, doc);
    const result: PackResult | null = read.result;
    const diagnostics: Diagnostic[] = [...read.diagnostics, ...(result?.diagnostics ?? [])];

    return this.db.transaction().execute(async (trx) => {
      await this.lockCase(trx, caseId);
      // Another process may have stored the same content while this one was reading it.
      const twin = await trx
        .selectFrom('documents')
        .select(['key', 'claim_count'])
        .where('case_id', '=', caseId)
        .where('content_hash', '=', hash)
        .executeTakeFirst();
      if (twin)
        return {
          document: input.id ?? twin.key,
          status: 'duplicate' as const,
          existing: twin.key,
          claims: twin.claim_count,
        };
      // A key already used by other content gets a suffix, as the engine does in one batch.
      let key = wanted;
      for (let n = 2; ; n++) {
        const taken = await trx
          .selectFrom('documents')
          .select('id')
          .where('case_id', '=', caseId)
          .where('key', '=', key)
          .executeTakeFirst();
        if (!taken) break;
        key = `${wanted}~${n}`;
      }
      const renamed = key !== wanted;
      const stored: PackResult | null = result && renamed ? renameReading(result, wanted, key) : result;
      const last = await trx
        .selectFrom('documents')
        .select((e) => e.fn.max<number>('position').as('p'))
        .where('case_id', '=', caseId)
        .executeTakeFirst();
      const t = now();
      await trx
        .insertInto('documents')
        .values({
          case_id: caseId,
          key,
          position: Number(last?.p ?? 0) + 1,
          content_hash: hash,
          text: input.text,
          search: foldForSearch(input.text),
          source: stored?.document.source.name ?? input.source ?? null,
          published: stored?.document.published ?? input.published ?? null,
          url: input.url ?? null,
          title: stored?.document.title ?? null,
          status: stored ? 'analyzed' : 'failed',
          republication_of: null,
          engine: VERSION,
          analysis: JSON.stringify(stored ? withAlone(stored, read.alone) : { diagnostics }),
          pages: pages ? JSON.stringify(pages) : null,
          claim_count: stored?.claims.length ?? 0,
          created_at: t,
        })
        .execute();
      await trx
        .updateTable('cases')
        .set((eb) => ({ revision: eb('revision', '+', 1), updated_at: t }))
        .where('id', '=', caseId)
        .execute();
      return {
        document: key,
        status: stored ? 'added' : 'failed',
        claims: stored?.claims.length ?? 0,
        ...(renamed ? { message: `document id ${wanted} is taken; stored as ${key}` } : {}),
        ...(!stored
          ? { message: diagnostics.map((d) => d.message).join('; ') || 'the document could not be read' }
          : {}),
      };
    });
  }

  /** Reads the case's documents again with the running engine (all, or those of another version). */
  async reanalyze(
    caseId: number,
    options: { all?: boolean } = {},
  ): Promise<{ documents: number; orphaned: number }> {
    await this.requireCase(caseId);
    let q = this.db
      .selectFrom('documents')
      .select(['id', 'key', 'text', 'source', 'published', 'url', 'pages', 'analysis'])
      .where('case_id', '=', caseId);
    if (!options.all) q = q.where('engine', '<>', VERSION);
    const docs = await q.orderBy('position').execute();
    this.#lentFor.delete(caseId);
    this.#dated.delete(caseId);
    for (const d of docs) {
      // Read from what the caller gave (a day the case lent it is not its own: it is lent again).
      const read = readAlone(
        d.key,
        inputOf(d, (JSON.parse(d.analysis) as Partial<StoredAnalysis>).alone ?? null),
      );
      const result = read.result;
      await this.db.transaction().execute(async (trx) => {
        await this.lockCase(trx, caseId);
        await trx
          .updateTable('documents')
          .set({
            analysis: JSON.stringify(
              result ? withAlone(result, read.alone) : { diagnostics: read.diagnostics },
            ),
            ...(result ? { published: result.document.published } : {}),
            status: result ? 'analyzed' : 'failed',
            title: result?.document.title ?? null,
            engine: VERSION,
            claim_count: result?.claims.length ?? 0,
          })
          .where('id', '=', d.id)
          .execute();
        await this.bump(trx, caseId);
      });
    }
    await this.relink(caseId);
    const orphans = await this.db
      .selectFrom('corrections')
      .select((e) => e.fn.countAll<number>().as('n'))
      .where('case_id', '=', caseId)
      .where('orphaned', '=', 1)
      .executeTakeFirst();
    return { documents: docs.length, orphaned: Number(orphans?.n ?? 0) };
  }

  async listDocuments(
    caseId: number,
    options: { q?: string; limit?: number; offset?: number } = {},
  ): Promise<{ total: number; items: DocumentSummary[] }> {
    await this.requireCase(caseId);
    let base = this.db.selectFrom('documents').where('case_id', '=', caseId);
    if (options.q && options.q.trim() !== '') {
      const folded = foldForSearch(options.q.trim());
      base = base.where(sql<boolean>`search like ${'%' + escapeLike(folded) + '%'} escape '\\'`);
    }
    const total = await base.select((e) => e.fn.countAll<number>().as('n')).executeTakeFirst();
    const rows = await base
      .select([
        'key',
        'position',
        'source',
        'published',
        'url',
        'title',
        'status',
        'republication_of',
        'engine',
        'claim_count',
        'content_hash',
        'created_at',
        (e) => e.fn('length', ['text']).as('length'),
      ])
      .orderBy('position')
      .limit(options.limit ?? 1000)
      .offset(options.offset ?? 0)
      .execute();
    return {
      total: Number(total?.n ?? 0),
      items: rows.map((r) => ({
        id: r.key,
        position: r.position,
        source: r.source,
        published: r.published,
        url: r.url,
        title: r.title,
        status: r.status,
        republicationOf: r.republication_of,
        engine: r.engine,
        claims: r.claim_count,
        hash: r.content_hash,
        added: r.created_at,
        length: Number(r.length),
      })),
    };
  }

  /** One document with its text and every span the reader found in it (corrections applied). */
  async getDocument(caseId: number, key: string): Promise<Record<string, unknown>> {
    await this.ensureLinked(caseId);
    const d = await this.db
      .selectFrom('documents')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('key', '=', key)
      .executeTakeFirst();
    if (!d) notFound(`document ${key}`);
    const analysis = JSON.parse(d.analysis) as Partial<PackResult>;
    const claims = await this.listClaims(caseId, { document: key, limit: 100000 });
    return {
      id: d.key,
      position: d.position,
      text: d.text,
      hash: d.content_hash,
      status: d.status,
      republicationOf: d.republication_of,
      engine: d.engine,
      added: d.created_at,
      info: analysis.document ?? null,
      source: d.source,
      published: d.published,
      url: d.url,
      title: d.title,
      pages: d.pages ? (JSON.parse(d.pages) as TextPage[]) : null,
      claims: claims.items,
      entities: (analysis.mentions ?? []).map((m) => ({
        id: m.entityId,
        type: m.type,
        name: m.name,
        start: m.span.start,
        end: m.span.end,
        text: m.span.text,
      })),
      dates: (analysis.times ?? []).map((t) => ({
        kind: t.kind,
        start: t.span.start,
        end: t.span.end,
        text: t.span.text,
        date: t.date,
        precision: t.precision,
        ...(t.duration ? { duration: t.duration } : {}),
      })),
      diagnostics: analysis.diagnostics ?? [],
    };
  }

  async markRepublication(caseId: number, key: string, of: string | null, author: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await this.lockCase(trx, caseId);
      const d = await trx
        .selectFrom('documents')
        .select('id')
        .where('case_id', '=', caseId)
        .where('key', '=', key)
        .executeTakeFirst();
      if (!d) notFound(`document ${key}`);
      if (of !== null) {
        if (of === key) throw new IsnadError('invalid_review', 'a document cannot republish itself');
        const o = await trx
          .selectFrom('documents')
          .select('id')
          .where('case_id', '=', caseId)
          .where('key', '=', of)
          .executeTakeFirst();
        if (!o) notFound(`document ${of}`);
      }
      await trx.updateTable('documents').set({ republication_of: of }).where('id', '=', d.id).execute();
      await trx
        .insertInto('incident_edits')
        .values({
          case_id: caseId,
          action: 'republication',
          documents: JSON.stringify(of === null ? [key] : [key, of]),
          note: null,
          author,
          created_at: now(),
        })
        .execute();
      await this.bump(trx, caseId);
    });
    await this.relink(caseId);
  }

  // ---- linking ----

  /**
   * On PostgreSQL several processes (workers, servers) write the same case: a transaction that
   * writes a case holds the case's advisory lock until it ends, so writes and linkings of one case
   * run one after the other (positions and revisions stay in order) while other cases go on.
   * SQLite has one writer at a time already.
   */
  private async lockCase(trx: Kysely<Database>, caseId: number): Promise<void> {
    if (this.dialect === 'postgres')
      await sql`select pg_advisory_xact_lock(${CASE_LOCK}, ${caseId})`.execute(trx);
  }

  private async bump(trx: Kysely<Database>, caseId: number): Promise<void> {
    await trx
      .updateTable('cases')
      .set((eb) => ({ revision: eb('revision', '+', 1), updated_at: now() }))
      .where('id', '=', caseId)
      .execute();
  }

  /** Lends days to the case's undated documents (lending.ts) unless its documents are as when last lent. */
  private async lend(trx: Transaction<Database>, caseId: number): Promise<number[]> {
    const docs = await trx
      .selectFrom('documents')
      .select(['position', 'content_hash', 'status', 'engine'])
      .where('case_id', '=', caseId)
      .orderBy('position')
      .execute();
    const digest = docs.map((d) => `${d.position}:${d.content_hash}:${d.status}:${d.engine}`).join(',');
    if (this.#lentFor.get(caseId) === digest) return [];
    let dated = this.#dated.get(caseId);
    if (!dated) this.#dated.set(caseId, (dated = new Map()));
    const lent = await lendDays(trx, caseId, dated);
    this.#lentFor.set(caseId, digest);
    return lent;
  }

  /** Links the case again now, in one transaction. */
  async relink(caseId: number): Promise<AnalysisResult> {
    const linked = await this.undoLendingOnError(caseId, () =>
      this.db.transaction().execute(async (trx) => {
        await this.lockCase(trx, caseId);
        await this.lend(trx, caseId);
        return relinkCase(trx, caseId, now());
      }),
    );
    this.linkings.full++;
    return linked;
  }

  /** A linking rolled back takes its lending back: the next linking lends again. */
  private async undoLendingOnError<T>(caseId: number, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      this.#lentFor.delete(caseId);
      throw error;
    }
  }

  /**
   * Links what was added since the case's last linking, on top of the linker's stored state;
   * links the whole case again when that state cannot be resumed (another engine version, a
   * correction or edit since, no state yet).
   */
  async link(caseId: number): Promise<{ incremental: boolean }> {
    return this.undoLendingOnError(caseId, () => this.linkOnce(caseId));
  }

  private async linkOnce(caseId: number): Promise<{ incremental: boolean }> {
    return this.db.transaction().execute(async (trx) => {
      await this.lockCase(trx, caseId);
      const t = now();
      let summaries = this.#duplicates.get(caseId);
      if (!summaries) this.#duplicates.set(caseId, (summaries = new Map()));
      // Days lent to documents linked before make their linking stale: the case is linked whole.
      const lent = await this.lend(trx, caseId);
      const state = await trx
        .selectFrom('link_states')
        .select('last_position')
        .where('case_id', '=', caseId)
        .executeTakeFirst();
      const fresh = state !== undefined && lent.every((p) => p > state.last_position);
      if (fresh && (await linkAdded(trx, caseId, t, summaries))) {
        this.linkings.incremental++;
        return { incremental: true };
      }
      await relinkCase(trx, caseId, t);
      this.linkings.full++;
      return { incremental: false };
    });
  }

  /** Links the case when a write since its last linking (or a crash before it) left it stale. */
  async ensureLinked(caseId: number): Promise<void> {
    const c = await this.db
      .selectFrom('cases')
      .select(['revision', 'linked_revision'])
      .where('id', '=', caseId)
      .executeTakeFirst();
    if (!c) notFound(`case ${caseId}`);
    const view = await this.db
      .selectFrom('case_views')
      .select('engine')
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    if (!view || view.engine !== VERSION) await this.relink(caseId);
    else if (c.revision !== c.linked_revision) await this.link(caseId);
  }

  private async view(caseId: number): Promise<{
    incidents: Incident[];
    conflicts: Conflict[];
    timeline: TimelineEntry[];
    entities: Entity[];
    diagnostics: Diagnostic[];
    linkedAt: string | null;
  }> {
    await this.ensureLinked(caseId);
    const v = await this.db
      .selectFrom('case_views')
      .selectAll()
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    if (!v)
      return { incidents: [], conflicts: [], timeline: [], entities: [], diagnostics: [], linkedAt: null };
    return {
      incidents: JSON.parse(v.incidents) as Incident[],
      conflicts: JSON.parse(v.conflicts) as Conflict[],
      timeline: JSON.parse(v.timeline) as TimelineEntry[],
      entities: JSON.parse(v.entities) as Entity[],
      diagnostics: JSON.parse(v.diagnostics) as Diagnostic[],
      linkedAt: v.linked_at,
    };
  }

  async incidents(caseId: number): Promise<Incident[]> {
    return (await this.view(caseId)).incidents;
  }

  async conflicts(caseId: number): Promise<Conflict[]> {
    return (await this.view(caseId)).conflicts;
  }

  async timeline(caseId: number): Promise<TimelineEntry[]> {
    return (await this.view(caseId)).timeline;
  }

  async entities(caseId: number): Promise<Entity[]> {
    return (await this.view(caseId)).entities;
  }

  /** Every incident's estimates, one row per slot, with its incident. */
  async estimates(caseId: number): Promise<(Estimate & { incident: string })[]> {
    const incidents = await this.incidents(caseId);
    return incidents.flatMap((i) => i.estimates.map((e) => ({ incident: i.id, ...e })));
  }

  /** The whole case in the JSON contract, corrections applied. */
  async exportCase(caseId: number): Promise<AnalysisResult & { case: { id: number; name: string } }> {
    const c = await this.getCase(caseId);
    const v = await this.view(caseId);
    const docs = await this.db
      .selectFrom('documents')
      .select(['analysis'])
      .where('case_id', '=', caseId)
      .where('status', '=', 'analyzed')
      .orderBy('position')
      .execute();
    const claims = await this.listClaims(caseId, { limit: 10_000_000 });
    return {
      isnad: VERSION,
      case: { id: c.id, name: c.name },
      documents: docs.map((d) => (JSON.parse(d.analysis) as PackResult).document),
      entities: v.entities,
      claims: claims.items,
      incidents: v.incidents,
      conflicts: v.conflicts,
      timeline: v.timeline,
      diagnostics: v.diagnostics,
    };
  }

  /** The texts of a case's analysed documents by document id, for quoting in exports. */
  async documentTexts(caseId: number): Promise<Map<string, string>> {
    await this.getCase(caseId);
    const rows = await this.db
      .selectFrom('documents')
      .select(['key', 'text'])
      .where('case_id', '=', caseId)
      .where('status', '=', 'analyzed')
      .execute();
    return new Map(rows.map((r) => [r.key, r.text]));
  }

  // ---- claims and review ----

  async listClaims(caseId: number, f: ClaimFilters = {}): Promise<{ total: number; items: StoredClaim[] }> {
    await this.ensureLinked(caseId);
    let q = this.db.selectFrom('claims').where('case_id', '=', caseId);
    if (f.category !== undefined) q = q.where('category', '=', f.category);
    if (f.group !== undefined) q = f.group === '' ? q.where('grp', 'is', null) : q.where('grp', '=', f.group);
    if (f.stance !== undefined) q = q.where('stance', '=', f.stance);
    if (f.source !== undefined) q = q.where('source', '=', f.source);
    if (f.document !== undefined) q = q.where('document_key', '=', f.document);
    if (f.incident !== undefined)
      q = f.incident === '' ? q.where('incident', 'is', null) : q.where('incident', '=', f.incident);
    if (f.reviewed === true)
      q = q.where((eb) => eb.or([eb('review', 'is not', null), eb('corrected', '=', 1)]));
    if (f.reviewed === false) q = q.where('review', 'is', null).where('corrected', '=', 0);
    if (f.reviewed === 'confirmed' || f.reviewed === 'rejected') q = q.where('review', '=', f.reviewed);
    if (f.reviewed === 'corrected') q = q.where('corrected', '=', 1);
    const total = await q.select((e) => e.fn.countAll<number>().as('n')).executeTakeFirst();
    const rows = await q
      .select(['data', 'document_key', 'start', 'end', 'review', 'corrected'])
      .orderBy('position')
      .limit(f.limit ?? 10000)
      .offset(f.offset ?? 0)
      .execute();
    // A reviewed claim names its last review: who, what, when (its whole history: getClaim).
    const last = new Map<string, { author: string; action: string; at: string }>();
    if (rows.some((r) => r.review !== null || r.corrected === 1)) {
      const reviews = await this.db
        .selectFrom('corrections')
        .select(['document_key', 'start', 'end', 'author', 'action', 'created_at'])
        .where('case_id', '=', caseId)
        .orderBy('id')
        .execute();
      for (const x of reviews)
        last.set(`${x.document_key}\u0000${x.start}\u0000${x.end}`, {
          author: x.author,
          action: x.action,
          at: x.created_at,
        });
    }
    const items = rows.map((r) => {
      const claim = JSON.parse(r.data) as StoredClaim;
      const by =
        r.review !== null || r.corrected === 1
          ? last.get(`${r.document_key}\u0000${r.start}\u0000${r.end}`)
          : undefined;
      return by ? { ...claim, lastReview: by } : claim;
    });
    return { total: Number(total?.n ?? 0), items };
  }

  async getClaim(caseId: number, key: string): Promise<StoredClaim & { history: unknown[] }> {
    await this.ensureLinked(caseId);
    const row = await this.db
      .selectFrom('claims')
      .select(['data', 'document_key', 'start', 'end'])
      .where('case_id', '=', caseId)
      .where('key', '=', key)
      .executeTakeFirst();
    if (!row) notFound(`claim ${key}`);
    const history = await this.db
      .selectFrom('corrections')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('document_key', '=', row.document_key)
      .where('start', '=', row.start)
      .where('end', '=', row.end)
      .orderBy('id')
      .execute();
    return { ...(JSON.parse(row.data) as StoredClaim), history: history.map(correctionView) };
  }

  /**
   * Records a review of a claim: confirm, reject, correct fields, or reset to the machine's
   * reading. The correction is keyed by the machine's reading (document, span, category), so it
   * finds the claim again after re-analysis.
   */
  async review(
    caseId: number,
    key: string,
    input: ReviewInput,
  ): Promise<StoredClaim & { history: unknown[] }> {
    const changes: ClaimChanges = input.action === 'correct' ? parseChanges(input.changes ?? {}) : {};
    if (input.action === 'correct' && Object.keys(changes).length === 0) {
      throw new IsnadError('invalid_correction', 'a correction names at least one field');
    }
    if (input.author.trim() === '') throw new IsnadError('invalid_correction', 'a review needs an author');
    await this.ensureLinked(caseId);
    await this.db.transaction().execute(async (trx) => {
      await this.lockCase(trx, caseId);
      const row = await trx
        .selectFrom('claims')
        .select(['data', 'document_key'])
        .where('case_id', '=', caseId)
        .where('key', '=', key)
        .executeTakeFirst();
      if (!row) notFound(`claim ${key}`);
      const claim = JSON.parse(row.data) as StoredClaim;
      const machine = claim.machine ?? claim;
      await trx
        .insertInto('corrections')
        .values({
          case_id: caseId,
          document_key: row.document_key,
          start: machine.start,
          end: machine.end,
          category: machine.category,
          claim_key: key,
          action: input.action,
          changes: JSON.stringify(changes),
          note: input.note ?? null,
          author: input.author.trim(),
          created_at: now(),
          orphaned: 0,
        })
        .execute();
      await this.bump(trx, caseId);
      await relinkCase(trx, caseId, now());
      this.linkings.full++;
    });
    return this.getClaim(caseId, key);
  }

  async corrections(caseId: number, options: { orphaned?: boolean } = {}): Promise<unknown[]> {
    await this.ensureLinked(caseId);
    let q = this.db.selectFrom('corrections').selectAll().where('case_id', '=', caseId);
    if (options.orphaned !== undefined) q = q.where('orphaned', '=', options.orphaned ? 1 : 0);
    return (await q.orderBy('id').execute()).map(correctionView);
  }

  /** Joins incidents into one (by their current ids); the edit is kept by their documents. */
  async mergeIncidents(
    caseId: number,
    ids: readonly string[],
    author: string,
    note?: string,
  ): Promise<Incident> {
    if (ids.length < 2) throw new IsnadError('invalid_review', 'a merge needs at least two incidents');
    const incidents = await this.incidents(caseId);
    const docs: string[] = [];
    for (const id of ids) {
      const i = incidents.find((x) => x.id === id);
      if (!i) notFound(`incident ${id}`);
      docs.push(...i.documents);
    }
    await this.recordEdit(caseId, 'merge', docs, author, note);
    const after = await this.incidents(caseId);
    return after.find((i) => i.documents.includes(docs[0]!)) ?? notFound('the merged incident');
  }

  /** Takes documents out of their incident into a new one. */
  async splitIncident(
    caseId: number,
    id: string,
    documents: readonly string[],
    author: string,
    note?: string,
  ): Promise<Incident[]> {
    const incidents = await this.incidents(caseId);
    const i = incidents.find((x) => x.id === id) ?? notFound(`incident ${id}`);
    if (documents.length === 0)
      throw new IsnadError('invalid_review', 'a split names the documents to take out');
    for (const d of documents) {
      if (!i.documents.includes(d))
        throw new IsnadError('invalid_review', `document ${d} is not in incident ${id}`);
    }
    if (documents.length >= i.documents.length) {
      throw new IsnadError('invalid_review', 'a split must leave at least one document in the incident');
    }
    await this.recordEdit(caseId, 'split', documents, author, note);
    const after = await this.incidents(caseId);
    return after.filter((x) => x.documents.some((d) => i.documents.includes(d)));
  }

  private async recordEdit(
    caseId: number,
    action: 'merge' | 'split',
    documents: readonly string[],
    author: string,
    note?: string,
  ): Promise<void> {
    if (author.trim() === '') throw new IsnadError('invalid_review', 'a review needs an author');
    await this.db.transaction().execute(async (trx) => {
      await this.lockCase(trx, caseId);
      await trx
        .insertInto('incident_edits')
        .values({
          case_id: caseId,
          action,
          documents: JSON.stringify(documents),
          note: note ?? null,
          author: author.trim(),
          created_at: now(),
        })
        .execute();
      await this.bump(trx, caseId);
      await relinkCase(trx, caseId, now());
      this.linkings.full++;
    });
  }
}

/** A reading stored under another id than it was read with: its document and claim ids follow. */
function renameReading(r: PackResult, from: string, to: string): PackResult {
  const claimId = (id: string): string => (id.startsWith(`${from}#`) ? `${to}${id.slice(from.length)}` : id);
  return {
    ...r,
    document: { ...r.document, id: to },
    claims: r.claims.map((c) => ({
      ...c,
      id: claimId(c.id),
      document: to,
      ...(c.partOf ? { partOf: claimId(c.partOf) } : {}),
    })),
    diagnostics: r.diagnostics.map((d) => (d.document === from ? { ...d, document: to } : d)),
  };
}
