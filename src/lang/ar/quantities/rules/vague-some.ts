// ar/number/vague-some: `عدد من` (a number of), which ACLED reads as at least a few: 3, with no high.
//
// Must match: عدد من المدنيين · وعدد من الجرحى
// Must not match: العديد من (many: hedges more than it counts) · العدد من · عدد القتلى (no partitive)
//   · عدة (several: vague-several) · أكبر عدد من القتلى (a comparison, no count) · عدد من قتلوا (the
//   number of those who were killed: `من` is the relative before a verb)

import type { Lexicon } from '../../lexicon/lexicon.js';
import { isA } from '../../read/sentence-view.js';
import type { Cardinal, Tok } from '../shared.js';

export const VAGUE_SOME = 'ar/number/vague-some';

/** `عدد من` at token `i` (number-of without the article, then count-partitive), or null. */
export function numberOf(lex: Lexicon, toks: readonly Tok[], i: number): Cardinal | null {
  const tok = toks[i];
  if (!tok || tok.kind !== 'word') return null;
  if (!lex.closed.reading('number-of', tok.text, true) || !isA(lex, toks[i + 1], 'count-partitive'))
    return null;
  if (isA(lex, toks[i - 1], 'superlative')) return null;
  const after = toks[i + 2];
  if (after?.kind === 'word') {
    const info = lex.lookup(after.text);
    if (info.nouns.length === 0 && info.events.some((e) => e.pos === 'verb')) return null;
  }
  return { value: 3, end: i + 2, vague: true, high: null, one: false, rules: [VAGUE_SOME] };
}
