// The exports end to end through the built CLI: `isnad analyze --format F` and `isnad brief`.

import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { builtCli, exampleReports, projectRoot, runCli } from '../src/testing/cli.js';

const root = projectRoot;
const cli = builtCli;
const examples = exampleReports;

function isnad(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const r = runCli(args);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

before(() => {
  if (!existsSync(cli)) {
    const b = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, encoding: 'utf8' });
    assert.equal(b.status, 0, b.stderr);
  }
});

test('isnad analyze --format acled|ucdp|csv writes CSV with the codebook header', () => {
  const heads: Record<string, RegExp> = {
    acled: /^\uFEFFevent_id_cnty,event_date,year,time_precision,/,
    ucdp: /^\uFEFFid,year,type_of_violence,/,
    csv: /^\uFEFFid,document,outlet,/,
  };
  for (const [format, head] of Object.entries(heads)) {
    const r = isnad(['analyze', examples, '--format', format]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, head, format);
  }
  assert.match(isnad(['analyze', examples, '--format', 'acled']).stdout, /Al-Hasakah/);
});

test('isnad analyze --format airwars|claimreview|geojson|ndjson writes JSON', () => {
  for (const format of ['airwars', 'claimreview', 'geojson']) {
    const r = isnad(['analyze', examples, '--format', format]);
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotThrow(() => JSON.parse(r.stdout), format);
  }
  const nd = isnad(['analyze', examples, '--format', 'ndjson']);
  assert.ok(
    nd.stdout
      .trimEnd()
      .split('\n')
      .every((l) => JSON.parse(l) !== null),
  );
  assert.notEqual(isnad(['analyze', examples, '--format', 'xml']).status, 0);
});

test('isnad brief writes Markdown or a self-contained HTML page, in English or Arabic', () => {
  const en = isnad(['brief', examples]);
  assert.equal(en.status, 0, en.stderr);
  assert.match(en.stdout, /^# Incident brief\n/);
  const ar = isnad(['brief', examples, '--lang', 'ar', '--format', 'html']);
  assert.equal(ar.status, 0, ar.stderr);
  assert.match(ar.stdout, /<html lang="ar" dir="rtl">/);
  assert.equal(isnad(['brief']).status, 2);
});
