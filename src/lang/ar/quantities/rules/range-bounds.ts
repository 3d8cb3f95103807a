// ar/quantity/range-bounds: a lower bound and an upper bound joined by و, each with its qualifier, are
// one range: the low of the first and the high of the second (CLAIMS.md: a range's low/high).
//
// Must match: أكثر من 10 وأقل من 20 (11–19) · ما لا يقل عن 10 ولا يزيد عن 20 (10–20) · أكثر من
//   ألف وأقل من ألفين
// Must not match: أكثر من 10 وأكثر من 20 (two lower bounds: two figures) · أقل من 10 وأكثر من 20
//   (an upper bound first) · أكثر من 30 وأقل من 20 (no rise) · أكثر من 10 قتلى وأقل من 20 جريحا
//   (a noun between: two counts)

import type { Qualifier, Quantity } from '../../../../types.js';
import type { Lexicon } from '../../lexicon/lexicon.js';
import { interval, qualifierBefore, readCardinal } from '../numbers.js';
import type { Cardinal, Tok } from '../shared.js';

export const RANGE_OF_BOUNDS = 'ar/quantity/range-bounds';

const LOWER: ReadonlySet<Qualifier> = new Set(['more_than', 'at_least']);
const UPPER: ReadonlySet<Qualifier> = new Set(['less_than', 'at_most']);

/** How far after the first figure the second may stand (`ولا يزيد عن 20`: four tokens). */
const REACH = 6;

/**
 * The upper bound after a figure read with a lower one (`num`, qualified `qualifier`): the range the
 * two make and the token past the second figure, or null.
 */
export function boundsRange(
  lex: Lexicon,
  toks: readonly Tok[],
  num: Cardinal,
  qualifier: Qualifier,
): { quantity: Quantity; end: number; second: Cardinal } | null {
  if (!LOWER.has(qualifier)) return null;
  const link = toks[num.end];
  if (link?.kind !== 'word' || !/^و/.test(link.text)) return null;
  // The upper bound's qualifier opens at the و, glued (`وأقل من`) or a token of its own (`و أقل من`).
  const opens = link.text === 'و' ? num.end + 1 : num.end;
  for (let k = num.end + 1; k <= Math.min(toks.length - 1, num.end + REACH); k++) {
    const second = readCardinal(lex, toks, k);
    if (!second) continue;
    const upper = qualifierBefore(lex, toks, k);
    if (!upper || upper.start !== opens || !UPPER.has(upper.qualifier)) return null;
    const low = interval(num.value, qualifier).low;
    const high = interval(second.value, upper.qualifier).high;
    if (low === null || high === null || high < low) return null;
    return { quantity: { low, high, point: null, qualifier: 'range' }, end: second.end, second };
  }
  return null;
}
