// ar/category/strike-default — with no category from the noun or an event, a count of strikes is
// strikes. A fallback for a lexicon whose strike nouns name no category: every strike noun of
// nouns.tsv names `strikes` today, so the noun's own category (category/noun.ts) comes first.
//
// must change:     `نفذ الطيران 40 طلعة` were `طلعة` a strike noun listed with no category (strikes;
//                  lexicon/swap.test.ts lists one so)
// must not change: `أسقطت الدفاعات 40 صاروخا` (an interception: see category/intercepted.ts);
//                  `شهد الريف الغربي 40 عرسا` (no strike noun)

import type { Category } from '../../../../types.js';
import type { Draft } from '../figure.js';

/** `strikes` for a count of strikes of no other category, or null. */
export function strikeDefault(d: Draft): Category | null {
  if (d.noun?.entry.unit !== 'strike') return null;
  d.rules.push('ar/category/strike-default');
  return 'strikes';
}
