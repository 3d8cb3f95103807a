// Queued documents read on worker threads (the threads of `isnad analyze --jobs`,
// src/threads/read-worker.ts), so that an analysis never holds `isnad worker`'s event loop: the
// queue's polling and completions, its maintenance, and the other slots go on while a long report
// is read. The thread reads a document alone; the store finishes that reading as a batch of one
// (lending.ts, a few milliseconds) and commits it.

import { Worker } from 'node:worker_threads';
import { readingsOf } from '../threads/read-alone.js';
import type { WorkerReply, WorkerRequest } from '../threads/read-worker.js';
import type { AloneReading } from '../engine/analyze.js';
import { IsnadError } from '../errors.js';
import type { InputDocument } from '../types.js';

// From the sources (tests, tsx) the worker is TypeScript: a one-line module registers tsx's
// loader in the worker thread first (Node 20 loads a worker's entry before its --import hooks).
const FROM_SOURCE = import.meta.url.endsWith('.ts');

function workerEntry(): URL {
  if (!FROM_SOURCE) return new URL('../threads/read-worker.js', import.meta.url);
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('../threads/read-worker.ts', import.meta.url).href;
  const code = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(entry)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

interface Pending {
  readonly resolve: (alone: AloneReading) => void;
  readonly reject: (error: Error) => void;
}

interface Thread {
  readonly worker: Worker;
  /** Reads sent and not answered, by their sequence number. */
  readonly pending: Map<number, Pending>;
}

export class ReadPool {
  readonly #size: number;
  readonly #threads: Thread[] = [];
  #seq = 0;
  #closed = false;
  /** Documents read so far. */
  reads = 0;

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 1)
      throw new IsnadError('usage', `a read pool needs ≥ 1 thread, not ${size}`);
    this.#size = size;
  }

  /** The document read alone on a thread (started on first use; a thread that died is replaced). */
  read(id: string, document: InputDocument): Promise<AloneReading> {
    if (this.#closed) return Promise.reject(new IsnadError('queue_job_failed', 'the read pool is closed'));
    const thread = this.#pick();
    const seq = this.#seq++;
    this.reads++;
    return new Promise<AloneReading>((resolve, reject) => {
      thread.pending.set(seq, { resolve, reject });
      thread.worker.ref();
      const request: WorkerRequest = { tasks: [{ seq, id, document, before: [] }], lines: false };
      thread.worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    const threads = this.#threads.splice(0);
    for (const t of threads) this.#fail(t, 'the read pool closed');
    await Promise.all(threads.map((t) => t.worker.terminate()));
  }

  /** The thread with the fewest reads waiting, a new one while the pool is not full. */
  #pick(): Thread {
    const idle = this.#threads.find((t) => t.pending.size === 0);
    if (idle) return idle;
    if (this.#threads.length < this.#size) return this.#start();
    return this.#threads.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
  }

  #start(): Thread {
    const worker = new Worker(workerEntry());
    const thread: Thread = { worker, pending: new Map() };
    worker.on('message', (reply: WorkerReply) => {
      const done = readingsOf(reply.readings)[0];
      const p = thread.pending.get(reply.first);
      thread.pending.delete(reply.first);
      if (thread.pending.size === 0) worker.unref();
      if (p && done) p.resolve(done);
      else p?.reject(new IsnadError('queue_job_failed', 'the reading thread gave no reading'));
    });
    const lost = (message: string): void => {
      const k = this.#threads.indexOf(thread);
      if (k >= 0) this.#threads.splice(k, 1);
      this.#fail(thread, message);
    };
    worker.on('error', (e) => lost(`the reading thread failed: ${e.message}`));
    worker.on('exit', (code) => lost(`the reading thread stopped (exit code ${code})`));
    worker.unref();
    this.#threads.push(thread);
    return thread;
  }

  #fail(thread: Thread, message: string): void {
    for (const p of thread.pending.values()) p.reject(new IsnadError('queue_job_failed', message));
    thread.pending.clear();
  }
}
