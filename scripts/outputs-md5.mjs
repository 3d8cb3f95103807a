#!/usr/bin/env node
// Fingerprints of isnad's outputs, one md5 per article and output, for showing that a change to the
// reader leaves every output byte-identical. One node process reads every article (no process per
// article), so a run over thousands of ANT files costs a few CPU seconds per thousand.
//
//   node scripts/outputs-md5.mjs [--dist DIR] [--seeds DIR] [--dev MANIFEST] [--files LIST]
//                                [--out FILE] [--compare FILE]
//
// Per article it renders what the CLI prints: `analyze --format json` (the article alone), and
// `extract` (JSON). The bundled seeds and the dev set are also analysed as one batch each (batch
// inference of publication dates, speakers linked across reports), and rendered as the text report,
// as `compare --format json` and as `extract --normalized`. Each line is `output<TAB>id<TAB>md5`.
//
//   --dist DIR       the built isnad to fingerprint (default: dist of this checkout)
//   --seeds DIR      the example corpus (default: examples/ghuwayran)
//   --dev MANIFEST   the dev set's manifest (default: ../shared/spec/dev/manifest.jsonl, if present)
//   --files LIST     a file with one ANT path per line (e.g. every 4th file of the corpus sorted)
//   --out FILE       write the lines there (default: standard output)
//   --compare FILE   compare with an earlier run: print how many outputs and articles were compared
//                    and which differ; exit 1 when any differs or is missing

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

function parseArgs(argv) {
  const o = { dist: 'dist', seeds: 'examples/ghuwayran', dev: '../shared/spec/dev/manifest.jsonl' };
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k];
    const value = () => {
      const v = argv[++k];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--dist') o.dist = value();
    else if (arg === '--seeds') o.seeds = value();
    else if (arg === '--dev') o.dev = value();
    else if (arg === '--files') o.files = value();
    else if (arg === '--out') o.out = value();
    else if (arg === '--compare') o.compare = value();
    else throw new Error(`unknown option ${arg}`);
  }
  return o;
}

const opts = parseArgs(process.argv.slice(2));
const dist = pathToFileURL(resolve(opts.dist) + '/');
const { analyzeMany, extract } = await import(new URL('index.js', dist));
const { loadInputs } = await import(new URL('ingest/index.js', dist));
const { extractCommand } = await import(new URL('cli/commands/extract.js', dist));
const { formatReport } = await import(new URL('cli/report.js', dist));

const md5 = (s) => createHash('md5').update(s).digest('hex');
const lines = [];
const emit = (output, id, text) => lines.push(`${output}\t${id}\t${md5(text)}`);

/** `isnad analyze --format json` over the loaded documents as one batch. */
function analyzeJson(loaded, documents = loaded.documents) {
  const ids = new Set(documents.map((d) => d.id));
  const result = analyzeMany(documents);
  const mine = loaded.diagnostics.filter((d) => !d.document || ids.has(d.document));
  return { ...result, diagnostics: [...mine, ...result.diagnostics] };
}

/** `isnad extract <file>` (JSON, or with --normalized) for one loaded document. */
async function extractJson(loaded, doc, extra = []) {
  let printed = '';
  const one = {
    documents: [doc],
    diagnostics: loaded.diagnostics.filter((d) => !d.document || d.document === doc.id),
  };
  const command = extractCommand({ loadInputs: () => one, extract, out: (s) => (printed += s) });
  await command.parseAsync([doc.id, ...extra], { from: 'user' });
  return printed;
}

async function perArticle(loaded, prefix) {
  for (const doc of loaded.documents) {
    const id = prefix + doc.id;
    emit('analyze', id, JSON.stringify(analyzeJson(loaded, [doc]), null, 2) + '\n');
    emit('extract', id, await extractJson(loaded, doc));
  }
}

async function asBatch(loaded, name) {
  const full = analyzeJson(loaded);
  emit('analyze-batch', name, JSON.stringify(full, null, 2) + '\n');
  emit('analyze-text', name, formatReport(full, { color: false }));
  const { isnad, incidents, conflicts, timeline } = full;
  emit('compare-batch', name, JSON.stringify({ isnad, incidents, conflicts, timeline }, null, 2) + '\n');
  for (const doc of loaded.documents)
    emit('extract-normalized', name + '/' + doc.id, await extractJson(loaded, doc, ['--normalized']));
}

if (opts.seeds && existsSync(opts.seeds)) {
  const loaded = loadInputs([opts.seeds]);
  await perArticle(loaded, 'seeds/');
  await asBatch(loaded, 'seeds');
}
if (opts.dev && existsSync(opts.dev)) {
  const loaded = loadInputs([], { manifest: opts.dev });
  await perArticle(loaded, 'dev/');
  await asBatch(loaded, 'dev');
}
if (opts.files) {
  const paths = readFileSync(opts.files, 'utf8')
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  for (const path of paths) {
    const loaded = loadInputs([path]);
    if (loaded.documents.length === 0) {
      emit('analyze', path, JSON.stringify(analyzeJson(loaded), null, 2) + '\n');
      continue;
    }
    for (const doc of loaded.documents) {
      emit('analyze', path, JSON.stringify(analyzeJson(loaded, [doc]), null, 2) + '\n');
      emit('extract', path, await extractJson(loaded, doc));
    }
  }
}

const text = lines.join('\n') + '\n';
if (opts.out) writeFileSync(opts.out, text);
else if (!opts.compare) process.stdout.write(text);

if (opts.compare) {
  const before = new Map();
  for (const line of readFileSync(opts.compare, 'utf8').split('\n')) {
    if (!line) continue;
    const [output, id, hash] = line.split('\t');
    before.set(`${output}\t${id}`, hash);
  }
  const articles = new Set();
  const differing = new Set();
  let compared = 0;
  for (const line of lines) {
    const [output, id, hash] = line.split('\t');
    articles.add(id);
    compared++;
    const was = before.get(`${output}\t${id}`);
    if (was !== hash) {
      differing.add(id);
      if (differing.size <= 20) console.log(`differs: ${output} ${id}${was === undefined ? ' (new)' : ''}`);
    }
  }
  console.log(
    `outputs compared: ${compared} over ${articles.size} articles/batches; differing articles: ${differing.size}`,
  );
  process.exitCode = differing.size > 0 ? 1 : 0;
}
