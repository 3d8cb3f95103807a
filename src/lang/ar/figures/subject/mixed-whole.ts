// ar/subject/mixed-whole — a whole of no kind whose parts differ in kind is `mixed`.
//
// must change:     `قتل 10 أشخاص بينهم 6 جنود و4 مدنيين` (the 10 are mixed)
// must not change: `قتل 10 أشخاص بينهم 6 جنود` (one part); `قتل 10 مدنيين بينهم 6 أطفال و4 نساء`
//                  (the whole has a kind of its own)

import type { Figure } from '../figure.js';

/** The figures, each whole of no kind with parts of two kinds or more marked `mixed`. */
export function markMixedWholes(figures: readonly Figure[]): Figure[] {
  return figures.map((f, idx) => {
    const parts = figures.filter((p) => p.partOf === idx);
    if (parts.length < 2) return f;
    const kinds = new Set(parts.map((p) => p.kind));
    if (kinds.size < 2 || f.kind !== 'unknown') return f;
    return { ...f, kind: 'mixed', rules: [...f.rules, 'ar/subject/mixed-whole'] };
  });
}
