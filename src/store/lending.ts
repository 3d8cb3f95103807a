// Publication days a case lends its undated reports, as a batch analysis does. A report that
// states no publication day is read alone without one; once the case also holds dated reports, the
// engine's batch step (finishReadingsAlone) lends it the day the batch implies (its weekdays, its
// dated days, `بعد ستة أيام من …`, near the batch's dates) and reads its dates and claims again
// against that day. The store keeps each document's own reading data (`alone`: whether it dated
// itself, and what the batch steps need of it) in its stored analysis, beside the reading it
// links, so that lending runs at linking over the case as it stands, and only when the case's
// documents changed since the last lending.

import type { Kysely, Transaction } from 'kysely';
import { finishReadingsAlone, readOneAlone } from '../index.js';
import type { AloneReading, Diagnostic, InputDocument, PackResult, TextPage } from '../index.js';
import type { Database } from './schema.js';

/** A document's own reading data for the batch steps, kept in its stored analysis. */
export interface AloneData {
  /** It has a publication day of its own (given, or read from its text). */
  readonly dated: boolean;
  /** What the language pack's batch steps need of it (plain data). */
  readonly batch: unknown;
  /** What the caller gave with the text (the stored columns hold what the reading found). */
  readonly given?: { readonly source?: string; readonly published?: string };
  /** Kept by earlier stores (a digest of the case when its day was lent); no longer written. */
  readonly lentFor?: string;
}

/** A stored analysis: the reading the store links, with the document's own reading data. */
export type StoredAnalysis = PackResult & { readonly alone?: AloneData };

export interface ReadAlone {
  /** The reading as a batch of one gives it; null when no language pack reads the text. */
  readonly result: PackResult | null;
  readonly alone: AloneData | null;
  readonly diagnostics: readonly Diagnostic[];
}

/** A document read alone and finished as a batch of one (what `readMany([doc])` gives). */
export function readAlone(id: string, input: InputDocument): ReadAlone {
  return finishAlone(id, input, readOneAlone(id, input));
}

/**
 * A document's reading alone (`readOneAlone`, made here or on a worker thread) finished as a batch
 * of one: what `readAlone` gives.
 */
export function finishAlone(id: string, input: InputDocument, alone: AloneReading): ReadAlone {
  const finished = finishReadingsAlone([alone], () => ({ id, document: input }));
  return {
    result: finished?.readings[0]?.result ?? null,
    alone: alone.reading
      ? {
          dated: alone.reading.dated,
          batch: alone.reading.batch,
          given: {
            ...(input.source ? { source: input.source } : {}),
            ...(input.published ? { published: input.published } : {}),
          },
        }
      : null,
    diagnostics: finished?.diagnostics ?? alone.diagnostics,
  };
}

interface Row {
  readonly id: number;
  readonly key: string;
  readonly position: number;
  readonly text: string;
  readonly source: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly content_hash: string;
  readonly analysis: string;
}

/**
 * The input a document was read from: the text with what the caller gave. A document stored
 * before the store kept that (`own` null): its stored source and day, as given.
 */
export function inputOf(
  d: {
    key: string;
    text: string;
    source: string | null;
    published: string | null;
    url: string | null;
    pages?: string | null;
  },
  own: AloneData | null,
): InputDocument {
  const given = own?.given ?? {
    ...(d.source ? { source: d.source } : {}),
    ...(d.published && own?.dated !== false ? { published: d.published } : {}),
  };
  return {
    id: d.key,
    text: d.text,
    ...given,
    ...(d.url ? { url: d.url } : {}),
    ...(d.pages ? { pages: JSON.parse(d.pages) as TextPage[] } : {}),
  };
}

/** A document's reading after lending, to be written over its stored one. */
export interface LentReading {
  /** The document's row. */
  readonly id: number;
  readonly position: number;
  /** The stored analysis (StoredAnalysis as JSON). */
  readonly analysis: string;
  readonly published: string | null;
  readonly claimCount: number;
  /** Its reading changed: a linking that had it must link the case again. */
  readonly changed: boolean;
}

type Db = Kysely<Database> | Transaction<Database>;

/** A stored analysis without the document's own reading data: what linking reads of it. */
function readingOf(a: StoredAnalysis): string {
  const { alone: _own, ...result } = a;
  void _own;
  return JSON.stringify(result);
}

/** The document's own reading data as stored (without the digest earlier stores kept in it). */
function ownData(a: AloneData): AloneData {
  const { lentFor: _digest, ...own } = a;
  void _digest;
  return own;
}

/**
 * Lends publication days to the case's undated documents from its dated ones, as they stand in
 * `db` (a transaction, or a read-only snapshot): the readings that differ from the stored ones,
 * to be written with `applyLending`. Writes nothing. `dated` keeps, across calls, whether each
 * document (by position and content) dated itself: a case whose documents all did lends nothing,
 * and is known so without reading its analyses again.
 */
