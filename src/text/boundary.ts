// Word boundaries that know every script: JavaScript's \b treats Arabic letters as non-word
// characters, so `\bمئة\b` would match inside `ثلاثمئة`. Every matcher uses these helpers instead.

const WORD = /[\p{L}\p{M}\p{N}]/u;

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && WORD.test(ch);
}

/** True when `text[start, end)` is not glued to a letter, mark or digit on either side. */
export function atWordBoundaries(text: string, start: number, end: number): boolean {
  return !isWordChar(text[start - 1]) && !isWordChar(text[end]);
}

/** Wraps a regex source so that it only matches as a whole word (lookarounds on \p classes). */
export function wholeWord(source: string): string {
  return `(?<![\\p{L}\\p{M}\\p{N}])(?:${source})(?![\\p{L}\\p{M}\\p{N}])`;
}
