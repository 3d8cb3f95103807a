// A worker thread of `isnad analyze --jobs N`: reads the documents of each batch the main thread
// sends and answers with one message per batch. What the main thread keeps until the end (each
// document's reading and duplicate summary) crosses as one serialized buffer, moved rather than
// copied; beside it, what the main thread needs of the batch on the way: which documents are
// undated or have claims, and their NDJSON lines, already written here.

import { parentPort } from 'node:worker_threads';
import { serialize } from 'node:v8';
import { hasClaims, isUndated, readingLine, readTask } from './analyze-read.js';
import type { ReadTask } from './analyze-read.js';

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
  /** serialize(ReadDone[]), in stream order. */
  readonly packed: Uint8Array;
}

parentPort?.on('message', (request: WorkerRequest) => {
  const done = request.tasks.map(readTask);
  const undated = request.tasks.filter((t, k) => isUndated(done[k]!.alone)).map((t) => t.seq);
  const claimed = request.tasks.filter((t, k) => hasClaims(done[k]!.alone)).map((t) => t.seq);
  const lines = request.lines ? request.tasks.map((t, k) => readingLine(t.id, done[k]!.alone)).join('') : '';
  const packed = serialize(done);
  const reply: WorkerReply = {
    first: request.tasks[0]!.seq,
    end: request.tasks[request.tasks.length - 1]!.seq + 1,
    undated,
    claimed,
    lines,
    packed,
  };
  // A buffer that owns its memory moves to the main thread without a copy.
  const owned = packed.byteOffset === 0 && packed.byteLength === packed.buffer.byteLength;
  parentPort!.postMessage(reply, owned ? [packed.buffer] : []);
});
