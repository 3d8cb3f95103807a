// `isnad analyze` over a stream of documents on all cores: the main thread reads inputs one file or
// archive entry at a time (ingest/stream.ts) and hands documents, a batch at a time, to worker
// threads, which send back per batch the documents' readings without their texts (claims,
// mentions, dates, the text's sketch for linking), their duplicate summaries and the NDJSON lines
// of the readings already written (src/threads/read-worker.ts). The main thread writes the lines in input
// order and keeps the readings, as the bytes they crossed in; when all are in, it reads them back,
// runs the batch stages and the cross-document linking. The result is the one `analyzeMany` gives
// over the same documents, whatever the number of workers (tested): a batch whose documents need
// each other to be read (some dated, some not) is read again as one batch. A worker that dies (out
// of memory on one document) fails that document only (`document_failed`), and a new one goes on.

import { availableParallelism } from 'node:os';
import { serialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { UniqueIds } from '../engine/analyze.js';
import type { AloneReading } from '../engine/analyze.js';
import { analyzeMany, finishReadingsAlone, linkReadings } from '../index.js';
import { DuplicateIndex, markSyndicated, syndicationOf } from '../ingest/duplicates.js';
import type { DuplicateGroup, DuplicateSummary } from '../ingest/duplicates.js';
import type { StreamItem } from '../ingest/stream.js';
import type { AnalysisResult, Diagnostic, InputDocument } from '../types.js';
import {
  hasClaims,
  isUndated,
  readingLine,
  readingsOf,
  readTask,
  sharingMentions,
} from '../threads/read-alone.js';
import type { ReadTask, SeenMentions } from '../threads/read-alone.js';
import type { WorkerReply, WorkerRequest } from '../threads/read-worker.js';

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
  /**
   * The NDJSON `reading` lines of documents (see readingLine), in input order, as soon as a
   * document and every document before it are read; several lines at a time.
   */
  readonly onReadingLines?: (lines: string) => void;
  readonly onProgress?: (progress: StreamProgress) => void;
  /** Keep the texts of the documents with claims (for exports that quote claims' sentences). */
  readonly keepTexts?: boolean;
}

export interface StreamRun {
  readonly result: AnalysisResult;
  /** What reading the inputs said (missing files, undecodable entries…), in input order. */
  readonly inputDiagnostics: readonly Diagnostic[];
  readonly duplicates: readonly DuplicateGroup[];
  readonly documents: number;
  /** With `keepTexts`: the documents with claims (or read again at the end), ids made unique, in input order. */
  readonly texts: readonly InputDocument[];
}

/** Documents per message to a worker, and messages in flight per worker. */
const BATCH = 8;
const IN_FLIGHT = 3;

/**
 * The workers' heaps. V8 lets a heap grow to up to four times what it kept at its last full
 * collection when its limit is 2 GB or more (4 GB by default on this kind of machine), and to
 * 1.3–2 times below that: under 2 GB, the workers' heaps stay nearer what they hold (the
 * lexicon's tables and caches), which made the whole run's peak swing by 400 MB from run to run.
 * A 20 MB document still reads (its worker's heap holds about 1 GB). A young generation twice the
 * default (semi-spaces of 32 MB): scavenges, a tenth of a worker's time, take a fifth less.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 2000, maxYoungGenerationSizeMb: 96 };

/**
 * The workers' heap limits: WORKER_LIMITS, or an old generation of ISNAD_WORKER_HEAP_MB megabytes
 * (a smaller machine; tests make a worker run out of memory with it).
 */
function workerLimits(): typeof WORKER_LIMITS {
  const mb = Number.parseInt(process.env.ISNAD_WORKER_HEAP_MB ?? '', 10);
  return Number.isFinite(mb) && mb > 0 ? { ...WORKER_LIMITS, maxOldGenerationSizeMb: mb } : WORKER_LIMITS;
}

/** What stopped a worker, in a few words: its error code (ERR_WORKER_OUT_OF_MEMORY) and message. */
function faultOf(error: Error): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && !error.message.includes(code)
    ? `${code}: ${error.message}`
    : error.message;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

