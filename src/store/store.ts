// The store of cases: documents with their own readings, the analyst's review, and the linked
// views of each case (incidents, conflicts, estimates, timeline). Every write is one transaction;
// the queries are Kysely's, parameterized, in SQL that SQLite and PostgreSQL both speak.

import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import { IsnadError } from '../errors.js';
import { foldForSearch, VERSION } from '../index.js';
import type { AloneReading } from '../engine/analyze.js';
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
import { applyLending, finishAlone, inputOf, lendDays, planLending, readAlone } from './lending.js';
import type { LentReading, StoredAnalysis } from './lending.js';
import type { Dialect } from './migrations.js';
import { linkAdded, planLinkAdded, planRelink, relinkCase, writeLinkAdded, writeRelink } from './relink.js';
import { BackgroundLinking } from './background.js';
import type { DuplicateSummary } from '../ingest/duplicates.js';
import type { AddedPlan, RelinkPlan, StoredClaim } from './relink.js';
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

export interface StoreOptions {
  /**
   * 'inline' (the default): a write links the case before it returns, and a read links a case
   * left stale. 'background' (a server): an addition links its documents on top of the case's
   * linker state when it can; lending days and linking the case whole run in a background
   * thread, one round at a time per case, while reads see the last committed linking (the case
   * says `linking: 'pending'`). Needs a store file or PostgreSQL (not ':memory:').
   */
  readonly linking?: 'inline' | 'background';
}

/** What one background round did (Store.commitRound). */
export interface SettleRound {
  /** The case is settled: linked and lent at its revision. */
  readonly settled: boolean;
  /** It linked the case whole. */
  readonly full: boolean;
  /** The next round is to link the case whole (its additions could not be linked on top). */
  readonly whole: boolean;
}

/** What a background round computed on a snapshot of a case (Store.planRound): plain data. */
export interface RoundPlan {
  readonly caseId: number;
  /** The case's revision and last document position in the snapshot. */
  readonly revision: number;
  readonly lastPosition: number;
  readonly lent: readonly LentReading[];
  /** The case linked whole, or its additions linked on top of its state (or neither). */
  readonly relink: RelinkPlan | null;
  readonly added: AddedPlan | null;
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
  /** The background linking of a store opened with `linking: 'background'`. */
  readonly #background: BackgroundLinking<RoundPlan> | null;

  private constructor(db: Kysely<Database>, location: string, dialect: Dialect, background: string | null) {
    this.db = db;
    this.location = location;
    this.dialect = dialect;
    this.#background =
      background === null
        ? null
        : new BackgroundLinking<RoundPlan>(background, { commit: (plan) => this.commitRound(plan) });
  }

  static async open(location: string, options: StoreOptions = {}): Promise<Store> {
    const opened = await openDb(location);
    if (options.linking === 'background' && location === ':memory:')
      throw new IsnadError('usage', 'background linking needs a store file or PostgreSQL, not :memory:');
    const background = options.linking === 'background';
    const store = new Store(opened.db, opened.location, opened.dialect, background ? location : null);
    // A case left pending by an earlier process (stopped mid-round) is settled again.
    if (background) for (const id of await store.pendingCases()) store.#background!.request(id);
    return store;
  }

  async close(): Promise<void> {
    await this.#background?.close();
    await this.db.destroy();
  }

  /** Resolves once no background round is waiting or running (at once for an inline store). */
  async settled(): Promise<void> {
    await this.#background?.idle();
  }

