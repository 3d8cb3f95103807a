// The Arabic matching view as small named steps (after CAMeL Tools' dediac / normalize_alef /
// normalize_alef_maksura / normalize_teh_marbuta). Each table maps one UTF-16 unit; the engine
// composes consecutive tables into a single pass. Order matters where a step reads another's
// output: presentation forms must be decomposed before diacritics and alef are folded, and
// tatweel must be gone before obfuscated words (`داعـ.ــ.ش`) are joined.

import type { CharTable, FoldStep, FoldedText } from '../../../text/folded.js';
import { removeUnits } from '../../../text/folded.js';

function range(from: number, to: number, to_: string): [string, string][] {
  const out: [string, string][] = [];
  for (let c = from; c <= to; c++) out.push([String.fromCharCode(c), to_]);
  return out;
}

function table(pairs: Iterable<[string, string]>): CharTable {
  return new Map(pairs);
}

/** Zero-width and bidi controls, the BOM and the soft hyphen: invisible, so never part of a match. */
export const invisible: FoldStep = {
  kind: 'table',
  id: 'ar/normalize/invisible',
  table: table([
    ...range(0x200b, 0x200f, ''),
    ...range(0x202a, 0x202e, ''),
    ...range(0x2066, 0x2069, ''),
    ['\ufeff', ''],
    ['\u061c', ''],
    ['\u00ad', ''],
  ]),
};

/** Arabic presentation forms (ﻻ, ﷲ, isolated/final glyphs) to their NFKC letters. */
export const presentationForms: FoldStep = {
  kind: 'table',
  id: 'ar/normalize/nfkc',
  table: table(
    [...range(0xfb50, 0xfdff, ''), ...range(0xfe70, 0xfefc, '')]
      .map(([ch]): [string, string] => [ch, ch.normalize('NFKC')])
      .filter(([ch, to]) => to !== ch && !to.includes(' ')),
  ),
};

/** Arabic-Indic and Persian digits, and the Arabic decimal and thousands separators. */
export const digits: FoldStep = {
  kind: 'table',
  id: 'ar/normalize/digits',
  table: table([
    ...Array.from({ length: 10 }, (_, d): [string, string] => [String.fromCharCode(0x0660 + d), String(d)]),
    ...Array.from({ length: 10 }, (_, d): [string, string] => [String.fromCharCode(0x06f0 + d), String(d)]),
    ['\u066b', '.'],
    ['\u066c', ','],
  ]),
};

export const tatweel: FoldStep = {
  kind: 'table',
  id: 'ar/normalize/tatweel',
  table: table([['\u0640', '']]),
};

/** Harakat, tanween, shadda, sukun, superscript alef and Quranic marks. */
export const diacritics: FoldStep = {
  kind: 'table',
  id: 'ar/normalize/diacritics',
  table: table([
    ...range(0x064b, 0x065f, ''),
    ['\u0670', ''],
    ...range(0x0610, 0x061a, ''),
    ...range(0x06d6, 0x06dc, ''),
    ...range(0x06df, 0x06e8, ''),
    ...range(0x06ea, 0x06ed, ''),
  ]),
};

/** أ إ آ ٱ → ا: hamza seats on alef vary by writer, never by meaning in news text. */
export const alef: FoldStep = {
  kind: 'table',
  id: 'ar/normalize/alef',
  table: table([
    ['\u0623', '\u0627'],
    ['\u0625', '\u0627'],
    ['\u0622', '\u0627'],
    ['\u0671', '\u0627'],
  ]),
};

/** ى → ي, and the Persian ی and ک that Arabic keyboards sometimes produce. */
export const ya: FoldStep = {
  kind: 'table',
  id: 'ar/normalize/ya',
  table: table([
    ['\u0649', '\u064a'],
    ['\u06cc', '\u064a'],
    ['\u06a9', '\u0643'],
  ]),
};

export const taMarbuta: FoldStep = {
  kind: 'table',
  id: 'ar/normalize/ta-marbuta',
  table: table([['\u0629', '\u0647']]),
};

/** Typographic quotes, guillemets and inch/second marks (used as quotes: `223″`) to ASCII. */
export const quotes: FoldStep = {
  kind: 'table',
  id: 'ar/normalize/quotes',
  table: table([
    ...[
      '\u201c',
      '\u201d',
      '\u201e',
      '\u201f',
      '\u00ab',
      '\u00bb',
      '\u2033',
      '\u2036',
      '\u301d',
      '\u301e',
      '\uff02',
    ].map((q): [string, string] => [q, '"']),
    ...['\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u2035'].map((q): [string, string] => [q, "'"]),
  ]),
};

/** Dashes and odd spaces to their plain forms; Latin letters to lower case for matching names. */
export const punctuation: FoldStep = {
  kind: 'table',
  id: 'ar/normalize/punctuation',
  table: table([
    ['\u2010', '-'],
    ['\u2011', '-'],
    ['\u2012', '-'],
    ['\u2013', '-'],
    ['\u2014', '-'],
    ['\u2212', '-'],
    ['\u00a0', ' '],
    ...range(0x2000, 0x200a, ' '),
    ['\u202f', ' '],
    ['\u3000', ' '],
    ['\u066a', '%'],
    ...Array.from({ length: 26 }, (_, k): [string, string] => [
      String.fromCharCode(0x41 + k),
      String.fromCharCode(0x61 + k),
    ]),
  ]),
};

