// Where the ANT test corpus lives, for tests, benches and scripts that use it when it is there.
// The tarball sits beside the checkout (`../shared/corpus/ant-v2.1.tar.gz`); `npm run corpus`
// extracts it into `.cache/` inside the checkout (ignored by git). `ISNAD_ANT` points elsewhere.

import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

/** The checkout's root folder (this file is src/testing/corpus.ts, or dist/testing/corpus.js). */
const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

/** The ANT tarball as shipped beside the checkout. */
export const ANT_TARBALL = resolve(ROOT, '..', 'shared', 'corpus', 'ant-v2.1.tar.gz');

/** The extracted ANT corpus: `ISNAD_ANT`, else `.cache/ant-v2.1` in the checkout. */
export const ANT_DIR = process.env['ISNAD_ANT'] ?? resolve(ROOT, '.cache', 'ant-v2.1');

/** How to get the extracted corpus, for messages that skip without it. */
export const ANT_HINT =
  'run `npm run corpus` (extracts ../shared/corpus/ant-v2.1.tar.gz into .cache/) or set ISNAD_ANT';

/** Every article file (`.txt`) under a folder of the extracted corpus, sorted by path. */
export function antFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) antFiles(path, out);
    else if (name.endsWith('.txt')) out.push(path);
  }
  return out;
}

/** Every k-th file of the sorted list, so that a sample spans every outlet and section. */
export function sampleFiles(files: readonly string[], limit: number): string[] {
  if (files.length <= limit) return [...files];
  const step = files.length / limit;
  return Array.from({ length: limit }, (_, k) => files[Math.floor(k * step)]!);
}
