// Test documents for the fault tests: the bundled example reports, and numbered variants of them
// (a distinct closing line each, so each has its own content hash).

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './pg.js';

export function exampleTexts(): { id: string; text: string }[] {
  const dir = join(ROOT, 'examples', 'ghuwayran');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(dir, f), 'utf8') }));
}

/** n documents in a new folder: the examples in turn, each with a numbered closing line. */
export function variantFolder(dir: string, n: number): string[] {
  mkdirSync(dir, { recursive: true });
  const base = exampleTexts();
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const b = base[i % base.length]!;
    const id = `v${String(i).padStart(3, '0')}-${b.id}`;
    writeFileSync(join(dir, `${id}.txt`), `${b.text}\n\nنسخة رقم ${i + 1}\n`);
    ids.push(id);
  }
  return ids;
}
