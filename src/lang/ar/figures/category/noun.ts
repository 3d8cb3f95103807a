// ar/category/noun — the counted noun's own category (`قتيل`، `جريح`، `رهينة`، `نازح`) names the
// figure's, before any event word; a killed noun and a wounded noun side by side name both.
//
// must change:     `سقط 14 قتيلا` (killed); `وصل 200 نازح إلى المخيم` (displaced); `خلف 14 قتيلا
//                  وجريحا` (killed or wounded)
// must not change: `قتل 14 شخصا` (a noun with no category: the event's); `اعتقلت الشرطة 14 شخصا`

import type { Category } from '../../../../types.js';
import type { NounHit } from '../../lexicon/lexicon.js';
import type { SentenceView } from '../../read/sentence-view.js';
import { nounOf } from '../../read/sentence-view.js';
import { opensFigure } from '../nearby.js';

export const NOUN = 'ar/category/noun';

/** The category the counted noun names, killed and wounded nouns side by side naming both. */
export function nounCategory(view: SentenceView, noun: NounHit | null, nounEnd: number): Category | null {
  if (!noun?.entry.category) return null;
  const category = noun.entry.category;
  if (category === 'killed' || category === 'wounded') {
    // قتلى وجرحى; not `عدد من الشهداء وإصابة العشرات`, a verbal noun with its own figure.
    const next = view.toks[nounEnd];
    const other = next && nounOf(view, nounEnd);
    const ownFigure = other?.number === 'sg' && opensFigure(view, nounEnd + 1);
    if (
      !ownFigure &&
      other?.entry.category &&
      other.entry.category !== category &&
      ['killed', 'wounded'].includes(other.entry.category)
    ) {
      return 'killed_or_wounded';
    }
  }
  return category;
}
