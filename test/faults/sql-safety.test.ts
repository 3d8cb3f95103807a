// Only parameterized SQL: no query text is ever built from strings. Kysely's builder and its
// `sql` tagged template pass every value as a parameter; these are the ways around that, and
// none may appear in isnad's sources (tests and src/testing/ may use them on their own throwaway
// databases).

import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { ROOT } from './pg.js';

const FORBIDDEN: { name: string; pattern: RegExp }[] = [
  {
    name: 'sql.raw / sql.lit / sql.id / sql.join of text',
    pattern: /\bsql\s*\.\s*(raw|lit|id|ref|table|join)\s*\(/,
  },
  { name: 'CompiledQuery.raw', pattern: /\bCompiledQuery\s*\.\s*raw\s*\(/ },
  {
    name: 'a driver query with a built string',
    pattern: /\.(query|exec|prepare|executeSql)\s*\(\s*(`[^`]*\$\{|['"][^'"]*['"]\s*\+)/,
  },
  {
    name: 'a sql template holding an interpolated string of SQL',
    pattern: /sql`[^`]*\$\{\s*['"`][^'"`]*\b(select|insert|update|delete|where|from)\b/i,
  },
];

export function violations(source: string): string[] {
  const out: string[] = [];
  source.split('\n').forEach((line, i) => {
    for (const f of FORBIDDEN) if (f.pattern.test(line)) out.push(`${i + 1}: ${f.name}: ${line.trim()}`);
  });
  return out;
}

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      // Test support (throwaway databases it names itself), like the tests.
      if (path !== join(ROOT, 'src', 'testing')) sources(path, out);
    } else if (/\.(ts|mts|js|mjs)$/.test(name) && !name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

test('the detector finds each way of building SQL from strings, and passes parameterized SQL', () => {
  assert.equal(violations("await sql.raw('select * from t where id = ' + id).execute(db);").length, 1);
  assert.equal(violations('db.executeQuery(CompiledQuery.raw(`delete from t`));').length, 1);
  assert.equal(violations('await client.query(`select * from t where k = ${key}`);').length, 1);
  assert.equal(violations("sqlite.prepare('select * from t where k = ' + key).all();").length, 1);
  assert.equal(violations("sql`select 1 ${'from t where'}`;").length, 1);
  assert.equal(violations('await sql`select pg_advisory_xact_lock(${caseId})`.execute(trx);').length, 0);
  assert.equal(violations("await db.selectFrom('documents').where('key', '=', key).execute();").length, 0);
});

test('isnad sources hold only parameterized SQL', () => {
  const found: string[] = [];
  for (const file of sources(join(ROOT, 'src')))
    for (const v of violations(readFileSync(file, 'utf8'))) found.push(`${relative(ROOT, file)}:${v}`);
  assert.deepEqual(found, []);
});
