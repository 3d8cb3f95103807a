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
import { analyzeMany } from '../../../index.js';
import { jsonCase, runFixtureSuite } from '../../../testing/fixture-suite.js';
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

runFixtureSuite<EntityCase>({
  dir: DIR,
  name: 'entity',
  describePrefix: 'entities/',
  parse: jsonCase(shapeProblems),
  title: (fixture) => `${fixture.id} ${(fixture.input ?? fixture.inputs?.join(' ‖ ') ?? '').slice(0, 80)}`,
  run: caseProblems,
});
