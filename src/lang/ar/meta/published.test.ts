// Runs every case of fixtures/ar/meta/*.jsonl: one JSON object per line,
//   { "input": a page's text, "url"?: its address, "expect": { "date", "rule" } | null, "skip"?: "reason" }
// The page is read as `analyze` reads one document alone; its publication date and the rule that
// read it must be the expected ones, or none at all. Pages are written for isnad's tests (titles,
// menus, bylines, date lines as Arabic news sites print them), never copied from a report.

import { run as runStages } from '../../../pipeline/stage.js';
import { NO_TRACE } from '../../../pipeline/trace.js';
import { jsonCase, runFixtureSuite } from '../../../testing/fixture-suite.js';
import { ArabicDoc } from '../document.js';
import { loadArabicLexicon } from '../lexicon/lexicon.js';
import { readingStages } from '../pipeline.js';

const LEXICON = loadArabicLexicon();

interface Case {
  readonly input: string;
  readonly url?: string;
  readonly expect: { readonly date: string; readonly rule: string } | null;
  readonly skip?: string;
}

const KEYS = new Set(['input', 'url', 'expect', 'skip']);

function shapeProblems(c: Record<string, unknown>): string[] {
  const problems = Object.keys(c)
    .filter((k) => !KEYS.has(k))
    .map((k) => `unknown field "${k}"`);
  if (typeof c.input !== 'string') problems.push('"input" must be a string');
  if (c.url !== undefined && typeof c.url !== 'string') problems.push('"url" must be a string');
  const e = c.expect as Record<string, unknown> | null | undefined;
  if (e !== null && (typeof e !== 'object' || typeof e?.date !== 'string' || typeof e?.rule !== 'string'))
    problems.push('"expect" must be null or { date, rule }');
  if (c.skip !== undefined && (typeof c.skip !== 'string' || c.skip.trim() === ''))
    problems.push('"skip" must be a non-empty reason');
  return problems;
}

function read(c: Case): string[] {
  const given = { source: null, published: null, ...(c.url ? { url: c.url } : {}) };
  const doc = new ArabicDoc('doc', c.input, given, LEXICON, NO_TRACE);
  runStages(readingStages, [doc]);
  const got = doc.published ? { date: doc.published.date, rule: doc.published.rule } : null;
  return JSON.stringify(got) === JSON.stringify(c.expect)
    ? []
    : [`got ${JSON.stringify(got)}, expected ${JSON.stringify(c.expect)}`];
}

runFixtureSuite<Case>({
  dir: new URL('../../../../fixtures/ar/meta/', import.meta.url),
  name: 'publication date',
  parse: jsonCase<Case>(shapeProblems),
  title: (c, where) => `${where} ${c.input.split('\n').slice(1, 3).join(' | ').slice(0, 60)}`,
  run: read,
});
