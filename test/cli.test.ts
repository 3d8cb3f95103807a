// End to end through the built CLI (`node dist/cli/main.js`), as a user runs it after `npm install`.
// The build runs once in `before` when dist/ is missing or older than a source file.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnalysisResult, Claim, ExtractResult } from '../src/types.js';
import {
  CATEGORIES,
  HOP_KINDS,
  QUALIFIERS,
  STANCES,
  SUBJECT_KINDS,
  UNITS,
  isOneOf,
} from '../src/vocabulary.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli', 'main.js');
const examples = join(root, 'examples', 'ghuwayran');
const gold = join(root, 'eval', 'gold', 'ghuwayran.json');
const packageVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string })
  .version;

function newestSource(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) newest = Math.max(newest, st.mtimeMs);
  }
  return newest;
}

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function isnad(args: readonly string[], input?: string): Run {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...(input === undefined ? { stdio: ['ignore', 'pipe', 'pipe'] as const } : { input }),
  });
  assert.equal(r.error, undefined, `could not run the CLI: ${String(r.error)}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function analysis(run: Run): AnalysisResult {
  assert.equal(run.status, 0, `exit ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout) as AnalysisResult;
}

/** The text spans count in: UTF-8, one leading BOM removed, line endings untouched. */
function decoded(path: string): string {
  return readFileSync(path, 'utf8').replace(/^\ufeff/u, '');
}

let scratch = '';

before(() => {
  const stale = !existsSync(cli) || statSync(cli).mtimeMs < newestSource(join(root, 'src'));
  if (stale) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
    assert.equal(build.status, 0, `npm run build failed:\n${build.stdout}\n${build.stderr}`);
  }
  assert.ok(existsSync(cli), `${cli} was not built`);
  scratch = mkdtempSync(join(tmpdir(), 'isnad-cli-'));
});

