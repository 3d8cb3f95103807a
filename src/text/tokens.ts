// Tokens over a folded text: runs of letters, runs of digits (with inner separators), and single
// punctuation marks. Letters glued to digits (`200سجين`, `374من`) become separate tokens here; what
// a letter run means (clitics, stems) is the language pack's job.

export type TokenKind = 'word' | 'number' | 'punct' | 'newline';

export interface Token {
  /** Folded offsets. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: TokenKind;
}

/** What each UTF-16 unit is, learnt on first sight: 0 not yet known, 1 a letter or mark (\p{L}\p{M}),
 * 2 a space (\s), 3 anything else. */
const CLASSES = new Uint8Array(0x10000);
const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;

function classOf(c: number): number {
  const known = CLASSES[c]!;
  if (known !== 0) return known;
  const ch = String.fromCharCode(c);
  const value = LETTER.test(ch) ? 1 : SPACE.test(ch) ? 2 : 3;
  CLASSES[c] = value;
  return value;
}

const ASTRAL_LETTER = /^[\p{L}\p{M}]$/u;

/** Length in units of the letter or mark at `i` (a surrogate pair counts as one), or 0. */
function letterAt(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return classOf(c) === 1 ? 1 : 0;
  if (i + 1 >= to) return 0;
  const d = text.charCodeAt(i + 1);
  if (d < 0xdc00 || d > 0xdfff) return 0;
  return ASTRAL_LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Tokens of text[from, to): a newline; a digit run (4,000  6.1  1.300.000  1،250،000: a separator
 * counts only between digits); a run of letters and marks; else one code point (an emoji's
 * surrogate pair stays whole). Spaces separate tokens and are dropped.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  eachToken(text, from, to, (start, end, kind) => {
    tokens.push({ start, end, text: text.slice(start, end), kind });
  });
  return tokens;
}

/**
 * The tokens of `tokenize`, handed to `visit` by their offsets and kind, in order: a reader that
 * makes its own token objects (or looks a word up by its offsets) cuts no text it does not keep.
 */
export function eachToken(
  text: string,
  from: number,
  to: number,
  visit: (start: number, end: number, kind: TokenKind) => void,
): void {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    let j: number;
    let kind: TokenKind;
    if (c === 10) {
      kind = 'newline';
      j = i + 1;
    } else if (classOf(c) === 2) {
      i++;
      continue;
    } else if (isDigit(c)) {
      kind = 'number';
      j = digitRunEnd(text, i, to);
    } else {
      const first = letterAt(text, i, to);
      if (first > 0) {
        kind = 'word';
        j = i + first;
        while (j < to) {
          const n = letterAt(text, j, to);
          if (n === 0) break;
          j += n;
        }
      } else {
        kind = 'punct';
        const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < to;
        const low = pair ? text.charCodeAt(i + 1) : 0;
        j = i + (pair && low >= 0xdc00 && low <= 0xdfff ? 2 : 1);
      }
    }
    visit(i, j, kind);
    i = j;
  }
}

/** The end of the digit run at `i`: a separator counts only between digits. */
function digitRunEnd(text: string, i: number, to: number): number {
  let j = i + 1;
  while (j < to) {
    const d = text.charCodeAt(j);
    if (isDigit(d)) j++;
    else if ((d === 44 || d === 46 || d === 0x060c) && j + 1 < to && isDigit(text.charCodeAt(j + 1))) j += 2;
    else break;
  }
  return j;
}
