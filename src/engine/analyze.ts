// The engine's entry point: documents in, the JSON contract out. Language-free: packs do the
// reading; the engine checks inputs, merges entities across documents and keeps diagnostics.

import type {
  AnalysisResult,
  Claim,
  Diagnostic,
  Entity,
  EntityMention,
  InputDocument,
  TextPage,
} from '../types.js';
import type { LanguagePack, PackDocument, PackReading, PackResult } from './pack.js';
import { VERSION } from '../version.js';
import { linkBatch } from './link/index.js';
import { sketch } from './link/sketch.js';
import type { LinkDocument, LinkInput, LinkResult } from './link/index.js';

export interface EngineOptions {
  readonly packs: readonly LanguagePack[];
}

function choosePack(packs: readonly LanguagePack[], text: string): LanguagePack | null {
  let best: LanguagePack | null = null;
  let bestScore = 0;
  for (const pack of packs) {
    const s = pack.score(text);
    if (s > bestScore) {
      best = pack;
      bestScore = s;
    }
  }
  return bestScore > 0.05 ? best : null;
}

/** One document as the pack read it, kept apart from the other reports until linking. */
export interface DocumentReading {
  readonly text: string;
  readonly result: PackResult;
  /** The text's shingle sketch for linking, when the text itself is no longer kept. */
  readonly sketch?: Uint32Array;
}

export interface Readings {
  readonly readings: DocumentReading[];
  readonly diagnostics: Diagnostic[];
}

/**
 * Document ids made unique in input order: a repeated id becomes `id~2`, `id~3`… with a
 * `duplicate_id` diagnostic.
 */
export class UniqueIds {
  readonly #seen = new Set<string>();

