// ar/category/intercepted — missiles or shells stopped in the air never landed: a count of them after
// a word of interception is no strikes; bombs and barrels are dropped, and strike.
//
// must change:     `اعترضت الدفاعات الجوية 8 صواريخ` (other)
// must not change: `ألقت المروحيات 8 براميل متفجرة` (strikes: dropped, not intercepted);
//                  `8 صواريخ اعترضت` (the interception word after the count)

import type { Category } from '../../../../types.js';
import type { NounHit } from '../../lexicon/lexicon.js';
import type { SentenceView } from '../../read/sentence-view.js';
import type { ChosenEvent, Draft } from '../figure.js';

/** `other` for things fired and intercepted, or undefined. */
export function intercepted(view: SentenceView, d: Draft, event: ChosenEvent): Category | undefined {
  if (!event?.hit.entry.notes.includes('intercepts') || event.hit.end > d.raw.qStart) return undefined;
  if (!isFired(view, d.noun)) return undefined;
  d.rules.push('ar/category/intercepted');
  return 'other';
}

/** A strike noun of something fired through the air (a missile, a shell), which may be intercepted. */
function isFired(view: SentenceView, noun: NounHit | null): boolean {
  if (noun?.entry.unit !== 'strike') return false;
  const means = view.lex.strikeMeans.get(noun.entry.lemma);
  return means === 'missile' || means === 'artillery';
}
