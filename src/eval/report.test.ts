import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysisResult, Claim } from '../types.js';
import { parseGold } from './gold.js';
import { formatEvalReport } from './report.js';
import { scoreAnalysis } from './score.js';

const TEXT = 'قال المرصد إن 40 قتيلا سقطوا، وأصيب 7 آخرون في 3 غارات.';

function span(sub: string): { start: number; end: number; text: string } {
  const start = TEXT.indexOf(sub);
  assert.ok(start >= 0);
  return { start, end: start + sub.length, text: sub };
}

const gold = parseGold({
  corpus: 'mini',
  groups: {},
  documents: { d: { outlet: 'المرصد', published: '2022-01-01' } },
  claims: [
    {
      id: 'g-killed',
      doc: 'd',
      quote: 'إن 40 قتيلا',
      occurrence: 1,
      low: 40,
      high: 40,
      point: 40,
      qualifier: ['exact'],
      category: ['killed'],
      subject: { group: null, kind: ['civilians'] },
      stance: ['asserted'],
      speaker: ['المرصد'],
      via: [],
      required: true,
      note: null,
    },
    {
      id: 'g-wounded',
      doc: 'd',
      quote: 'وأصيب 7 آخرون',
      occurrence: 1,
      low: 7,
      high: 7,
      point: 7,
      qualifier: ['exact'],
      category: ['wounded'],
      subject: { group: null, kind: ['civilians'] },
      stance: ['asserted'],
      speaker: null,
      via: [],
      required: true,
      note: null,
    },
  ],
  conflicts: [],
});

function claim(id: string, sub: string, point: number, extra: Partial<Claim> = {}): Claim {
  return {
    id,
    document: 'd',
    ...span(sub),
    sentence: { start: 0, end: TEXT.length },
    quantity: { low: point, high: point, point, qualifier: 'exact' },
    unit: 'person',
    category: 'killed',
    subject: { text: '', group: null, kind: 'civilians' },
    stance: 'asserted',
    attribution: [{ name: 'الموقع', kind: 'outlet' }],
    rules: ['ar/test/rule'],
    ...extra,
  };
}

const result: AnalysisResult = {
  isnad: 'test',
  documents: [
    {
      id: 'd',
      source: { name: null },
      published: '2022-01-01',
      title: null,
      language: 'ar',
      boilerplate: [],
    },
  ],
  entities: [],
  claims: [
    claim('c-killed', '40 قتيلا', 40),
    claim('c-wounded', '7 آخرون', 8),
    claim('c-strikes', '3 غارات', 3),
  ],
  incidents: [],
  conflicts: [],
  timeline: [],
  diagnostics: [],
};

const report = scoreAnalysis(gold, result, new Map([['d', TEXT]]));

test('the short report gives the headline numbers and n/a for unannotated parts', () => {
  const text = formatEvalReport(report);
  assert.match(text, /^isnad eval · mini · 1 document\n/);
  assert.match(text, /claims {6}P 0\.333 {2}R 0\.500 {2}F1 0\.400/);
  assert.match(text, /TP 1 · FP 2 · missed 1\/2 required \(1 figure mismatch\)/);
  assert.match(text, /speaker 0\/1/);
  assert.match(text, /published 1\/1 · outlet 0\/1/);
  assert.match(text, /conflicts {3}0\/0 held/);
  assert.match(text, /timeline {4}n\/a/);
  assert.match(text, /ar\/test\/rule {2}TP 1 {2}FP 2/);
  assert.doesNotMatch(text, /false positives \(/);
});

test('the verbose report lists misses, false positives and attribute errors in Arabic as is', () => {
  const text = formatEvalReport(report, { verbose: true });
  assert.match(
    text,
    /g-wounded {2}d {2}«وأصيب 7 آخرون» {2}expected exact 7 \[7\.\.7\]\n {6}figure mismatch\n {6}system said c-wounded "7 آخرون"/,
  );
  assert.match(
    text,
    /d {2}c-strikes "3 غارات" \[\d+,\d+\) exact 3 \[3\.\.3\] killed {2}rules: ar\/test\/rule/,
  );
  assert.match(text, /d {2}c-wounded .*\(overlaps gold g-wounded\)/);
  assert.match(text, /g-killed {2}«إن 40 قتيلا» {2}speaker: expected المرصد {2}got الموقع/);
});

test('the report object is plain JSON', () => {
  const round = JSON.parse(JSON.stringify(report)) as typeof report;
  assert.deepEqual(round, report);
});
