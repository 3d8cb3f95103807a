// Table-driven entity fixtures (STYLE.md point 13): every line of fixtures/ar/entities/*.jsonl is one
// case, run through the public `analyzeMany` (one document per input) and checked as its own test.
//
//   { "id": "mentions-004", "input": "…" | "inputs": ["…", "…"],
//     "expect"?: [ { "text": "…", "entity"?: "sdf", "type"?: "person", "doc"?: 1 } ],
//     "same"?: [ ["فرهاد شامي", "فرهاد الشامي"] ], "distinct"?: [ ["…", "…"] ],
//     "absent"?: [ "جزيرة" ], "places"?: [ { "claim": "36 عنصرا", "place": "حي القدم" } ],
//     "skip"?: "reason" }
//
// `expect`: a mention whose text is exactly `text` (in input `doc`, else any) links to `entity`
// (an id) or an entity of `type`. `same`: the mentions with these texts share one entity;
// `distinct`: they do not. `absent`: no mention overlaps the first occurrence of the text.
// `places`: the claim whose text contains `claim` has `location.name` equal to `place`. A case marked
// `skip` still runs: if it passes, the test says so.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { analyzeMany } from '../../../index.js';
import type { AnalysisResult } from '../../../types.js';

const DIR = new URL('../../../../fixtures/ar/entities/', import.meta.url);

interface Expect {
  readonly text: string;
  readonly entity?: string;
  readonly type?: string;
  readonly doc?: number;
}

interface EntityCase {
  readonly id: string;
  readonly input?: string;
  readonly inputs?: readonly string[];
  readonly expect?: readonly Expect[];
  readonly same?: readonly (readonly string[])[];
  readonly distinct?: readonly (readonly string[])[];
  readonly absent?: readonly string[];
  readonly places?: readonly { readonly claim: string; readonly place: string }[];
  readonly skip?: string;
}

const KEYS = new Set(['id', 'input', 'inputs', 'expect', 'same', 'distinct', 'absent', 'places', 'skip']);

function shapeProblems(raw: Record<string, unknown>, stem: string): string[] {
  const problems = Object.keys(raw)
    .filter((k) => !KEYS.has(k))
    .map((k) => `unknown field "${k}"`);
  if (typeof raw.id !== 'string' || !raw.id.startsWith(`${stem}-`))
    problems.push(`"id" must start with "${stem}-"`);
  const one = typeof raw.input === 'string' && raw.input.trim() !== '';
  const many = Array.isArray(raw.inputs) && raw.inputs.every((s) => typeof s === 'string' && s !== '');
  if (one === many) problems.push('give exactly one of "input" (a string) or "inputs" (strings)');
  if (!['expect', 'same', 'distinct', 'absent', 'places'].some((k) => k in raw))
    problems.push('nothing to check');
  if (raw.skip !== undefined && (typeof raw.skip !== 'string' || raw.skip.trim() === ''))
    problems.push('"skip" must be a non-empty reason');
  return problems;
}

