// A folded text is the matching view of an original text: characters replaced or removed by
// normalization steps, with two offset tables that carry every folded index back to the original.
// Spans shown to people are always cut from `original`; `text` exists only for matching.

import type { Span } from '../types.js';

export interface FoldedText {
  readonly original: string;
  /** The matching view. */
  readonly text: string;
  /** starts[i]: original offset where folded unit i begins. */
  readonly starts: Int32Array;
  /** ends[i]: original offset where folded unit i ends. */
  readonly ends: Int32Array;
}

export function unfolded(original: string): FoldedText {
  const n = original.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { original, text: original, starts, ends };
}

/**
 * Maps a half-open folded span back to the original text. An empty span maps to the original
 * position just after the preceding folded unit (or the start of the text).
 */
export function toOriginal(folded: FoldedText, start: number, end: number): Span {
  const n = folded.text.length;
  if (n === 0) return { start: 0, end: 0 };
  const s = Math.max(0, Math.min(start, n));
  const e = Math.max(s, Math.min(end, n));
  if (e === s) {
    const at = s < n ? folded.starts[s]! : folded.original.length;
    return { start: at, end: at };
  }
  let endAt = folded.ends[e - 1]!;
  // Marks written on the last letter belong to it (`عناصرَ`), though folding removed them.
  const limit = e < n ? folded.starts[e]! : folded.original.length;
  while (endAt < limit && MARK.test(folded.original[endAt]!)) endAt++;
  return { start: folded.starts[s]!, end: endAt };
}

const MARK = /\p{M}/u;

export function originalSlice(folded: FoldedText, start: number, end: number): string {
  const span = toOriginal(folded, start, end);
  return folded.original.slice(span.start, span.end);
}

/** Accumulates folded output while remembering where each unit came from. */
export class FoldBuilder {
  private chars: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];

  push(text: string, start: number, end: number): void {
    for (let k = 0; k < text.length; k++) {
      this.chars.push(text[k]!);
      this.starts.push(start);
      this.ends.push(end);
    }
  }

  finish(original: string): FoldedText {
    return {
      original,
      text: this.chars.join(''),
      starts: Int32Array.from(this.starts),
      ends: Int32Array.from(this.ends),
    };
  }
}

/**
 * A character table maps single UTF-16 units to a replacement ('' deletes the unit). Tables are
 * composed into one lookup so that all one-unit steps cost a single pass.
 */
export type CharTable = ReadonlyMap<string, string>;

export function composeTables(tables: readonly CharTable[]): (string | undefined)[] {
  const lookup: (string | undefined)[] = new Array(0x10000);
  const keys = new Set<string>();
  for (const table of tables) for (const key of table.keys()) keys.add(key);
  for (const key of keys) {
    let out = key;
    for (const table of tables) {
      let next = '';
      for (const ch of out) next += table.get(ch) ?? ch;
      out = next;
    }
    if (out !== key) lookup[key.charCodeAt(0)] = out;
  }
  return lookup;
}

/** Applies a composed lookup to a folded text in one pass. */
export function applyLookup(input: FoldedText, lookup: readonly (string | undefined)[]): FoldedText {
  const src = input.text;
  const n = src.length;
  // Fast path: most of a text is untouched, so find the first unit that changes before allocating.
  let first = 0;
  while (first < n && lookup[src.charCodeAt(first)] === undefined) first++;
  if (first === n) return input;
  let size = n;
  for (let i = first; i < n; i++) {
    const rep = lookup[src.charCodeAt(i)];
    if (rep !== undefined) size += rep.length - 1;
  }
  // Plain loops over typed arrays: this is the hottest code of normalization.
  const inStarts = input.starts;
  const inEnds = input.ends;
  const starts = new Int32Array(size);
  const ends = new Int32Array(size);
  starts.set(inStarts.subarray(0, first));
  ends.set(inEnds.subarray(0, first));
  let text = '';
  let runStart = 0;
  let out = first;
  for (let i = first; i < n; i++) {
    const rep = lookup[src.charCodeAt(i)];
    if (rep === undefined) {
      starts[out] = inStarts[i]!;
      ends[out] = inEnds[i]!;
      out++;
      continue;
    }
    if (i > runStart) text += src.slice(runStart, i);
    runStart = i + 1;
    if (rep.length > 0) {
      text += rep;
      const s = inStarts[i]!;
      const e = inEnds[i]!;
      for (let k = 0; k < rep.length; k++) {
        starts[out] = s;
        ends[out] = e;
        out++;
      }
    }
  }
  if (runStart < n) text += src.slice(runStart);
  return { original: input.original, text, starts, ends };
}

