// ar/number/digits-scale: a scale word right after a digit run multiplies it, glued or apart, in
// any case of the scale.
//
// Must match: 12 ألف · 150ألف · 3.5 مليون · 45 ألفا · 5 آلاف
// Must not match: 5 ألفين (a dual scale counts on its own) · 5 وألف (a digit run before و starts a
//   new number)

import type { CardinalReading } from '../shared.js';
import { applyScale, wordAt } from '../shared.js';

export const DIGITS_SCALE = 'ar/number/digits-scale';

/** The scale after the digit run just read, when it is larger than nothing read yet. */
export function digitsScale(r: CardinalReading): void {
  const scale = wordAt(r.lex, r.toks, r.j);
  if (scale && scale.type.startsWith('scale') && scale.type !== 'scale-dual' && applyScale(r, scale.value)) {
    r.j++;
    r.rules.push(DIGITS_SCALE);
  }
}
