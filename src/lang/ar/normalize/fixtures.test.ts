// Runs every case of fixtures/ar/normalize/*.jsonl: one JSON object per line,
//   { "id", "input", "steps"?: ["ar/normalize/tatweel", …], "folded", "spans"?: [[folded, original], …],
//     "note"?, "skip"?: "reason" }
// `steps` (in the order given) replaces the full matching view; `folded` is the exact expected
// matching text; each span pair says that the first occurrence of `folded` in the matching text
// maps back, through the offset map, to exactly `original` in the input. negatives.jsonl is the
// "must not change / must not merge" block. A known failure carries `skip` and stays (and is still run:
// the shared runner says when it passes).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { toOriginal } from '../../../text/folded.js';
import { fixtureCases, jsonCase, runFixtureSuite } from '../../../testing/fixture-suite.js';
import type { FoldStep, FoldedText } from '../../../text/folded.js';
import { normalizerFor, normalizerWith, stepsById } from './index.js';
import { loadListedWords } from '../lexicon/listed-words.js';

/** The full view as a document is folded: with the listed words of data/ar, as the lexicon holds them. */
const normalize = normalizerWith(loadListedWords());

const DIR = new URL('../../../../fixtures/ar/normalize/', import.meta.url);
const KEYS = new Set(['id', 'input', 'steps', 'folded', 'spans', 'note', 'skip']);

interface Case {
  readonly id: string;
  readonly input: string;
  readonly steps?: readonly string[];
  readonly folded: string;
  readonly spans?: readonly (readonly [string, string])[];
  readonly note?: string;
  readonly skip?: string;
}

function shapeProblems(c: Record<string, unknown>): string[] {
  const problems = Object.keys(c)
    .filter((k) => !KEYS.has(k))
    .map((k) => `unknown field "${k}"`);
  for (const k of ['id', 'input', 'folded'] as const)
    if (typeof c[k] !== 'string') problems.push(`"${k}" must be a string`);
  if (c.steps !== undefined && !Array.isArray(c.steps)) problems.push('"steps" must be an array');
  for (const id of Array.isArray(c.steps) ? c.steps : [])
    if (!stepsById.has(id as string)) problems.push(`unknown step ${String(id)}`);
  if (c.skip !== undefined && (typeof c.skip !== 'string' || c.skip.trim() === ''))
    problems.push('"skip" must be a non-empty reason');
  return problems;
}

const parse = jsonCase<Case>(shapeProblems);

function readCases(file: string): Case[] {
  return fixtureCases(DIR, file, parse);
}

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.jsonl'))
  .sort();
const all = files.flatMap((file) => readCases(file).map((c) => ({ file, c })));

const compiled = new Map<string, (s: string) => FoldedText>();
function normalizerOf(steps: readonly string[] | undefined): (s: string) => FoldedText {
  if (steps === undefined) return normalize;
  const key = steps.join(' ');
  let run = compiled.get(key);
  if (!run) {
    run = normalizerFor(steps.map((id) => stepsById.get(id)!) as FoldStep[]);
    compiled.set(key, run);
  }
  return run;
}

/** Every check of one case; returns the first problem, or null. */
function problem(c: Case): string | null {
  const f = normalizerOf(c.steps)(c.input);
  if (f.text !== c.folded) return `folded ${JSON.stringify(f.text)}, expected ${JSON.stringify(c.folded)}`;
  if (f.starts.length !== f.text.length || f.ends.length !== f.text.length) return 'map length';
  for (let i = 0; i < f.text.length; i++) {
    if (!(f.starts[i]! < f.ends[i]! && f.ends[i]! <= c.input.length)) return `unit ${i} maps outside`;
    if (i > 0 && (f.starts[i - 1]! > f.starts[i]! || f.ends[i - 1]! > f.ends[i]!))
      return `map not monotone at ${i}`;
  }
  for (const [needle, original] of c.spans ?? []) {
    const at = f.text.indexOf(needle);
    if (at < 0) return `span ${JSON.stringify(needle)} not in the folded text`;
    const span = toOriginal(f, at, at + needle.length);
    const got = c.input.slice(span.start, span.end);
    if (got !== original)
      return `span ${JSON.stringify(needle)} maps to ${JSON.stringify(got)}, expected ${JSON.stringify(original)}`;
  }
  return null;
}

test('normalize fixtures: at least 110 cases, unique ids, a negative block, every step covered', () => {
  assert.ok(all.length >= 110, `only ${all.length} cases`);
  const ids = new Set<string>();
  for (const { file, c } of all) {
    assert.ok(!ids.has(c.id), `${file}: duplicate id ${c.id}`);
    ids.add(c.id);
  }
  assert.ok(files.includes('negatives.jsonl'), 'a must-not-change block');
  assert.ok(all.filter(({ file }) => file === 'negatives.jsonl').length >= 30, 'at least 30 negatives');
  const covered = new Set(all.flatMap(({ c }) => c.steps ?? []));
  for (const id of stepsById.keys()) {
    if (id === 'ar/normalize/obfuscation') continue; // exercised through the full view
    assert.ok(covered.has(id), `no case runs ${id} alone`);
  }
});

runFixtureSuite<Case>({
  dir: DIR,
  name: 'normalize',
  parse,
  title: (c, where) => `normalize ${where} ${c.id}${c.note ? ` (${c.note})` : ''}`,
  run: (c) => {
    const found = problem(c);
    return found === null ? [] : [found];
  },
});

// Folding the matching view again changes nothing: lexicon entries are folded once and must meet
// text folded once.
test('normalize fixtures: the full matching view is idempotent on every input', () => {
  for (const { c } of all) {
    const once = normalize(c.input).text;
    assert.equal(normalize(once).text, once, `${c.id}: ${JSON.stringify(c.input)}`);
  }
});