interface Found {
  readonly doc: string;
  readonly entity: string;
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function mentionsOf(result: AnalysisResult): Found[] {
  return result.entities.flatMap((e) =>
    e.mentions.map((m) => ({
      doc: m.document,
      entity: e.id,
      type: e.type,
      start: m.start,
      end: m.end,
      text: m.text,
    })),
  );
}

function caseProblems(c: EntityCase): string[] {
  const texts = c.inputs ?? [c.input ?? ''];
  const ids = texts.map((_, k) => `d${k}`);
  const result = analyzeMany(texts.map((text, k) => ({ id: ids[k]!, text, source: 'Outlet' })));
  const found = mentionsOf(result);
  const problems: string[] = [];
  const withText = (text: string, doc?: number): Found[] =>
    found.filter((m) => m.text === text && (doc === undefined || m.doc === ids[doc]));
  for (const e of c.expect ?? []) {
    const hits = withText(e.text, e.doc);
    const ok = hits.some(
      (m) => (e.entity === undefined || m.entity === e.entity) && (e.type === undefined || m.type === e.type),
    );
    if (!ok)
      problems.push(
        `«${e.text}»: want ${e.entity ?? e.type}, got ${hits.map((m) => `${m.entity}/${m.type}`).join(', ') || 'no mention'}`,
      );
  }
  for (const group of c.same ?? []) {
    const entities = group.map((t) => withText(t)[0]?.entity ?? `(no mention «${t}»)`);
    if (new Set(entities).size !== 1) problems.push(`same: ${group.join(' = ')} → ${entities.join(', ')}`);
  }
  for (const group of c.distinct ?? []) {
    const entities = group.map((t) => withText(t)[0]?.entity ?? `(no mention «${t}»)`);
    if (new Set(entities).size !== group.length || entities.some((e) => e.startsWith('(')))
      problems.push(`distinct: ${group.join(' ≠ ')} → ${entities.join(', ')}`);
  }
  for (const text of c.absent ?? []) {
    texts.forEach((input, k) => {
      const start = input.indexOf(text);
      if (start < 0) return;
      const end = start + text.length;
      const hit = found.find((m) => m.doc === ids[k] && m.start < end && start < m.end);
      if (hit) problems.push(`absent «${text}»: mention «${hit.text}» → ${hit.entity}`);
    });
  }
  for (const p of c.places ?? []) {
    const claim = result.claims.find((cl) => cl.text.includes(p.claim));
    if (!claim) problems.push(`place: no claim «${p.claim}»`);
    else if (claim.location?.name !== p.place)
      problems.push(`place of «${p.claim}»: want ${p.place}, got ${claim.location?.name ?? '(none)'}`);
  }
  if (problems.length > 0)
    problems.push(
      'mentions:',
      ...found.map((m) => `  ${m.doc} [${m.start},${m.end}) «${m.text}» → ${m.entity} (${m.type})`),
    );
  return problems;
}

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.jsonl'))
  .sort();
const tallies = new Map<string, { total: number; passed: number; skipped: number; fixed: number }>();
const seen = new Map<string, string>();

test('fixtures/ar/entities holds case files', () => {
  assert.ok(files.length > 0, 'no .jsonl files');
});

for (const file of files) {
  const stem = file.replace(/\.jsonl$/, '');
  const tally = { total: 0, passed: 0, skipped: 0, fixed: 0 };
  tallies.set(file, tally);
  const lines = readFileSync(new URL(file, DIR), 'utf8').split('\n');
  describe(`entities/${file}`, () => {
    lines.forEach((line, index) => {
      if (line.trim() === '') return;
      const where = `${file}:${index + 1}`;
      tally.total += 1;
      let raw: Record<string, unknown>;
      try {
        raw = JSON.parse(line) as Record<string, unknown>;
      } catch (error) {
        test(`${where} is JSON`, () => assert.fail((error as Error).message));
        return;
      }
      const shape = shapeProblems(raw, stem);
      if (shape.length > 0) {
        test(`${where} is a well-formed case`, () => assert.fail(shape.join('; ')));
        return;
      }
      const fixture = raw as unknown as EntityCase;
      const earlier = seen.get(fixture.id);
      seen.set(fixture.id, where);
      test(`${fixture.id} ${(fixture.input ?? fixture.inputs?.join(' ‖ ') ?? '').slice(0, 80)}`, (t) => {
        assert.equal(earlier, undefined, `duplicate id ${fixture.id}, first at ${earlier ?? ''}`);
        const problems = caseProblems(fixture);
        if (fixture.skip !== undefined) {
          tally.skipped += 1;
          if (problems.length === 0) {
            tally.fixed += 1;
            t.diagnostic(`passes now: remove "skip" from ${fixture.id}`);
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
    return `  ${file.padEnd(22)} total ${t.total}  pass ${t.passed}  skip ${t.skipped}${fixed}  fail ${t.total - t.passed - t.skipped}`;
  });
  process.stdout.write(`entity fixtures per file:\n${rows.join('\n')}\n`);
});
