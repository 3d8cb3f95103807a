// Through the built CLI: a PDF report with its pages, a protected PDF as a failed input beside it,
// and a wire republished by other outlets counted once (syndicatedFrom, outlets, independentSources).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makePdf } from '../src/testing/pdf.js';
import type { AnalysisResult } from '../src/types.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli', 'main.js');

function isnad(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let scratch = '';
before(() => {
  if (!existsSync(cli)) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
  }
  scratch = mkdtempSync(join(tmpdir(), 'isnad-readers-cli-'));
});
after(() => rmSync(scratch, { recursive: true, force: true }));

test('isnad analyze report.pdf locked.pdf: the report with its pages, the locked one a failed input', () => {
  writeFileSync(
    join(scratch, 'report.pdf'),
    makePdf([['Monthly report', 'March 2018'], ['قتل 8 مدنيين في قصف على القرية.']]),
  );
  writeFileSync(join(scratch, 'locked.pdf'), makePdf([['x 1']], { encrypted: true }));
  const run = isnad([
    'analyze',
    join(scratch, 'report.pdf'),
    join(scratch, 'locked.pdf'),
    '--format',
    'json',
  ]);
  assert.equal(run.status, 1, 'some input failed');
  assert.match(run.stderr, /pdf_encrypted \(locked\)/);
  const result = JSON.parse(run.stdout) as AnalysisResult;
  assert.deepEqual(
    result.documents.map((d) => [d.id, d.pages?.map((p) => p.page)]),
    [['report', [1, 2]]],
  );
  const claim = result.claims.find((c) => c.quantity.point === 8);
  assert.ok(claim, JSON.stringify(result.claims));
  const page2 = result.documents[0]!.pages![1]!;
  assert.ok(claim.start >= page2.start && claim.end <= page2.end, 'the claim is on page 2');
  assert.ok(result.diagnostics.some((d) => d.code === 'pdf_encrypted' && d.document === 'locked'));
});

test('isnad analyze --manifest: a wire and its copies from other outlets count as one independent source', () => {
  const wire =
    'قتل 14 شخصا وأصيب 20 آخرون في انفجار سيارة مفخخة قرب سوق الخضار في مدينة الرمادي غرب العراق صباح الخميس. ' +
    'وقال شهود إن الانفجار ألحق أضرارا كبيرة بالمحال التجارية القريبة، فيما طوقت القوات الأمنية المكان ومنعت الاقتراب منه.';
  const lines = [
    { id: 'wire', text: wire, source: 'وكالة الأنباء', published: '2018-05-03' },
    { id: 'copy-1', text: `${wire} (وكالة الأنباء)`, source: 'صحيفة أولى', published: '2018-05-03' },
    { id: 'copy-2', text: wire.replace('الخميس.', 'الخميس،'), source: 'موقع ثان', published: '2018-05-03' },
  ];
  const manifest = join(scratch, 'wire.jsonl');
  writeFileSync(manifest, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  const run = isnad(['analyze', '--manifest', manifest, '--format', 'json']);
  assert.equal(run.status, 0, run.stderr);
  const result = JSON.parse(run.stdout) as AnalysisResult & { duplicates: unknown[] };
  assert.deepEqual(
    result.documents.map((d) => [d.id, d.syndicatedFrom ?? null]),
    [
      ['wire', null],
      ['copy-1', 'wire'],
      ['copy-2', 'wire'],
    ],
  );
  assert.equal(result.duplicates.length, 1);
  const killed = result.incidents.flatMap((i) => i.estimates).find((e) => e.category === 'killed');
  assert.ok(killed, JSON.stringify(result.incidents));
  assert.equal(killed.best, 14);
  assert.equal(killed.independentSources, 1);
  assert.deepEqual([...(killed.outlets ?? [])].sort(), ['صحيفة أولى', 'موقع ثان', 'وكالة الأنباء'].sort());
  assert.equal(killed.claims.length, 3, 'each outlet’s figure is still named');
  // The board says it too.
  const board = isnad(['compare', '--manifest', manifest]);
  assert.equal(board.status, 0, board.stderr);
  assert.match(board.stdout, /\(3 outlets, 1 independent\)/);
});
