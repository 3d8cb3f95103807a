// `isnad eval` with injected loading and analysis: argument handling, the manifest beside the gold
// file, --result, --format json, and the exit codes (1 below --min-f1, 2 usage or I/O).

import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evalCommand } from '../cli/commands/eval.js';
import type { EvalCommandDeps } from '../cli/commands/eval.js';
import type { AnalysisResult, InputDocument } from '../types.js';

const TEXT = 'قتل 5 أشخاص في القصف.';

const GOLD = {
  corpus: 'cli',
  groups: {},
  documents: { d: { outlet: null, published: '2022-01-01' } },
  claims: [
    {
      id: 'g1',
      doc: 'd',
      quote: 'قتل 5 أشخاص',
      occurrence: 1,
      low: 5,
      high: 5,
      point: 5,
      qualifier: ['exact'],
      category: ['killed'],
      subject: { group: null, kind: ['civilians'] },
      stance: ['asserted'],
      speaker: null,
      via: [],
      required: true,
      note: null,
    },
  ],
};

function analysis(point: number): AnalysisResult {
  return {
    isnad: 'test',
    documents: [
      {
        id: 'd',
        source: { name: null },
        published: '2022-01-01',
        title: null,
        language: 'ar',
        boilerplate: [],
      },
    ],
    entities: [],
    claims: [
      {
        id: 'c1',
        document: 'd',
        start: 4,
        end: 11,
        text: TEXT.slice(4, 11),
        sentence: { start: 0, end: TEXT.length },
        quantity: { low: point, high: point, point, qualifier: 'exact' },
        unit: 'person',
        category: 'killed',
        subject: { text: '', group: null, kind: 'civilians' },
        stance: 'asserted',
        attribution: [{ name: 'x', kind: 'outlet' }],
        rules: ['r'],
      },
    ],
    incidents: [],
    conflicts: [],
    timeline: [],
    diagnostics: [],
  };
}

const dirs: string[] = [];
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function workspace(withManifest: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-eval-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'gold.json'), JSON.stringify(GOLD));
  writeFileSync(join(dir, 'd.txt'), TEXT);
  if (withManifest)
    writeFileSync(join(dir, 'manifest.jsonl'), `${JSON.stringify({ id: 'd', path: 'd.txt' })}\n`);
  writeFileSync(join(dir, 'result.json'), JSON.stringify(analysis(5)));
  return dir;
}

class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

interface Run {
  out: string;
  err: string;
  code: number;
  loads: { paths: string[]; manifest: string | undefined }[];
}

async function run(args: string[], point = 5): Promise<Run> {
  const r: Run = { out: '', err: '', code: 0, loads: [] };
  const deps: EvalCommandDeps = {
    loadInputs: async (paths, opts) => {
      r.loads.push({ paths, manifest: opts.manifest });
      const documents: InputDocument[] = [{ id: 'd', text: TEXT }];
      return { documents, diagnostics: [] };
    },
    analyze: () => analysis(point),
    io: {
      out: (s) => (r.out += s),
      err: (s) => (r.err += s),
      setExitCode: (c) => (r.code = c),
      exit: (c) => {
        throw new Exit(c);
      },
    },
  };
  try {
    await evalCommand(deps).parseAsync(args, { from: 'user' });
  } catch (e) {
    if (!(e instanceof Exit)) throw e;
    r.code = e.code;
  }
  return r;
}

test('uses the manifest.jsonl beside the gold file when no inputs are given', async () => {
  const dir = workspace(true);
  const r = await run([join(dir, 'gold.json')]);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(r.loads, [{ paths: [], manifest: join(dir, 'manifest.jsonl') }]);
  assert.match(r.out, /F1 1\.000/);
});

test('explicit inputs are passed through and --format json prints the report', async () => {
  const dir = workspace(true);
  const r = await run([join(dir, 'gold.json'), join(dir, 'd.txt'), '--format', 'json']);
  assert.deepEqual(r.loads, [{ paths: [join(dir, 'd.txt')], manifest: undefined }]);
  const report = JSON.parse(r.out) as { claims: { f1: number; truePositives: number } };
  assert.equal(report.claims.truePositives, 1);
  assert.equal(report.claims.f1, 1);
});

