// Where the ANT test corpus lives, for tests, benches and scripts that use it when it is there.
// The tarball sits beside the checkout (`../shared/corpus/ant-v2.1.tar.gz`); `npm run corpus`
// extracts it into `.cache/` inside the checkout (ignored by git). `ISNAD_ANT` points elsewhere.

import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** The checkout's root folder (this file is src/testing/corpus.ts, or dist/testing/corpus.js). */
const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

/** The ANT tarball as shipped beside the checkout. */
export const ANT_TARBALL = resolve(ROOT, '..', 'shared', 'corpus', 'ant-v2.1.tar.gz');

/** The extracted ANT corpus: `ISNAD_ANT`, else `.cache/ant-v2.1` in the checkout. */
export const ANT_DIR = process.env['ISNAD_ANT'] ?? resolve(ROOT, '.cache', 'ant-v2.1');

/** How to get the extracted corpus, for messages that skip without it. */
export const ANT_HINT =
  'run `npm run corpus` (extracts ../shared/corpus/ant-v2.1.tar.gz into .cache/) or set ISNAD_ANT';
