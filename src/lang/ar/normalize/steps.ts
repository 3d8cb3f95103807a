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

const AR_LETTER = '[\\u0621-\\u064a]';
/** Letter runs joined by dots, dashes, stars or bullets with no space: `داع..ش`, `د.ا.ع.ش`. */
const JOINED = new RegExp(`${AR_LETTER}+(?:[.\\-_*·•|/]+${AR_LETTER}+)+`, 'gu');
/** Single letters spaced out: `د ا ع ش` (three or more, so `و ب` is never touched). */
const SPACED = new RegExp(`(?<![\\p{L}\\p{M}])${AR_LETTER}(?: ${AR_LETTER}){2,}(?![\\p{L}\\p{M}])`, 'gu');
const SEPARATOR = /[.\-_*·•|/ ]/;

/**
 * Censorship obfuscation: outlets break a name so filters miss it (`داعـ.ــ.ش`). Joining is
 * allowed only where a fragment is too short to be a word of its own, so `الحسكة.وقال` and the
 * abbreviation `د.محمد` stay apart.
 */
export function joinObfuscated(input: FoldedText): FoldedText {
  const remove = new Set<number>();
  const text = input.text;
  for (const m of text.matchAll(JOINED)) {
    const fragments = m[0].split(/[.\-_*·•|/]+/);
    const lengths = fragments.map((f) => f.length);
    const total = lengths.reduce((a, b) => a + b, 0);
    const allShort = lengths.every((n) => n <= 2);
    const first = lengths[0]!;
    const last = lengths[lengths.length - 1]!;
    const ok = total >= 3 && (allShort || (first >= 2 && last <= 2));
    if (!ok) continue;
    for (let k = 0; k < m[0].length; k++) if (SEPARATOR.test(m[0][k]!)) remove.add(m.index + k);
  }
  for (const m of text.matchAll(SPACED)) {
    for (let k = 0; k < m[0].length; k++) if (m[0][k] === ' ') remove.add(m.index + k);
  }
  return removeUnits(input, remove);
}

export const obfuscation: FoldStep = { kind: 'pass', id: 'ar/normalize/obfuscation', run: joinObfuscated };

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
];
