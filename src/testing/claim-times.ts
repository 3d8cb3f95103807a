// The claims a short report yields with their times, for the tests of how a claim is dated
// (src/lang/ar/claims/*-time.test.ts): one reading, each test naming its publication day.

import { analyze } from '../index.js';
import type { Claim, ClaimTime } from '../types.js';

export interface ClaimTimeRow {
  readonly text: string;
  readonly time: ClaimTime | null;
}

export interface ScopedTimeRow extends ClaimTimeRow {
  readonly scope: Claim['scope'] | null;
}

/** Each claim of a text published on `published`: its text and its time (null: none). */
export function timesOn(published: string): (text: string) => ClaimTimeRow[] {
  return (text) => claimsOn(text, published).map((c) => ({ text: c.text, time: c.time ?? null }));
}

/** `timesOn`, with each claim's scope (null: the report's own news). */
export function scopedTimesOn(published: string): (text: string) => ScopedTimeRow[] {
  return (text) =>
    claimsOn(text, published).map((c) => ({ text: c.text, time: c.time ?? null, scope: c.scope ?? null }));
}

function claimsOn(text: string, published: string): readonly Claim[] {
  return analyze(text, { id: 'd', published }).claims;
}
