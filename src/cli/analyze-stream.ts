// `isnad analyze` over a stream of documents on all cores: the main thread reads inputs one file or
// archive entry at a time (ingest/stream.ts) and hands documents to worker threads, which send back
// each document's reading without its text (claims, mentions, dates, the text's sketch for linking)
// and its duplicate summary. Readings are kept in input order; when all are in, the batch stages
// and the cross-document linking run on the main thread. The result is the one `analyzeMany` gives
// over the same documents, whatever the number of workers (tested): a batch whose documents need
// each other to be read (some dated, some not) is read again as one batch.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { UniqueIds } from '../engine/analyze.js';
import type { AloneReading } from '../engine/analyze.js';
import { analyzeMany, finishReadingsAlone, linkReadings, readOneAlone } from '../index.js';
import { duplicateSummary, groupDuplicates, markSyndicated, syndicationOf } from '../ingest/duplicates.js';
import type { DuplicateGroup, DuplicateSummary } from '../ingest/duplicates.js';
import type { StreamItem } from '../ingest/stream.js';
import type { AnalysisResult, Diagnostic, InputDocument } from '../types.js';
import type { WorkerTask } from './analyze-worker.js';

export interface StreamProgress {
  readonly documents: number;
  /** UTF-16 code units of text read so far. */
  readonly chars: number;
  /** Share of the current input read, 0..1, when its size is known. */
  readonly fraction: number | null;
}

export interface StreamRunOptions {
  /** Worker threads; 1 reads on the main thread. Default: the cores available. */
  readonly jobs?: number;
  /** Each document's reading as soon as it and every document before it are read. */
  readonly onReading?: (id: string, alone: AloneReading) => void;
  readonly onProgress?: (progress: StreamProgress) => void;
}

export interface StreamRun {
  readonly result: AnalysisResult;
  /** What reading the inputs said (missing files, undecodable entries…), in input order. */
  readonly inputDiagnostics: readonly Diagnostic[];
  readonly duplicates: readonly DuplicateGroup[];
  readonly documents: number;
}

interface Done {
  readonly seq: number;
  readonly alone: AloneReading;
  readonly duplicate: DuplicateSummary;
}

/** Documents per message to a worker, and messages in flight per worker. */
const BATCH = 4;
const IN_FLIGHT = 4;

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

export async function analyzeStream(
  items: () => AsyncIterable<StreamItem>,
  options: StreamRunOptions = {},
): Promise<StreamRun> {
  const jobs = Math.max(1, options.jobs ?? defaultJobs());
  const inputDiagnostics: Diagnostic[] = [];
  const alone: AloneReading[] = [];
  const duplicates: DuplicateSummary[] = [];
  const ids: string[] = [];
  /** Documents without a publication day: a batch with dated ones lends them one, reading them again. */
  const undated = new Map<number, InputDocument>();
  const inFlight = new Map<number, InputDocument>();
  const unique = new UniqueIds();
  let next = 0; // the first reading not yet passed to onReading
  let chars = 0;
  let fraction: number | null = null;
  let seq = 0;

  const settle = (d: Done, before: readonly Diagnostic[]): void => {
    alone[d.seq] =
      before.length > 0 ? { ...d.alone, diagnostics: [...before, ...d.alone.diagnostics] } : d.alone;
    duplicates[d.seq] = d.duplicate;
    const document = inFlight.get(d.seq);
    inFlight.delete(d.seq);
    if (document && d.alone.reading && !d.alone.reading.dated) undated.set(d.seq, document);
    while (alone[next] !== undefined) {
      options.onReading?.(ids[next]!, alone[next]!);
      next++;
    }
    options.onProgress?.({ documents: next, chars, fraction });
  };

  const workers =
    jobs > 1
      ? Array.from({ length: jobs }, () => new Worker(new URL('./analyze-worker.js', import.meta.url)))
      : [];
  const renamed = new Map<number, Diagnostic[]>();
  const load = new Map<Worker, number>();
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };
  for (const w of workers) {
    load.set(w, 0);
    w.on('message', (done: Done[]) => {
      load.set(w, load.get(w)! - 1);
      for (const d of done) {
        settle(d, renamed.get(d.seq) ?? []);
        renamed.delete(d.seq);
      }
      notify();
    });
    w.on('error', (e) => {
      failure = e;
      notify();
    });
  }
  const idle = (): Worker | null => {
    let best: Worker | null = null;
    for (const w of workers)
      if (load.get(w)! < IN_FLIGHT && (!best || load.get(w)! < load.get(best)!)) best = w;
    return best;
  };
  const waitForRoom = async (): Promise<Worker> => {
    for (;;) {
      if (failure) throw failure;
      const w = idle();
      if (w) return w;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  };

  let pending: WorkerTask[] = [];
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const w = await waitForRoom();
    load.set(w, load.get(w)! + 1);
    w.postMessage(pending);
    pending = [];
  };

  try {
    for await (const item of items()) {
      inputDiagnostics.push(...item.diagnostics);
      fraction = item.size ? Math.min(1, item.read / item.size) : null;
      for (const document of item.documents) {
        const before: Diagnostic[] = [];
        const id = unique.take(document.id, before);
        const k = seq++;
        ids[k] = id;
        chars += document.text.length;
        inFlight.set(k, document);
        if (workers.length === 0) {
          settle(
            { seq: k, alone: readOneAlone(id, document), duplicate: duplicateSummary(document) },
            before,
          );
          continue;
        }
        if (before.length > 0) renamed.set(k, before);
        pending.push({ seq: k, id, document });
        if (pending.length >= BATCH) await flush();
      }
    }
    await flush();
    while (next < seq) {
      if (failure) throw failure;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }

  const groups = groupDuplicates(duplicates);
  const readings = finishReadingsAlone(alone, (k) => {
    const document = undated.get(k);
    return document ? { id: ids[k]!, document } : undefined;
  });
  if (readings) {
    // A copy of an earlier report from another outlet names its origin, as analyzeMany's callers
    // mark it before reading (markSyndicated).
    const outlets = new Map(duplicates.filter(Boolean).map((d) => [d.id, d.source]));
    const from = syndicationOf(groups, (id) => outlets.get(id));
    const marked = readings.readings.map((r) => {
      const origin = from.get(r.result.document.id);
      return origin === undefined || r.result.document.syndicatedFrom !== undefined
        ? r
        : { ...r, result: { ...r.result, document: { ...r.result.document, syndicatedFrom: origin } } };
    });
    return {
      result: linkReadings(marked, readings.diagnostics),
      inputDiagnostics,
      duplicates: groups,
      documents: seq,
    };
  }
  // A pack that cannot finish the batch from readings alone: the batch is read as one.
  const documents: InputDocument[] = [];
  for await (const item of items()) documents.push(...item.documents);
  return {
    result: analyzeMany(markSyndicated(documents, groups)),
    inputDiagnostics,
    duplicates: groups,
    documents: seq,
  };
}
