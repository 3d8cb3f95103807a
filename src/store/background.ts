// The background linking of a store (Store.open(…, { linking: 'background' })): one worker thread
// with its own read-only connection to the same store computes the rounds that lend a case's
// days and link it whole (Store.planRound, on a snapshot), so that a server's requests never wait
// behind them; the store's own connection writes what a round computed in one short transaction
// (Store.commitRound): one writer, so no request ever waits for a lock. Rounds are asked for
// by case and coalesced: a request waits a moment (more documents come in meanwhile), one round
// runs at a time per case (never two at once), and a request during a round runs one more after
// it, no sooner than the last round took (under a steady flow of documents the linking thread
// takes at most about half of a core, and each round links more documents at once). A round
// that failed is tried again later, waiting longer each time. Nothing here is
// durable, and nothing need be: a case's revisions say it is pending, and the next start or
// read of it asks for a round again.

import { Worker } from 'node:worker_threads';

export interface RoundRequest {
  readonly caseId: number;
  /** Link the case whole (its readings changed, or it was marked). */
  readonly whole: boolean;
}

export interface RoundReply<Plan> {
  readonly caseId: number;
  /** The round computed (null: the case is gone). */
  readonly plan?: Plan | null;
  readonly error?: string;
}

/** What writing a round did. */
export interface Committed {
  readonly settled: boolean;
  readonly full: boolean;
  /** The next round is to link the case whole. */
  readonly whole: boolean;
}

export interface BackgroundOptions<Plan> {
  /** Writes what a round computed. */
  readonly commit: (plan: Plan) => Promise<Committed>;
  /** Milliseconds a request waits for others before its round starts (default 250). */
  readonly debounceMs?: number;
  /** Where a failed round is reported (default: standard error). */
  readonly onError?: (caseId: number, message: string) => void;
}

interface CaseRounds {
  timer: NodeJS.Timeout | null;
  running: boolean;
  /** Asked for again while running. */
  again: boolean;
  whole: boolean;
  failures: number;
  /** When the running round started (ms). */
  started: number;
}

// From the sources (tests, tsx) the worker is TypeScript: a one-line module registers tsx's
// loader in the worker thread first (Node 20 loads a worker's entry before its --import hooks).
const FROM_SOURCE = import.meta.url.endsWith('.ts');

