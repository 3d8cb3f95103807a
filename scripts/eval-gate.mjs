// The evaluation gate of `npm test`: the built CLI scores the bundled example corpus against its
// gold file, which ships in the repository (eval/gold/ghuwayran.json), and the dev set when the
// shared specs sit beside the checkout (../shared/spec/dev; its texts are not ours to ship). A drop below the
// floors fails the build. Floors are the scores the engine has reached, minus a small margin.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const cli = 'dist/cli/main.js';
const runs = [
  {
    gold: 'eval/gold/ghuwayran.json',
    inputs: ['examples/ghuwayran'],
    minF1: process.env.ISNAD_GATE_SEEDS ?? '0.95',
  },
  { gold: '../shared/spec/dev/gold.json', inputs: [], minF1: process.env.ISNAD_GATE_DEV ?? '0.9' },
];
let failed = 0;
let ran = 0;
for (const run of runs) {
  if (!existsSync(run.gold)) {
    if (!run.gold.startsWith('../')) {
      console.log(`eval gate: ${run.gold} is missing from the repository`);
      failed++;
      continue;
    }
    console.log(`eval gate: ${run.gold} not found, skipped`);
    continue;
  }
  ran++;
  const r = spawnSync(process.execPath, [cli, 'eval', run.gold, ...run.inputs, '--min-f1', run.minF1], {
    encoding: 'utf8',
  });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  if (r.status !== 0) failed++;
}
console.log(`eval gate: ${ran - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
