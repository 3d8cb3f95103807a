// Runs every case of fixtures/ar/normalize/*.jsonl: one JSON object per line,
//   { "id", "input", "steps"?: ["ar/normalize/tatweel", …], "folded", "spans"?: [[folded, original], …],
//     "note"?, "skip"?: "reason" }
// `steps` (in the order given) replaces the full matching view; `folded` is the exact expected
// matching text; each span pair says that the first occurrence of `folded` in the matching text
// maps back, through the offset map, to exactly `original` in the input. negatives.jsonl is the
// "must not change / must not merge" block. A known failure carries `skip` and stays.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { toOriginal } from '../../../text/folded.js';
import type { FoldStep, FoldedText } from '../../../text/folded.js';
import { normalize, normalizerFor, stepsById } from './index.js';

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

function readCases(file: string): Case[] {
  const raw = readFileSync(new URL(file, DIR), 'utf8');
  const out: Case[] = [];
  raw.split('\n').forEach((line, k) => {
    if (line.trim() === '') return;
    const where = `${file}:${k + 1}`;
    const c = JSON.parse(line) as Case;
    for (const key of Object.keys(c)) assert.ok(KEYS.has(key), `${where}: unknown key ${key}`);
    assert.equal(typeof c.id, 'string', `${where}: id`);
    assert.equal(typeof c.input, 'string', `${where}: input`);
    assert.equal(typeof c.folded, 'string', `${where}: folded`);
    for (const id of c.steps ?? []) assert.ok(stepsById.has(id), `${where}: unknown step ${id}`);
    out.push(c);
  });
  return out;
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

for (const { file, c } of all) {
  test(`normalize ${file.replace('.jsonl', '')} ${c.id}${c.note ? ` (${c.note})` : ''}`, (t) => {
    const found = problem(c);
    if (c.skip !== undefined) {
      if (found === null) t.diagnostic(`skipped case ${c.id} now passes: ${c.skip}`);
      t.skip(c.skip);
      return;
    }
    assert.equal(found, null, found ?? '');
  });
}

// Folding the matching view again changes nothing: lexicon entries are folded once and must meet
// text folded once.
test('normalize fixtures: the full matching view is idempotent on every input', () => {
  for (const { c } of all) {
    const once = normalize(c.input).text;
    assert.equal(normalize(once).text, once, `${c.id}: ${JSON.stringify(c.input)}`);
  }
});
