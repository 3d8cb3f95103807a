// Keys under which one person's name meets its spelling variants, and stable ids made from them.
//
// Must meet: `X شامي` / `X الشامي` (article on a surname), `حنّا` / `حنا` (shadda), `عبدالله` /
//   `عبد الله`, `أبو محمد` / `ابومحمد`, `نور الدين` / `نورالدين`, ة/ه, ى/ي and hamza forms, a
//   leading title (`العميد`، `الدكتور`، `الشيخ`).
// Must not meet: `سامر الأحمد` / `سامي الأحمد` (two people sharing a surname).

import { fnv1a } from '../../../text/hash.js';
import type { Lexicon } from '../lexicon/lexicon.js';

/**
 * The words of a person's name in their meeting form: folded, titles off (closed class name-title),
 * compounds joined (`عبد الله`: name-joining before, `نور الدين`: name-joined after).
 */
export function personKeyWords(lex: Lexicon, name: string): string[] {
  const closed = lex.closed;
  const raw = lex
    .foldedName(name)
    .replace(/[^\p{L}\s]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  while (raw.length > 1 && closed.has('name-title', raw[0]!)) raw.shift();
  const joined: string[] = [];
  for (let k = 0; k < raw.length; k++) {
    const w = raw[k]!;
    const next = raw[k + 1];
    if (next !== undefined && (closed.has('name-joining', w) || closed.has('name-joined', next))) {
      joined.push(w + next);
      k++;
    } else joined.push(w);
  }
  return joined.map((w, k) => {
    // The article on a family name comes and goes (`الشامي` / `شامي`); a doubled letter is one.
    const bare = k > 0 || joined.length === 1 ? w.replace(/^ال(?=..)/, '') : w;
    return bare.replace(/(\p{L})\1+/gu, '$1');
  });
}

export function personKey(lex: Lexicon, name: string): string {
  return personKeyWords(lex, name).join(' ');
}

const LATIN: Readonly<Record<string, string>> = {
  ا: 'a',
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: 'a',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  و: 'w',
  ي: 'y',
  ى: 'a',
  ئ: 'y',
  ؤ: 'w',
  ة: 'h',
  ' ': '_',
};

function hash(text: string): string {
  return (fnv1a(text) >>> 0).toString(16).padStart(8, '0').slice(0, 6);
}

/** `[a-z0-9]`. */
function isLatinLowerOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** A stable ascii id for a key: a readable transliteration plus a hash that keeps keys apart. */
export function keyId(prefix: string, key: string): string {
  // One string built by code points, not an array of them: places and speakers ask this per mention.
  let spelled = '';
  for (const c of key) {
    const latin = LATIN[c];
    if (latin !== undefined) spelled += latin;
    else if (c.length === 1 && isLatinLowerOrDigit(c.charCodeAt(0))) spelled += c;
  }
  const latin = spelled.replace(/_+/g, '_').replace(/^_|_$/g, '').slice(0, 40);
  return `${prefix}_${latin ? latin + '_' : ''}${hash(key)}`;
}

/**
 * Whether a speaker phrase read as a name looks like one: no word carries a pronoun suffix
 * (`بمساعدتها`، `لقواتها`، `خلالها` are nouns and prepositions, not names).
 */
export function plausibleName(lex: Lexicon, name: string): boolean {
  const words = lex
    .foldedName(name)
    .replace(/[^\p{L}\s]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return false;
  return words.every(
    (w) => !/^\p{L}{3,}(ها|هم|هما|هن|كم)$/u.test(w) && !lex.closed.has('pronoun-preposition', w),
  );
}
