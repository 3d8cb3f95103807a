// The Arabic matching view as small named steps (after CAMeL Tools' dediac / normalize_alef /
// normalize_alef_maksura / normalize_teh_marbuta). Each table maps one UTF-16 unit; the engine
// composes consecutive tables into a single pass. Order matters where a step reads another's
// output: decomposed hamza is composed before diacritics delete its combining mark; presentation
// forms become letters before alef and ya are folded; Persian letters become Arabic ones before
// ta marbuta folds; hashtags are read before obfuscated words are joined (`#يا_رب` is two words).

import type { CharTable, FoldStep } from '../../../text/folded.js';
import { compose } from './compose.js';
import { hashtags } from './hashtags.js';
import { obfuscationWith } from './obfuscation.js';
import type { ListedWords } from './listed-words.js';
import { noListedWords } from './listed-words.js';

export { compose, composeHamza } from './compose.js';
export { hashtags, unhashtag } from './hashtags.js';
export { obfuscationWith, joinObfuscated } from './obfuscation.js';

function range(from: number, to: number, to_: string): [string, string][] {
  const out: [string, string][] = [];
  for (let c = from; c <= to; c++) out.push([String.fromCharCode(c), to_]);
  return out;
}

function table(pairs: Iterable<[string, string]>): CharTable {
  return new Map(pairs);
}

/**
 * Zero-width and bidi controls, the BOM, the soft hyphen, word joiners, variation selectors and
 * control characters: invisible, so never part of a match. Line breaks of other systems (NEL, the
 * Unicode line and paragraph separators, vertical tab, form feed) become `\n`.
 */
export const invisible: FoldStep = {
  kind: 'table',
  id: 'ar/normalize/invisible',
  table: table([
    ...range(0x0000, 0x0008, ''),
    ...range(0x000e, 0x001f, ''),
    ...range(0x007f, 0x009f, ''),
    ['\u000b', '\n'],
    ['\u000c', '\n'],
    ['\u0085', '\n'],
    ['\u2028', '\n'],
    ['\u2029', '\n'],
    ...range(0x200b, 0x200f, ''),
    ...range(0x202a, 0x202e, ''),
    ...range(0x2060, 0x2064, ''),
    ...range(0x2066, 0x206f, ''),
    ...range(0xfe00, 0xfe0f, ''),
    ['\u180e', ''],
    ['\u034f', ''],
    ['\ufeff', ''],
    ['\u061c', ''],
    ['\u00ad', ''],
  ]),
};

/**
 * Arabic presentation forms (ﻻ, ﷲ, isolated/final glyphs) and fullwidth ASCII (１２, ＃) to their
 * NFKC forms. Isolated marks (ﹰ, ﱞ: a space carrying a mark) are dropped like the marks they
 * stand for; phrase ligatures (ﷺ) are not expanded into words.
 */
export const presentationForms: FoldStep = {
  kind: 'table',
  id: 'ar/normalize/nfkc',
  table: table(
    [...range(0xfb50, 0xfdff, ''), ...range(0xfe70, 0xfefc, ''), ...range(0xff01, 0xff5e, '')]
      .map(([ch]): [string, string] => {
        const to = ch.normalize('NFKC');
        return [ch, /^ \p{M}+$/u.test(to) ? '' : to];
      })
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

/**
 * Letters of Persian, Urdu and Kurdish keyboards that Arabic text picks up (`الھیئة`, `الأمیرکي`,
 * `ٲمد`) to the Arabic letters they stand for: ی ې ے → ي, ک ڪ → ك, ھ ہ ە → ه, ۀ ۂ → ه, ۃ → ة,
 * ٲ ٳ ٵ → أ إ ا. Letters with no Arabic twin (پ چ ژ گ ڤ) are kept.
 */
export const persianLetters: FoldStep = {
  kind: 'table',
  id: 'ar/normalize/persian-letters',
  table: table([
    ['\u06cc', '\u064a'],
    ['\u06d0', '\u064a'],
    ['\u06d2', '\u064a'],
    ['\u06d3', '\u0626'],
    ['\u06a9', '\u0643'],
    ['\u06aa', '\u0643'],
    ['\u06be', '\u0647'],
    ['\u06c1', '\u0647'],
    ['\u06d5', '\u0647'],
    ['\u06c0', '\u0647'],
    ['\u06c2', '\u0647'],
    ['\u06c3', '\u0629'],
    ['\u0672', '\u0623'],
    ['\u0673', '\u0625'],
    ['\u0675', '\u0627'],
  ]),
};

/** ى → ي. */
export const ya: FoldStep = {
  kind: 'table',
  id: 'ar/normalize/ya',
  table: table([['\u0649', '\u064a']]),
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

/**
 * Dashes and odd spaces to their plain forms, the Arabic percent sign, five-pointed star and date
 * separator to ASCII; Latin letters to lower case for matching names.
 */
export const punctuation: FoldStep = {
  kind: 'table',
  id: 'ar/normalize/punctuation',
  table: table([
    ['\u2010', '-'],
    ['\u2011', '-'],
    ['\u2012', '-'],
    ['\u2013', '-'],
    ['\u2014', '-'],
    ['\u2015', '-'],
    ['\u2212', '-'],
    ['\ufe58', '-'],
    ['\ufe63', '-'],
    ['\u00a0', ' '],
    ['\u1680', ' '],
    ...range(0x2000, 0x200a, ' '),
    ['\u202f', ' '],
    ['\u205f', ' '],
    ['\u3000', ' '],
    ['\u066a', '%'],
    ['\u066d', '*'],
    ['\u060d', '/'],
    ...Array.from({ length: 26 }, (_, k): [string, string] => [
      String.fromCharCode(0x41 + k),
      String.fromCharCode(0x61 + k),
    ]),
  ]),
};

/** The matching view, in order, its obfuscation step reading `words` (a lexicon's, `Lexicon.normalize`). */
export function matchingStepsWith(words: ListedWords): readonly FoldStep[] {
  return [...TABLE_AND_TAG_STEPS, obfuscationWith(words)];
}

/** Every step before the obfuscation join, in order. */
const TABLE_AND_TAG_STEPS: readonly FoldStep[] = [
  compose,
  invisible,
  presentationForms,
  digits,
  tatweel,
  diacritics,
  persianLetters,
  alef,
  ya,
  taMarbuta,
  quotes,
  punctuation,
  hashtags,
];

/** The matching view with no listed words: what folds a lexicon entry (plain: no cut, no dots). */
export const matchingSteps: readonly FoldStep[] = matchingStepsWith(noListedWords());
