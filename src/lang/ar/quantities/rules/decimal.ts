// ar/number/decimal: a decimal said in words, `فاصل`/`فاصلة` (class decimal-mark) between the whole
// part and the fraction's digits, each in digits or in words; a scale after it multiplies the whole.
//
// Must match: 3 فاصل 5 (3.5) · ثلاثة فاصلة خمسة (3.5) · 2 فاصل 25 (2.25) · 2 فاصل 5 مليون (2,500,000)
// Must not match: 3 فاصل (no fraction: 3) · خط فاصل (no whole part) · 2.5 فاصل 3 (a decimal already)
//   · مليون فاصل 5 (after a scale)

import { isOfClass } from '../../read/sentence-view.js';
import type { CardinalReading } from '../shared.js';
import { readCardinal } from '../numbers.js';
import { wordAt } from '../shared.js';

export const DECIMAL = 'ar/number/decimal';

/** How many words the fraction may take (`خمسة وعشرون`: three). */
const FRACTION_WORDS = 4;
/** A fraction read is below it, three digits at most (`2 فاصل 125`). */
const MAX_FRACTION = 1000;

/** Whether token `r.j` is a decimal mark after a whole part that may take a fraction. */
export function atDecimalMark(r: CardinalReading): boolean {
  const tok = r.toks[r.j];
  return (
    tok?.kind === 'word' &&
    r.sawAtom &&
    !r.decimal &&
    r.total === 0 &&
    r.lastScale === Infinity &&
    isOfClass(r.lex, tok, 'decimal-mark')
  );
}

/** The fraction after the mark at `r.j`, added to the group: 'continue', or 'stop' when none follows. */
export function spokenDecimal(r: CardinalReading): 'continue' | 'stop' {
  const from = r.j + 1;
  const first = r.toks[from];
  if (!first) return 'stop';
  // The fraction is read up to a scale word, which multiplies the whole number (`2 فاصل 5 مليون`).
  let to = from + 1;
  if (first.kind === 'word')
    while (
      to < Math.min(r.toks.length, from + FRACTION_WORDS) &&
      !wordAt(r.lex, r.toks, to)?.type.startsWith('scale')
    )
      to++;
  else if (!/^\d+$/.test(first.text)) return 'stop';
  const fraction = readCardinal(r.lex, r.toks.slice(0, to), from);
  if (!fraction || !Number.isInteger(fraction.value) || fraction.value >= MAX_FRACTION) return 'stop';
  const digits = first.kind === 'number' ? first.text.length : String(fraction.value).length;
  r.group += fraction.value / 10 ** digits;
  r.decimal = true;
  r.j = fraction.end;
  r.rules.push(DECIMAL);
  return 'continue';
}