/** Units `[start, end)` of a folded text become `text`; every new unit maps to their whole source. */
export interface FoldEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Applies edits in one pass. Edits must be in text order; one that overlaps the previous edit, is
 * empty or lies out of range is ignored rather than thrown on. Untouched runs are copied whole.
 */
export function editUnits(input: FoldedText, edits: readonly FoldEdit[]): FoldedText {
  if (edits.length === 0) return input;
  const src = input.text;
  const n = src.length;
  let size = n;
  let cursor = 0;
  const kept: FoldEdit[] = [];
  for (const e of edits) {
    if (e.start < cursor || e.end <= e.start || e.end > n) continue;
    kept.push(e);
    size += e.text.length - (e.end - e.start);
    cursor = e.end;
  }
  if (kept.length === 0) return input;
  const starts = new Int32Array(size);
  const ends = new Int32Array(size);
  const parts: string[] = [];
  let from = 0;
  let out = 0;
  for (const e of kept) {
    if (e.start > from) {
      parts.push(src.slice(from, e.start));
      starts.set(input.starts.subarray(from, e.start), out);
      ends.set(input.ends.subarray(from, e.start), out);
      out += e.start - from;
    }
    if (e.text.length > 0) {
      parts.push(e.text);
      const s = input.starts[e.start]!;
      const t = input.ends[e.end - 1]!;
      starts.fill(s, out, out + e.text.length);
      ends.fill(t, out, out + e.text.length);
      out += e.text.length;
    }
    from = e.end;
  }
  if (from < n) {
    parts.push(src.slice(from));
    starts.set(input.starts.subarray(from), out);
    ends.set(input.ends.subarray(from), out);
  }
  return { original: input.original, text: parts.join(''), starts, ends };
}

/**
 * Removes the folded units at the given indices (sorted or not). Used by context-sensitive steps
 * such as joining an obfuscated word.
 */
export function removeUnits(input: FoldedText, remove: ReadonlySet<number> | readonly number[]): FoldedText {
  const sorted = [...remove].sort((a, b) => a - b);
  return editUnits(
    input,
    sorted.map((at) => ({ start: at, end: at + 1, text: '' })),
  );
}

/** A named normalization step: a one-unit table, or a pass that sees context. */
export type FoldStep =
  | { readonly kind: 'table'; readonly id: string; readonly table: CharTable }
  | { readonly kind: 'pass'; readonly id: string; readonly run: (input: FoldedText) => FoldedText };

/**
 * Builds a normalizer from ordered steps. Consecutive table steps are composed into one lookup,
 * so the order of steps is kept while the cost stays one pass per run of tables.
 */
export function compileSteps(steps: readonly FoldStep[]): (original: string) => FoldedText {
  const stages: ((input: FoldedText) => FoldedText)[] = [];
  let pending: CharTable[] = [];
  const flushTables = (): void => {
    if (pending.length === 0) return;
    const lookup = composeTables(pending);
    stages.push((input) => applyLookup(input, lookup));
    pending = [];
  };
  for (const step of steps) {
    if (step.kind === 'table') pending.push(step.table);
    else {
      flushTables();
      stages.push(step.run);
    }
  }
  flushTables();
  return (original) => {
    let folded = unfolded(original);
    for (const stage of stages) folded = stage(folded);
    return folded;
  };
}
