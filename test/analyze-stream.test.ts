// `isnad analyze` as a stream on worker threads gives, byte for byte, what the in-memory batch gives
// (`--trace` keeps the in-memory path): on folders, tar archives read without unpacking, manifests,
// repeated ids, undated and dated reports mixed, inputs that fail; with one job or several.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtCli, exampleReports, runCli } from '../src/testing/cli.js';

const cli = builtCli;
const examples = exampleReports;

function isnad(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const r = runCli(args);
  assert.equal(r.error, undefined);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let scratch = '';

/** Short reports of our own, TREC-tagged with their publication time, one per file. */
const TREC = [
  [
    'AA-middleEast-1-20180301',
    'Thu, 01 Mar 2018 10:00:00 GMT',
    'قالت وزارة الصحة إن 12 شخصا قتلوا وأصيب 30 آخرون في قصف على بلدة في ريف إدلب.',
  ],
  [
    'AA-middleEast-2-20180302',
    'Fri, 02 Mar 2018 09:00:00 GMT',
    'أعلن الدفاع المدني مقتل 14 مدنيا في قصف على ريف إدلب أمس، وفق ما نقلت وكالة رويترز.',
  ],
  [
    'AA-sport-3-20180303',
    'Sat, 03 Mar 2018 18:00:00 GMT',
    'فاز الفريق بثلاثة أهداف مقابل هدف في المباراة النهائية.',
  ],
] as const;

function trec(id: string, time: string, body: string): string {
  return `<DOC>\n<DOCNO>${id}</DOCNO>\n<SRC>AA</SRC>\n<TIME>${time}</TIME>\n<TEXT>\n${body}\n</TEXT>\n</DOC>\n`;
}

before(() => {
  assert.ok(readFileSync(cli).length > 0, 'build first (npm run build)');
  scratch = mkdtempSync(join(tmpdir(), 'isnad-stream-'));
  const dated = join(scratch, 'corpus', 'middleEast');
  mkdirSync(dated, { recursive: true });
  for (const [id, time, body] of TREC) writeFileSync(join(dated, `${id}.txt`), trec(id, time, body));
  // The same id twice (renamed ~2) and a file of no format isnad reads.
  mkdirSync(join(scratch, 'corpus', 'sport'));
  writeFileSync(join(scratch, 'corpus', 'sport', `${TREC[0][0]}.txt`), trec(...TREC[0]));
  writeFileSync(join(scratch, 'corpus', 'sport', 'notes.bin'), 'x');
  for (const gz of [true, false]) {
    const r = spawnSync('tar', [
      gz ? '-czf' : '-cf',
      join(scratch, gz ? 'corpus.tar.gz' : 'corpus.tar'),
      '-C',
      scratch,
      'corpus',
    ]);
    assert.equal(r.status, 0, String(r.stderr));
  }
  // A batch of undated seeds with one dated report: the batch lends days, it is read as one.
  const mixed = join(scratch, 'mixed');
  mkdirSync(mixed);
  for (const name of ['000_61e1956ff37553fe.txt', '001_f2581cddb1f52e52.txt'])
    copyFileSync(join(examples, name), join(mixed, name));
  writeFileSync(join(mixed, 'dated.txt'), trec(...TREC[1]));
  // A feed over years: an undated report borrows only from reports naming its places.
  const wide = join(scratch, 'wide');
  mkdirSync(wide);
  writeFileSync(join(wide, 'a.txt'), trec(...TREC[0]));
  writeFileSync(join(wide, 'b.txt'), trec(...TREC[1]));
  writeFileSync(
    join(wide, 'c.txt'),
    trec('AA-middleEast-4-20230610', 'Sat, 10 Jun 2023 08:00:00 GMT', 'قتل 5 أشخاص في قصف على مدينة حمص.'),
  );
  writeFileSync(
    join(wide, 'd.txt'),
    'عنوان\nوكان القصف على ريف إدلب قد بدأ يوم الخميس 1 آذار وقتل فيه 9 مدنيين.',
  );
  writeFileSync(join(wide, 'e.txt'), 'عنوان\nوقال مسؤول إن 3 أشخاص قتلوا يوم الخميس 1 آذار.');
});

after(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const CASES: readonly (readonly string[])[] = [
  ['examples/ghuwayran', 'CORPUS/corpus', 'CORPUS/corpus.tar.gz', 'CORPUS/missing.txt'],
  ['CORPUS/corpus.tar'],
  ['CORPUS/mixed', 'examples/ghuwayran'],
  ['CORPUS/wide'],
];

test('analyze --format json: the same bytes with 1 and 2 jobs as the in-memory batch', () => {
  for (const c of CASES) {
    const inputs = c.map((p) => p.replace('CORPUS', scratch));
    const reference = isnad(['analyze', ...inputs, '--format', 'json', '--trace']);
    assert.ok(reference.stdout.length > 100, reference.stderr);
    for (const jobs of ['1', '2']) {
      const run = isnad(['analyze', ...inputs, '--format', 'json', '--jobs', jobs]);
      assert.equal(run.status, reference.status, `${c.join(' ')} --jobs ${jobs}: ${run.stderr}`);
      assert.equal(run.stdout, reference.stdout, `${c.join(' ')} --jobs ${jobs}`);
    }
  }
});

test('a feed over years lends a day only to the undated report naming a place its lenders name', () => {
  const out = JSON.parse(isnad(['analyze', join(scratch, 'wide'), '--format', 'json']).stdout) as {
    documents: { id: string; published: string | null }[];
  };
  const day = (id: string): string | null => out.documents.find((d) => d.id === id)?.published ?? null;
  // d names Idlib, as the two 2018 reports do: it takes their year (a day on or after Thursday 1 March).
  assert.match(day('d') ?? '', /^2018-03-0[1-3]$/);
  // e names no place, and the feed spans five years: no day is lent.
  assert.equal(day('e'), null);
});

test('analyze reads a tar.gz without unpacking it: documents, renamed repeats, failures named', () => {
  const run = isnad([
    'analyze',
    join(scratch, 'corpus.tar.gz'),
    join(scratch, 'missing.txt'),
    '--format',
    'json',
  ]);
  assert.equal(run.status, 1);
  const result = JSON.parse(run.stdout) as { documents: { id: string }[]; diagnostics: { code: string }[] };
  assert.deepEqual(result.documents.map((d) => d.id).sort(), [
    TREC[0][0],
    `${TREC[0][0]}~2`,
    TREC[1][0],
    TREC[2][0],
  ]);
  const codes = result.diagnostics.map((d) => d.code);
  assert.ok(codes.includes('input_not_found'));
  assert.ok(codes.includes('duplicate_id'));
  assert.ok(codes.includes('duplicate_documents'));
  assert.match(run.stderr, /input_not_found/);
  // No progress bar when standard error is not a terminal.
  assert.doesNotMatch(run.stderr, /ETA|\r/);
});

test('analyze a truncated tar.gz: the entries before the damage are read, the archive is a diagnostic', () => {
  const whole = readFileSync(join(scratch, 'corpus.tar'));
  writeFileSync(join(scratch, 'cut.tar'), whole.subarray(0, 512 * 4 + 100));
  const run = isnad(['analyze', join(scratch, 'cut.tar'), '--format', 'json']);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /archive_invalid/);
  const reference = isnad(['analyze', join(scratch, 'cut.tar'), '--format', 'json', '--trace']);
  assert.equal(run.stdout, reference.stdout);
});

test('analyze --format ndjson: a reading per document as it is read, then the linked records', () => {
  const inputs = [join(scratch, 'corpus.tar.gz'), 'examples/ghuwayran'];
  const lines = isnad(['analyze', ...inputs, '--format', 'ndjson', '--jobs', '2'])
    .stdout.trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as { record: string; document?: string; claims?: unknown[] });
  const json = JSON.parse(isnad(['analyze', ...inputs, '--format', 'json']).stdout) as {
    documents: { id: string }[];
    claims: unknown[];
  };
  assert.equal(lines[0]!.record, 'isnad');
  const readings = lines.filter((l) => l.record === 'reading');
  assert.deepEqual(
    readings.map((r) => r.document),
    json.documents.map((d) => d.id),
  );
  // Readings come first, then the records of the whole batch, as the ndjson export writes them.
  const firstLinked = lines.findIndex((l, k) => k > 0 && l.record !== 'reading');
  assert.equal(firstLinked, readings.length + 1);
  const exported = readFileSync(
    (() => {
      const out = join(scratch, 'export.ndjson');
      isnad(['analyze', ...inputs, '--format', 'ndjson', '--output', out]);
      return out;
    })(),
    'utf8',
  )
    .trimEnd()
    .split('\n');
  assert.deepEqual(
    lines.slice(firstLinked).map((l) => JSON.stringify(l)),
    exported.slice(1),
  );
  assert.equal(lines.filter((l) => l.record === 'claim').length, json.claims.length);
});

