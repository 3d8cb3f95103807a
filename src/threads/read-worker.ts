// A worker thread of `isnad analyze --jobs N` and of `isnad worker` (src/queue/read-pool.ts), below
// both surfaces: reads the documents of each batch the main thread sends and answers with one
// message per batch: what the main thread keeps until the end (each document's reading,
// serialized, and its duplicate summary, never its text) and what it needs of the batch on the
// way: which documents are undated or have claims, and their NDJSON lines, already written here.

import { serialize } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import type { DuplicateSummary } from '../ingest/duplicates.js';
import { hasClaims, isUndated, readingLine, readTask } from './read-alone.js';
import type { ReadTask } from './read-alone.js';

export interface WorkerRequest {
  /** Documents of consecutive places in the stream. */
  readonly tasks: readonly ReadTask[];
  /** Write each document's NDJSON `reading` line. */
  readonly lines: boolean;
}

export interface WorkerReply {
  /** The stream places read, [first, end). */
  readonly first: number;
  readonly end: number;
  /** Places of the documents whose reading is undated (see isUndated). */
  readonly undated: readonly number[];
  /** Places of the documents whose reading has claims (their texts quote the claims' sentences). */
  readonly claimed: readonly number[];
  /** Their `reading` lines, in order ('' when not asked). */
  readonly lines: string;
  /**
   * The readings (AloneReading[], in stream order) as `v8.serialize` writes them: the main thread
   * keeps a whole stream's readings until linking, and as bytes they take half the memory they
   * take as objects, outside the garbage-collected heap (`readingsOf` reads them back).
   */
  readonly readings: Uint8Array;
  /** The duplicate summaries, in stream order. */
  readonly duplicates: readonly DuplicateSummary[];
}

parentPort?.on('message', (request: WorkerRequest) => {
  const done = request.tasks.map(readTask);
  const undated = request.tasks.filter((t, k) => isUndated(done[k]!.alone)).map((t) => t.seq);
  const claimed = request.tasks.filter((t, k) => hasClaims(done[k]!.alone)).map((t) => t.seq);
  const lines = request.lines ? request.tasks.map((t, k) => readingLine(t.id, done[k]!.alone)).join('') : '';
  const reply: WorkerReply = {
    first: request.tasks[0]!.seq,
    end: request.tasks[request.tasks.length - 1]!.seq + 1,
    undated,
    claimed,
    lines,
    readings: serialize(done.map((d) => d.alone)),
    duplicates: done.map((d) => d.duplicate),
  };
  parentPort!.postMessage(reply);
});