export async function planLending(
  db: Db,
  caseId: number,
  dated: Map<string, boolean> = new Map(),
): Promise<LentReading[]> {
  const heads = await db
    .selectFrom('documents')
    .select(['id', 'position', 'content_hash'])
    .where('case_id', '=', caseId)
    .where('status', '=', 'analyzed')
    .execute();
  const keyOf = (d: { position: number; content_hash: string }): string => `${d.position}:${d.content_hash}`;
  const unknown = heads.filter((d) => !dated.has(keyOf(d)));
  for (let i = 0; i < unknown.length; i += 500) {
    const rows = await db
      .selectFrom('documents')
      .select(['position', 'content_hash', 'analysis'])
      .where(
        'id',
        'in',
        unknown.slice(i, i + 500).map((d) => d.id),
      )
      .execute();
    for (const r of rows) {
      const own = (JSON.parse(r.analysis) as StoredAnalysis).alone;
      if (own) dated.set(keyOf(r), own.dated);
    }
  }
  if (heads.every((d) => dated.get(keyOf(d)) === true)) return [];

  const docs: Row[] = await db
    .selectFrom('documents')
    .select([
      'id',
      'key',
      'position',
      'text',
      'source',
      'published',
      'url',
      'pages',
      'content_hash',
      'analysis',
    ])
    .where('case_id', '=', caseId)
    .where('status', '=', 'analyzed')
    .orderBy('position')
    .execute();
  const stored = docs.map((d) => JSON.parse(d.analysis) as StoredAnalysis);
  // Documents stored without their own reading data (an earlier store) are read alone again once.
  const own: (AloneData | null)[] = stored.map((a) => (a.alone ? ownData(a.alone) : null));
  if (!own.some((a) => a === null || !a.dated)) return [];
  const out: LentReading[] = [];
  const rewrite = (k: number, reading: PackResult, changed: boolean): void => {
    const d = docs[k]!;
    const analysis: StoredAnalysis = { ...reading, alone: own[k]! };
    out.push({
      id: d.id,
      position: d.position,
      analysis: JSON.stringify(analysis),
      published: reading.document.published,
      claimCount: reading.claims.length,
      changed,
    });
  };
  const missing = new Set<number>();
  for (const [k, d] of docs.entries()) {
    if (own[k]) continue;
    own[k] = readAlone(d.key, inputOf(d, null)).alone;
    if (own[k]) missing.add(k);
  }
  const undated = docs.map((_, k) => k).filter((k) => own[k] && !own[k]!.dated);
  const keep = (): LentReading[] => {
    for (const k of missing) rewrite(k, stored[k]!, false);
    return out;
  };
  if (undated.length === 0 || undated.length === docs.length) return keep();

  const alone: AloneReading[] = docs.map((d, k) => {
    const { alone: _own, ...result } = stored[k]!;
    void _own;
    return {
      pack: own[k] ? 0 : -1,
      reading: own[k] ? { result, dated: own[k]!.dated, batch: own[k]!.batch } : null,
      sketch: new Uint32Array(0),
      diagnostics: [],
    };
  });
  const finished = finishReadingsAlone(alone, (k) => {
    const d = docs[k];
    return d ? { id: d.key, document: inputOf(d, own[k] ?? null) } : undefined;
  });
  if (!finished) return keep();
  const byKey = new Map(finished.readings.map((r) => [r.result.document.id, r.result]));
  for (const k of undated) {
    const lent = byKey.get(docs[k]!.key);
    if (!lent) continue;
    const changed = readingOf(stored[k]!) !== JSON.stringify(lent);
    if (changed || missing.has(k) || stored[k]!.alone?.lentFor !== undefined) rewrite(k, lent, changed);
    missing.delete(k);
  }
  return keep();
}

/** Writes the readings `planLending` gave; returns the positions of those that changed. */
export async function applyLending(
  trx: Transaction<Database>,
  lent: readonly LentReading[],
): Promise<number[]> {
  for (const l of lent)
    await trx
      .updateTable('documents')
      .set({ analysis: l.analysis, published: l.published, claim_count: l.claimCount })
      .where('id', '=', l.id)
      .execute();
  return lent.filter((l) => l.changed).map((l) => l.position);
}

/**
 * Lends publication days to the case's undated documents from its dated ones, rewriting the
 * analyses (and publication days) of those whose reading changed; call inside the linking
 * transaction. Returns the positions of the documents whose reading changed.
 */
export async function lendDays(
  trx: Transaction<Database>,
  caseId: number,
  dated: Map<string, boolean> = new Map(),
): Promise<number[]> {
  return applyLending(trx, await planLending(trx, caseId, dated));
}
