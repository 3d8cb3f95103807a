// The lines of a page as the metadata readers see them: non-empty, trimmed, in folded offsets.

import type { Span } from '../../../types.js';
import { lines } from '../../../text/segment.js';

export const ARABIC = /[\u0621-\u064a]/;
export const LETTER = /[\p{L}\p{M}\p{N}]/u;

export interface Line extends Span {
  readonly text: string;
}

/** Non-empty lines, trimmed, in folded offsets. */
export function contentLines(text: string): Line[] {
  const out: Line[] = [];
  for (const l of lines(text)) {
    let s = l.start;
    let e = l.end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  }
  return out;
}

export function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => LETTER.test(w)).length;
}
