// ar/number/teens: eleven to nineteen, a unit and the ten after it (`عشر`، `عشرة`), and eleven's own
// `أحد`/`إحدى` before the ten.
//
// Must match: أحد عشر (11) · إحدى عشرة (11) · ثلاثة عشر (13) · اثنا عشر (12) · خمسة عشر ألفا (15,000) ·
//   ألفين وأحد عشر (2011) · مئة وإحدى عشرة (111)
// Must not match: أحد المهاجمين (one of a plural: the sentence reader's one-of) · عشرون وثلاثة عشر
//   as 33 (a teen after the tens is a new number) · خمسة وأحد عشر as 16 (a unit is already there)

import type { NumberWord } from '../../lexicon/number-words.js';
import type { CardinalReading, CardinalStep } from '../shared.js';
import { wordAt } from '../shared.js';

export const TEENS = 'ar/number/teens';

/** `أحد عشر`، `إحدى عشرة`: eleven; a lone أحد is read by the caller. */
export function eleven(r: CardinalReading): CardinalStep {
  const ten = wordAt(r.lex, r.toks, r.j + 1);
  if (!ten || ten.value !== 10 || ten.type !== 'unit') return 'stop';
  r.group = 11;
  r.stage = 3;
  r.j += 2;
  r.sawAtom = true;
  r.rules.push(TEENS);
  return 'continue';
}

/** `ثلاثة عشر`، `اثنا عشر`: the ten after a unit; null when the word is no teen's ten here. */
export function teenOfUnit(r: CardinalReading, word: NumberWord): CardinalStep | null {
  if (word.type !== 'unit' || word.value !== 10 || r.stage !== 2) return null;
  if (r.group % 100 >= 10 || r.group % 100 <= 0) return null;
  r.group += 10;
  r.stage = 3;
  r.j++;
  r.rules.push(TEENS);
  return 'continue';
}

/**
 * `ألفين وأحد عشر`، `مئة وإحدى عشرة`: eleven after و, once a hundred or a scale is read and before
 * any unit or ten of the group; null when no ten follows.
 */
export function elevenAfterAnd(r: CardinalReading, atomAt: number): CardinalStep | null {
  const ten = wordAt(r.lex, r.toks, atomAt + 1);
  if (!ten || ten.value !== 10 || ten.type !== 'unit') return null;
  if (r.stage >= 2 || r.group % 100 !== 0) return 'stop';
  r.group += 11;
  r.stage = 3;
  r.j = atomAt + 2;
  r.sawAtom = true;
  r.rules.push(TEENS);
  return 'continue';
}
