// ar/subject/elliptical — a bare count of the other casualty fate, joined by و right after a count of
// people of a known kind, counts more of them (the noun is left out, not changed), and of their side.
//
// must change:     `قتل 4 جنود وأصيب 9 في الهجوم` (the 9 are soldiers too)
// must not change: `قتل 4 من عناصر الشرطة وجرح 9 مدنيين` (a noun of its own); `قتل 4 جنود، وفي
//                  حادث منفصل جرح 9` (a new clause); `قتل 4 جنود وقتل 9` (the same fate)

import type { Category } from '../../../../types.js';
import type { Draft, Figure, SentenceFigures } from '../figure.js';
import { CASUALTY_NOUN } from '../figure.js';

export const ELLIPTICAL = 'ar/subject/elliptical';

/** The figure a bare count of the other fate counts more of, or null; the draft takes its kind. */
export function ellipticalOf(s: SentenceFigures, d: Draft, category: Category): Figure | null {
  const prev = elliptical(s, d, category);
  if (!prev) return null;
  d.kind = prev.kind;
  d.rules.push(ELLIPTICAL);
  return prev;
}

/**
 * `قتل 4 من مقاتلي التنظيم وأصيب 7 بجروح`: a bare count of the other casualty fate, joined by و right
 * after a count of people of a known kind, counts more of them (the noun is left out, not changed).
 * Must not: `وأصيب 7 أشخاص` (a noun of its own), `قتل 4 جنود، وفي حادث آخر أصيب 7` (a new clause),
 * a count of the same fate (`قتل 4 جنود وقتل 7` repeats no noun it shares).
 */
function elliptical(s: SentenceFigures, d: Draft, category: Category): Figure | null {
  const prev = s.figures[s.figures.length - 1];
  if (!prev || d.noun || d.entityAfter || prev.kind === 'unknown') return null;
  if (!CASUALTY_NOUN.has(category) || !CASUALTY_NOUN.has(prev.category) || prev.category === category)
    return null;
  // `4 من مقاتلي داعش وأصيب 7`: the side named after the noun belongs to it.
  const from = s.view.entities.find((e) => e.start === prev.nounEnd)?.end ?? prev.nounEnd;
  const between = s.view.toks.slice(from, d.raw.qStart);
  if (between.length === 0 || between.length > 2 || between.some((t) => t.kind !== 'word')) return null;
  return between[0]!.text.startsWith('و') ? prev : null;
}