after(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

test('isnad --version prints the package.json version', () => {
  const run = isnad(['--version']);
  assert.equal(run.status, 0);
  assert.equal(run.stdout.trim(), packageVersion);
});

test('isnad analyze examples/ghuwayran --format json: the contract holds on the five seed reports', () => {
  const result = analysis(isnad(['analyze', 'examples/ghuwayran', '--format', 'json']));
  assert.equal(result.isnad, packageVersion);
  const files = readdirSync(examples)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  assert.equal(files.length, 5);
  assert.deepEqual(
    result.documents.map((d) => d.id),
    files.map((f) => basename(f, '.txt')),
  );
  const texts = new Map(files.map((f) => [basename(f, '.txt'), decoded(join(examples, f))]));
  // Only informational notes on the seeds: no input or text problem.
  const INFORMATIONAL = new Set(['published_inferred', 'date_inconsistent']);
  assert.deepEqual(
    result.diagnostics.filter((d) => !INFORMATIONAL.has(d.code)),
    [],
  );
  for (const doc of result.documents) {
    assert.equal(doc.language, 'ar');
    const text = texts.get(doc.id)!;
    for (const b of doc.boilerplate) assert.ok(0 <= b.start && b.start < b.end && b.end <= text.length);
  }

  assert.ok(result.claims.length >= 25, `only ${result.claims.length} claims`);
  const ids = result.claims.map((c) => c.id);
  assert.equal(new Set(ids).size, ids.length, 'claim ids are unique');
  for (const claim of result.claims) checkClaim(claim, texts, result);

  // Every document yields claims.
  for (const doc of result.documents) {
    assert.ok(
      result.claims.some((c) => c.document === doc.id),
      `no claim in ${doc.id}`,
    );
  }
  for (const entity of result.entities) {
    for (const m of entity.mentions) {
      assert.equal(texts.get(m.document)?.slice(m.start, m.end), m.text, `mention of ${entity.id}`);
    }
  }
  const claimIds = new Set(ids);
  for (const conflict of result.conflicts) for (const id of conflict.claims) assert.ok(claimIds.has(id), id);
});

function checkClaim(claim: Claim, texts: ReadonlyMap<string, string>, result: AnalysisResult): void {
  const where = `${claim.id} «${claim.text}»`;
  const text = texts.get(claim.document);
  assert.ok(text !== undefined, `${where}: unknown document`);
  assert.ok(0 <= claim.start && claim.start < claim.end && claim.end <= text.length, `${where}: span`);
  assert.equal(
    text.slice(claim.start, claim.end),
    claim.text,
    `${where}: text is original.slice(start, end)`,
  );
  assert.ok(
    claim.sentence.start <= claim.start &&
      claim.end <= claim.sentence.end &&
      claim.sentence.end <= text.length,
    `${where}: inside its sentence`,
  );
  assert.ok(isOneOf(CATEGORIES, claim.category), `${where}: category ${claim.category}`);
  assert.ok(isOneOf(STANCES, claim.stance), `${where}: stance ${claim.stance}`);
  assert.ok(isOneOf(UNITS, claim.unit), `${where}: unit ${claim.unit}`);
  assert.ok(isOneOf(SUBJECT_KINDS, claim.subject.kind), `${where}: subject kind ${claim.subject.kind}`);
  const q = claim.quantity;
  assert.ok(isOneOf(QUALIFIERS, q.qualifier), `${where}: qualifier ${q.qualifier}`);
  for (const v of [q.low, q.high, q.point])
    assert.ok(v === null || Number.isInteger(v), `${where}: integer bounds`);
  if (q.low !== null && q.high !== null) assert.ok(q.low <= q.high, `${where}: low ≤ high`);
  assert.ok(claim.rules.length > 0, `${where}: rules`);

  // Outermost first: the publisher, then intermediaries, then the original speaker.
  assert.ok(claim.attribution.length > 0, `${where}: attribution is empty`);
  const doc = result.documents.find((d) => d.id === claim.document)!;
  const publisher = claim.attribution[0]!;
  if (doc.source.name !== null) assert.equal(publisher.name, doc.source.name, `${where}: publisher first`);
  else assert.equal(publisher.role, 'publisher', `${where}: publisher first`);
  claim.attribution
    .slice(1)
    .forEach((hop) => assert.notEqual(hop.role, 'publisher', `${where}: one publisher`));
  for (const hop of claim.attribution) {
    assert.ok(isOneOf(HOP_KINDS, hop.kind), `${where}: hop kind ${hop.kind}`);
    assert.ok(hop.name.trim() !== '', `${where}: hop name`);
    if (hop.cue) assert.equal(text.slice(hop.cue.start, hop.cue.end), hop.cue.text, `${where}: cue text`);
  }
}

test('isnad analyze examples/ghuwayran: the text report names every document', () => {
  const run = isnad(['analyze', 'examples/ghuwayran']);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^isnad \S+ — 5 document\(s\), \d+ claim\(s\)/);
  for (const f of readdirSync(examples)) assert.ok(run.stdout.includes(basename(f, '.txt')), f);
  assert.ok(!run.stdout.includes('\x1b['), 'no colour when not a terminal');
});

test('isnad analyze - reads standard input', () => {
  const input = '\ufeffقال مسؤول محلي إن 12 مدنيا قتلوا في الغارة.\r\n';
  const result = analysis(isnad(['analyze', '-', '--format', 'json'], input));
  assert.deepEqual(
    result.documents.map((d) => d.id),
    ['stdin'],
  );
  const claim = result.claims.find((c) => c.quantity.point === 12);
  assert.ok(claim, `no claim of 12 in ${JSON.stringify(result.claims)}`);
  assert.equal(input.replace(/^\ufeff/u, '').slice(claim.start, claim.end), claim.text);
  assert.match(claim.text, /^12/);
});

test('isnad analyze with a missing path: the batch goes on, the path is a diagnostic, exit 1', () => {
  const run = isnad(['analyze', 'no/such/report.txt', 'examples/ghuwayran', '--format', 'json']);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /input_not_found.*no\/such\/report\.txt/);
  const result = JSON.parse(run.stdout) as AnalysisResult;
  assert.equal(result.documents.length, 5);
  assert.deepEqual(
    result.diagnostics.filter((d) => d.code === 'input_not_found').map((d) => d.document),
    ['report'],
  );
});

test('isnad compare shows the diagnostics of inputs it could not read (text and JSON)', () => {
  const dir = join(scratch, 'compare-diag');
  mkdirSync(dir);
  writeFileSync(join(dir, 'blob.txt'), Uint8Array.from([0x00, 0x01, 0x02, 0x03, 0xff, 0x00, 0x10]));
  const text = isnad(['compare', 'examples/ghuwayran', dir]);
  assert.equal(text.status, 1);
  assert.match(text.stdout, /5 report\(s\)/);
  assert.match(text.stdout, /Diagnostics\n\s+binary_input \(blob\)/);
  const json = isnad(['compare', 'examples/ghuwayran', dir, '--format', 'json']);
  const board = JSON.parse(json.stdout) as { diagnostics: { code: string }[] };
  assert.ok(board.diagnostics.some((d) => d.code === 'binary_input'));
});

