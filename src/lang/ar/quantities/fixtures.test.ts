// Table-driven quantity fixtures (STYLE.md point 13): every line of fixtures/ar/quantities/*.jsonl is
// one case, run through the public `extract` and checked as its own test.
//
//   { "id": "ranges-004", "input": "…", "reference"?: "YYYY-MM-DD",
//     "expect": [ { "text": "…", "start"?, "low"?, "high"?, "point"?, "qualifier"?, "noun"?, "unit"? } ],
//     "skip"?: "reason" }
//
// Each expectation must be produced with exactly that span: `text` at its first occurrence in the
// input (or at `start`), and every field it gives. No other quantity may be produced, so
// `expect: []` is the negative block (ordinals, years, dates, clock times, phone and resolution
// numbers). A case marked `skip` is still run: if it passes, the test says so.
//
// battery.jsonl is a battery of short sentences written for isnad, one number expression each, of
// the kinds a number reader is asked on news text: cardinals in words of every gender, case and
// spelling, digits of three scripts and their separators, scales, fractions of scales, percentages,
// ordinals, approximations, bounds, ranges, vague amounts and non-quantities (models, phones, years).
// news-numbers.jsonl is a second battery of that kind, in longer news sentences and written before
// isnad was run on them: accusative and feminine compounds (`خمسا وثلاثين`), Eastern digits with both
// separators, fractions of scales, percentages in every spelling, bounds and ranges with scales,
// zero (`صفر إصابات`), and non-quantities (ages, years, phones, labels, `منذ موسمين`، `مرتين`).
import { extract } from '../../../index.js';
import { jsonCase, runFixtureSuite } from '../../../testing/fixture-suite.js';
import type { ExtractedQuantity } from '../../../types.js';

const DIR = new URL('../../../../fixtures/ar/quantities/', import.meta.url);
const FIELDS = ['low', 'high', 'point', 'qualifier', 'noun', 'unit'] as const;
const EXPECT_KEYS = new Set(['text', 'start', ...FIELDS]);
const CASE_KEYS = new Set(['id', 'input', 'reference', 'expect', 'skip']);

interface Expectation {
  readonly text: string;
  readonly start?: number;
  readonly low?: number | null;
  readonly high?: number | null;
  readonly point?: number | null;
  readonly qualifier?: string;
  readonly noun?: string;
  readonly unit?: string;
}

interface FixtureCase {
  readonly id: string;
  readonly input: string;
  readonly reference?: string;
  readonly expect: readonly Expectation[];
  readonly skip?: string;
}

function problemsOf(c: Record<string, unknown>, stem: string): string[] {
  const problems = Object.keys(c)
    .filter((k) => !CASE_KEYS.has(k))
    .map((k) => `unknown field "${k}"`);
  if (typeof c.id !== 'string' || !c.id.startsWith(`${stem}-`))
    problems.push(`"id" must start with "${stem}-"`);
  if (typeof c.input !== 'string' || c.input.trim() === '') problems.push('"input" must be non-empty');
  if (!Array.isArray(c.expect)) return [...problems, '"expect" must be an array'];
  for (const e of c.expect as Record<string, unknown>[]) {
    for (const k of Object.keys(e)) if (!EXPECT_KEYS.has(k)) problems.push(`unknown field "${k}"`);
    if (typeof e.text !== 'string' || e.text === '') problems.push('"text" must be non-empty');
    else if (typeof c.input === 'string') {
      const at = typeof e.start === 'number' ? e.start : c.input.indexOf(e.text);
      if (at < 0 || c.input.slice(at, at + e.text.length) !== e.text)
        problems.push(`"text" ${JSON.stringify(e.text)} is not in the input at ${at}`);
    }
  }
  return problems;
}

function mismatch(q: ExtractedQuantity, e: Expectation): string | null {
  for (const k of FIELDS) {
    if (e[k] === undefined) continue;
    const got = q[k] ?? null;
    if (got !== e[k]) return `${k}: expected ${JSON.stringify(e[k])}, got ${JSON.stringify(got)}`;
  }
  return null;
}

/** Problems of one case's run; empty when it passes. */
function run(c: FixtureCase): string[] {
  const result = extract(c.input, c.reference ? { referenceDate: c.reference } : {});
  const problems: string[] = [];
  const used = new Set<ExtractedQuantity>();
  for (const e of c.expect) {
    const start = e.start ?? c.input.indexOf(e.text);
    const q = result.quantities.find((x) => x.start === start && x.end === start + e.text.length);
    if (!q) {
      const near = result.quantities.map((x) => `«${x.text}»@${x.start}`).join(', ') || 'none';
      problems.push(`no quantity «${e.text}»@${start} (got ${near})`);
      continue;
    }
    used.add(q);
    const bad = mismatch(q, e);
    if (bad) problems.push(`«${e.text}» ${bad}`);
  }
  for (const q of result.quantities) {
    if (!used.has(q))
      problems.push(`unexpected quantity «${q.text}»@${q.start} (${q.qualifier} ${q.point ?? q.low})`);
  }
  return problems;
}

runFixtureSuite<FixtureCase>({
  dir: DIR,
  name: 'quantity',
  parse: jsonCase(problemsOf),
  title: (c) => `${c.id} ${c.input}`.slice(0, 120),
  run,
});
