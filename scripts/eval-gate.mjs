// The evaluation gate of `npm test`: the built CLI scores the bundled example corpus against its
// gold file, which ships in the repository (eval/gold/ghuwayran.json), and the dev set when the
// shared specs sit beside the checkout (../shared/spec/dev; its texts are not ours to ship). A drop below the
// floors fails the build. Floors are the scores the engine has reached, minus a small margin. What
// crosses reports must hold whole on both: every gold conflict held, no false conflict over an
// agreement, every gold incident exact, every timeline date held.
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
  else if (!crossHolds(run)) failed++;
}

/** The cross-document scores of one run (JSON report): all held, none false; true when they are. */
function crossHolds(run) {
  const r = spawnSync(process.execPath, [cli, 'eval', run.gold, ...run.inputs, '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    return false;
  }
  const report = JSON.parse(r.stdout);
  const lacking = [];
  const whole = (name, ratio) => {
    if (ratio && ratio.hit < ratio.total) lacking.push(`${name} ${ratio.hit}/${ratio.total}`);
  };
  whole('conflicts held', report.conflicts?.held);
  whole('incidents exact', report.incidents?.exact);
  whole('timeline held', report.timeline?.held);
  const falseConflicts = report.agreements?.falseConflicts ?? 0;
  if (falseConflicts > 0) lacking.push(`${falseConflicts} false conflict(s) over agreements`);
  if (lacking.length > 0) console.log(`eval gate: ${run.gold}: ${lacking.join(', ')}`);
  return lacking.length === 0;
}
console.log(`eval gate: ${ran - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