test('isnad analyze with no inputs is a usage error (exit 2)', () => {
  const run = isnad(['analyze']);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /isnad:/);
});

test('isnad analyze on a folder with a binary file and a good file: the good one read, exit 1, binary_input diagnostic', () => {
  const dir = join(scratch, 'mixed');
  mkdirSync(dir);
  writeFileSync(join(dir, 'good.txt'), 'قتل 5 مدنيين في غارة جوية على البلدة.\n');
  writeFileSync(join(dir, 'blob.txt'), Uint8Array.from([0x00, 0x01, 0x02, 0x03, 0xff, 0x00, 0x10]));
  const run = isnad(['analyze', dir, '--format', 'json']);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /binary_input \(blob\)/);
  const result = JSON.parse(run.stdout) as AnalysisResult;
  assert.deepEqual(
    result.documents.map((d) => d.id),
    ['good'],
  );
  assert.deepEqual(
    result.diagnostics.map((d) => [d.code, d.document]),
    [['binary_input', 'blob']],
  );
  assert.ok(result.claims.some((c) => c.document === 'good' && c.quantity.point === 5));
});

test('isnad analyze on a folder with only bad files exits 1 and still prints the diagnostics', () => {
  const dir = join(scratch, 'bad-only');
  mkdirSync(dir);
  writeFileSync(join(dir, 'blob.txt'), Uint8Array.from([0x00, 0x00]));
  writeFileSync(join(dir, 'empty.txt'), '');
  const run = isnad(['analyze', dir, '--format', 'json']);
  assert.equal(run.status, 1);
  const result = JSON.parse(run.stdout) as AnalysisResult;
  assert.deepEqual(result.documents, []);
  assert.deepEqual(result.diagnostics.map((d) => d.code).sort(), ['binary_input', 'empty_input']);
});

test('isnad analyze --manifest carries published and source into documents[] and the chain', () => {
  const dir = join(scratch, 'manifest');
  mkdirSync(join(dir, 'reports'), { recursive: true });
  writeFileSync(join(dir, 'reports', 'a.txt'), 'قتل 5 مدنيين في غارة جوية على البلدة.\n');
  const lines = [
    {
      id: 'from-path',
      path: 'reports/a.txt',
      source: 'عين الفرات',
      published: '2022-01-22',
      url: 'https://example.org/a',
    },
    {
      id: 'inline',
      text: 'أعلنت قسد مقتل 8 من عناصرها في الاشتباكات.',
      source: 'الحل نت',
      published: '2022-01-23',
    },
  ];
  writeFileSync(join(dir, 'manifest.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  // Run from another folder: relative paths resolve against the manifest's own folder.
  const result = analysis(isnad(['analyze', '--manifest', join(dir, 'manifest.jsonl'), '--format', 'json']));
  const docs = new Map(result.documents.map((d) => [d.id, d]));
  assert.deepEqual([...docs.keys()], ['from-path', 'inline']);
  assert.deepEqual(docs.get('from-path')?.source, { name: 'عين الفرات', url: 'https://example.org/a' });
  assert.equal(docs.get('from-path')?.published, '2022-01-22');
  assert.deepEqual(docs.get('inline')?.source, { name: 'الحل نت' });
  assert.equal(docs.get('inline')?.published, '2022-01-23');
  assert.ok(result.claims.length >= 2);
  for (const claim of result.claims) {
    assert.equal(
      claim.attribution[0]?.name,
      docs.get(claim.document)?.source.name,
      `${claim.id} publisher first`,
    );
  }
});

test('isnad analyze -o writes the result to a file, not to standard output', () => {
  const out = join(scratch, 'out.json');
  const run = isnad(['analyze', join('examples', 'ghuwayran'), '--format', 'json', '-o', out]);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, '');
  const result = JSON.parse(readFileSync(out, 'utf8')) as AnalysisResult;
  assert.equal(result.documents.length, 5);
});

test(
  'isnad eval eval/gold/ghuwayran.json examples/ghuwayran: exit 0 and F1 > 0.8',
  { skip: existsSync(gold) ? false : `${gold} is absent` },
  () => {
    const run = isnad(['eval', gold, 'examples/ghuwayran', '--format', 'json']);
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(run.stdout) as {
      claims: { f1: number; precision: number; recall: number; required: number; truePositives: number };
    };
    assert.ok(report.claims.required > 0);
    assert.ok(report.claims.f1 > 0.8, `claim F1 ${report.claims.f1}`);
    assert.ok(report.claims.f1 <= 1);
  },
);

test('isnad extract <file> --format json: every figure, date and entity, spans into the file', () => {
  const file = join(examples, '002_83e4d0b447c2e189.txt');
  const text = decoded(file);
  const run = isnad(['extract', file, '--reference-date', '2022-01-30']);
  assert.equal(run.status, 0, run.stderr);
  const out = JSON.parse(run.stdout) as ExtractResult & { document: string };
  assert.equal(out.document, '002_83e4d0b447c2e189');
  assert.deepEqual(out.reference, { date: '2022-01-30', source: 'option' });
  for (const m of [...out.quantities, ...out.dates, ...out.entities]) {
    assert.equal(m.text, text.slice(m.start, m.end));
  }
  assert.ok(out.quantities.some((q) => q.point === 374 && q.noun === 'عناصر'));
  assert.ok(out.quantities.some((q) => q.qualifier === 'approx' && q.point === 12000));
  assert.ok(out.dates.some((d) => d.kind === 'duration'));
  assert.ok(out.entities.some((e) => e.type === 'armed_group'));
});

test('isnad extract - --format text --normalized: a table from standard input', () => {
  const run = isnad(
    ['extract', '-', '--format', 'text', '--normalized', '--reference-date', '2022-01-27'],
    'قتل نحو 200 عنصر من داعـ.ـش أمس.',
  );
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /reference date: 2022-01-27 \(--reference-date\)/);
  assert.match(run.stdout, /quantity\s+4–11\s+نحو 200\s+~200 \(180–220\) noun: عنصر/);
  assert.match(run.stdout, /date\s+.*أمس\s+2022-01-26/);
  assert.match(run.stdout, /normalized/);
});

