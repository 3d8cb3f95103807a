// ar/noun/partitive — the noun a count counts may follow a partitive `من` (closed class
// count-partitive, as written), quotes or a detached article: the noun after them is counted.
//
// must change:     `قتل 6 من الجنود` (the soldiers counted); `أصيب 11 من "المتطوعين"`
// must not change: `قتل 6 جنود` (no partitive: the noun follows the count straight);
//                  `6 من فريقه` (a body's people: no noun counted, see noun.ts)

import type { SentenceView } from '../../read/sentence-view.js';
import { isA } from '../../read/sentence-view.js';

export const PARTITIVE = 'ar/noun/partitive';

/** Past at most three quotes, partitives and detached articles after `from`: where the noun starts. */
export function pastPartitive(view: SentenceView, from: number): { start: number; partitive: boolean } {
  let j = from;
  let partitive = false;
  for (let skipped = 0; skipped < 3 && j < view.toks.length; skipped++) {
    const tok = view.toks[j]!;
    if (tok.kind === 'punct' && (tok.text === '"' || tok.text === "'")) {
      j++;
      continue;
    }
    const of = isA(view, tok, 'count-partitive');
    if (of || (tok.kind === 'word' && tok.text === 'ال')) {
      partitive = partitive || of;
      j++;
      continue;
    }
    break;
  }
  return { start: j, partitive };
}
