// Runs every case of fixtures/ar/dates/*.jsonl: one JSON object per line,
//   { "input", "reference": "YYYY-MM-DD" | null, "expect": [ { "text", "date", "precision", "kind",
//     "range"?, "timeOfDay"?, "weekday"?, "duration"?, "inconsistent"?: true, "inconsistency"?,
//     "stated"?, "start"? } ], "skip"?: "reason" }
// One file per topic (months, hijri, numeric-english, weekdays, relative, times, durations,
// inconsistencies, negatives), written from the phrasing of real news (the ANT corpus).
// The mentions found must be exactly the expected ones, in text order; each expected field is
// compared, fields left out are not. A known failure carries `skip` with its reason and stays.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { normalize } from '../normalize/index.js';
import { sentences } from '../../../text/segment.js';
import { loadArabicLexicon } from '../lexicon/lexicon.js';
import { readSentence } from '../sentence-view.js';
import { extractDates, parseDateExpressions } from './index.js';
import type { DateMention } from './index.js';

const LEXICON = loadArabicLexicon();

const DIR = new URL('../../../../fixtures/ar/dates/', import.meta.url);

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

function readCases(file: string): { line: number; c: Case }[] {
  const raw = readFileSync(new URL(file, DIR), 'utf8');
  const out: { line: number; c: Case }[] = [];
  raw.split('\n').forEach((text, k) => {
    if (text.trim() === '') return;
    const c = JSON.parse(text) as Case;
    assert.equal(typeof c.input, 'string', `${file}:${k + 1}: input`);
    assert.ok(c.reference === null || /^\d{4}-\d{2}-\d{2}$/.test(c.reference), `${file}:${k + 1}: reference`);
    assert.ok(Array.isArray(c.expect), `${file}:${k + 1}: expect`);
    out.push({ line: k + 1, c });
  });
  return out;
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

for (const file of files) {
  for (const { line, c } of readCases(file)) {
    const name = `${file}:${line} ${c.input.slice(0, 50)}`;
    test(name, c.skip !== undefined ? { skip: c.skip } : {}, () => {
      const found = extractDates(normalize(c.input), c.reference, LEXICON);
      const shown = found.map((m) => m.text);
      assert.equal(found.length, c.expect.length, `found ${JSON.stringify(shown)}`);
      c.expect.forEach((e, k) => {
        const actual = found[k]!;
        assert.deepEqual(project(actual, e), { ...e }, `mention ${k} of ${JSON.stringify(shown)}`);
        assert.equal(actual.text, c.input.slice(actual.start, actual.end), 'text is the original slice');
      });
    });
  }
}

test('every fixture reads the same when each extractor reads only the sentences holding its cue', () => {
  const lex = LEXICON;
  let compared = 0;
  for (const file of files) {
    for (const { c } of readCases(file)) {
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
