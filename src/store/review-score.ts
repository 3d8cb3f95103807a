// Scoring the machine against a case's reviewed claims: every claim an analyst confirmed, corrected
// or rejected is a judgement on the machine's reading. A rejected claim is a false positive; a
// confirmed one is right in every attribute; a corrected one is right in the attributes the analyst
// left as they were. Claims nobody reviewed are not scored.

import type { Claim } from '../index.js';
import type { StoredClaim } from './relink.js';

export const SCORED_FIELDS = ['figure', 'category', 'group', 'kind', 'stance', 'speaker'] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

export interface ReviewScore {
  readonly claims: number;
  readonly reviewed: number;
  readonly confirmed: number;
  readonly corrected: number;
  readonly rejected: number;
  /** Reviewed claims that are real claims (confirmed or corrected) over all reviewed; null with none. */
  readonly precision: number | null;
  /** Per attribute, over the kept (confirmed or corrected) claims: how often the machine had it right. */
  readonly fields: Readonly<
    Record<ScoredField, { readonly right: number; readonly of: number; readonly accuracy: number | null }>
  >;
  /** The corrected claims with the attributes the analyst changed. */
  readonly errors: readonly { readonly claim: string; readonly fields: readonly ScoredField[] }[];
}

function valueOf(c: Claim, field: ScoredField): unknown {
  switch (field) {
    case 'figure':
      return [c.quantity.low, c.quantity.high, c.quantity.point];
    case 'category':
      return c.category;
    case 'group':
      return c.subject.group ?? null;
    case 'kind':
      return c.subject.kind;
    case 'stance':
      return c.stance;
    case 'speaker':
      return c.attribution.map((h) => h.name);
  }
}

export function scoreReviewed(claims: readonly StoredClaim[]): ReviewScore {
  let confirmed = 0;
  let corrected = 0;
  let rejected = 0;
  const tally = Object.fromEntries(SCORED_FIELDS.map((f) => [f, { right: 0, of: 0 }])) as Record<
    ScoredField,
    { right: number; of: number }
  >;
  const errors: { claim: string; fields: ScoredField[] }[] = [];
  for (const c of claims) {
    if (c.review === 'rejected') {
      rejected++;
      continue;
    }
    if (c.review !== 'confirmed' && !c.corrected) continue;
    if (c.corrected) corrected++;
    else confirmed++;
    const machine = c.machine ?? c;
    const wrong: ScoredField[] = [];
    for (const f of SCORED_FIELDS) {
      tally[f].of++;
      if (JSON.stringify(valueOf(machine, f)) === JSON.stringify(valueOf(c, f))) tally[f].right++;
      else wrong.push(f);
    }
    if (wrong.length > 0) errors.push({ claim: c.id, fields: wrong });
  }
  const reviewed = confirmed + corrected + rejected;
  const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);
  return {
    claims: claims.length,
    reviewed,
    confirmed,
    corrected,
    rejected,
    precision: ratio(confirmed + corrected, reviewed),
    fields: Object.fromEntries(
      SCORED_FIELDS.map((f) => [f, { ...tally[f], accuracy: ratio(tally[f].right, tally[f].of) }]),
    ) as ReviewScore['fields'],
    errors,
  };
}

export function formatReviewScore(name: string, s: ReviewScore): string {
  const pct = (x: number | null): string => (x === null ? '—' : `${(x * 100).toFixed(1)} %`);
  const lines = [
    `case ${name}: ${s.reviewed} of ${s.claims} claims reviewed (${s.confirmed} confirmed, ${s.corrected} corrected, ${s.rejected} rejected)`,
    `precision ${pct(s.precision)}`,
    ...SCORED_FIELDS.map(
      (f) => `${f.padEnd(9)} ${pct(s.fields[f].accuracy)} (${s.fields[f].right}/${s.fields[f].of})`,
    ),
  ];
  for (const e of s.errors) lines.push(`  ${e.claim}: ${e.fields.join(', ')}`);
  return lines.join('\n') + '\n';
}
