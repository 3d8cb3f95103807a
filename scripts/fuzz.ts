// The full fuzz run: `npx tsx scripts/fuzz.ts [--runs 1000000] [--seed N] [--path P]`.
// Generated inputs (src/testing/fuzz.ts) go through analyzeMany, extract and the ingest path; the
// run stops at the first input that throws or yields an invalid span and prints fast-check's seed
// and path to replay it. `npm test` runs a fixed-seed slice of 10,000 (src/testing/fuzz.test.ts).

import fc from 'fast-check';
import { properties, reached } from '../src/testing/fuzz.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const total = Number(arg('runs') ?? 1_000_000);
const seed = Number(arg('seed') ?? Date.now() % 2 ** 31);
const path = arg('path');
const started = process.hrtime.bigint();
let failed = 0;
let passed = 0;
for (const { name, share, property } of properties) {
  const numRuns = Math.round(total * share);
  const t0 = process.hrtime.bigint();
  const details = fc.check(property(), { numRuns, seed, ...(path ? { path } : {}) });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (details.failed) {
    failed++;
    console.log(`✗ ${name}: ${fc.defaultReportMessage(details) ?? 'failed'}`);
  } else {
    passed++;
    console.log(
      `✓ ${name}: ${details.numRuns} inputs in ${seconds.toFixed(1)} s (${Math.round(details.numRuns / seconds)}/s), seed ${seed}`,
    );
  }
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(
  `reached: ${reached.batches} batches (${reached.batchesWithClaims} with claims, ${reached.claims} claims); ` +
    `${reached.texts} extract texts (${reached.quantities} quantities, ${reached.dates} dates, ${reached.entities} entities)`,
);
console.log(`fuzz: ${total} inputs, seed ${seed}, ${seconds.toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
