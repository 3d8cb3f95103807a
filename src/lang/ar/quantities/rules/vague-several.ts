// ar/number/vague-several: `عدة` (several) is read as a vague amount, but, like `العديد`, hedges more
// than it counts: the claim reader (figures/) makes no claim of it.
//
// Must match: عدة أشخاص · دمرت عدة منازل · عدة مئات
// Must not match: العشرات (vague) · عدد من (a number of: vague-some) · عدد القتلى (a count's noun)

import type { Lexicon } from '../../lexicon/lexicon.js';
import { isOfClass } from '../../read/sentence-view.js';
import type { Tok } from '../shared.js';

export const VAGUE_SEVERAL = 'ar/number/vague-several';

/** Whether a vague word is `عدة` (closed class several-word, by stem). */
export function isSeveral(lex: Lexicon, tok: Tok): boolean {
  return isOfClass(lex, tok, 'several-word');
}
