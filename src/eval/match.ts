// One-to-one assignment of system claims to gold claims (CLAIMS.md, "Matching"): same document,
// spans overlapping the quote, and the figure must agree. Only agreeing pairs may be assigned; a
// claim that overlaps with the wrong figure stays unassigned, so it is a false positive and the
// gold claim is missed. Greedy by overlap is enough here: quotes are short and rarely contend.

import type { Claim, Span } from '../types.js';
import { figureAgrees } from './figure.js';
import type { GoldClaim } from './gold.js';

export interface Candidate {
  readonly gold: number;
  readonly claim: number;
  /** Overlapping UTF-16 units. */
  readonly overlap: number;
  /** Overlap over union, to prefer the tighter of two equal overlaps. */
  readonly iou: number;
  readonly agrees: boolean;
}

export interface Assignment {
  /** Gold index → claim index. */
  readonly byGold: ReadonlyMap<number, number>;
  /** Claim index → gold index. */
  readonly byClaim: ReadonlyMap<number, number>;
  readonly candidates: readonly Candidate[];
}

export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Every (gold, claim) pair in one document whose spans overlap. `spans[g]` null: quote not located. */
export function candidates(
  golds: readonly GoldClaim[],
  spans: readonly (Span | null)[],
  claims: readonly Claim[],
): Candidate[] {
  const byDoc = new Map<string, number[]>();
  claims.forEach((c, j) => {
    const list = byDoc.get(c.document);
    if (list) list.push(j);
    else byDoc.set(c.document, [j]);
  });
  const out: Candidate[] = [];
  golds.forEach((g, i) => {
    const span = spans[i];
    if (!span) return;
    for (const j of byDoc.get(g.doc) ?? []) {
      const claim = claims[j]!;
      const shared = overlap(span, claim);
      if (shared === 0) continue;
      const union = Math.max(span.end, claim.end) - Math.min(span.start, claim.start);
      out.push({
        gold: i,
        claim: j,
        overlap: shared,
        iou: shared / union,
        agrees: figureAgrees(g, claim.quantity),
      });
    }
  });
  return out;
}

/**
 * Greedy best-overlap-first assignment among figure-agreeing pairs. Ties go to required gold
 * claims (they count), then to text order, so the result is deterministic.
 */
export function assign(golds: readonly GoldClaim[], found: readonly Candidate[]): Assignment {
  const ranked = found
    .filter((c) => c.agrees)
    .sort(
      (a, b) =>
        b.overlap - a.overlap ||
        b.iou - a.iou ||
        Number(golds[b.gold]!.required) - Number(golds[a.gold]!.required) ||
        a.gold - b.gold ||
        a.claim - b.claim,
    );
  const byGold = new Map<number, number>();
  const byClaim = new Map<number, number>();
  for (const c of ranked) {
    if (byGold.has(c.gold) || byClaim.has(c.claim)) continue;
    byGold.set(c.gold, c.claim);
    byClaim.set(c.claim, c.gold);
  }
  return { byGold, byClaim, candidates: found };
}
