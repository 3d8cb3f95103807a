// ar/subject/others — a count of `آخرون`/`آخرين` (closed class others-noun) counts more of the people
// the figure before it counts: it takes their kind, and their side when it names none.
//
// must change:     `قتل 3 جنود وأصيب 5 آخرون` (the 5 are soldiers too)
// must not change: `قتل 3 جنود وأصيب 5 مدنيين` (a noun of their own); `أصيب 5 آخرون` with no
//                  figure before it in the sentence

import type { Draft, Figure, SentenceFigures } from '../figure.js';

export const OTHERS = 'ar/subject/others';

/** The figure whose people a count of others counts more of, or null; the draft takes its kind. */
export function othersOf(s: SentenceFigures, d: Draft): Figure | null {
  if (!d.noun || !s.view.lex.closed.hasStem('others-noun', d.noun.entry.lemma) || s.figures.length === 0)
    return null;
  const prev = s.figures[s.figures.length - 1]!;
  if (d.kind === 'unknown') d.kind = prev.kind;
  d.rules.push(OTHERS);
  return prev;
}
