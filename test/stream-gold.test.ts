// The stream gold (eval/stream/ant-incidents.json) stays well-formed: unique ids, one incident per
// main article, ordered dates, known campaigns; with the ANT corpus present, every DOCNO exists.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const SCRIPT = 'scripts/check-stream-gold.mjs';

function check(file?: string): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [SCRIPT, ...(file ? [file] : [])], { encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}

test('the stream gold is valid', () => {
  const { status, out } = check();
  assert.equal(status, 0, out);
  assert.match(out, /valid — \d+ campaigns, \d+ incidents/);
});

test('the check rejects a main article in two incidents', () => {
  const gold = JSON.parse(readFileSync('eval/stream/ant-incidents.json', 'utf8'));
  const [a, b] = gold.incidents;
  const main = a.documents.find((d: { role: string }) => d.role === 'main');
  b.documents.push({ ...main });
  const file = join(mkdtempSync(join(tmpdir(), 'isnad-gold-')), 'gold.json');
  writeFileSync(file, JSON.stringify(gold));
  const { status } = check(file);
  assert.notEqual(status, 0);
});