  /** The cases whose linking or lending is behind their revision (or another engine's). */
  private async pendingCases(): Promise<number[]> {
    const rows = await this.db
      .selectFrom('cases')
      .leftJoin('case_views', 'case_views.case_id', 'cases.id')
      .select([
        'cases.id',
        'cases.revision',
        'cases.linked_revision',
        'cases.lent_revision',
        'case_views.engine',
      ])
      .execute();
    return rows
      .filter(
        (r) =>
          r.revision !== r.linked_revision ||
          r.revision !== r.lent_revision ||
          (r.engine !== null && r.engine !== VERSION),
      )
      .map((r) => r.id);
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
        'cases.revision',
        'cases.linked_revision',
        'cases.lent_revision',
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
      linking:
        r.revision === r.linked_revision &&
        r.revision === r.lent_revision &&
        !(this.#background?.busy(r.id) ?? false)
          ? ('fresh' as const)
          : ('pending' as const),
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
      /**
       * Reads a document alone elsewhere (a worker thread) instead of on this thread; only
       * documents whose content the case does not hold yet are read.
       */
      read?: (id: string, document: InputDocument) => Promise<AloneReading>;
    } = {},
  ): Promise<AddedDocument[]> {
    await this.requireCase(caseId);
    const out: AddedDocument[] = [];
    let k = 0;
    for (const input of inputs) {
      const added = await this.addOne(caseId, input, options.read);
      out.push(added);
      options.onProgress?.(++k, inputs.length, added);
    }
    if (options.link !== false)
      await (this.#background ? this.linkAdditions(caseId) : this.ensureLinked(caseId));
    return out;
  }

  /**
   * A background store's addition: its documents are committed with their own readings (the
   * document gives its claims at once), and the case's next background round lends their days
   * and links them (on top of the linker state where it can resume).
   */
  private async linkAdditions(caseId: number): Promise<void> {
    this.#background!.request(caseId);
  }

  private async addOne(
    caseId: number,
    input: NewDocument,
    readElsewhere?: (id: string, document: InputDocument) => Promise<AloneReading>,
  ): Promise<AddedDocument> {
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
    const read = readElsewhere
      ? finishAlone(wanted, doc, await readElsewhere(wanted, doc))
      : readAlone(wanted, doc);
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
    await this.relinkOrRequest(caseId);
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
    const linked = await this.listClaims(caseId, { document: key, limit: 100000 });
    // A document not linked yet (a background store's round is pending) gives its own reading.
    const claims =
      linked.total === 0 && (analysis.claims?.length ?? 0) > 0
        ? {
            items: analysis.claims!.map((c): StoredClaim => ({ ...c, review: null, corrected: false })),
          }
        : linked;
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
      await this.bumpReview(trx, caseId);
    });
    await this.relinkOrRequest(caseId);
  }

  /** Links the case whole now, or (a background store) in its next background round. */
  private async relinkOrRequest(caseId: number): Promise<void> {
    if (!this.#background) {
      await this.relink(caseId);
      return;
    }
    this.#background.request(caseId, { whole: true });
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

  /** A write to the case's documents: their days are to be lent again. */
  private async bump(trx: Kysely<Database>, caseId: number): Promise<void> {
    await trx
      .updateTable('cases')
      .set((eb) => ({ revision: eb('revision', '+', 1), updated_at: now() }))
      .where('id', '=', caseId)
      .execute();
  }

  /** A write that changes no document (a review, an incident edit): days lent stay lent. */
  private async bumpReview(trx: Kysely<Database>, caseId: number): Promise<void> {
    await trx
      .updateTable('cases')
      .set((eb) => ({
        revision: eb('revision', '+', 1),
        lent_revision: eb
          .case()
          .when('lent_revision', '=', eb.ref('revision'))
          .then(eb('revision', '+', 1))
          .else(eb.ref('lent_revision'))
          .end(),
        updated_at: now(),
      }))
      .where('id', '=', caseId)
      .execute();
  }

  /**
   * Lends days to the case's undated documents (lending.ts) unless its documents are as when last
   * lent (its lent revision is its revision, or this store lent them as they stand).
   */
  private async lend(trx: Transaction<Database>, caseId: number): Promise<number[]> {
    const c = await trx
      .selectFrom('cases')
      .select(['revision', 'lent_revision'])
      .where('id', '=', caseId)
      .executeTakeFirst();
    if (c && c.revision === c.lent_revision) return [];
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

  /** Records that the case's days are lent as its documents stand (inside the lending transaction). */
  private async markLent(trx: Transaction<Database>, caseId: number): Promise<void> {
    await trx
      .updateTable('cases')
      .set((eb) => ({ lent_revision: eb.ref('revision') }))
      .where('id', '=', caseId)
      .execute();
  }

  /** Links the case again now, in one transaction. */
  async relink(caseId: number): Promise<AnalysisResult> {
    const linked = await this.undoLendingOnError(caseId, () =>
      this.db.transaction().execute(async (trx) => {
        await this.lockCase(trx, caseId);
        await this.lend(trx, caseId);
        await this.markLent(trx, caseId);
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
      await this.markLent(trx, caseId);
      const state = await trx
        .selectFrom('link_states')
        .select('last_position')
        .where('case_id', '=', caseId)
        .executeTakeFirst();
      const fresh = state !== undefined && lent.every((p) => p > state.last_position);
      const c = await trx
        .selectFrom('cases')
        .select(['revision', 'linked_revision'])
        .where('id', '=', caseId)
        .executeTakeFirstOrThrow();
      // Lending changed nothing linked, and nothing was written since the last linking.
      if (fresh && c.revision === c.linked_revision) return { incremental: true };
      if (fresh && (await linkAdded(trx, caseId, t, summaries))) {
        this.linkings.incremental++;
        return { incremental: true };
      }
      await relinkCase(trx, caseId, t);
      this.linkings.full++;
      return { incremental: false };
    });
  }

  /**
   * Links the case when a write since its last linking or lending (or a crash before it) left it
   * stale. A background store does not link here: it asks for a background round and reads on
   * what was last committed.
   */
  async ensureLinked(caseId: number): Promise<void> {
    const c = await this.db
      .selectFrom('cases')
      .select(['revision', 'linked_revision', 'lent_revision'])
      .where('id', '=', caseId)
      .executeTakeFirst();
    if (!c) notFound(`case ${caseId}`);
    const view = await this.db
      .selectFrom('case_views')
      .select('engine')
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    const whole = !view || view.engine !== VERSION;
    const stale = c.revision !== c.linked_revision || c.revision !== c.lent_revision;
    if (this.#background) {
      if (whole || stale) this.#background.request(caseId);
      return;
    }
    if (whole) await this.relink(caseId);
    else if (stale) await this.link(caseId);
  }

  /**
   * The computing half of a background round, on a read-only snapshot of the case (writes
   * nothing, so it runs in a thread of its own while the case goes on taking documents): the
   * days its undated documents are lent, and the case linked whole when lending moved a linked
   * day, when asked (`whole`), or when its linker state cannot resume. Null: no such case.
   */
  async planRound(caseId: number, options: { whole?: boolean } = {}): Promise<RoundPlan | null> {
    let dated = this.#dated.get(caseId);
    if (!dated) this.#dated.set(caseId, (dated = new Map()));
    return this.db
      .transaction()
      .setAccessMode('read only')
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        const c = await trx
          .selectFrom('cases')
          .select(['revision', 'linked_revision', 'lent_revision'])
          .where('id', '=', caseId)
          .executeTakeFirst();
        if (!c) return null;
        const view = await trx
          .selectFrom('case_views')
          .select('engine')
          .where('case_id', '=', caseId)
          .executeTakeFirst();
        const state = await trx
          .selectFrom('link_states')
          .select(['last_position', 'engine'])
          .where('case_id', '=', caseId)
          .executeTakeFirst();
        const last = await trx
          .selectFrom('documents')
          .select((e) => e.fn.max<number>('position').as('p'))
          .where('case_id', '=', caseId)
          .executeTakeFirst();
        const lent = c.lent_revision === c.revision ? [] : await planLending(trx, caseId, dated);
        const readings = new Map(lent.map((l) => [l.id, l.analysis]));
        let whole =
          options.whole === true ||
          !view ||
          view.engine !== VERSION ||
          !state ||
          state.engine !== VERSION ||
          lent.some((l) => l.changed && l.position <= state.last_position);
        let added: AddedPlan | null = null;
        if (!whole && c.linked_revision !== c.revision) {
          let summaries = this.#duplicates.get(caseId);
          if (!summaries) this.#duplicates.set(caseId, (summaries = new Map()));
          added = (await planLinkAdded(trx, caseId, summaries, readings))?.plan ?? null;
          whole = added === null;
        }
        const relink = whole ? (await planRelink(trx, caseId, readings)).plan : null;
        return { caseId, revision: c.revision, lastPosition: Number(last?.p ?? 0), lent, relink, added };
      });
  }

  /**
   * The writing half of a background round, in one short transaction: written only if every
   * write to the case since the plan's snapshot was an addition (those are then linked on top of
   * the new state); otherwise nothing is written and the round is to run again.
   */
  async commitRound(plan: RoundPlan): Promise<SettleRound> {
    const { caseId } = plan;
    return this.db.transaction().execute(async (trx) => {
      await this.lockCase(trx, caseId);
      const c = await trx
        .selectFrom('cases')
        .select(['revision'])
        .where('id', '=', caseId)
        .executeTakeFirst();
      if (!c) return { settled: true, full: false, whole: false };
      const added = await trx
        .selectFrom('documents')
        .select((e) => e.fn.countAll<number>().as('n'))
        .where('case_id', '=', caseId)
        .where('position', '>', plan.lastPosition)
        .executeTakeFirst();
      // Another kind of write since the snapshot (a review, an edit, a reading again): the case
      // is not the snapshot's plus additions. Nothing is written; the round runs again.
      if (c.revision - plan.revision !== Number(added?.n ?? 0))
        return { settled: false, full: false, whole: plan.relink !== null };
      const t = now();
      await applyLending(trx, plan.lent);
      await trx.updateTable('cases').set({ lent_revision: plan.revision }).where('id', '=', caseId).execute();
      if (plan.relink) {
        await writeRelink(trx, plan.relink, t);
        this.linkings.full++;
      } else if (plan.added) {
        await writeLinkAdded(trx, plan.added, t);
        this.linkings.incremental++;
      }
      // Documents committed since the snapshot are for the next round.
      const end = await trx
        .selectFrom('cases')
        .select(['revision', 'linked_revision', 'lent_revision'])
        .where('id', '=', caseId)
        .executeTakeFirstOrThrow();
      return {
        settled: end.revision === end.linked_revision && end.revision === end.lent_revision,
        full: plan.relink !== null,
        whole: false,
      };
    });
  }

  /** One background round in this store (planRound, then commitRound). */
  async settle(caseId: number, options: { whole?: boolean } = {}): Promise<SettleRound> {
    const plan = await this.planRound(caseId, options);
    return plan ? this.commitRound(plan) : { settled: true, full: false, whole: false };
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

  /** One of the case's linked views, parsed alone (a read of incidents does not parse the timeline). */
  private async viewPart<T>(
    caseId: number,
    column: 'incidents' | 'conflicts' | 'timeline' | 'entities',
  ): Promise<T[]> {
    await this.ensureLinked(caseId);
    const v = await this.db
      .selectFrom('case_views')
      .select(column)
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    return v ? (JSON.parse(v[column]) as T[]) : [];
  }

  async incidents(caseId: number): Promise<Incident[]> {
    return this.viewPart<Incident>(caseId, 'incidents');
  }

  async conflicts(caseId: number): Promise<Conflict[]> {
    return this.viewPart<Conflict>(caseId, 'conflicts');
  }

  async timeline(caseId: number): Promise<TimelineEntry[]> {
    return this.viewPart<TimelineEntry>(caseId, 'timeline');
  }

  async entities(caseId: number): Promise<Entity[]> {
    return this.viewPart<Entity>(caseId, 'entities');
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
      await this.bumpReview(trx, caseId);
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
      await this.bumpReview(trx, caseId);
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
