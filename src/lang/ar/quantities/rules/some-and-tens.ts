// ar/number/some-and-tens: an unnamed unit before و and a ten — `بضعة وعشرون` (twenty-three to
// twenty-nine: بضع is three to nine), `نيف وعشرون` (twenty-one to twenty-nine: نيف is one to nine)
// — read as a vague range, a scale after it multiplying both (`نيف وعشرون ألفا`); before the ten of
// a teen, with no و, the unit makes a vague teen (`بضعة عشر`: thirteen to nineteen).
//
// Must match: بضعة وعشرون (23–29) · بضع وثلاثين (33–39) · نيف وعشرون ألفا (21,000–29,999) ·
//   بضعة و عشرين (the conjunction apart) · بضعة عشر (13–19) · بضع عشرة ألفا (13,000–19,999)
// Must not match: بضعة أشخاص (vague: 3–9) · بضع مئات (vague) · بضعة وخمسة (no ten after و) ·
//   عدة وعشرون (عدة hedges: vague-several)

import type { Lexicon } from '../../lexicon/lexicon.js';
import type { Cardinal, Tok } from '../shared.js';
import { numberWord } from '../shared.js';
import { isSeveral } from './vague-several.js';

export const SOME_AND_TENS = 'ar/number/some-and-tens';

/** The unnamed unit at token `i` (numbers.tsv: بضع, vague from three to nine; نيف, type some) and its low. */
function someUnit(lex: Lexicon, tok: Tok | undefined): number | null {
  if (!tok || tok.kind !== 'word' || isSeveral(lex, tok)) return null;
  const w = numberWord(lex, tok, false, true);
  if (!w || w.conj) return null;
  return w.word.type === 'some' || (w.word.type === 'vague' && w.word.high === 9) ? w.word.value : null;
}

/** `بضعة وعشرون`، `نيف وعشرون ألفا` at token `i`, or null. */
export function someAndTens(lex: Lexicon, toks: readonly Tok[], i: number): Cardinal | null {
  const low = someUnit(lex, toks[i]);
  if (low === null) return null;
  let k = i + 1;
  let ten = toks[k]?.kind === 'word' ? numberWord(lex, toks[k]!, true, true) : null;
  if (toks[k]?.kind === 'word' && toks[k]!.text === 'و') {
    k++;
    const apart = toks[k]?.kind === 'word' ? numberWord(lex, toks[k]!, false, true) : null;
    ten = apart && !apart.conj ? { word: apart.word, conj: true } : null;
  }
  // `بضعة عشر`، `بضع عشرة`: a teen's ten right after the unit.
  const teen = ten !== null && !ten.conj && ten.word.type === 'unit' && ten.word.value === 10;
  if (!ten || (!teen && (!ten.conj || ten.word.type !== 'ten'))) return null;
  let end = k + 1;
  let scale = 1;
  const after = toks[end]?.kind === 'word' ? numberWord(lex, toks[end]!, false, true) : null;
  if (after && !after.conj && (after.word.type === 'scale' || after.word.type === 'scale-plural')) {
    scale = after.word.value;
    end++;
  }
  const tens = ten.word.value;
  return {
    value: (tens + low) * scale,
    end,
    vague: true,
    high: (tens + 9) * scale + (scale > 1 ? scale - 1 : 0),
    one: false,
    rules: [SOME_AND_TENS],
  };
}
