// ar/number/teens: eleven to nineteen, a unit and the ten after it (`عشر`، `عشرة`), and eleven's own
// `أحد`/`إحدى` before the ten; before و and a ten they are the unit one (`إحدى وعشرون`).
//
// Must match: أحد عشر (11) · إحدى عشرة (11) · ثلاثة عشر (13) · اثنا عشر (12) · خمسة عشر ألفا (15,000) ·
//   ألفين وأحد عشر (2011) · مئة وإحدى عشرة (111) · إحدى وعشرون (21) · مئة وإحدى وثلاثون (131)
// Must not match: أحد المهاجمين (one of a plural: the sentence reader's one-of) · عشرون وثلاثة عشر
//   as 33 (a teen after the tens is a new number) · خمسة وأحد عشر as 16 (a unit is already there)

import type { NumberWord } from '../../lexicon/number-words.js';
import type { CardinalReading, CardinalStep } from '../shared.js';
import { numberWord, wordAt } from '../shared.js';

export const TEENS = 'ar/number/teens';

/** `أحد عشر`، `إحدى عشرة`: eleven; `إحدى وعشرون`: one before its ten; a lone أحد is read by the caller. */
export function eleven(r: CardinalReading): CardinalStep {
  const ten = wordAt(r.lex, r.toks, r.j + 1);
  if (!ten || ten.value !== 10 || ten.type !== 'unit') return oneBeforeTen(r, r.j);
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
  if (!ten || ten.value !== 10 || ten.type !== 'unit') {
    if (r.stage >= 2 || r.group % 100 !== 0) return null;
    return tenAfterAnd(r, atomAt + 1) ? oneBeforeTen(r, atomAt) : null;
  }
  if (r.stage >= 2 || r.group % 100 !== 0) return 'stop';
  return take(r, 11, 3, atomAt + 2);
}

/** Whether a ten joined by و stands at token `k` (`وعشرون`، `و عشرين`). */
function tenAfterAnd(r: CardinalReading, k: number): boolean {
  const t = r.toks[k];
  if (t?.kind !== 'word') return false;
  if (t.text === 'و') return wordAt(r.lex, r.toks, k + 1)?.type === 'ten';
  const hit = numberWord(r.lex, t, true, true);
  return hit !== null && hit.conj && hit.word.type === 'ten';
}

/**
 * `إحدى وعشرون`، `أحد وثلاثين`: eleven's one before و and a ten is the group's unit one, the ten read
 * after it; 'stop' when no ten follows.
 */
function oneBeforeTen(r: CardinalReading, at: number): CardinalStep {
  if (!tenAfterAnd(r, at + 1)) return 'stop';
  return take(r, 1, 2, at + 1);
}

/** Adds `value` to the group read so far, at `stage`, reading on from token `next`. */
function take(
  r: CardinalReading,
  value: number,
  stage: CardinalReading['stage'],
  next: number,
): CardinalStep {
  r.group += value;
  r.stage = stage;
  r.j = next;
  r.sawAtom = true;
  r.rules.push(TEENS);
  return 'continue';
}
