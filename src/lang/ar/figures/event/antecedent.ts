// ar/event/antecedent — a count whose noun was named earlier (`عددهم`، `منهم`) takes the event word
// next to that noun (within two tokens of it), whatever stands near the count.
//
// must change:     `المدنيون الذين قتلوا في القصف بلغ عددهم 14` (قتلوا, beside المدنيون)
// must not change: `بلغ عدد النازحين 300 ألف` with no event beside the noun; an event on the noun's
//                  own token (the noun is not its own predicate)

import type { EventRule } from '../figure.js';

export const antecedentEvent: EventRule = {
  id: 'ar/event/antecedent',
  score: (p) =>
    p.anchor !== null && Math.abs(p.hit.start - p.anchor) <= 2 && p.hit.start !== p.anchor ? 0.5 : null,
};