const SEPARATORS = new Set(['.', '-', '_', '*', '·', '•']);

function isArabicLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c >= 0x0621 && c <= 0x064a;
}

/**
 * Censorship obfuscation: outlets break a name so filters miss it (`داعـ.ــ.ش`, `د.ا.ع.ش`,
 * `د ا ع ش`). Joining is allowed only where a fragment is too short to be a word of its own: a
 * single trailing letter (`داع.ش`), or short fragments all through (`دا.عش`), or a separator
 * doubled by the writer (`داع..ش`, left by tatweel). `الحسكة.في` and `د.محمد` stay apart.
 * Linear: it walks the text once, looking at letter runs around separator runs.
 */
export function joinObfuscated(input: FoldedText): FoldedText {
  const text = input.text;
  const remove = new Set<number>();
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isArabicLetter(text[i])) {
      i++;
      continue;
    }
    // A chain: letters (sep letters)+, with no spaces.
    const fragments: { start: number; end: number }[] = [];
    const seps: { start: number; end: number }[] = [];
    let j = i;
    for (;;) {
      const fs = j;
      while (j < n && isArabicLetter(text[j])) j++;
      fragments.push({ start: fs, end: j });
      const ss = j;
      while (j < n && SEPARATORS.has(text[j]!)) j++;
      if (j === ss || !isArabicLetter(text[j])) {
        j = ss;
        break;
      }
      seps.push({ start: ss, end: j });
    }
    if (seps.length > 0) {
      const lengths = fragments.map((f) => f.end - f.start);
      const total = lengths.reduce((a, b) => a + b, 0);
      const allShort = lengths.every((len) => len <= 2);
      const first = lengths[0]!;
      const last = lengths[lengths.length - 1]!;
      const doubled = seps.some((sp) => sp.end - sp.start >= 2);
      const ok = total >= 3 && (allShort || (first >= 2 && (last === 1 || (last <= 2 && doubled))));
      if (ok) for (const sp of seps) for (let k = sp.start; k < sp.end; k++) remove.add(k);
    }
    i = Math.max(j, i + 1);
  }
  // Single letters spaced out: `د ا ع ش` (three or more, so `و ب` is never touched).
  let k = 0;
  while (k < n) {
    if (
      isArabicLetter(text[k]) &&
      !isLetterLike(text[k - 1]) &&
      text[k + 1] === ' ' &&
      isArabicLetter(text[k + 2]) &&
      !isLetterLike(text[k + 3])
    ) {
      let end = k + 1;
      let count = 1;
      while (text[end] === ' ' && isArabicLetter(text[end + 1]) && !isLetterLike(text[end + 2])) {
        end += 2;
        count++;
      }
      if (count >= 3) for (let m = k + 1; m < end; m += 2) remove.add(m);
      k = end;
      continue;
    }
    k++;
  }
  return removeUnits(input, remove);
}

function isLetterLike(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{M}]/u.test(ch);
}

export const obfuscation: FoldStep = { kind: 'pass', id: 'ar/normalize/obfuscation', run: joinObfuscated };

/**
 * Hashtags read as words: `#القاعدة` → `القاعدة`, `#بوركينا_فاسو` → `بوركينا فاسو`. The `#` is
 * dropped and an underscore between letters becomes a space, so names inside tags are matched.
 */
export function unhashtag(input: FoldedText): FoldedText {
  const text = input.text;
  if (!text.includes('#')) return input;
  const remove = new Set<number>();
  const underscores = new Set<number>();
  const letter = /[\p{L}]/u;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '#' || !letter.test(text[i + 1] ?? '') || letter.test(text[i - 1] ?? '')) continue;
    remove.add(i);
    for (let j = i + 1; j < text.length && /[\p{L}\p{M}\p{N}_]/u.test(text[j]!); j++) {
      if (text[j] === '_') underscores.add(j);
    }
  }
  const spaced = underscores.size > 0 ? replaceUnits(input, underscores, ' ') : input;
  return removeUnits(spaced, remove);
}

function replaceUnits(input: FoldedText, at: ReadonlySet<number>, by: string): FoldedText {
  let text = '';
  for (let i = 0; i < input.text.length; i++) text += at.has(i) ? by : input.text[i];
  return { ...input, text };
}

export const hashtags: FoldStep = { kind: 'pass', id: 'ar/normalize/hashtags', run: unhashtag };

/** The full matching view, in order. */
export const matchingSteps: readonly FoldStep[] = [
  invisible,
  presentationForms,
  digits,
  tatweel,
  diacritics,
  alef,
  ya,
  taMarbuta,
  quotes,
  punctuation,
  obfuscation,
  hashtags,
];
