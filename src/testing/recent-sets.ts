// What an analyst expects of a set of recent reports (eval/recent, eval/recent2: expected.json),
// checked per incident the same way for every set: its undated reports dated from their own
// incident, its real conflicts found, no conflict and no estimate bound from a part or a background
// toll. Each test names its own checks (`<incident>/<what>`) and decides what an unmet one does.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalysisResult, Claim, Incident } from '../types.js';

export interface ExpectedIncident {
  readonly id: string;
  readonly documents: readonly string[];
  readonly published: Readonly<Record<string, string>>;
  readonly conflicts: readonly {
    readonly kind: string;
    readonly category: string;
    readonly figures: readonly number[];
    readonly sameReport?: string;
    readonly optional?: boolean;
  }[];
  readonly noConflictWith: readonly number[];
  readonly estimates: readonly {
    readonly category: string;
    readonly best?: number;
    readonly notBounds: readonly number[];
  }[];
}

export interface Expected {
  readonly incidents: readonly ExpectedIncident[];
}

/** One expectation by name: whether it held, and what to say when it did not. */
export type Check = (name: string, ok: boolean, message: string) => void;

/** The expectations of a set's folder. */
export function readExpected(dir: string): Expected {
  return JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
}

/** The incident of `r` that holds the expected incident's first report; fails when none does. */
export function incidentOf(r: AnalysisResult, inc: ExpectedIncident): Incident {
  const sys = r.incidents.find((i) => i.documents.includes(inc.documents[0]!));
  assert.ok(sys, `${inc.id}: no incident holds ${inc.documents[0]}`);
  return sys;
}

/** Publication days, conflicts, parts and estimate bounds of the expected incident, found as `sys`. */
export function checkIncident(r: AnalysisResult, inc: ExpectedIncident, sys: Incident, check: Check): void {
  const claims = new Map<string, Claim>(r.claims.map((c) => [c.id, c]));
  const figure = (id: string): number | null =>
    claims.get(id)?.quantity.point ?? claims.get(id)?.quantity.low ?? null;
  for (const [id, day] of Object.entries(inc.published)) {
    const got = r.documents.find((d) => d.id === id)?.published ?? null;
    check(`${inc.id}/published ${id}`, got === day, `published ${got}, expected ${day}`);
  }
  const conflicts = r.conflicts.filter((c) => c.id.startsWith(`${sys.id}/`));
  for (const want of inc.conflicts) {
    if (want.optional) continue;
    const found = conflicts.some((c) => {
      if (c.kind !== want.kind) return false;
      const figures = new Set(c.claims.map(figure));
      if (!want.figures.every((f) => figures.has(f))) return false;
      return (
        want.sameReport === undefined || c.claims.every((id) => claims.get(id)?.document === want.sameReport)
      );
    });
    check(
      `${inc.id}/${want.kind} ${want.figures.join(',')}`,
      found,
      `not found among ${conflicts.map((c) => c.note).join(' | ')}`,
    );
  }
  for (const c of conflicts) {
    const parts = c.claims.map(figure).filter((f) => f !== null && inc.noConflictWith.includes(f));
    check(`${inc.id}/no conflict ${c.id}`, parts.length === 0, `a part or background figure in ${c.note}`);
  }
  for (const want of inc.estimates) {
    const e = sys.estimates.filter((x) => x.category === want.category);
    assert.ok(e.length > 0, `${inc.id}: no ${want.category} estimate`);
    if (want.best !== undefined)
      check(
        `${inc.id}/best`,
        e.some((x) => x.best === want.best),
        `best ${e.map((x) => x.best).join('/')}, expected ${want.best}`,
      );
    for (const x of e)
      for (const bound of [x.low, x.best, x.high, x.conservative])
        check(
          `${inc.id}/bounds`,
          bound === null || !want.notBounds.includes(bound),
          `a part or background figure ${bound} bounds ${x.basis}`,
        );
  }
}