function workerEntry(): URL {
  if (!FROM_SOURCE) return new URL('./linker-worker.js', import.meta.url);
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./linker-worker.ts', import.meta.url).href;
  const code = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(entry)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

export class BackgroundLinking<Plan> {
  readonly #location: string;
  readonly #debounceMs: number;
  readonly #onError: (caseId: number, message: string) => void;
  readonly #commit: (plan: Plan) => Promise<Committed>;
  readonly #cases = new Map<number, CaseRounds>();
  readonly #idle: (() => void)[] = [];
  #worker: Worker | null = null;
  #closed = false;
  /** Rounds run, by outcome (for tests and logs). */
  readonly rounds = { settled: 0, unsettled: 0, full: 0, failed: 0 };

  constructor(location: string, options: BackgroundOptions<Plan>) {
    this.#location = location;
    this.#commit = options.commit;
    this.#debounceMs = options.debounceMs ?? 250;
    this.#onError =
      options.onError ??
      ((caseId, message) => process.stderr.write(`isnad: linking case ${caseId} failed: ${message}\n`));
  }

  /** Asks for a round for the case (coalesced with any waiting or running). */
  request(caseId: number, options: { whole?: boolean } = {}): void {
    if (this.#closed) return;
    let c = this.#cases.get(caseId);
    if (!c)
      this.#cases.set(
        caseId,
        (c = { timer: null, running: false, again: false, whole: false, failures: 0, started: 0 }),
      );
    if (options.whole) c.whole = true;
    if (c.running) c.again = true;
    else if (!c.timer) this.#schedule(caseId, c, this.#debounceMs);
  }

  /** A round is waiting or running for the case. */
  busy(caseId: number): boolean {
    return this.#cases.has(caseId);
  }

  /** Resolves once no round is waiting or running. */
  idle(): Promise<void> {
    if (this.#cases.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  /** Stops: waiting rounds are dropped (the cases stay pending in the store), a running one ends first. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const [id, c] of this.#cases) {
      if (c.timer) clearTimeout(c.timer);
      c.timer = null;
      if (!c.running) this.#cases.delete(id);
    }
    const worker = this.#worker;
    if (!worker) return this.#settle();
    if (this.#cases.size > 0) await this.idle();
    this.#worker = null;
    worker.ref();
    await new Promise<void>((resolve) => {
      const done = (): void => resolve();
      worker.once('exit', done);
      worker.once('message', () => void worker.terminate());
      worker.postMessage({ close: true });
    });
  }

  #schedule(caseId: number, c: CaseRounds, ms: number): void {
    c.timer = setTimeout(() => {
      c.timer = null;
      this.#run(caseId, c);
    }, ms);
  }

  #run(caseId: number, c: CaseRounds): void {
    c.running = true;
    c.again = false;
    c.started = performance.now();
    const request: RoundRequest = { caseId, whole: c.whole };
    c.whole = false;
    const worker = this.#start();
    worker.ref();
    worker.postMessage(request);
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(workerEntry(), { workerData: { location: this.#location } });
    worker.on('message', (reply: RoundReply<Plan> | { closed: true }) => {
      if ('caseId' in reply) void this.#written(reply);
    });
    worker.on('error', (error) => this.#lost(worker, error.message));
    worker.on('exit', (code) => this.#lost(worker, `the linking thread stopped (exit code ${code})`));
    this.#worker = worker;
    return worker;
  }

  /** The worker died: its running rounds failed; a later round starts a new one. */
  #lost(worker: Worker, message: string): void {
    if (this.#worker !== worker) return;
    this.#worker = null;
    for (const [caseId, c] of this.#cases) if (c.running) this.#replied(caseId, { error: message });
  }

  /** Writes a round's plan, then says what it did. */
  async #written(reply: RoundReply<Plan>): Promise<void> {
    if (reply.error !== undefined || !reply.plan) {
      this.#replied(reply.caseId, reply.error !== undefined ? { error: reply.error } : null);
      return;
    }
    let done: Committed | { error: string };
    try {
      done = await this.#commit(reply.plan);
    } catch (error) {
      done = { error: (error as Error).message };
    }
    this.#replied(reply.caseId, done);
  }

  #replied(caseId: number, done: Committed | { error: string } | null): void {
    const c = this.#cases.get(caseId);
    if (!c) return;
    c.running = false;
    if (![...this.#cases.values()].some((x) => x.running)) this.#worker?.unref();
    const reply = { caseId, ...(done ?? { settled: true, full: false, whole: false }) };
    if ('error' in reply) {
      this.rounds.failed++;
      c.failures++;
      this.#onError(reply.caseId, reply.error);
      if (!this.#closed) {
        // Tried again later, waiting longer after each failure (up to a minute).
        this.#schedule(reply.caseId, c, Math.min(60_000, 500 * 2 ** Math.min(c.failures, 7)));
        return;
      }
    } else {
      c.failures = 0;
      if (reply.settled) this.rounds.settled++;
      else this.rounds.unsettled++;
      if (reply.full) this.rounds.full++;
      if (reply.whole) c.whole = true;
      if (!this.#closed && (c.again || !reply.settled)) {
        this.#schedule(reply.caseId, c, Math.max(this.#debounceMs, performance.now() - c.started));
        return;
      }
    }
    this.#cases.delete(reply.caseId);
    this.#settle();
  }

  #settle(): void {
    if (this.#cases.size > 0) return;
    for (const resolve of this.#idle.splice(0)) resolve();
  }
}
