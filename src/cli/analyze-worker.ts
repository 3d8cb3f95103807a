// A worker thread of `isnad analyze --jobs N`: reads the documents the main thread sends, one at a
// time, and sends back what linking and duplicate detection need of each (never its text).

import { parentPort } from 'node:worker_threads';
import { readOneAlone } from '../index.js';
import { duplicateSummary } from '../ingest/duplicates.js';
import type { InputDocument } from '../types.js';

export interface WorkerTask {
  readonly seq: number;
  readonly id: string;
  readonly document: InputDocument;
}

parentPort?.on('message', (tasks: readonly WorkerTask[]) => {
  const done = tasks.map((t) => ({
    seq: t.seq,
    alone: readOneAlone(t.id, t.document),
    duplicate: duplicateSummary(t.document),
  }));
  parentPort!.postMessage(done);
});
