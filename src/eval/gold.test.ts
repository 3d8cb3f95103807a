import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { IsnadError } from '../errors.js';
import { parseGold } from './gold.js';
import { parseAnalysisResult } from './result.js';

// The shared spec sits beside the repository in the workspace; outside it these tests are skipped.
const SPEC = new URL('../../../shared/spec/', import.meta.url);
const GOLDS = ['ghuwayran/gold.json', 'dev/gold.json'].map((p) => new URL(p, SPEC));

for (const url of GOLDS) {
  test(
    `parses the shared gold ${url.pathname.split('/').slice(-2).join('/')}`,
    { skip: !existsSync(url) && 'no shared spec' },
    () => {
      const gold = parseGold(JSON.parse(readFileSync(url, 'utf8')));
      assert.ok(gold.claims.length > 0);
      assert.ok(gold.claims.every((c) => gold.documents.has(c.doc)));
      assert.ok(gold.claims.some((c) => !c.required));
    },
  );
}

function minimal(claim: Record<string, unknown>): Record<string, unknown> {
  return {
    groups: { isis: ['داعش'] },
    documents: {
      d1: { outlet: 'x', published: '2022-01-21', published_range: ['2022-01-20', '2022-01-22'] },
    },
    claims: [
      {
        id: 'g1',
        doc: 'd1',
        quote: '5 قتلى',
        occurrence: 1,
        low: 5,
        high: 5,
        point: 5,
        qualifier: ['exact'],
        category: ['killed'],
        subject: { group: 'isis', kind: ['combatants'] },
        stance: ['asserted'],
        speaker: null,
        via: [],
        required: true,
        note: null,
        ...claim,
      },
    ],
  };
}

test('parseGold reads a valid claim with camelCase document fields', () => {
  const gold = parseGold(minimal({}));
  assert.equal(gold.claims[0]?.subject.group, 'isis');
  assert.deepEqual(gold.documents.get('d1')?.publishedRange, ['2022-01-20', '2022-01-22']);
  assert.equal(gold.conflicts, null);
  assert.equal(gold.timeline, null);
});

function problems(json: unknown): string {
  try {
    parseGold(json);
  } catch (e) {
    assert.ok(e instanceof IsnadError);
    assert.equal(e.code, 'gold_invalid');
    return e.message;
  }
  assert.fail('expected parseGold to throw');
}

test('parseGold reports every problem with its path', () => {
  const message = problems(
    minimal({
      qualifier: ['roughly'],
      subject: { group: 'hamas', kind: [] },
      doc: 'nope',
      occurrence: 0,
      low: 9,
      high: 2,
    }),
  );
  assert.match(message, /claims\[0\]\.qualifier\[0\]: "roughly" is not a qualifier/);
  assert.match(message, /claims\[0\]\.subject\.group: "hamas" is not in groups/);
  assert.match(message, /claims\[0\]\.subject\.kind: expected at least one subject kind/);
  assert.match(message, /claims\[0\]\.doc: "nope" is not in documents/);
  assert.match(message, /claims\[0\]\.occurrence: must be 1 or more/);
  assert.match(message, /low 9 is above high 2/);
  assert.match(message, /^invalid gold file \(6 problems\)/);
});

test('parseGold checks references between sections and duplicate ids', () => {
  const base = minimal({});
  const claims = base['claims'] as unknown[];
  const message = problems({
    ...base,
    claims: [...claims, ...claims],
    conflicts: [{ kinds: ['feud'], claims: ['g1', 'g9'], note: null }],
    agreements: [{ claims: ['g1'], note: null }],
    timeline: [{ date: '20 Jan', what: 'x', documents: ['d2'] }],
  });
  assert.match(message, /claims\[1\]\.id: duplicate id "g1"/);
  assert.match(message, /conflicts\[0\]\.kinds\[0\]: "feud" is not a conflict kind/);
  assert.match(message, /conflicts\[0\]\.claims\[1\]: "g9" is not a gold claim id/);
  assert.match(message, /agreements\[0\]\.claims: an agreement needs at least two claims/);
  assert.match(message, /timeline\[0\]\.date: expected YYYY-MM-DD/);
  assert.match(message, /timeline\[0\]\.documents\[0\]: "d2" is not in documents/);
});

test('parseGold rejects a non-object', () => {
  assert.match(problems([]), /gold: expected an object/);
});

test('parseAnalysisResult fills optional sections and rejects broken claims', () => {
  const ok = parseAnalysisResult({ documents: [{ id: 'd1' }], claims: [] });
  assert.deepEqual(ok.conflicts, []);
  assert.deepEqual(ok.documents[0]?.boilerplate, []);
  assert.throws(
    () => parseAnalysisResult({ documents: [], claims: [{ id: 'c1' }] }),
    (e: unknown) =>
      e instanceof IsnadError && e.code === 'result_invalid' && /claims\[0\]\.document/.test(e.message),
  );
});