export async function analyzeStream(
  items: () => AsyncIterable<StreamItem>,
  options: StreamRunOptions = {},
): Promise<StreamRun> {
  const jobs = Math.max(1, options.jobs ?? defaultJobs());
  const lines = options.onReadingLines !== undefined;
  const inputDiagnostics: Diagnostic[] = [];
  /** Readings, by stream place: those read here at once, those of the workers at the end. */
  const alone: AloneReading[] = [];
  /**
   * The readings of the batches the workers read, by their first place, as bytes (WorkerReply's
   * `readings`) until all are in: as objects they take twice the memory, in the collected heap.
   */
  const packed = new Map<number, Uint8Array>();
  /**
   * Duplicate summaries, taken in stream order as soon as every document before them is read: the
   * grouping is done while the workers read, not after them.
   */
  const copies = new DuplicateIndex();
  const outlets = new Map<string, string | undefined>();
  const take = (duplicate: DuplicateSummary): void => {
    copies.add(duplicate);
    outlets.set(duplicate.id, duplicate.source);
  };
  /** Duplicate summaries of a batch read by a worker, by place, until those before them are in. */
  const early = new Map<number, DuplicateSummary>();
  /** Lines of a batch read by a worker, by its first place, until those before it are written. */
  const waiting = new Map<number, { readonly end: number; readonly lines: string }>();
  const ids: string[] = [];
  /** Documents without a publication day: a batch with dated ones lends them one, reading them again. */
  const undated = new Map<number, InputDocument>();
  const inFlight = new Map<number, InputDocument>();
  const texts = new Map<number, InputDocument>();
  const keep = (k: number, document: InputDocument): void => {
    if (options.keepTexts) texts.set(k, ids[k] === document.id ? document : { ...document, id: ids[k]! });
  };
  const unique = new UniqueIds();
  let next = 0; // the first place whose line is not yet written
  let chars = 0;
  let fraction: number | null = null;
  let seq = 0;

  const progress = (): void => options.onProgress?.({ documents: next, chars, fraction });
  /** A worker's batch is in: its undated documents kept, its lines written when their turn comes. */
  const settle = (reply: WorkerReply): void => {
    packed.set(reply.first, reply.readings);
    reply.duplicates.forEach((d, i) => early.set(reply.first + i, d));
    for (const k of reply.undated) undated.set(k, inFlight.get(k)!);
    for (const k of reply.claimed) keep(k, inFlight.get(k)!);
    for (let k = reply.first; k < reply.end; k++) inFlight.delete(k);
    waiting.set(reply.first, { end: reply.end, lines: reply.lines });
    let turn = waiting.get(next);
    while (turn) {
      waiting.delete(next);
      if (lines && turn.lines !== '') options.onReadingLines!(turn.lines);
      for (let k = next; k < turn.end; k++) {
        // A document that failed has no summary: it is left out of the batch.
        const duplicate = early.get(k);
        if (duplicate) take(duplicate);
        early.delete(k);
      }
      next = turn.end;
      turn = waiting.get(next);
    }
    progress();
  };

  /** A request in flight on a worker: its tasks, and whether it reads one suspect alone. */
  interface Sent {
    readonly tasks: readonly ReadTask[];
    readonly alone: boolean;
  }
  /** Requests in flight per worker, oldest first (a worker answers in order). */
  const sent = new Map<Worker, Sent[]>();
  /** The last error a worker reported before it exited. */
  const faults = new Map<Worker, Error>();
  /**
   * Documents of requests lost with a worker that died: each is read again alone on a worker with
   * nothing else to do, so that a worker dying again names its document.
   */
  const suspects: ReadTask[] = [];
  let closing = false;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };
  const workers: Worker[] = [];
  const limits = workerLimits();
  const spawn = (): Worker => {
    const w = new Worker(new URL('../threads/read-worker.js', import.meta.url), { resourceLimits: limits });
    workers.push(w);
    sent.set(w, []);
    w.on('message', (reply: WorkerReply) => {
      sent.get(w)!.shift();
      settle(reply);
      dispatchSuspects();
      notify();
    });
    w.on('error', (e) => faults.set(w, e));
    w.on('exit', (code) => {
      if (!closing) died(w, code);
    });
    return w;
  };
  /**
   * A worker died (out of memory on one document, or a fault while reading one): a document it was
   * reading alone fails with a diagnostic; the documents of its other requests are read again, alone;
   * a new worker takes its place. A worker that dies with nothing to read ends the run.
   */
  const died = (w: Worker, code: number): void => {
    const lost = sent.get(w) ?? [];
    const fault = faults.get(w) ?? new Error(`a worker thread exited with code ${code}`);
    workers.splice(workers.indexOf(w), 1);
    sent.delete(w);
    faults.delete(w);
    if (lost.length === 0) {
      failure = fault;
      notify();
      return;
    }
    for (const request of lost) {
      if (request.alone) failDocument(request.tasks[0]!, fault);
      else suspects.push(...request.tasks);
    }
    spawn();
    dispatchSuspects();
    notify();
  };
  /** A document no worker could read: a diagnostic of the input, and no reading. */
  const failDocument = (task: ReadTask, fault: Error): void => {
    const diagnostic: Diagnostic = {
      code: 'document_failed',
      document: task.id,
      message: `reading this document stopped its worker thread (${faultOf(fault)}); the document is left out`,
    };
    inputDiagnostics.push(diagnostic);
    const none: AloneReading = {
      pack: -1,
      reading: null,
      sketch: new Uint32Array(0),
      diagnostics: task.before,
    };
    settle({
      first: task.seq,
      end: task.seq + 1,
      undated: [],
      claimed: [],
      lines: lines ? readingLine(task.id, { ...none, diagnostics: [...task.before, diagnostic] }) : '',
      readings: serialize([none]),
      duplicates: [],
    });
  };
  /** Suspects go one at a time to workers with nothing in flight. */
  const dispatchSuspects = (): void => {
    for (const w of workers) {
      if (suspects.length === 0) return;
      const queue = sent.get(w)!;
      if (queue.length > 0) continue;
      const task = suspects.shift()!;
      queue.push({ tasks: [task], alone: true });
      const request: WorkerRequest = { tasks: [task], lines };
      w.postMessage(request);
    }
  };
  if (jobs > 1) for (let j = 0; j < jobs; j++) spawn();
  const idle = (): Worker | null => {
    let best: Worker | null = null;
    for (const w of workers) {
      const queue = sent.get(w)!;
      // A worker reading a suspect reads nothing else meanwhile.
      if (queue.length >= IN_FLIGHT || queue[0]?.alone === true) continue;
      if (!best || queue.length < sent.get(best)!.length) best = w;
    }
    return suspects.length > 0 ? null : best;
  };
  const waitForRoom = async (): Promise<Worker> => {
    for (;;) {
      if (failure) throw failure;
      const w = idle();
      if (w) return w;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  };

  let pending: ReadTask[] = [];
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const w = await waitForRoom();
    sent.get(w)!.push({ tasks: pending, alone: false });
    const request: WorkerRequest = { tasks: pending, lines };
    w.postMessage(request);
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
        const task: ReadTask = { seq: k, id, document, before };
        if (jobs <= 1) {
          const read = readTask(task);
          alone[k] = read.alone;
          take(read.duplicate);
          if (isUndated(read.alone)) undated.set(k, document);
          if (hasClaims(read.alone)) keep(k, document);
          if (lines) options.onReadingLines!(readingLine(id, read.alone));
          next = k + 1;
          progress();
          continue;
        }
        inFlight.set(k, document);
        pending.push(task);
        if (pending.length >= BATCH) await flush();
      }
    }
    await flush();
    while (next < seq) {
      if (failure) throw failure;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    closing = true;
    await Promise.all(workers.map((w) => w.terminate()));
  }
  // The workers' readings as objects again, each batch's bytes let go as soon as it is read.
  const seen: SeenMentions = { entities: new Map(), texts: new Map() };
  for (const first of [...packed.keys()].sort((a, b) => a - b)) {
    readingsOf(packed.get(first)!).forEach((a, i) => (alone[first + i] = sharingMentions(a, seen)));
    packed.delete(first);
  }

  const groups = copies.groups();
  const readings = finishReadingsAlone(alone, (k) => {
    const document = undated.get(k);
    return document ? { id: ids[k]!, document } : undefined;
  });
  if (readings) {
    // A copy of an earlier report from another outlet names its origin, as analyzeMany's callers
    // mark it before reading (markSyndicated).
    const from = syndicationOf(groups, (id) => outlets.get(id));
    const marked = readings.readings.map((r) => {
      const origin = from.get(r.result.document.id);
      return origin === undefined || r.result.document.syndicatedFrom !== undefined
        ? r
        : { ...r, result: { ...r.result, document: { ...r.result.document, syndicatedFrom: origin } } };
    });
    // A document read again at the end may have found claims: its text is kept too.
    if (options.keepTexts) for (const [k, document] of undated) keep(k, document);
    return {
      result: linkReadings(marked, readings.diagnostics),
      inputDiagnostics,
      duplicates: groups,
      documents: seq,
      texts: [...texts.keys()].sort((a, b) => a - b).map((k) => texts.get(k)!),
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
    texts: options.keepTexts ? documents.map((d, k) => (ids[k] === d.id ? d : { ...d, id: ids[k]! })) : [],
  };
}