test('isnad extract: bad input is a clear error and exit 2, never a stack trace', () => {
  const binary = join(scratch, 'binary.txt');
  writeFileSync(binary, Buffer.from([0, 1, 2, 0xff, 0xfe, 0]));
  for (const args of [
    ['extract', binary],
    ['extract', join(scratch, 'missing.txt')],
    ['extract', '-', '--reference-date', 'yesterday'],
  ]) {
    const run = isnad(args, '');
    assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, /^isnad: /);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
  }
});

test('isnad analyze lists a report filed twice under duplicates, named in the diagnostics', () => {
  const dir = join(scratch, 'twice');
  mkdirSync(dir);
  const report = readFileSync(
    join(
      root,
      'examples',
      'ghuwayran',
      readdirSync(join(root, 'examples', 'ghuwayran'))
        .filter((f) => f.endsWith('.txt'))
        .sort()[0]!,
    ),
  );
  writeFileSync(join(dir, 'first.txt'), report);
  writeFileSync(join(dir, 'second.txt'), report);
  const result = analysis(isnad(['analyze', dir, '--format', 'json'])) as AnalysisResult & {
    duplicates?: { origin: string; members: string[]; exact: boolean }[];
  };
  assert.deepEqual(result.duplicates, [{ origin: 'first', members: ['first', 'second'], exact: true }]);
  assert.ok(
    result.diagnostics.some((d) => d.code === 'duplicate_documents' && d.message === 'second repeat first'),
  );
  const plain = analysis(isnad(['analyze', 'examples/ghuwayran', '--format', 'json'])) as {
    duplicates?: unknown;
  };
  assert.equal(plain.duplicates, undefined, 'no field when nothing repeats');
});

test('a reader that closes the pipe early (| head) ends the output quietly, exit 0, no stack trace', () => {
  // `isnad analyze … --format json | head -c 100`: the JSON (over 100 kB, more than a pipe holds)
  // is cut by head after 100 bytes, and the pipe closes under the write.
  const r = spawnSync(
    'bash',
    [
      '-c',
      `set -o pipefail; "${process.execPath}" "${cli}" analyze examples/ghuwayran --format json | head -c 100 >/dev/null`,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /EPIPE|Error/);
});
