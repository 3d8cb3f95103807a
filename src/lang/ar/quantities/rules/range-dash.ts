// ar/quantity/range-dash: two figures of one kind joined by a dash, the second larger; two small
// figures so joined with nothing counted after them are a score.
//
// Must match: 60-90 · 3-4 آلاف · 2000-3000 شخص · 3-4 أشخاص
// Must not match: خسرتها 1-6 · 6-صفر و4-6 · الخسارة 4-5 أمام ليفانتي (scores) · 90-60 (no rise)

import type { Cardinal, NumberAt } from '../shared.js';
import type { SentenceView } from '../../read/sentence-view.js';
import { nounOf } from '../../read/sentence-view.js';
import { readCardinal } from '../numbers.js';
import type { RangeBound } from './range-to.js';

export const RANGE_DASH = 'ar/quantity/range-dash';

function isDash(text: string | undefined): boolean {
  return text === '-' || text === '\u2013';
}

/** `خسرتها 1-6`، `6-صفر و4-6`: two small figures joined by a dash are a score, not a range. */
function isScore(view: SentenceView, b: Cardinal): boolean {
  return b.value < 10 && !nounOf(view, b.end);
}

export const rangeDash: RangeBound = {
  id: RANGE_DASH,
  bound(view, i, { num, toks }) {
    if (!isDash(toks[num.end]?.text) || toks[num.end + 1]?.kind !== view.toks[i]!.kind) return null;
    return readCardinal(view.lex, toks, num.end + 1);
  },
  // A score's first figure counts nothing either (`الخسارة 4-5 أمام ليفانتي`).
  skips: (view, { num, toks }: NumberAt, b) =>
    isScore(view, b) && toks[num.end + 1]?.kind === 'number' && num.value < 10,
  refuses: (view, _at, b) => isScore(view, b),
};
