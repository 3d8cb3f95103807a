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

const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /[0-9]/;
const SPACE = /[\s\u00a0]/u;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const ch = text[i]!;
    if (ch === '\n') {
      tokens.push({ index: tokens.length, start: i, end: i + 1, text: ch, kind: 'newline' });
      i++;
      continue;
    }
    if (SPACE.test(ch)) {
      i++;
      continue;
    }
    let j = i + 1;
    let kind: TokenKind;
    if (DIGIT.test(ch)) {
      kind = 'number';
      // 4,000  6.1  1.300.000  1،250،000: a separator counts only between digits.
      while (j < to) {
        const c = text[j]!;
        if (DIGIT.test(c)) j++;
        else if ((c === ',' || c === '.' || c === '\u060c') && j + 1 < to && DIGIT.test(text[j + 1]!)) j += 2;
        else break;
      }
    } else if (LETTER.test(ch)) {
      kind = 'word';
      while (j < to && LETTER.test(text[j]!)) j++;
    } else {
      kind = 'punct';
      // Keep a surrogate pair (an emoji) whole.
      const code = ch.charCodeAt(0);
      if (code >= 0xd800 && code <= 0xdbff && j < to) j++;
    }
    tokens.push({ index: tokens.length, start: i, end: j, text: text.slice(i, j), kind });
    i = j;
  }
  return tokens;
}
