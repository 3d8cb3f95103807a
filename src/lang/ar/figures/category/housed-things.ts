// ar/category/housed-things — a verb of containing, hosting or living (note `houses`: `تضم`، `يوجد`،
// `يعيش`) is said of things as often as of people: a count it governs is a standing population
// only when a noun of people says what is counted; a bare number there counts rooms, branches,
// trees or names on a list, and is no claim.
//
// must change:     `وفندقا يضم 35 غرفة` · `ويوجد منه اثنان فقط في العالم` · `قائمة تضم خمسة مرشحين`
//                  (no claim)
// must not change: `يضم المخيم نحو 5 آلاف نازح` (held) · `تحتجز قسد 12 ألفاً` (a verb of custody:
//                  held, a bare number too) · `يقيم فيه 300 لاجئ` (held)

import type { CategoryRefiner } from '../figure.js';

export const HOUSED_THINGS = 'ar/category/housed-things';

/** Drops a held figure that a verb of housing governs with no noun of people counted. */
export const housedThings: CategoryRefiner = ({ d, event }, category) => {
  if (category !== 'held' || !event?.hit.entry.notes.includes('houses')) return category;
  return d.noun || d.entityAfter ? category : null;
};
