// One document read alone, the same on the main thread (`isnad analyze`, one job) and on a worker
// thread (`isnad analyze --jobs N`, and `isnad worker`'s queue through src/queue/read-pool.ts): its
// reading (diagnostics of the id it was given first), its duplicate summary and, when asked, its
// NDJSON `reading` line, written where it was read so that the main thread only passes the text on.

import { deserialize } from 'node:v8';
import type { AloneReading } from '../engine/analyze.js';
import type { PackMention } from '../engine/pack.js';
import { readOneAlone } from '../index.js';
import { duplicateSummary } from '../ingest/duplicates.js';
import type { DuplicateSummary } from '../ingest/duplicates.js';
import type { Diagnostic, InputDocument } from '../types.js';

export interface ReadTask {
  /** Place of the document in the stream. */
  readonly seq: number;
  /** Its id, made unique in the stream. */
  readonly id: string;
  readonly document: InputDocument;
  /** Diagnostics that come before the document's own (its id renamed). */
  readonly before: readonly Diagnostic[];
}

/** What the batch stages and linking need of a document read alone; never its text. */
export interface ReadDone {
  readonly alone: AloneReading;
  readonly duplicate: DuplicateSummary;
}

export function readTask(task: ReadTask): ReadDone {
  const alone = readOneAlone(task.id, task.document);
  return {
    alone: task.before.length > 0 ? { ...alone, diagnostics: [...task.before, ...alone.diagnostics] } : alone,
    duplicate: duplicateSummary(task.document),
  };
}

/** The NDJSON record of a document's reading before linking, with its newline. */
export function readingLine(id: string, alone: AloneReading): string {
  const r = alone.reading?.result;
  return (
    JSON.stringify({
      record: 'reading',
      document: id,
      claims: r?.claims ?? [],
      diagnostics: [...alone.diagnostics, ...(r?.diagnostics ?? [])],
    }) + '\n'
  );
}

/** A reading the batch lends a publication day to: its document is read again at the end. */
export function isUndated(alone: AloneReading): boolean {
  return alone.reading !== null && !alone.reading.dated;
}

/** A reading with claims: an export that quotes their sentences needs its text. */
export function hasClaims(alone: AloneReading): boolean {
  return (alone.reading?.result.claims.length ?? 0) > 0;
}

/** The readings a worker serialized (WorkerReply's `readings`), as objects again. */
export function readingsOf(bytes: Uint8Array): AloneReading[] {
  return deserialize(bytes) as AloneReading[];
}

/**
 * What the main thread keeps of a reading that crossed from a worker, slimmed: a crossing copies
 * every mention's entity facts (id, type, name, aliases) and quoted text, and the stream keeps
 * every reading until the end. A mention shares each of them with the first mention of its entity
 * (and of its text) the run met, where they are equal; the values stay those the mention was read with.
 */
export function sharingMentions(alone: AloneReading, seen: SeenMentions): AloneReading {
  const reading = alone.reading;
  if (!reading || reading.result.mentions.length === 0) return alone;
  const mentions = reading.result.mentions.map((m) => {
    const text = seen.texts.get(m.span.text);
    if (text === undefined) seen.texts.set(m.span.text, m.span.text);
    const span = text === undefined ? m.span : { ...m.span, text };
    const first = seen.entities.get(m.entityId);
    if (!first) seen.entities.set(m.entityId, m);
    if (!first) return span === m.span ? m : { ...m, span };
    return {
      ...m,
      entityId: first.entityId,
      type: m.type === first.type ? first.type : m.type,
      name: m.name === first.name ? first.name : m.name,
      aliases: sameList(m.aliases, first.aliases) ? first.aliases : m.aliases,
      span,
    };
  });
  const result = { ...reading.result, mentions };
  return { ...alone, reading: { ...reading, result } };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, k) => x === b[k]);
}

/** The entities' first mentions and the mentions' texts a stream has met (`sharingMentions`). */
export interface SeenMentions {
  readonly entities: Map<string, PackMention>;
  readonly texts: Map<string, string>;
}