  take(wanted: string, diagnostics: Diagnostic[]): string {
    let id = wanted;
    if (this.#seen.has(id)) {
      let n = 2;
      while (this.#seen.has(`${wanted}~${n}`)) n++;
      id = `${wanted}~${n}`;
      diagnostics.push({
        code: 'duplicate_id',
        document: id,
        message: `document id ${wanted} is used twice; renamed to ${id}`,
      });
    }
    this.#seen.add(id);
    return id;
  }
}

/** The pack that reads a text, with the diagnostic when none does (the first pack reads it anyway). */
function packFor(
  id: string,
  text: string,
  packs: readonly LanguagePack[],
  diagnostics: Diagnostic[],
): LanguagePack | undefined {
  const pack = choosePack(packs, text);
  if (!pack) {
    diagnostics.push({
      code: 'unsupported_language',
      document: id,
      message: 'no language pack reads this text (isnad reads Arabic); the document yields no claims',
    });
  }
  return pack ?? packs[0];
}

function packDocument(id: string, input: InputDocument): PackDocument {
  return {
    id,
    text: input.text,
    source: input.source ?? null,
    published: input.published ?? null,
    ...(input.url ? { url: input.url } : {}),
  };
}

/** Reads each document with its pack (ids made unique); no linking across documents yet. */
export function readDocuments(inputs: readonly InputDocument[], options: EngineOptions): Readings {
  const diagnostics: Diagnostic[] = [];
  const byPack = new Map<LanguagePack, PackDocument[]>();
  const ids = new UniqueIds();
  const texts = new Map<string, string>();
  const order: string[] = [];
  const syndicated = new Map<string, string>();
  const paged = new Map<string, readonly TextPage[]>();
  for (const input of inputs) {
    const id = ids.take(input.id, diagnostics);
    order.push(id);
    if (input.syndicatedFrom !== undefined) syndicated.set(id, input.syndicatedFrom);
    if (input.pages !== undefined && input.pages.length > 0) paged.set(id, input.pages);
    texts.set(id, input.text);
    const doc = packDocument(id, input);
    const target = packFor(id, input.text, options.packs, diagnostics);
    if (!target) continue;
    let list = byPack.get(target);
    if (!list) byPack.set(target, (list = []));
    list.push(doc);
  }
  const results = new Map<string, PackResult>();
  for (const [pack, docs] of byPack) {
    for (const result of pack.analyzeBatch(docs)) results.set(result.document.id, result);
  }
  const readings: DocumentReading[] = [];
  for (const id of order) {
    const result = results.get(id);
    if (!result) continue;
    // A republished copy names its origin when the origin is in the batch.
    const from = syndicated.get(id);
    const copy = from !== undefined && texts.has(from) && from !== id;
    const pages = paged.get(id);
    readings.push({
      text: texts.get(id) ?? '',
      result:
        copy || pages
          ? {
              ...result,
              document: {
                ...result.document,
                ...(copy ? { syndicatedFrom: from } : {}),
                ...(pages ? { pages } : {}),
              },
            }
          : result,
    });
  }
  return { readings, diagnostics };
}

/**
 * What the linker takes from read documents: each document's info, text and times, their claims,
 * and one entity per gazetteer or speaker id with its mentions in every document.
 */
export function linkInputOf(readings: readonly DocumentReading[]): LinkInput {
  const documents: LinkDocument[] = [];
  const claims: Claim[] = [];
  // Each entity made once, in its final shape, its mentions pushed onto it as they come.
  const entities = new Map<string, Entity & { readonly mentions: EntityMention[] }>();
  for (const { text, result: r, sketch: shingles } of readings) {
    claims.push(...r.claims);
    documents.push({
      info: r.document,
      text,
      times: r.times ?? [],
      ...(r.toxic ? { toxic: true } : {}),
      ...(shingles ? { sketch: shingles } : {}),
    });
    for (const m of r.mentions) {
      let e = entities.get(m.entityId);
      if (!e) {
        e = {
          id: m.entityId,
          type: m.type as Entity['type'],
          name: m.name,
          aliases: m.aliases,
          ...(m.parent ? { parent: m.parent } : {}),
          ...(m.country ? { country: m.country } : {}),
          mentions: [],
        };
        entities.set(m.entityId, e);
      }
      e.mentions.push({
        document: r.document.id,
        start: m.span.start,
        end: m.span.end,
        text: m.span.text,
        ...(m.role ? { role: m.role } : {}),
      });
    }
  }
  return {
    documents,
    claims,
    entities: [...entities.values()],
  };
}

/**
 * Assembles read documents into the JSON contract: entities merged across documents, then
 * incidents, conflicts, estimates and timeline. `diagnostics` come first in the result.
 */
export function assembleReadings(
  readings: readonly DocumentReading[],
  earlier: readonly Diagnostic[] = [],
): AnalysisResult {
  const diagnostics: Diagnostic[] = [...earlier, ...readings.flatMap((r) => r.result.diagnostics)];
  const input = linkInputOf(readings);
  const linked = linkBatch(input.documents, input.claims, input.entities);
  return contractOf(linked, [...input.entities], diagnostics);
}

/** The JSON contract of a linking: its documents, claims, incidents, conflicts and timeline. */
export function contractOf(
  linked: LinkResult,
  entities: readonly Entity[],
  diagnostics: readonly Diagnostic[],
): AnalysisResult {
  return {
    isnad: VERSION,
    documents: linked.documents,
    entities,
    claims: linked.claims,
    incidents: linked.incidents,
    campaigns: linked.campaigns,
    conflicts: linked.conflicts,
    timeline: linked.timeline,
    diagnostics,
  };
}

export function analyzeDocuments(inputs: readonly InputDocument[], options: EngineOptions): AnalysisResult {
  const { readings, diagnostics } = readDocuments(inputs, options);
  return assembleReadings(readings, diagnostics);
}

/**
 * One document read alone, as it crosses back from a worker thread: the pack's reading, the
 * text's sketch for linking (the text itself stays behind) and the engine's diagnostics for it.
 */
export interface AloneReading {
  /** Index of the pack in `EngineOptions.packs`; -1 when there is none. */
  readonly pack: number;
  readonly reading: PackReading | null;
  readonly sketch: Uint32Array;
  readonly diagnostics: readonly Diagnostic[];
  /** A paged input's pages (a PDF), for the document's info. */
  readonly pages?: readonly TextPage[];
}

/**
 * Reads one document alone (`id` already made unique by the caller, see UniqueIds). Pure: the
 * same on any thread.
 */
export function readAlone(id: string, input: InputDocument, options: EngineOptions): AloneReading {
  const diagnostics: Diagnostic[] = [];
  const pack = packFor(id, input.text, options.packs, diagnostics);
  const reading = pack?.readAlone ? pack.readAlone(packDocument(id, input)) : null;
  return {
    pack: pack ? options.packs.indexOf(pack) : -1,
    reading,
    sketch: sketch(input.text),
    diagnostics,
    ...(input.pages !== undefined && input.pages.length > 0 ? { pages: input.pages } : {}),
  };
}

/**
 * Finishes documents read alone into the readings `readDocuments` gives over the same inputs, in
 * the same order. `documentOf(k)` gives the k-th document (id made unique) when its reading is not
 * `dated`: a batch lends days to those. Null when a pack cannot finish the batch (it cannot read
 * alone, or a document it needs is missing): the caller reads the documents as one batch instead.
 */
export function finishAlone(
  alone: readonly AloneReading[],
  options: EngineOptions,
  documentOf: (k: number) => PackDocument | undefined = () => undefined,
): Readings | null {
  const diagnostics = alone.flatMap((a) => a.diagnostics);
  const byPack = new Map<number, number[]>();
  for (const [k, a] of alone.entries()) {
    if (a.pack < 0) continue;
    if (!a.reading) return null;
    let list = byPack.get(a.pack);
    if (!list) byPack.set(a.pack, (list = []));
    list.push(k);
  }
  const results: (PackResult | undefined)[] = [];
  for (const [index, members] of byPack) {
    const pack = options.packs[index]!;
    const readings = members.map((k) => alone[k]!.reading!);
    const finished = pack.finishBatch?.(readings, (j) => documentOf(members[j]!));
    if (!finished) return null;
    finished.forEach((r, j) => (results[members[j]!] = r));
  }
  const readings: DocumentReading[] = [];
  alone.forEach((a, k) => {
    const result = results[k];
    if (!result) return;
    const paged = a.pages ? { ...result, document: { ...result.document, pages: a.pages } } : result;
    readings.push({ text: '', result: paged, sketch: a.sketch });
  });
  return { readings, diagnostics };
}

/** The document a pack reads, from an input and its unique id. */
export function packDocumentOf(id: string, input: InputDocument): PackDocument {
  return packDocument(id, input);
}
