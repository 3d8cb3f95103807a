// ar/quantity/approx-definite: a definite numeral of twenty or more right after a qualifier of
// approximation (`قرابة الألف`، `نحو الخمسين`، `ما يقارب المليون لاجئ`، `زهاء الألفي جريح`) is the
// round figure it approaches, not a count pointed back to: the article marks the round number, as
// in `قرابة الألف` "close to the thousand". Elsewhere a definite numeral still points back.
//
// Must match: قتل قرابة الألف شخص · نحو الخمسين مسلحا · ما يقارب العشرة آلاف نازح · زهاء الألفي جريح
// Must not match: المسلحين الثلاثة (no qualifier: points back) · نحو الثلاثة (below twenty: the
//   three) · أكثر من الخمسين (a bound, not an approximation: ages and shares) · نحو الخمسين من عمره
//   · عن عمر يناهز الثمانين (ages) · بنحو بالمئة (a percent whose figure is left out)

import type { SentenceView } from '../../read/sentence-view.js';
import { isA } from '../../read/sentence-view.js';
import { qualifierBefore, readCardinal } from '../numbers.js';
import { isDefiniteNumeral } from '../shared.js';

export const APPROX_DEFINITE = 'ar/quantity/approx-definite';

/** The least figure a definite numeral approaches: below it `نحو الثلاثة` is "about the three". */
const ROUND_FROM = 20;

/** Whether the definite numeral at token `i` is a round figure an approximation names. */
export function approximatedDefinite(view: SentenceView, i: number): boolean {
  const tok = view.toks[i];
  // The article opens the word: `بنحو بالمئة` (a figure left out before a percent) is none.
  if (!tok || tok.kind !== 'word' || !tok.text.startsWith('ال') || !isDefiniteNumeral(view.lex, tok))
    return false;
  const before = qualifierBefore(view.lex, view.toks, i);
  if (!before || before.qualifier !== 'approx' || before.end !== i) return false;
  const num = readCardinal(view.lex, view.toks, i);
  if (!num || num.value < ROUND_FROM) return false;
  // `نحو الخمسين من عمره`، `عن عمر يناهز الثمانين`: an age.
  if (isA(view, view.toks[before.start - 1], 'age-noun')) return false;
  return !(isA(view, view.toks[num.end], 'count-partitive') && isA(view, view.toks[num.end + 1], 'age-noun'));
}
