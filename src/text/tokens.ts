// Tokens over a folded text: runs of letters, runs of digits (with inner separators), and single
// punctuation marks. Letters glued to digits (`200سجين`, `374من`) become separate tokens here; what
// a letter run means (clitics, stems) is the language pack's job.

export type TokenKind = 'word' | 'number' | 'punct' | 'newline';

export interface Token {
  readonly index: number;
  /** Folded offsets. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: TokenKind;
}

/**
 * One token per match, in the order tried: a newline, a digit run (4,000  6.1  1.300.000  1،250،000:
 * a separator counts only between digits), a letter run, a code point of anything else but space
 * (an emoji's surrogate pair stays whole). Spaces are skipped by the search itself.
 */
const TOKEN = /(\n)|([0-9]+(?:[,.\u060c][0-9]+)*)|([\p{L}\p{M}]+)|([^\s\u00a0])/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const source = to === text.length ? text : text.slice(0, to);
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(source); m !== null; m = TOKEN.exec(source)) {
    const kind: TokenKind =
      m[1] !== undefined ? 'newline' : m[2] !== undefined ? 'number' : m[3] !== undefined ? 'word' : 'punct';
    tokens.push({ index: tokens.length, start: m.index, end: m.index + m[0].length, text: m[0], kind });
  }
  return tokens;
}
