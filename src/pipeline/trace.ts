// Built-in, lazy tracing (STYLE.md point 12): a rule that fires says what it saw through
// `trace.record(() => …)`. With tracing off the thunk is never called, so a trace costs one
// boolean test per firing; with it on, `isnad analyze --trace` prints per claim the rules that
// fired and the text each one read.

/** One rule firing: which rule, about what, and the span of the original text it read. */
export interface TraceEvent {
  /** What the rule decided about: a claim id (`doc#3`), or a document id for document-wide rules. */
  readonly subject: string;
  readonly rule: string;
  /** Original offsets of what the rule read, half-open. */
  readonly start: number;
  readonly end: number;
}

export interface Trace {
  /** False when nobody listens: callers may skip gathering what only the trace would show. */
  readonly on: boolean;
  /** Records the event `make` builds, only when tracing is on. */
  record(make: () => TraceEvent): void;
}

/** The trace of a run nobody listens to: free. */
export const NO_TRACE: Trace = Object.freeze({ on: false, record(): void {} });

/** A trace that keeps every event, in firing order. */
export function collectingTrace(): Trace & { readonly events: readonly TraceEvent[] } {
  const events: TraceEvent[] = [];
  return {
    on: true,
    events,
    record(make: () => TraceEvent): void {
      events.push(make());
    },
  };
}
