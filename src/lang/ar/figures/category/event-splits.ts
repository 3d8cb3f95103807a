// ar/category/event-splits — a casualty noun that does not say killed or wounded (`ضحية`، `إصابة`
// both) takes the fate of a killing or wounding word right next to the figure.
//
// must change:     `قتل 6 ضحايا في الانفجار` (killed); `سقط 6 ضحايا قتلى`
// must not change: `سقط 6 ضحايا في الانفجار` (no predicate that splits: `سقط` yields to the noun, killed
//                  or wounded);
//                  `قتل 6 جنود` (a noun that is no casualty noun)

import type { Category } from '../../../../types.js';
import { GOVERNING } from '../event/governing.js';
import { PREDICATE_AFTER } from '../event/predicate-after.js';
import type { ChosenEvent, Draft } from '../figure.js';

/** The event's category for a casualty noun of both fates, or undefined. */
export function eventSplits(d: Draft, event: ChosenEvent): Category | undefined {
  if (d.noun?.entry.category !== 'killed_or_wounded' || !event || !splits(event)) return undefined;
  d.rules.push('ar/category/event-splits');
  return event.hit.entry.category;
}

/** A killed or wounded predicate right next to the figure, which splits an unsplit casualty noun. */
function splits(event: NonNullable<ChosenEvent>): boolean {
  const category = event.hit.entry.category;
  return (
    (category === 'killed' || category === 'wounded') &&
    !event.hit.entry.notes.includes('falls') &&
    (event.rule === GOVERNING || event.rule === PREDICATE_AFTER)
  );
}
