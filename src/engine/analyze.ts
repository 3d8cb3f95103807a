// The engine's entry point: documents in, the JSON contract out. Language-free: packs do the
// reading; the engine checks inputs, merges entities across documents and keeps diagnostics.

import type { AnalysisResult, Claim, Diagnostic, Entity, EntityMention, InputDocument } from '../types.js';
import type { LanguagePack, PackDocument, PackResult } from './pack.js';
import { VERSION } from '../version.js';
import { linkBatch } from './link/index.js';
import type { LinkDocument, LinkInput } from './link/index.js';

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
}

export interface Readings {
  readonly readings: DocumentReading[];
  readonly diagnostics: Diagnostic[];
}

/** Reads each document with its pack (ids made unique); no linking across documents yet. */
export function readDocuments(inputs: readonly InputDocument[], options: EngineOptions): Readings {
  const diagnostics: Diagnostic[] = [];
  const byPack = new Map<LanguagePack, PackDocument[]>();
  const seen = new Set<string>();
  const texts = new Map<string, string>();
  const order: string[] = [];
  for (const input of inputs) {
    let id = input.id;
    if (seen.has(id)) {
      let n = 2;
      while (seen.has(`${input.id}~${n}`)) n++;
      id = `${input.id}~${n}`;
      diagnostics.push({
        code: 'duplicate_id',
        document: id,
        message: `document id ${input.id} is used twice; renamed to ${id}`,
      });
    }
    seen.add(id);
    order.push(id);
    texts.set(id, input.text);
    const pack = choosePack(options.packs, input.text);
    if (!pack) {
      diagnostics.push({
        code: 'unsupported_language',
        document: id,
        message: 'no language pack reads this text (isnad reads Arabic); the document yields no claims',
      });
    }
    const doc: PackDocument = {
      id,
      text: input.text,
      source: input.source ?? null,
      published: input.published ?? null,
      ...(input.url ? { url: input.url } : {}),
    };
    const target = pack ?? options.packs[0];
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
    if (result) readings.push({ text: texts.get(id) ?? '', result });
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
  const entities = new Map<string, { entity: Omit<Entity, 'mentions'>; mentions: EntityMention[] }>();
  for (const { text, result: r } of readings) {
    claims.push(...r.claims);
    documents.push({ info: r.document, text, times: r.times ?? [] });
    for (const m of r.mentions) {
      let e = entities.get(m.entityId);
      if (!e) {
        e = {
          entity: {
            id: m.entityId,
            type: m.type as Entity['type'],
            name: m.name,
            aliases: m.aliases,
            ...(m.parent ? { parent: m.parent } : {}),
            ...(m.country ? { country: m.country } : {}),
          },
          mentions: [],
        };
        entities.set(m.entityId, e);
      }
      e.mentions.push({ document: r.document.id, start: m.span.start, end: m.span.end, text: m.span.text });
    }
  }
  return {
    documents,
    claims,
    entities: [...entities.values()].map((e) => ({ ...e.entity, mentions: e.mentions })),
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
  return {
    isnad: VERSION,
    documents: linked.documents,
    entities: [...input.entities],
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
