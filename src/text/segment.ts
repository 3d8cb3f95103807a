// Sentences over a folded text. A sentence ends at a newline, or at . ! ? ؟ ; ؛ followed by space
// or the end (never the dot inside 6.1 or inside an abbreviation-like `أ.ف.ب`).

import type { Span } from '../types.js';

// Patterns of `sentences`, compiled once: a regex literal inside a function is a new object each
// time it is reached (here, on every space around a sentence and every dot).
const SPACE = /\s/;
const LETTER = /[\p{L}]/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

export function sentences(text: string, skip: readonly Span[] = []): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && SPACE.test(text[s]!)) s++;
    while (e > s && SPACE.test(text[e - 1]!)) e--;
    if (e > s && !insideAny({ start: s, end: e }, skip)) out.push({ start: s, end: e });
  };
  // Only newlines and terminal marks can end a sentence; the search skips everything else (test,
  // not exec: a one-character match needs no match object).
  const breaks = /[\n.!?\u061f\u061b;]/g;
  while (breaks.test(text)) {
    const i = breaks.lastIndex - 1;
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    const next = text[i + 1];
    // `د. محمد`: a dot after a lone letter is an abbreviation.
    if (ch === '.' && LETTER.test(text[i - 1] ?? '') && !LETTER_OR_MARK.test(text[i - 2] ?? '')) continue;
    if (next === undefined || SPACE.test(next) || next === '"') {
      const end = next === '"' ? i + 2 : i + 1;
      push(end);
      start = end;
      breaks.lastIndex = end;
    }
  }
  push(text.length);
  return out;
}

/** True when one of `spans` holds all of `span`. */
export function insideAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((b) => span.start >= b.start && span.end <= b.end);
}

/** Lines of a text as spans (newline excluded). */
export function lines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}
