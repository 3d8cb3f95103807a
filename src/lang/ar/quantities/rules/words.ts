// ar/number/words: number words composed by Arabic grammar. Within a group below a thousand the order
// is hundreds, then units, then tens (`مئة وخمسة وعشرون`), each joined by و; a unit before `مئة`
// multiplies it (`ثلاث مئة`). Two atoms of one rank never add up: `ثلاثة وخمسة` is 3, then a second
// number (`بين ثلاثة وخمسة` is 3–5).
//
// Must match: خمسة وعشرون (25) · مئة وخمسة وعشرون (125) · ثلاث مئة (300) · وثلاث نساء (3, after the
//   glued و) · عشرين (20)
// Must not match: ثلاثة وخمسة as 8 · خمسة وعشرة as 15 (ten is a unit's rank: `بين خمسة وعشرة ملايين`
//   is 5–10 million) · عشرون وثلاثون as 50 · الثلاثة (a definite numeral points back:
//   the sentence reader's)

import type { NumberWord } from '../../lexicon/number-words.js';
import type { CardinalReading, CardinalStep } from '../shared.js';

export const WORDS = 'ar/number/words';

/** `ثلاث مئة`: a hundred right after a unit multiplies it; null when the word is no such hundred. */
export function hundredsOfUnit(r: CardinalReading, word: NumberWord): CardinalStep | null {
  if (word.type !== 'hundred' || word.value !== 100 || r.stage !== 2 || r.group >= 10) return null;
  r.group *= 100;
  r.stage = 1;
  r.j++;
  return 'continue';
}

/** After و: the next rank of the group (a hundred, a unit, a ten), to be read as its atom. */
export function rankAfterAnd(r: CardinalReading, word: NumberWord, atomAt: number): CardinalStep {
  if (word.type === 'hundred') {
    if (r.group !== 0 || word.value >= r.lastScale) return 'stop';
  } else if (word.type === 'unit') {
    if (r.stage >= 2) return 'stop';
  } else if (word.type === 'ten') {
    if (r.stage >= 3) return 'stop';
  } else return 'stop';
  r.j = atomAt;
  return 'atom';
}

/** An atom of the group: a unit, a ten or a hundred, the first or one after و. */
export function groupWord(r: CardinalReading, word: NumberWord, conj: boolean): 'continue' | 'stop' {
  if (word.type !== 'unit' && word.type !== 'ten' && word.type !== 'hundred') return 'stop';
  if (r.sawAtom && !conj) return 'stop';
  r.group += word.value;
  r.stage = word.type === 'hundred' ? 1 : word.type === 'ten' || word.value === 10 ? 3 : 2;
  r.j++;
  r.sawAtom = true;
  r.rules.push(WORDS);
  return 'continue';
}
