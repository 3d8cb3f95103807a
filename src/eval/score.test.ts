import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysisResult, Claim, Hop } from '../types.js';
import { parseGold } from './gold.js';
import type { Gold } from './gold.js';
import { scoreAnalysis } from './score.js';
import type { EvalReport } from './report-types.js';

// Two short documents; every span below is computed from these strings, never typed by hand.
const A =
  'قال المرصد إن 40 قتيلا سقطوا في القصف. وأفاد المسؤول الأميركي الكبير لصحيفة نيويورك تايمز بهروب نحو 200 عنصر من تنظيم "الدولة". وأصيب عشرات المدنيين.';
const B = 'أعلنت قسد مقتل 18 من عناصرها. وقالت وسائل إعلام التنظيم إن أكثر من 200 عنصر قتلوا.';
const TEXTS = new Map([
  ['a', A],
  ['b', B],
]);

function at(doc: string, sub: string, n = 1): { start: number; end: number; text: string } {
  const text = TEXTS.get(doc)!;
  let i = -1;
  for (let k = 0; k < n; k++) i = text.indexOf(sub, i + 1);
  assert.ok(i >= 0, `fixture: "${sub}" not in ${doc}`);
  return { start: i, end: i + sub.length, text: sub };
}

type GoldClaimJson = Record<string, unknown>;

