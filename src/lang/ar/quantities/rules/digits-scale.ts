// ar/number/digits-scale: a scale word right after a digit run multiplies it, glued or apart, in
// any case of the scale.
//
// Must match: 12 ألف · 150ألف · 3.5 مليون · 45 ألفا · 5 آلاف · 110 آلاف (110,000) · 5000 آلاف (5000:
//   the plural repeats a round thousand written in full)
// Must not match: 5 ألفين (a dual scale counts on its own) · 5 وألف (a digit run before و starts a
//   new number)

import type { CardinalReading } from '../shared.js';
import { applyScale, wordAt } from '../shared.js';

export const DIGITS_SCALE = 'ar/number/digits-scale';

/** The scale after the digit run just read, when it is larger than nothing read yet. */
export function digitsScale(r: CardinalReading): void {
  const scale = wordAt(r.lex, r.toks, r.j);
  // `5000 آلاف`: the plural of thousands counts three to ten of them; after a round thousand written
  // in full it repeats the scale the digits already hold.
  if (scale?.type === 'scale-plural' && scale.value === 1000 && r.group >= 1000 && r.group % 1000 === 0) {
    r.j++;
    r.rules.push(DIGITS_SCALE);
    return;
  }
  if (scale && scale.type.startsWith('scale') && scale.type !== 'scale-dual' && applyScale(r, scale.value)) {
    r.j++;
    r.rules.push(DIGITS_SCALE);
  }
}
