// Every `diagnostics` list the Arabic reader declares is filled somewhere: a list declared and never
// pushed to promises the caller problems it will never be told (STYLE point 9: coded diagnostics).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const READER = 'src/lang/ar';

function sources(dir: string, out: { path: string; text: string }[] = []): { path: string; text: string }[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts'))
      out.push({ path, text: readFileSync(path, 'utf8') });
  }
  return out;
}

/** A field, variable or parameter typed as a list of diagnostics: `diagnostics: Diagnostic[]`. */
const DECLARED = /\b(\w*[dD]iagnostics)\??\s*:\s*(?:readonly\s+)?(?:Diagnostic\[\]|Array<Diagnostic>)/;

/** The declared lists no source of the reader ever adds to (push, unshift, splice). */
export function unfilled(files: readonly { path: string; text: string }[]): string[] {
  const all = files.map((f) => f.text).join('\n');
  const out: string[] = [];
  for (const f of files)
    for (const m of f.text.matchAll(new RegExp(DECLARED, 'g'))) {
      const name = m[1]!;
      if (!new RegExp(`\\b${name}\\.(?:push|unshift|splice)\\(`).test(all)) out.push(`${f.path}: ${name}`);
    }
  return out;
}

test('diagnostics: every list of diagnostics the Arabic reader declares is filled somewhere', () => {
  const files = sources(READER);
  assert.ok(
    files.some((f) => DECLARED.test(f.text)),
    'the reader declares its diagnostics',
  );
  assert.deepEqual(unfilled(files), []);
});

test('diagnostics: a list declared and never filled is found', () => {
  const declared =
    'class Doc {\n  readonly diagnostics: Diagnostic[] = [];\n  readonly warnings?: Diagnostic[];\n}';
  assert.deepEqual(unfilled([{ path: 'a.ts', text: declared }]), ['a.ts: diagnostics']);
  const filled = `${declared}\nfunction f(doc: Doc) { doc.diagnostics.push(d); }`;
  assert.deepEqual(unfilled([{ path: 'a.ts', text: filled }]), []);
});
