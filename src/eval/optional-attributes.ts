// The attributes of matched *optional* gold claims, scored apart. An optional claim is neither
// rewarded nor punished in precision and recall, but when the system does report it, a wrong
// category or speaker on it is still a wrong statement a reader sees: these ratios make it visible
// without moving the required-claim attribute scores the gate and the history compare.

import { ATTRIBUTES, checkAttributes } from './attributes.js';
import type { AttributeContext } from './attributes.js';
import type { GoldClaim } from './gold.js';
import type { AttributeError, AttributeName, Ratio } from './report-types.js';
import type { Claim } from '../types.js';

export interface OptionalAttributeScore {
  /** Matched optional gold claims (the denominator of every ratio). */
  readonly matched: number;
  readonly attributes: Readonly<Record<AttributeName, Ratio>>;
  readonly errors: readonly AttributeError[];
}

/** Scores each (optional gold claim, system claim) pair on every attribute. */
export function scoreOptionalAttributes(
  pairs: readonly { readonly gold: GoldClaim; readonly claim: Claim }[],
  ctx: AttributeContext,
): OptionalAttributeScore {
  const hits = new Map<AttributeName, number>(ATTRIBUTES.map((a) => [a, 0]));
  const errors: AttributeError[] = [];
  for (const { gold, claim } of pairs) {
    for (const c of checkAttributes(gold, claim, ctx)) {
      if (c.ok) hits.set(c.attribute, (hits.get(c.attribute) ?? 0) + 1);
      else errors.push({ goldId: gold.id, claimId: claim.id, document: gold.doc, quote: gold.quote, ...c });
    }
  }
  const attributes = Object.fromEntries(
    ATTRIBUTES.map((a): [AttributeName, Ratio] => [a, { hit: hits.get(a) ?? 0, total: pairs.length }]),
  ) as Record<AttributeName, Ratio>;
  return { matched: pairs.length, attributes, errors };
}
