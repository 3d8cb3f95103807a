import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysisResult, Claim } from '../types.js';
import { parseGold } from './gold.js';
import { scoreAnalysis } from './score.js';

const TEXT = 'قال المرصد إن 40 قتيلا سقطوا في القصف. وفر نحو 200 عنصر من السجن.';
const TEXTS = new Map([['a', TEXT]]);

function goldClaim(
  id: string,
  quote: string,
  point: number,
  extra: Record<string, unknown>,
): Record<string, unknown> {
  return {
    id,
    doc: 'a',
    quote,
    occurrence: 1,
    low: point,
    high: point,
    point,
    qualifier: ['exact'],
    category: ['killed'],
    subject: { group: null, kind: ['civilians'] },
    stance: ['asserted'],
    speaker: null,
    via: [],
    required: true,
    note: null,
    ...extra,
  };
}

function claim(id: string, sub: string, point: number, extra: Partial<Claim> = {}): Claim {
  const start = TEXT.indexOf(sub);
  return {
    id,
    document: 'a',
    start,
    end: start + sub.length,
    text: sub,
    sentence: { start: 0, end: TEXT.length },
    quantity: { low: point, high: point, point, qualifier: 'exact' },
    unit: 'person',
    category: 'killed',
    subject: { text: '', group: null, kind: 'civilians' },
    stance: 'asserted',
    attribution: [{ name: 'المرصد', kind: 'outlet' }],
    rules: ['ar/claim/test'],
    ...extra,
  };
}

function result(claims: Claim[]): AnalysisResult {
  return {
    isnad: 'test',
    documents: [
      {
        id: 'a',
        source: { name: null },
        published: '2022-01-21',
        title: null,
        language: 'ar',
        boilerplate: [],
      },
    ],
    entities: [],
    claims,
    incidents: [],
    conflicts: [],
    timeline: [],
    diagnostics: [],
  };
}

const GOLD = parseGold({
  corpus: 'test',
  groups: {},
  documents: { a: { outlet: null, published: '2022-01-21' } },
  claims: [
    goldClaim('req', '40 قتيلا', 40, {}),
    goldClaim('opt', 'نحو 200 عنصر', 200, { qualifier: ['approx'], category: ['escaped'], required: false }),
  ],
});

test('a wrong attribute on a matched optional claim is reported apart from the required scores', () => {
  const report = scoreAnalysis(
    GOLD,
    result([
      claim('c1', '40 قتيلا', 40),
      claim('c2', 'نحو 200 عنصر', 200, {
        quantity: { low: 180, high: 220, point: 200, qualifier: 'approx' },
        category: 'killed',
      }),
    ]),
    TEXTS,
  );
  // Required scores are untouched.
  assert.equal(report.attributes.category.hit, 1);
  assert.equal(report.attributes.category.total, 1);
  assert.equal(report.attributeErrors.length, 0);
  // The optional claim's category is wrong, its qualifier right.
  assert.equal(report.optionalAttributes.matched, 1);
  assert.deepEqual(report.optionalAttributes.attributes.category, { hit: 0, total: 1 });
  assert.deepEqual(report.optionalAttributes.attributes.qualifier, { hit: 1, total: 1 });
  assert.deepEqual(
    report.optionalAttributes.errors.map((e) => [e.goldId, e.attribute, e.actual]),
    [['opt', 'category', 'killed']],
  );
});

test('no matched optional claim gives empty ratios', () => {
  const report = scoreAnalysis(GOLD, result([claim('c1', '40 قتيلا', 40)]), TEXTS);
  assert.equal(report.optionalAttributes.matched, 0);
  assert.deepEqual(report.optionalAttributes.attributes.speaker, { hit: 0, total: 0 });
  assert.equal(report.optionalAttributes.errors.length, 0);
});
