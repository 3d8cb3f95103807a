// Every rule id isnad writes into its output is declared in exactly one file of src/lang/ar, so a
// reader finds the rule from its id in one step; a rule under claims/refiners/ lives in the file
// named by its id's tail, and a rule of the figure reader (`ar/event/…`, `ar/noun/…`, and every id
// declared under figures/) in figures/ at the path its id names (`ar/category/hostage` is
// figures/category/hostage.ts). The ids are gathered from `analyze` and `extract` over the bundled
// example reports, over the dev set when ../shared/spec/dev is present, and over the articles listed
// in the file ISNAD_RULE_SAMPLE names (one path per line, e.g. a sample of the ANT corpus) when set.

import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyzeMany, extract } from '../src/index.js';
import { loadInputs } from '../src/ingest/index.js';
import type { Loaded } from '../src/ingest/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const langAr = join(root, 'src/lang/ar');
const devManifest = join(root, '../shared/spec/dev/manifest.jsonl');
const sample = process.env['ISNAD_RULE_SAMPLE'];

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

/** Rule ids as written in the code: `'ar/x/y'` literals, `` `ar/x/${…}` `` families, `'+suffix'`. */
function declarations(): { ids: Map<string, Set<string>>; families: Map<string, Set<string>> } {
  const ids = new Map<string, Set<string>>();
  const families = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, key: string, file: string): void => {
    const files = m.get(key) ?? new Set<string>();
    files.add(relative(root, file));
    m.set(key, files);
  };
  for (const file of sources(langAr)) {
    const code = readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '');
    for (const m of code.matchAll(/'(ar\/[a-z0-9/-]+|\+[a-z-]+)'/g)) add(ids, m[1]!, file);
    for (const m of code.matchAll(/`(ar\/[a-z0-9/-]+\/)\$\{/g)) add(families, m[1]!, file);
  }
  return { ids, families };
}

function ruleIdsIn(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === 'string') {
    if (/^ar\/[a-z]/.test(value)) out.add(value);
  } else if (Array.isArray(value)) {
    for (const v of value) ruleIdsIn(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) ruleIdsIn(v, out);
  }
  return out;
}

function emitted(): Set<string> {
  const sets: Loaded[] = [loadInputs([join(root, 'examples/ghuwayran')])];
  if (existsSync(devManifest)) sets.push(loadInputs([], { manifest: devManifest }));
  const out = new Set<string>();
  for (const loaded of sets) {
    ruleIdsIn(analyzeMany(loaded.documents), out);
    for (const d of loaded.documents) ruleIdsIn(extract(d.text), out);
  }
  // One article at a time, as `isnad analyze` reads it alone.
  const paths = sample
    ? readFileSync(sample, 'utf8')
        .split('\n')
        .filter((p) => p.trim() !== '')
    : [];
  for (const path of paths) {
    const loaded = loadInputs([path.trim()]);
    ruleIdsIn(analyzeMany(loaded.documents), out);
    for (const d of loaded.documents) ruleIdsIn(extract(d.text), out);
  }
  return out;
}

test('every rule id in the output is declared in exactly one file of src/lang/ar', () => {
  const { ids, families } = declarations();
  const seen = emitted();
  assert.ok(seen.size > 40, `too few rule ids in the output (${seen.size})`);
  const problems: string[] = [];
  for (const id of [...seen].sort()) {
    const [base, ...suffixes] = id.split('+');
    for (const suffix of suffixes) {
      const files = ids.get(`+${suffix}`);
      if (files?.size !== 1)
        problems.push(`${id}: suffix +${suffix} in ${[...(files ?? [])].join(', ') || 'no file'}`);
    }
    const files = ids.get(base!) ?? families.get(base!.slice(0, base!.lastIndexOf('/') + 1));
    if (files?.size !== 1) {
      problems.push(`${id}: declared in ${[...(files ?? [])].join(', ') || 'no file'}`);
      continue;
    }
    const [file] = [...files];
    if (file!.includes('/claims/refiners/') && basename(file!, '.ts') !== base!.split('/').pop()) {
      problems.push(`${id}: a refiner in ${file}, not in the file named by its id`);
    }
    if (isFigureRule(base!, file!) && file !== figureFile(base!)) {
      problems.push(`${id}: a figure rule in ${file}, not in ${figureFile(base!)}`);
    }
  }
  assert.deepEqual(problems, []);
});

/** The families of rule ids only the figure reader writes. */
const FIGURE_FAMILIES = ['ar/event/', 'ar/noun/'];
/** The folders of figures/ that hold one rule a file. */
const FIGURE_RULE_DIRS = ['event', 'noun', 'category', 'subject'];

/** The file a figure rule lives in: figures/ and its id past `ar/` (`figures/category/hostage.ts`). */
function figureFile(id: string): string {
  return `src/lang/ar/figures/${id.slice('ar/'.length)}.ts`;
}

/** Whether an id declared in `file` is a rule of the figure reader: of its families, or declared under figures/. */
function isFigureRule(id: string, file: string): boolean {
  return FIGURE_FAMILIES.some((f) => id.startsWith(f)) || file.startsWith('src/lang/ar/figures/');
}

/** A rule file's opening comment (before its imports) gives the Arabic it must and must not change. */
function opensWithWhatItChanges(path: string, file: string): void {
  const head = readFileSync(path, 'utf8').split('\nimport')[0]!;
  assert.match(head, /must change:[^\n]*[\u0600-\u06ff]/, `${file} opens without the Arabic it must change`);
  assert.match(
    head,
    /must not change:[^\n]*[\u0600-\u06ff]/,
    `${file} opens without what it must not change`,
  );
}

test('every rule id of the figure reader is declared in figures/ at the path its id names, and only there', () => {
  const { ids } = declarations();
  const problems: string[] = [];
  let figureRules = 0;
  for (const [id, files] of [...ids].sort(([a], [b]) => a.localeCompare(b))) {
    if (!id.startsWith('ar/') || ![...files].some((f) => isFigureRule(id, f))) continue;
    figureRules++;
    const where = [...files].sort();
    if (where.length !== 1 || where[0] !== figureFile(id))
      problems.push(`${id}: declared in ${where.join(', ')}, not in ${figureFile(id)} alone`);
  }
  assert.ok(figureRules >= 35, `too few figure rules declared (${figureRules})`);
  assert.deepEqual(problems, []);
});

test('every file under figures/event, noun, category and subject is one rule named by its id, opening with must and must not', () => {
  const { ids } = declarations();
  for (const sub of FIGURE_RULE_DIRS) {
    const dir = join(langAr, 'figures', sub);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))) {
      const file = relative(root, join(dir, name));
      const own = [...ids].filter(([, files]) => files.has(file)).map(([id]) => id);
      assert.equal(own.length, 1, `${file} declares ${own.join(', ') || 'no rule id'}`);
      assert.equal(figureFile(own[0]!), file, `${file} is not named by ${own[0]}`);
      opensWithWhatItChanges(join(dir, name), file);
    }
  }
});

test('every file under claims/refiners/ is one rule named by its id, opening with must and must not', () => {
  const dir = join(langAr, 'claims/refiners');
  const { ids } = declarations();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))) {
    const file = relative(root, join(dir, name));
    const own = [...ids].filter(([, files]) => files.has(file)).map(([id]) => id);
    assert.equal(own.length, 1, `${file} declares ${own.join(', ') || 'no rule id'}`);
    assert.equal(own[0]!.split('/').pop(), basename(name, '.ts'), `${file} is not named by ${own[0]}`);
    opensWithWhatItChanges(join(dir, name), file);
  }
});

test('every quantity rule id lives in quantities/rules/<id tail>.ts, one rule a file, opening with must and must not', () => {
  const dir = join(langAr, 'quantities/rules');
  const { ids } = declarations();
  const problems: string[] = [];
  let rules = 0;
  for (const [id, files] of ids) {
    if (!/^ar\/(number|quantity)\//.test(id)) continue;
    rules++;
    const home = relative(root, join(dir, `${id.split('/').pop()!}.ts`));
    for (const file of files) if (file !== home) problems.push(`${id}: declared in ${file}, not in ${home}`);
  }
  assert.ok(rules >= 18, `too few quantity rule ids declared (${rules})`);
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))) {
    const file = relative(root, join(dir, name));
    const own = [...ids].filter(([, files]) => files.has(file)).map(([id]) => id);
    if (own.length !== 1 || own[0]!.split('/').pop() !== basename(name, '.ts'))
      problems.push(`${file} declares ${own.join(', ') || 'no rule id'}, not the one its name gives`);
    const head = readFileSync(join(dir, name), 'utf8').split('\nimport')[0]!;
    if (!/Must match:[^\n]*[\u0600-\u06ff]/.test(head))
      problems.push(`${file} opens without what it must match`);
    if (!/Must not match:[^\n]*[\u0600-\u06ff]/.test(head))
      problems.push(`${file} opens without what it must not match`);
  }
  assert.deepEqual(problems, []);
});
