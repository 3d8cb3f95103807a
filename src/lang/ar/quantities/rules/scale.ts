// ar/number/scale: a scale word (`ألف`، `مليون`، `آلاف`) multiplies the group before it, a dual scale
// (`ألفين`، `ألفان`) is twice its value, and a scale's dual in construct (`ألفا شخص`) counts the noun
// after it; after a scale only a smaller one may follow.
//
// Must match: ثلاثة آلاف (3,000) · خمسة وعشرون ألفا (25,000) · ألفين (2,000) · مليون وألفين
//   (1,002,000) · ألفا شخص (2,000) · مليونا نازح (2,000,000)
// Must not match: آلاف alone (vague: the vague rule's) · عشرين آلاف (a plural scale counts 3 to 10
//   only) · ألفا من as 2,000 (before the partitive the alif is the accusative: 1,000)

import type { NumberWord } from '../../lexicon/number-words.js';
import { fold } from '../../normalize/index.js';
import { isA } from '../../read/sentence-view.js';
import type { CardinalReading, CardinalStep, Tok } from '../shared.js';
import { applyScale, numberWord } from '../shared.js';

export const SCALE = 'ar/number/scale';

/**
 * The first number word, a scale: `ألفا شخص`، `مليونا نازح`, the dual in construct (two thousand)
 * when a noun follows at once; any other word is left to be read as an atom of the group.
 */
export function dualConstruct(r: CardinalReading, word: NumberWord, tok: Tok): CardinalStep {
  const after = r.toks[r.j + 1];
  const dual =
    word.type === 'scale' &&
    /ا$/.test(fold(tok.text)) &&
    after?.kind === 'word' &&
    !numberWord(r.lex, after, true);
  if (!dual || isA(r.lex, after, 'count-partitive')) return 'atom';
  r.total = 2 * word.value;
  r.lastScale = word.value;
  r.j++;
  r.sawAtom = true;
  r.rules.push(SCALE);
  return 'continue';
}

/** A scale right after a number word, with no و: `ثلاثة آلاف`، `خمسة ملايين`. */
export function scaleAfterAtom(r: CardinalReading, word: NumberWord): CardinalStep {
  if (word.type !== 'scale' && word.type !== 'scale-plural') return 'stop';
  // The plural follows a group whose last part is three to ten (`خمسة آلاف`، `مئة وعشرة آلاف`).
  const last = r.group % 100;
  if (word.type === 'scale-plural' && (last < 3 || last > 10)) return 'stop';
  if (!applyScale(r, word.value)) return 'stop';
  r.j++;
  r.rules.push(SCALE);
  return 'continue';
}

/** `مليون وألفين`: a dual scale after و adds twice its value, below the last scale. */
export function dualScaleAfterAnd(r: CardinalReading, word: NumberWord, atomAt: number): CardinalStep {
  if (r.group !== 0 || word.value >= r.lastScale) return 'stop';
  r.total += word.value;
  r.lastScale = word.value / 2;
  r.j = atomAt + 1;
  r.rules.push(SCALE);
  return 'continue';
}

/** A scale standing as the group's atom (`ألفين`، `ألف`), never after another atom. */
export function scaleAtom(r: CardinalReading, word: NumberWord): 'continue' | 'stop' {
  if (r.sawAtom) return 'stop';
  if (word.type === 'scale-dual') {
    r.total += word.value;
    r.lastScale = word.value / 2;
  } else applyScale(r, word.value);
  r.j++;
  r.sawAtom = true;
  r.rules.push(SCALE);
  return 'continue';
}
