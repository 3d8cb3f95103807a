// ar/quantity/zero: `صفر` (class score-zero) before an indefinite plural it counts is the figure zero.
//
// Must match: أسفر الهجوم عن صفر إصابات · وصفر قتلى (after a glued و)
// Must not match: 3 - صفر · 1-صفر (a score) · من صفر إلى 50 (a range's start: no count) · ساعة الصفر ·
//   الصفر (with the article) · صفر اليدين (a definite noun) · شهر صفر (the month: no noun after it)

import { interval } from '../numbers.js';
import type { SentenceView } from '../../read/sentence-view.js';
import { isA, nounOf } from '../../read/sentence-view.js';
import type { QuantityMention } from '../shared.js';
import { mention } from '../shared.js';

export const ZERO = 'ar/quantity/zero';

/** `صفر إصابات`: zero, when an indefinite plural noun follows and no score or range is around it. */
export function readZero(view: SentenceView, i: number): QuantityMention | null {
  const toks = view.toks;
  const tok = toks[i];
  if (tok?.kind !== 'word' || !isA(view, tok, 'score-zero') || !/^و?صفر$/.test(tok.text)) return null;
  const prev = toks[i - 1];
  // A score's side (`3 - صفر`) or the start of a span (`من صفر`): no count of anything.
  if (prev && (prev.kind === 'number' || prev.text === '-' || isA(view, prev, 'range-from'))) return null;
  const next = toks[i + 1];
  if (next?.kind !== 'word' || /^(?:ال|لل)/.test(next.text)) return null;
  const n = nounOf(view, i + 1);
  if (!n || n.number !== 'pl' || n.pronoun) return null;
  return mention(i, i + 1, interval(0, 'exact'), [ZERO]);
}
