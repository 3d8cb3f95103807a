// Publication days a case lends its undated reports, as a batch analysis does. A report that
// states no publication day is read alone without one; once the case also holds dated reports, the
// engine's batch step (finishReadingsAlone) lends it the day the batch implies (its weekdays, its
// dated days, `بعد ستة أيام من …`, near the batch's dates) and reads its dates and claims again
// against that day. The store keeps each document's own reading data (`alone`: whether it dated
// itself, and what the batch steps need of it) in its stored analysis, beside the reading it
// links, so that lending runs at linking over the case as it stands, and only when the case's
// documents changed since the last lending.

import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
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
  /** A digest of the case's documents when its day was last lent; absent when never lent. */
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
  const alone = readOneAlone(id, input);
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

/**
 * Lends publication days to the case's undated documents from its dated ones, rewriting the
 * analyses (and publication days) of those whose reading changed; call inside the linking
 * transaction. Returns the positions of the documents rewritten.
 */
export async function lendDays(
  trx: Transaction<Database>,
  caseId: number,
  dated: Map<string, boolean> = new Map(),
): Promise<number[]> {
  // Whether each document dated itself, kept by the caller (by position and content): a case whose
  // documents all did lends nothing, and is known so without reading every analysis again.
  const heads = await trx
    .selectFrom('documents')
    .select(['id', 'position', 'content_hash'])
    .where('case_id', '=', caseId)
    .where('status', '=', 'analyzed')
    .execute();
  const keyOf = (d: { position: number; content_hash: string }): string => `${d.position}:${d.content_hash}`;
  const unknown = heads.filter((d) => !dated.has(keyOf(d)));
  for (let i = 0; i < unknown.length; i += 500) {
    const rows = await trx
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

  const docs: Row[] = await trx
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
  const own: (AloneData | null)[] = stored.map((a) => a.alone ?? null);
  if (!own.some((a) => a === null || !a.dated)) return [];
  for (const [k, d] of docs.entries()) {
    if (own[k]) continue;
    own[k] = readAlone(d.key, inputOf(d, null)).alone;
    if (own[k])
      await trx
        .updateTable('documents')
        .set({ analysis: JSON.stringify({ ...stored[k]!, alone: own[k] }) })
        .where('id', '=', d.id)
        .execute();
  }
  const undated = docs.map((_, k) => k).filter((k) => own[k] && !own[k]!.dated);
  if (undated.length === 0 || undated.length === docs.length) return [];
  const digest = createHash('sha256')
    .update(JSON.stringify(docs.map((d, k) => [d.key, d.content_hash, own[k]?.dated ?? null])))
    .digest('hex')
    .slice(0, 24);
  if (undated.every((k) => own[k]!.lentFor === digest)) return [];

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
  if (!finished) return [];
  const byKey = new Map(finished.readings.map((r) => [r.result.document.id, r.result]));
  const rewritten: number[] = [];
  for (const k of undated) {
    const d = docs[k]!;
    const lent = byKey.get(d.key);
    if (!lent) continue;
    const analysis: StoredAnalysis = { ...lent, alone: { ...own[k]!, lentFor: digest } };
    const before = stored[k]!;
    const changed =
      before.document.published !== lent.document.published ||
      JSON.stringify(before.claims) !== JSON.stringify(lent.claims) ||
      JSON.stringify(before.times ?? []) !== JSON.stringify(lent.times ?? []);
    await trx
      .updateTable('documents')
      .set({
        analysis: JSON.stringify(analysis),
        published: lent.document.published,
        claim_count: lent.claims.length,
      })
      .where('id', '=', d.id)
      .execute();
    if (changed) rewritten.push(d.position);
  }
  return rewritten;
}
