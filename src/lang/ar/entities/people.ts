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

/**
 * LATIN by code unit (its keys are single units): a key is read unit by unit, with no string cut
 * for each letter and no lookup of the letter as a property name.
 */
const LATIN_BY_UNIT: readonly (string | undefined)[] = (() => {
  const table = new Array<string | undefined>(0x700).fill(undefined);
  for (const [letter, latin] of Object.entries(LATIN)) table[letter.charCodeAt(0)] = latin;
  return table;
})();

function hash(text: string): string {
  return (fnv1a(text) >>> 0).toString(16).padStart(8, '0').slice(0, 6);
}

/** `[a-z0-9]`. */
function isLatinLowerOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** A stable ascii id for a key: a readable transliteration plus a hash that keeps keys apart. */
export function keyId(prefix: string, key: string): string {
  // One string built unit by unit, not an array of letters: places and speakers ask this per
  // mention. A surrogate pair's units are neither listed letters nor Latin: the pair is dropped.
  let spelled = '';
  for (let i = 0; i < key.length; i++) {
    const unit = key.charCodeAt(i);
    const latin = LATIN_BY_UNIT[unit];
    if (latin !== undefined) spelled += latin;
    else if (isLatinLowerOrDigit(unit)) spelled += key[i]!;
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
