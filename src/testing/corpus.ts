// Where the ANT test corpus lives, for tests, benches and scripts that use it when it is there.
// The tarball sits beside the checkout (`../shared/corpus/ant-v2.1.tar.gz`); `npm run corpus`
// extracts it into `.cache/` inside the checkout (ignored by git). `ISNAD_ANT` points elsewhere.

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
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

/** Which ANT articles a script reads: `--corpus DIR` sampled down to `--limit N`, or `--files`. */
export interface ArticleChoice {
  corpus: string;
  limit: number;
  files: string[] | null;
}

/**
 * Reads `--corpus DIR`, `--limit N` or `--files a,b | @list` (one path per line) into `choice`,
 * taking the option's value from `value`; false for any other argument.
 */
export function articleOption(choice: ArticleChoice, arg: string, value: () => string): boolean {
  if (arg === '--corpus') choice.corpus = value();
  else if (arg === '--limit') choice.limit = Math.max(1, Number.parseInt(value(), 10) || 1);
  else if (arg === '--files') {
    const v = value();
    const list = v.startsWith('@') ? readFileSync(v.slice(1), 'utf8').split('\n') : v.split(',');
    choice.files = list.map((s) => s.trim()).filter((s) => s !== '');
  } else return false;
  return true;
}

/** The articles chosen: the files listed, else a sample of the corpus; null when there is no corpus. */
export function chosenArticles(choice: ArticleChoice): string[] | null {
  if (choice.files) return choice.files.map((f) => resolve(f));
  if (!existsSync(choice.corpus)) return null;
  return sampleFiles(antFiles(choice.corpus), choice.limit);
}

/**
 * Reads a script's arguments: the article options (`articleOption`) into `choice`, every other
 * argument through `own` (its value, if it takes one, from `value`); an argument neither knows is
 * an error, as is an option with no value after it.
 */
export function readArticleArgs(
  argv: readonly string[],
  choice: ArticleChoice,
  own: (arg: string, value: () => string) => boolean,
): void {
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    const value = (): string => {
      const v = argv[++k];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (!articleOption(choice, arg, value) && !own(arg, value)) throw new Error(`unknown option ${arg}`);
  }
}