test('--result scores a saved analysis instead of analysing', async () => {
  const dir = workspace(true);
  // analyze would give a wrong figure; the saved result has the right one.
  const r = await run([join(dir, 'gold.json'), '--result', join(dir, 'result.json')], 6);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /F1 1\.000/);
});

test('--min-f1 exits 1 below the gate and 0 at or above it', async () => {
  const dir = workspace(true);
  const fail = await run([join(dir, 'gold.json'), '--min-f1', '0.5'], 6);
  assert.equal(fail.code, 1);
  assert.match(fail.err, /claim F1 0\.000 is below --min-f1 0\.5/);
  const pass = await run([join(dir, 'gold.json'), '--min-f1', '1']);
  assert.equal(pass.code, 0);
});

test('usage and I/O errors exit 2 with a message', async () => {
  const dir = workspace(false);
  const noInputs = await run([join(dir, 'gold.json')]);
  assert.equal(noInputs.code, 2);
  assert.match(noInputs.err, /no inputs: give input files, --manifest FILE, or put a manifest\.jsonl beside/);

  const missing = await run([join(dir, 'nope.json'), 'x.txt']);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /cannot read gold file/);

  writeFileSync(join(dir, 'bad.json'), '{"claims": [');
  const badJson = await run([join(dir, 'bad.json'), 'x.txt']);
  assert.equal(badJson.code, 2);
  assert.match(badJson.err, /is not valid JSON/);

  writeFileSync(join(dir, 'invalid.json'), JSON.stringify({ documents: {}, claims: [{}] }));
  const invalid = await run([join(dir, 'invalid.json'), 'x.txt']);
  assert.equal(invalid.code, 2);
  assert.match(invalid.err, /invalid gold file/);

  const badGate = await run([join(dir, 'gold.json'), 'x.txt', '--min-f1', '1.5']);
  assert.equal(badGate.code, 2);
  assert.match(badGate.err, /expected a number between 0 and 1/);

  const badFormat = await run([join(dir, 'gold.json'), 'x.txt', '--format', 'xml']);
  assert.equal(badFormat.code, 2);

  const noGold = await run([]);
  assert.equal(noGold.code, 2);
  assert.match(noGold.err, /give a gold file, or --case NAME/);
});

test('a stream gold scores a saved whole-feed result without loading anything', async () => {
  const dir = workspace(false);
  const stream = {
    campaigns: [],
    incidents: [{ id: 'G', title: 'shelling', campaign: null, documents: [{ id: 'd', role: 'main' }] }],
    nonEvents: [],
  };
  writeFileSync(join(dir, 'stream.json'), JSON.stringify(stream));
  const base = analysis(5);
  const linked: AnalysisResult = {
    ...base,
    claims: base.claims.map((c) => ({ ...c, incident: 'I' })),
    incidents: [{ id: 'I', title: 'I', documents: ['d'], estimates: [] }],
  };
  writeFileSync(join(dir, 'linked.json'), JSON.stringify(linked));
  const r = await run([join(dir, 'stream.json'), '--result', join(dir, 'linked.json')]);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(r.loads, [], 'a saved result needs no inputs');
  assert.match(r.out, /isnad eval · stream · 1 labelled main documents/);
  assert.match(r.out, /events {6}P 1\.000 {2}R 1\.000/);

  const noInputs = await run([join(dir, 'stream.json')]);
  assert.equal(noInputs.code, 2);
  assert.match(noInputs.err, /a stream gold needs the inputs of the run/);

  const saved = join(dir, 'saved.json');
  const analysed = await run([join(dir, 'stream.json'), join(dir, 'd.txt'), '--save', saved, '--stream']);
  assert.equal(analysed.code, 0, analysed.err);
  const again = await run([join(dir, 'stream.json'), '--result', saved, '--format', 'json']);
  const report = JSON.parse(again.out) as { labelled: number; run: { documents: number } };
  assert.equal(report.labelled, 1);
  assert.equal(report.run.documents, 1);
});
