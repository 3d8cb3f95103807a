// The one runner of isnad's table-driven fixtures (STYLE.md point 13), shared by the claim, quantity,
// entity, date and normalization suites (not built into the package): every line of a folder's *.jsonl files is one case
// and one test. A malformed line fails as its own test; ids, where cases have them, are unique across
// the folder; a case
// marked `skip` is still run, and says so when it passes; each file's tally is printed at the end.

import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

export type Parsed<C> =
  | { readonly ok: true; readonly value: C }
  | { readonly ok: false; readonly error: string };

export interface FixtureSuite<C extends { readonly id?: string; readonly skip?: string }> {
  /** The folder of case files. */
  readonly dir: URL;
  /** What the cases are (`claim`, `entity`): names the folder test and the tally. */
  readonly name: string;
  /** Prefix of each file's describe block (`entities/`), if any. */
  readonly describePrefix?: string;
  /** One line of a file whose name (without `.jsonl`) is `stem`: the case, or what is wrong with it. */
  readonly parse: (line: string, stem: string) => Parsed<C>;
  /** The test's name; `where` is `file:line`. */
  readonly title: (c: C, where: string) => string;
  /** What the case's run got wrong; empty when it passes. */
  readonly run: (c: C) => string[];
}

/**
 * A parse function for cases that are JSON objects whose shape `shape` checks (empty: well formed;
 * the checks establish the type field by field).
 */
export function jsonCase<C>(
  shape: (raw: Record<string, unknown>, stem: string) => string[],
): (line: string, stem: string) => Parsed<C> {
  return (line, stem) => {
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      return { ok: false, error: `not JSON: ${(error as Error).message}` };
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      return { ok: false, error: 'not a JSON object' };
    const problems = shape(raw as Record<string, unknown>, stem);
    return problems.length > 0 ? { ok: false, error: problems.join('; ') } : { ok: true, value: raw as C };
  };
}

/** The well-formed cases of one file of a folder, for a suite's own checks over every case. */
export function fixtureCases<C>(
  dir: URL,
  file: string,
  parse: (line: string, stem: string) => Parsed<C>,
): C[] {
  const stem = file.replace(/\.jsonl$/, '');
  return readFileSync(new URL(file, dir), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line) => {
      const parsed = parse(line, stem);
      return parsed.ok ? [parsed.value] : [];
    });
}

interface Tally {
  total: number;
  passed: number;
  skipped: number;
  fixed: number;
}

/** Declares one test per case of every *.jsonl file in `suite.dir`, in file and line order. */
export function runFixtureSuite<C extends { readonly id?: string; readonly skip?: string }>(
  suite: FixtureSuite<C>,
): void {
  const files = readdirSync(suite.dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  const tallies = new Map<string, Tally>();
  const seen = new Map<string, string>();

  test(`the ${suite.name} fixture folder holds case files`, () => {
    assert.ok(files.length > 0, 'no .jsonl files');
  });

  for (const file of files) {
    const stem = file.replace(/\.jsonl$/, '');
    const tally: Tally = { total: 0, passed: 0, skipped: 0, fixed: 0 };
    tallies.set(file, tally);
    const lines = readFileSync(new URL(file, suite.dir), 'utf8').split('\n');
    describe(`${suite.describePrefix ?? ''}${file}`, () => {
      lines.forEach((line, index) => {
        if (line.trim() === '') return;
        const where = `${file}:${index + 1}`;
        tally.total += 1;
        const parsed = suite.parse(line, stem);
        if (!parsed.ok) {
          test(`${where} is a well-formed case`, () => assert.fail(parsed.error));
          return;
        }
        const fixture = parsed.value;
        const id = fixture.id ?? where;
        const earlier = seen.get(id);
        seen.set(id, where);
        test(suite.title(fixture, where), (t) => {
          assert.equal(earlier, undefined, `duplicate id ${id}, first at ${earlier ?? ''}`);
          const problems = suite.run(fixture);
          if (fixture.skip !== undefined) {
            tally.skipped += 1;
            if (problems.length === 0) {
              tally.fixed += 1;
              t.diagnostic(`passes now: remove "skip" from ${id}`);
            }
            t.skip(fixture.skip);
            return;
          }
          if (problems.length > 0) assert.fail(`${where}\n${problems.join('\n')}`);
          tally.passed += 1;
        });
      });
    });
  }

  after(() => {
    const rows = [...tallies].map(([file, t]) => {
      const fixed = t.fixed > 0 ? ` (${t.fixed} skipped now pass)` : '';
      const failed = t.total - t.passed - t.skipped;
      return `  ${file.padEnd(22)} total ${t.total}  pass ${t.passed}  skip ${t.skipped}${fixed}  fail ${failed}`;
    });
    process.stdout.write(`${suite.name} fixtures per file:\n${rows.join('\n')}\n`);
  });
}