function goldClaim(id: string, doc: string, quote: string, extra: GoldClaimJson = {}): GoldClaimJson {
  return {
    id,
    doc,
    quote,
    occurrence: 1,
    low: 40,
    high: 40,
    point: 40,
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

function gold(claims: GoldClaimJson[], extra: Record<string, unknown> = {}): Gold {
  return parseGold({
    corpus: 'test',
    groups: { isis: ['داعش', 'تنظيم الدولة'], sdf: ['قسد', 'قوات سوريا الديمقراطية'] },
    documents: {
      a: { outlet: 'عين الفرات', published: '2022-01-21' },
      b: { outlet: null, published: '2022-01-27', published_range: ['2022-01-26', '2022-01-28'] },
    },
    claims,
    ...extra,
  });
}

const PUBLISHER: Hop = { name: 'عين الفرات', kind: 'outlet' };

function claim(id: string, doc: string, sub: string, extra: Partial<Claim> = {}): Claim {
  const span = at(doc, sub);
  return {
    id,
    document: doc,
    ...span,
    sentence: { start: 0, end: TEXTS.get(doc)!.length },
    quantity: { low: 40, high: 40, point: 40, qualifier: 'exact' },
    unit: 'person',
    category: 'killed',
    subject: { text: '', group: null, kind: 'civilians' },
    stance: 'asserted',
    attribution: [PUBLISHER],
    rules: ['ar/claim/test'],
    ...extra,
  };
}

function result(claims: Claim[], extra: Partial<AnalysisResult> = {}): AnalysisResult {
  return {
    isnad: 'test',
    documents: [
      {
        id: 'a',
        source: { name: 'عين الفرات' },
        published: '2022-01-21',
        title: null,
        language: 'ar',
        boilerplate: [],
      },
      {
        id: 'b',
        source: { name: null },
        published: '2022-01-28',
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
    ...extra,
  };
}

function score(g: Gold, r: AnalysisResult): EvalReport {
  return scoreAnalysis(g, r, TEXTS);
}

const ESCAPED = {
  low: 180,
  high: 220,
  point: 200,
  qualifier: ['approx'],
  category: ['escaped'],
  subject: { group: 'isis', kind: ['prisoners', 'combatants'] },
  speaker: ['مسؤول أميركي'],
  via: ['نيويورك تايمز'],
};

test('a claim whose span overlaps the quote and states the figure matches', () => {
  const report = score(gold([goldClaim('g1', 'a', 'إن 40 قتيلا')]), result([claim('c1', 'a', '40 قتيلا')]));
  assert.equal(report.claims.truePositives, 1);
  assert.equal(report.claims.falsePositives, 0);
  assert.equal(report.claims.precision, 1);
  assert.equal(report.claims.recall, 1);
  assert.equal(report.claims.f1, 1);
  assert.deepEqual(report.matches, [{ goldId: 'g1', claimId: 'c1', required: true, wrong: [] }]);
});

test('a claim that does not overlap the quote is a false positive and the gold claim is missed', () => {
  const report = score(gold([goldClaim('g1', 'a', 'إن 40 قتيلا')]), result([claim('c1', 'a', 'القصف')]));
  assert.equal(report.claims.truePositives, 0);
  assert.equal(report.claims.falsePositives, 1);
  assert.equal(report.missed[0]?.reason, 'no_overlap');
  assert.deepEqual(report.falsePositives[0]?.overlapsGold, []);
  assert.equal(report.claims.f1, 0);
});

test('an overlapping claim with another figure is a false positive and a figure mismatch', () => {
  const wrong = claim('c1', 'a', '40 قتيلا', { quantity: { low: 4, high: 4, point: 4, qualifier: 'exact' } });
  const report = score(gold([goldClaim('g1', 'a', 'إن 40 قتيلا')]), result([wrong]));
  assert.equal(report.claims.truePositives, 0);
  assert.equal(report.claims.falsePositives, 1);
  assert.equal(report.claims.missed, 1);
  assert.equal(report.claims.figureMismatches, 1);
  assert.equal(report.missed[0]?.reason, 'figure_mismatch');
  assert.equal(report.missed[0]?.system[0]?.figure, 'exact 4 [4..4]');
  assert.deepEqual(report.falsePositives[0]?.overlapsGold, ['g1']);
  assert.equal(report.claims.precision, 0);
  assert.equal(report.claims.recall, 0);
});

test('the figure-agreeing claim wins the assignment over a wider disagreeing one', () => {
  const wide = claim('wide', 'a', 'قال المرصد إن 40 قتيلا', {
    quantity: { low: 4, high: 4, point: 4, qualifier: 'exact' },
  });
  const report = score(gold([goldClaim('g1', 'a', 'إن 40 قتيلا')]), result([wide, claim('c1', 'a', '40')]));
  assert.deepEqual(
    report.matches.map((m) => m.claimId),
    ['c1'],
  );
  assert.deepEqual(
    report.falsePositives.map((f) => f.claimId),
    ['wide'],
  );
});

test('one system claim matches one gold claim; the second gold claim is claimed_by_other', () => {
  const g = gold([goldClaim('g1', 'a', 'إن 40'), goldClaim('g2', 'a', '40 قتيلا')]);
  const report = score(g, result([claim('c1', 'a', '40 قتيلا')]));
  assert.equal(report.claims.truePositives, 1);
  assert.equal(report.matches[0]?.goldId, 'g2');
  assert.equal(report.missed[0]?.goldId, 'g1');
  assert.equal(report.missed[0]?.reason, 'claimed_by_other');
});

test('a claim matched to an optional gold claim is left out of precision and recall', () => {
  const g = gold([
    goldClaim('req', 'a', 'إن 40 قتيلا'),
    goldClaim('opt', 'a', 'نحو 200 عنصر', { ...ESCAPED, required: false }),
  ]);
  const r = result([
    claim('c1', 'a', '40 قتيلا'),
    claim('c2', 'a', 'نحو 200', { quantity: { low: 180, high: 220, point: 200, qualifier: 'approx' } }),
    claim('fp', 'b', '18'),
  ]);
  const report = score(g, r);
  assert.equal(report.claims.required, 1);
  assert.equal(report.claims.optional, 1);
  assert.equal(report.claims.truePositives, 1);
  assert.equal(report.claims.matchedOptional, 1);
  assert.equal(report.claims.falsePositives, 1);
  // 1 / (3 system − 1 optional)
  assert.equal(report.claims.precision, 0.5);
  assert.equal(report.claims.recall, 1);
  // Optional matches are not judged on attributes.
  assert.equal(report.attributes.category.total, 1);
  // A missed optional claim is not a miss.
  const none = score(g, result([claim('c1', 'a', '40 قتيلا')]));
  assert.equal(none.claims.missed, 0);
  assert.equal(none.claims.precision, 1);
});

test('vague figures compare by order of magnitude', () => {
  const g = gold([
    goldClaim('g1', 'a', 'عشرات المدنيين', {
      low: 20,
      high: 99,
      point: null,
      qualifier: ['vague'],
      category: ['wounded'],
    }),
  ]);
  const tens = claim('c1', 'a', 'عشرات', {
    quantity: { low: 10, high: null, point: null, qualifier: 'vague' },
  });
  assert.equal(score(g, result([tens])).claims.truePositives, 1);
  const hundreds = claim('c1', 'a', 'عشرات', {
    quantity: { low: 100, high: null, point: null, qualifier: 'vague' },
  });
  assert.equal(score(g, result([hundreds])).claims.figureMismatches, 1);
});

test('speaker null means one hop; a longer chain is a speaker error', () => {
  const g = gold([goldClaim('g1', 'a', 'إن 40 قتيلا')]);
  assert.equal(score(g, result([claim('c1', 'a', '40 قتيلا')])).attributes.speaker.hit, 1);
  const relayed = claim('c1', 'a', '40 قتيلا', {
    attribution: [PUBLISHER, { name: 'المرصد', kind: 'organization' }],
  });
  const report = score(g, result([relayed]));
  assert.deepEqual(report.attributes.speaker, { hit: 0, total: 1 });
  assert.equal(report.attributeErrors[0]?.attribute, 'speaker');
  assert.equal(report.attributeErrors[0]?.expected, '(publisher, one hop)');
  assert.equal(report.attributeErrors[0]?.actual, 'عين الفرات → المرصد');
});

test('speaker and via match folded, token-wise, either way round', () => {
  const g = gold([goldClaim('g1', 'a', 'نحو 200 عنصر', ESCAPED)]);
  const base = {
    quantity: { low: 180, high: 220, point: 200, qualifier: 'approx' as const },
    category: 'escaped' as const,
    subject: { text: 'عنصر', group: 'تنظيم "الدولة"', kind: 'prisoners' as const },
  };
  const good = claim('c1', 'a', '200 عنصر', {
    ...base,
    attribution: [
      PUBLISHER,
      { name: 'صحيفة نيويورك تايمز', kind: 'outlet' },
      { name: 'المسؤول الأميركي الكبير', kind: 'anonymous', affiliation: 'الولايات المتحدة' },
    ],
  });
  const ok = score(g, result([good]));
  assert.deepEqual(ok.matches[0]?.wrong, []);

  const bad = claim('c1', 'a', '200 عنصر', {
    ...base,
    subject: { text: 'عنصر', group: 'قسد', kind: 'prisoners' },
    attribution: [PUBLISHER, { name: 'مسؤول كردي', kind: 'anonymous' }],
  });
  const report = score(g, result([bad]));
  assert.deepEqual(report.matches[0]?.wrong, ['subject.group', 'speaker', 'via']);
  assert.equal(report.attributes.speaker.hit, 0);
  assert.equal(report.attributes.category.hit, 1);
});

test('a hop entity id is read as the entity name and aliases', () => {
  const g = gold([
    goldClaim('g1', 'b', 'مقتل 18', { point: 18, low: 18, high: 18, speaker: ['قوات سوريا الديمقراطية'] }),
  ]);
  const c = claim('c1', 'b', '18', {
    quantity: { low: 18, high: 18, point: 18, qualifier: 'exact' },
    attribution: [
      { name: 'الموقع', kind: 'outlet' },
      { name: 'القيادة العامة', kind: 'organization', entity: 'e1' },
    ],
  });
  const entities = [
    {
      id: 'e1',
      type: 'armed_group' as const,
      name: 'قسد',
      aliases: ['قوات سوريا الديمقراطية'],
      mentions: [],
    },
  ];
  assert.equal(score(g, result([c], { entities })).attributes.speaker.hit, 1);
  assert.equal(score(g, result([c])).attributes.speaker.hit, 0);
});

test('a group key, an alias, or both null match; null against a group does not', () => {
  const g = gold([goldClaim('g1', 'a', 'إن 40 قتيلا', { subject: { group: 'isis', kind: ['civilians'] } })]);
  const withGroup = (group: string | null) =>
    score(g, result([claim('c1', 'a', '40 قتيلا', { subject: { text: '', group, kind: 'civilians' } })]))
      .attributes['subject.group'].hit;
  assert.equal(withGroup('isis'), 1);
  assert.equal(withGroup('داعـــش'), 1);
  assert.equal(withGroup('تنظيم الدولة'), 1);
  assert.equal(withGroup(null), 0);
  assert.equal(withGroup('الدولة'), 0);
});

test('span errors: claim text, sentence, cue, mention and boilerplate are all checked', () => {
  const good = claim('c1', 'a', '40 قتيلا', {
    attribution: [PUBLISHER, { name: 'المرصد', kind: 'organization', cue: at('a', 'قال') }],
  });
  const clean = score(gold([]), result([good]));
  assert.equal(clean.spans.errors.length, 0);
  assert.equal(clean.spans.checked, 4); // document reference, claim, sentence, cue

  const badText = { ...claim('c2', 'a', '40 قتيلا'), text: '41 قتيلا' };
  const badSentence = claim('c3', 'a', '40 قتيلا', { sentence: { start: 0, end: 5 } });
  const badCue = claim('c4', 'a', '40 قتيلا', {
    attribution: [PUBLISHER, { name: 'x', kind: 'person', cue: { start: 0, end: 3, text: 'أفاد' } }],
  });
  const outOfBounds = { ...claim('c5', 'a', '40 قتيلا'), start: A.length, end: A.length + 2 };
  const entities = [
    {
      id: 'e1',
      type: 'organization' as const,
      name: 'المرصد',
      aliases: [],
      mentions: [{ document: 'a', ...at('a', 'المرصد'), text: 'المرصـد' }],
    },
  ];
  const r = result([badText, badSentence, badCue, outOfBounds], {
    entities,
    documents: [
      {
        id: 'a',
        source: { name: null },
        published: null,
        title: null,
        language: 'ar',
        boilerplate: [{ start: 5, end: 9999 }],
      },
    ],
  });
  const report = score(gold([]), r);
  assert.deepEqual(report.spans.errors.map((e) => `${e.kind}:${e.ref}`).sort(), [
    'boilerplate:a',
    'claim:c2',
    'claim:c5',
    'cue:c4',
    'mention:e1',
    'sentence:c3',
    'sentence:c5',
  ]);
});

test('metadata: publication date inside the range, outlet folded, null outlet not scored', () => {
  const report = score(gold([]), result([]));
  assert.deepEqual(report.metadata.published, { hit: 2, total: 2 });
  assert.deepEqual(report.metadata.outlet, { hit: 1, total: 1 });
  const r = result([], {
    documents: [
      {
        id: 'a',
        source: { name: 'شبكة عين الفرات' },
        published: '2022-01-22',
        title: null,
        language: 'ar',
        boilerplate: [],
      },
      {
        id: 'b',
        source: { name: 'x' },
        published: '2022-01-29',
        title: null,
        language: 'ar',
        boilerplate: [],
      },
    ],
  });
  const wrong = score(gold([]), r);
  assert.deepEqual(wrong.metadata.published, { hit: 0, total: 2 });
  assert.deepEqual(wrong.metadata.outlet, { hit: 0, total: 1 });
});

test('per-rule stats count true and false positives', () => {
  const g = gold([goldClaim('g1', 'a', 'إن 40 قتيلا')]);
  const r = result([
    claim('c1', 'a', '40 قتيلا', { rules: ['ar/number/digits', 'ar/claim/killed'] }),
    claim('c2', 'b', '18', { rules: ['ar/number/digits'] }),
  ]);
  assert.deepEqual(score(g, r).rules, [
    { rule: 'ar/claim/killed', truePositives: 1, falsePositives: 0, matchedOptional: 0 },
    { rule: 'ar/number/digits', truePositives: 1, falsePositives: 1, matchedOptional: 0 },
  ]);
});

// Cross-document parts: two claims in two documents, opposed by the gold, plus an agreement.
const CROSS_CLAIMS = [
  goldClaim('b1', 'b', 'مقتل 18', { low: 18, high: 18, point: 18 }),
  goldClaim('b2', 'b', 'أكثر من 200', { low: 201, high: null, point: 200, qualifier: ['more_than'] }),
  goldClaim('a1', 'a', 'إن 40 قتيلا'),
];
const CROSS_SYSTEM = [
  claim('s1', 'b', '18', { quantity: { low: 18, high: 18, point: 18, qualifier: 'exact' } }),
  claim('s2', 'b', '200', { quantity: { low: 201, high: null, point: 200, qualifier: 'more_than' } }),
  claim('s3', 'a', '40'),
];

test('conflicts hold when a system conflict of an accepted kind joins the matched claims', () => {
  const g = gold(CROSS_CLAIMS, {
    conflicts: [{ kinds: ['denial', 'disagreement'], claims: ['b1', 'b2'], note: 'x' }],
  });
  const held = score(
    g,
    result(CROSS_SYSTEM, { conflicts: [{ id: 'k1', kind: 'denial', claims: ['s2', 's1'], note: '' }] }),
  );
  assert.deepEqual(held.conflicts?.held, { hit: 1, total: 1 });
  assert.equal(held.conflicts?.items[0]?.heldBy, 'k1');
  const wrongKind = score(
    g,
    result(CROSS_SYSTEM, { conflicts: [{ id: 'k1', kind: 'revision', claims: ['s1', 's2'], note: '' }] }),
  );
  assert.deepEqual(wrongKind.conflicts?.held, { hit: 0, total: 1 });
  const partial = score(
    g,
    result(CROSS_SYSTEM, { conflicts: [{ id: 'k1', kind: 'denial', claims: ['s1', 's3'], note: '' }] }),
  );
  assert.deepEqual(partial.conflicts?.held, { hit: 0, total: 1 });
  // Unannotated sections are n/a, not zero.
  assert.equal(score(gold(CROSS_CLAIMS), result(CROSS_SYSTEM)).conflicts, null);
});

test('agreements count opposing system conflicts between agreeing claims', () => {
  const g = gold(CROSS_CLAIMS, { agreements: [{ claims: ['a1', 'b1'], note: 'same toll' }] });
  const bad = score(
    g,
    result(CROSS_SYSTEM, {
      conflicts: [
        { id: 'k1', kind: 'disagreement', claims: ['s1', 's3'], note: '' },
        { id: 'k2', kind: 'revision', claims: ['s1', 's3'], note: '' },
        { id: 'k3', kind: 'sum_mismatch', claims: ['s1', 's2'], note: '' },
      ],
    }),
  );
  assert.equal(bad.agreements?.falseConflicts, 1);
  assert.deepEqual(bad.agreements?.items[0]?.falseConflicts, ['k1']);
  assert.equal(score(g, result(CROSS_SYSTEM)).agreements?.falseConflicts, 0);
});

test('timeline entries hold on the same date with a shared document', () => {
  const g = gold([], {
    timeline: [
      { date: '2022-01-20', what: 'attack', documents: ['a', 'b'] },
      { date: '2022-01-26', what: 'control', documents: ['b'] },
    ],
  });
  const r = result([], {
    timeline: [
      { date: '2022-01-20', precision: 'day', text: '', claims: [], documents: ['b'] },
      { date: '2022-01-26', precision: 'day', text: '', claims: [], documents: ['a'] },
    ],
  });
  const report = score(g, r);
  assert.deepEqual(report.timeline?.held, { hit: 1, total: 2 });
  assert.deepEqual(
    report.timeline?.items.map((i) => i.held),
    [true, false],
  );
});

test('incidents: exact document sets and pairwise co-clustering', () => {
  const texts = new Map([...TEXTS, ['c', 'نص']]);
  const parsed = parseGold({
    groups: {},
    documents: { a: { outlet: null }, b: { outlet: null }, c: { outlet: null } },
    claims: [],
    incidents: [{ documents: ['a', 'b', 'c'], note: null }],
  });
  const split = result([], {
    incidents: [
      { id: 'i1', title: '', documents: ['a', 'b'], estimates: [] },
      { id: 'i2', title: '', documents: ['c'], estimates: [] },
    ],
  });
  const report = scoreAnalysis(parsed, split, texts);
  assert.deepEqual(report.incidents?.exact, { hit: 0, total: 1 });
  assert.equal(report.incidents?.pairPrecision, 1);
  assert.equal(report.incidents?.pairRecall, 1 / 3);
  const whole = result([], {
    incidents: [{ id: 'i1', title: '', documents: ['c', 'b', 'a'], estimates: [] }],
  });
  const exact = scoreAnalysis(parsed, whole, texts);
  assert.equal(exact.incidents?.items[0]?.matchedBy, 'i1');
  assert.equal(exact.incidents?.pairRecall, 1);
});

test('scope: gold documents without text are reported; unannotated documents are not scored', () => {
  const g = gold([goldClaim('g1', 'a', 'إن 40 قتيلا'), goldClaim('g2', 'b', 'مقتل 18')]);
  const r = result([claim('c1', 'a', '40 قتيلا'), { ...claim('x', 'a', '40'), document: 'zzz' }]);
  const report = scoreAnalysis(g, r, new Map([['a', A]]));
  assert.deepEqual(report.documents, ['a']);
  assert.equal(report.claims.required, 1);
  assert.equal(report.claims.system, 1);
  assert.deepEqual(report.diagnostics.map((d) => `${d.code}:${d.document}`).sort(), [
    'eval/no_text:b',
    'eval/unannotated:zzz',
  ]);
});

test('a gold quote missing from the text stays in recall with a diagnostic', () => {
  const report = score(gold([goldClaim('g1', 'a', 'مقتل 99 شخصا')]), result([]));
  assert.equal(report.claims.recall, 0);
  assert.equal(report.missed[0]?.reason, 'quote_not_found');
  assert.equal(report.diagnostics[0]?.code, 'eval/quote_not_found');
});
