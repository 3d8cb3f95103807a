// One document of `isnad analyze`'s stream read alone, the same on the main thread (one job) and
// on a worker thread: its reading (diagnostics of the id it was given first), its duplicate
// summary and, when asked, its NDJSON `reading` line, written where it was read so that the main
// thread only passes the text on.

import type { AloneReading } from '../engine/analyze.js';
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
