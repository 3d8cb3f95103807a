// Does a system figure agree with a gold figure? CLAIMS.md: "point for exact/approx/bounds,
// low/high for ranges, magnitude for vague". Intervals implied by a stated point (the band of
// `نحو 200`, the 201 of `أكثر من 200`) are the project's own convention, so bounds compare the
// stated point, never the implied interval.

import type { Qualifier, Quantity } from '../types.js';
import type { GoldClaim } from './gold.js';

export type GoldFigure = Pick<GoldClaim, 'low' | 'high' | 'point' | 'qualifier'>;

type Mode = 'point' | 'range' | 'magnitude';

const MODE: Record<Qualifier, Mode> = {
  exact: 'point',
  approx: 'point',
  at_least: 'point',
  more_than: 'point',
  at_most: 'point',
  less_than: 'point',
  range: 'range',
  vague: 'magnitude',
};

/**
 * Order of magnitude, floor(log10 n): العشرات (10..99) → 1, المئات (100..999) → 2. Counted on the
 * decimal digits because Math.log10 is not exact at powers of ten on every platform.
 */
export function magnitude(n: number | null): number | null {
  if (n === null || !Number.isFinite(n) || n < 1) return null;
  return String(Math.trunc(n)).length - 1;
}

function sameBounds(gold: GoldFigure, sys: Quantity): boolean {
  return sys.low === gold.low && sys.high === gold.high;
}

function agreesIn(mode: Mode, gold: GoldFigure, sys: Quantity): boolean {
  switch (mode) {
    case 'point':
      if (gold.point === null) return sameBounds(gold, sys);
      // A system that leaves point empty but gives the very interval still states the figure.
      return sys.point === gold.point || (sys.point === null && sameBounds(gold, sys));
    case 'range':
      return sameBounds(gold, sys);
    case 'magnitude': {
      const g = magnitude(gold.low ?? gold.point ?? gold.high);
      return g !== null && g === magnitude(sys.low ?? sys.point ?? sys.high);
    }
  }
}

/**
 * True when the system figure agrees under any of the gold's acceptable qualifiers. A gold claim
 * with no figure at all (a fraction such as `ثلثيه`) has nothing to disagree with.
 */
export function figureAgrees(gold: GoldFigure, sys: Quantity): boolean {
  if (gold.low === null && gold.high === null && gold.point === null) return true;
  const modes = new Set(gold.qualifier.map((q) => MODE[q]));
  for (const mode of modes) if (agreesIn(mode, gold, sys)) return true;
  return false;
}

function bound(n: number | null): string {
  return n === null ? '∅' : String(n);
}

/** `more_than 200 [201..∅]`: the qualifier, the stated point and the implied interval. */
export function describeQuantity(
  q: Pick<Quantity, 'low' | 'high' | 'point'> & { qualifier: string },
): string {
  const point = q.point === null ? '' : ` ${q.point}`;
  return `${q.qualifier}${point} [${bound(q.low)}..${bound(q.high)}]`;
}

export function describeGoldFigure(gold: GoldFigure): string {
  return describeQuantity({ ...gold, qualifier: gold.qualifier.join('|') });
}