test('compare and the exports read the stream too: the same bytes as the batch read in memory', () => {
  const inputs = [join(scratch, 'corpus.tar.gz'), 'examples/ghuwayran', join(scratch, 'missing.txt')];
  const runs: [string, string, readonly string[]][] = [
    ['compare', 'text', ['1', '2']],
    ['compare', 'json', ['2']],
    ...['acled', 'ucdp', 'airwars', 'claimreview', 'csv', 'geojson'].map(
      (f): [string, string, readonly string[]] => ['analyze', f, ['2']],
    ),
  ];
  // ACLED's last column is the time of the export.
  const stable = (out: string): string => out.replace(/,\d{10}\r\n/g, ',TIMESTAMP\r\n');
  for (const [command, format, jobs] of runs) {
    // --trace reads the whole batch in memory: the reference.
    const reference = isnad([command, ...inputs, '--format', format, '--trace']);
    assert.equal(reference.status, 1, 'a missing input');
    assert.ok(reference.stdout.length > 100, `${command} ${format}: ${reference.stderr}`);
    for (const j of jobs) {
      const run = isnad([command, ...inputs, '--format', format, '--jobs', j]);
      assert.equal(run.status, reference.status, `${command} --format ${format} --jobs ${j}`);
      assert.equal(stable(run.stdout), stable(reference.stdout), `${command} --format ${format} --jobs ${j}`);
      assert.match(run.stderr, /input_not_found/);
    }
  }
});

