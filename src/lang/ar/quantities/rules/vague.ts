// ar/number/vague: vague amounts, read at ACLED's conservative low (tens 10, hundreds 100, thousands
// 1000) with the highest value of their magnitude, a scale's plural after them multiplying both.
//
// Must match: العشرات (10–99) · مئات (100–999) · آلاف · عشرات الآلاف (10,000–99,999) · مئات الآلاف ·
//   بضع مئات · بضعة آلاف · عشرات الملايين
// Must not match: عدة (several: vague-several) · العديد من (many: hedges more than it counts)
//   · ثلاثة آلاف (a cardinal: scale)

import type { Lexicon } from '../../lexicon/lexicon.js';
import type { Cardinal, Tok } from '../shared.js';
import { numberWord } from '../shared.js';
import { VAGUE_SEVERAL, isSeveral } from './vague-several.js';

export const VAGUE = 'ar/number/vague';

/** A vague number word at token `i` and the scales that multiply it, or null. */
export function vagueWord(lex: Lexicon, toks: readonly Tok[], i: number): Cardinal | null {
  const tok = toks[i];
  if (!tok || tok.kind !== 'word') return null;
  const w = numberWord(lex, tok, true)?.word;
  if (!w || (w.type !== 'vague' && w.type !== 'scale-plural')) return null;
  let low = w.value;
  let high = w.high ?? w.value * 10 - 1;
  let end = i + 1;
  // عشرات الآلاف، مئات الآلاف، بضع مئات، بضعة آلاف، عشرات الملايين
  for (let k = 0; k < 2; k++) {
    const nxt = toks[end];
    const scale = nxt && nxt.kind === 'word' ? numberWord(lex, nxt, false) : null;
    if (!scale || scale.conj) break;
    const sw = scale.word;
    const multiplies =
      (w.type === 'vague' && sw.type === 'scale-plural') ||
      (w.high !== null && w.high < 10 && k === 0 && sw.type === 'vague' && sw.value >= 10);
    if (!multiplies) break;
    low *= sw.value;
    high = (high + 1) * sw.value - 1;
    end++;
  }
  const rule = isSeveral(lex, tok) ? VAGUE_SEVERAL : VAGUE;
  return { value: low, end, vague: true, high, one: false, rules: [rule] };
}
