// One progress bar on standard error for long work (`isnad analyze`, `isnad ingest`): items done,
// throughput and the time left, redrawn at most ten times a second. Silent when standard error is
// not a terminal (pipes, CI logs) or when the user asked for quiet.

export interface ProgressState {
  readonly done: number;
  /** Items in all, when known. */
  readonly total?: number | null;
  /** Share of the work done, 0..1, when known (from items, or from bytes of an archive read). */
  readonly fraction?: number | null;
  /** Megabytes read so far, for the rate. */
  readonly megabytes?: number;
  readonly label?: string;
}

export interface ProgressBar {
  update(state: ProgressState): void;
  /** Draws the last state and ends the line. */
  finish(): void;
}

const WIDTH = 30;

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return s >= 3600
    ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
    : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** The bar's line for a state, `elapsed` seconds after the start. */
export function progressLine(state: ProgressState, elapsed: number): string {
  const fraction = state.fraction ?? (state.total ? Math.min(1, state.done / state.total) : null);
  const bar =
    fraction === null
      ? ''
      : `[${'#'.repeat(Math.round(fraction * WIDTH))}${'-'.repeat(WIDTH - Math.round(fraction * WIDTH))}] `;
  const count = state.total ? `${state.done}/${state.total}` : `${state.done}`;
  const parts = [`${bar}${count}`];
  if (state.megabytes !== undefined && elapsed > 0)
    parts.push(`${(state.megabytes / elapsed).toFixed(1)} MB/s`);
  if (fraction !== null && fraction > 0 && fraction < 1)
    parts.push(`ETA ${clock((elapsed * (1 - fraction)) / fraction)}`);
  if (state.label) parts.push(state.label.length > 30 ? state.label.slice(0, 29) + '…' : state.label);
  return parts.join('  ');
}

export function progressBar(stream: NodeJS.WriteStream, enabled: boolean): ProgressBar {
  const on = enabled && stream.isTTY === true;
  const start = Date.now();
  let last = 0;
  let state: ProgressState | null = null;
  const draw = (): void => {
    if (state) stream.write(`\r${progressLine(state, (Date.now() - start) / 1000)}\x1b[K`);
  };
  return {
    update(s) {
      if (!on) return;
      state = s;
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      draw();
    },
    finish() {
      if (!on || !state) return;
      draw();
      stream.write('\n');
    },
  };
}