test('a worker that dies on one document fails that document only; the others read as without it', () => {
  // Reports of our own beside a very long one (one sentence said 15,000 times, 2.3 MB): with the
  // workers' heaps held to 60 MB, reading it stops its worker (out of memory).
  const plain = join(scratch, 'plain');
  const faulty = join(scratch, 'faulty');
  mkdirSync(plain);
  mkdirSync(faulty);
  for (const [id, time, body] of TREC)
    for (const dir of [plain, faulty]) writeFileSync(join(dir, `${id}.txt`), trec(id, time, body));
  const sentence =
    'قالت وزارة الصحة إن 12 شخصا قتلوا وأصيب 30 آخرون في قصف على بلدة في ريف إدلب يوم الخميس.\n';
  writeFileSync(join(faulty, 'AA-middleEast-2-huge.txt'), `عنوان\n${sentence.repeat(15000)}`);
  const failed = /^\{"record":"(reading|diagnostic)".*"document_failed"/;
  process.env.ISNAD_WORKER_HEAP_MB = '60';
  try {
    for (const format of ['ndjson', 'json']) {
      const reference = isnad(['analyze', plain, '--format', format, '--jobs', '2']);
      assert.equal(reference.status, 0, reference.stderr);
      const run = isnad(['analyze', faulty, '--format', format, '--jobs', '2']);
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stderr, /document_failed \(AA-middleEast-2-huge\): .*ERR_WORKER_OUT_OF_MEMORY/);
      if (format === 'ndjson') {
        const lines = run.stdout.split('\n');
        assert.equal(lines.filter((l) => failed.test(l)).length, 2, 'its reading and its diagnostic');
        assert.equal(lines.filter((l) => !failed.test(l)).join('\n'), reference.stdout);
      } else {
        const result = JSON.parse(run.stdout) as { diagnostics: { code: string; document?: string }[] };
        assert.deepEqual(
          result.diagnostics.filter((d) => d.code === 'document_failed').map((d) => d.document),
          ['AA-middleEast-2-huge'],
        );
        result.diagnostics = result.diagnostics.filter((d) => d.code !== 'document_failed');
        assert.equal(JSON.stringify(result, null, 2) + '\n', reference.stdout);
      }
    }
  } finally {
    delete process.env.ISNAD_WORKER_HEAP_MB;
  }
});
