// Runs every case of fixtures/ar/dates/*.jsonl: one JSON object per line,
//   { "input", "reference": "YYYY-MM-DD" | null, "expect": [ { "text", "date", "precision", "kind",
//     "range"?, "timeOfDay"?, "weekday"?, "duration"?, "inconsistent"?: true, "inconsistency"?,
//     "stated"?, "start"? } ], "skip"?: "reason" }
// One file per topic (months, hijri, numeric-english, weekdays, relative, parts, times, durations,
// inconsistencies, negatives), written from the phrasing of real news (the ANT corpus).
// The mentions found must be exactly the expected ones, in text order; each expected field is
// compared, fields left out are not. A known failure carries `skip` with its reason and stays.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { readdirSync } from 'node:fs';
import { normalize } from '../normalize/index.js';
import { sentences } from '../../../text/segment.js';
import { loadArabicLexicon } from '../lexicon/lexicon.js';
import { readSentence } from '../read/sentence-view.js';
import { fixtureCases, jsonCase, runFixtureSuite } from '../../../testing/fixture-suite.js';
import { extractDates, parseDateExpressions } from './index.js';
import type { DateMention } from './index.js';

const LEXICON = loadArabicLexicon();

const DIR = new URL('../../../../fixtures/ar/dates/', import.meta.url);
const CASE_KEYS = new Set(['input', 'reference', 'expect', 'skip']);

interface Expected {
  readonly text: string;
  readonly [field: string]: unknown;
}

interface Case {
  readonly input: string;
  readonly reference: string | null;
  readonly expect: readonly Expected[];
  readonly skip?: string;
}

function project(actual: DateMention, expected: Expected): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(expected)) {
    if (key === 'inconsistent') out[key] = actual.inconsistent !== undefined;
    else out[key] = (actual as unknown as Record<string, unknown>)[key];
  }
  return out;
}

function shapeProblems(c: Record<string, unknown>): string[] {
  const problems = Object.keys(c)
    .filter((k) => !CASE_KEYS.has(k))
    .map((k) => `unknown field "${k}"`);
  if (typeof c.input !== 'string') problems.push('"input" must be a string');
  if (!(c.reference === null || (typeof c.reference === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(c.reference))))
    problems.push('"reference" must be YYYY-MM-DD or null');
  if (!Array.isArray(c.expect)) problems.push('"expect" must be an array');
  else if (
    c.expect.some((e) => typeof e !== 'object' || e === null || typeof (e as Expected).text !== 'string')
  )
    problems.push('every expectation needs a "text"');
  if (c.skip !== undefined && (typeof c.skip !== 'string' || c.skip.trim() === ''))
    problems.push('"skip" must be a non-empty reason');
  return problems;
}

const parse = jsonCase<Case>(shapeProblems);

/** What the date reader gets wrong on one case: exactly the expected mentions, in text order. */
function run(c: Case): string[] {
  const found = extractDates(normalize(c.input), c.reference, LEXICON);
  const shown = JSON.stringify(found.map((m) => m.text));
  if (found.length !== c.expect.length)
    return [`found ${found.length} ${shown}, expected ${c.expect.length}`];
  const problems: string[] = [];
  c.expect.forEach((e, k) => {
    const actual = found[k]!;
    const got = project(actual, e);
    if (!isDeepStrictEqual(got, { ...e }))
      problems.push(`mention ${k} of ${shown}: got ${JSON.stringify(got)}, expected ${JSON.stringify(e)}`);
    if (actual.text !== c.input.slice(actual.start, actual.end))
      problems.push(`mention ${k}: text is not the original slice`);
  });
  return problems;
}

function readCases(file: string): Case[] {
  return fixtureCases(DIR, file, parse);
}

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.jsonl'))
  .sort();

const TOPICS = [
  'months',
  'hijri',
  'numeric-english',
  'weekdays',
  'relative',
  'times',
  'durations',
  'inconsistencies',
  'negatives',
];

test('date fixtures exist, one file per topic, and hold at least 330 cases', () => {
  const count = files.reduce((n, f) => n + readCases(f).length, 0);
  assert.ok(count >= 330, `only ${count} cases`);
  for (const topic of TOPICS) assert.ok(files.includes(`${topic}.jsonl`), `${topic}.jsonl`);
});

runFixtureSuite<Case>({
  dir: DIR,
  name: 'date',
  parse,
  title: (c, where) => `${where} ${c.input.slice(0, 50)}`,
  run,
});

test('every fixture reads the same when each extractor reads only the sentences holding its cue', () => {
  const lex = LEXICON;
  let compared = 0;
  for (const file of files) {
    for (const c of readCases(file)) {
      const folded = normalize(c.input);
      const read = sentences(folded.text).map((range) => readSentence(folded, lex, range));
      assert.deepEqual(
        parseDateExpressions(folded, LEXICON, read),
        parseDateExpressions(folded, LEXICON),
        c.input,
      );
      compared++;
    }
  }
  assert.ok(compared >= 330);
});
