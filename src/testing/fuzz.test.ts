// A fixed-seed slice (10,000 generated inputs) of the fuzz run that `scripts/fuzz.ts` does in full.
// A failure prints fast-check's seed and path, so `npx tsx scripts/fuzz.ts --seed S --path P`
// replays the shrunk case.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { extract } from '../index.js';
import { checkAnalyze, extractProblems, properties } from './fuzz.js';

const TOTAL = Number(process.env.ISNAD_FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.ISNAD_FUZZ_SEED ?? 20261205);

for (const { name, share, property } of properties) {
  test(`fuzz: ${name} never throws and every span is valid (${Math.round(TOTAL * share)} inputs)`, () => {
    fc.assert(property(), { numRuns: Math.round(TOTAL * share), seed: SEED });
  });
}

test('the fuzz checks catch broken spans (they are not vacuous)', () => {
  const text = 'قتل 5 أشخاص';
  const good = extract(text);
  assert.ok(good.quantities.length > 0);
  assert.deepEqual(extractProblems(text, good), []);
  const shifted = { ...good, quantities: good.quantities.map((q) => ({ ...q, start: q.start + 1 })) };
  assert.equal(extractProblems(text, shifted).length, good.quantities.length);
  const outside = { ...good, quantities: good.quantities.map((q) => ({ ...q, end: text.length + 1 })) };
  assert.equal(extractProblems(text, outside).length, good.quantities.length);
  assert.doesNotThrow(() => checkAnalyze([{ id: 'a', text: 'قتل 5 أشخاص في غارة' }]));
});
