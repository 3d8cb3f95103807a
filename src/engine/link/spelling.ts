// Places the gazetteer lacks are names as each outlet hears them: one foreign city comes in several
// spellings (a long vowel written or not, one consonant for a foreign sound), and each spelling is
// an entity of its own. Two such names are one place when their last words (the name after a head
// word like "city" or "street") are one edit apart. Language-free: letters and edits only.
//
// Must match:     ميونيخ ~ ميونخ (a vowel letter more), بروكسيل ~ بروكسل, مدينة بروكسل ~ بروكسل.
// Must not match: شارع الحمراء ~ شارع الرشيد (two streets: the last words differ), دير ~ دور (three
//                 letters with one changed: too short to tell a spelling from another name).

import { foldName } from './sides.js';

/** Fewest letters of a last word compared by spelling; a change needs one more. */
const SHORTEST = 3;

/** The folded last word of a name: what tells one place from another. */
export function nameWord(name: string): string {
  const words = foldName(name).split(' ');
  return words[words.length - 1] ?? '';
}

/**
 * Keys under which a word is filed so that words one edit apart meet: the word and each word
 * made by deleting one of its letters (an insertion, a deletion or a change leaves a common key).
 */
export function spellingKeys(word: string): string[] {
  if (word.length < SHORTEST) return [];
  const out = new Set([word]);
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return [...out];
}

/** Two last words are one name spelt two ways: equal, or one edit apart (see SHORTEST). */
export function spelledAlike(a: string, b: string): boolean {
  const short = Math.min(a.length, b.length);
  if (short < SHORTEST) return false;
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length && short <= SHORTEST) return false;
  return oneEdit(a, b);
}

function oneEdit(a: string, b: string): boolean {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  if (s.length === l.length) return s.slice(i + 1) === l.slice(i + 1);
  return s.slice(i) === l.slice(i + 1);
}
