import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysisResult, Claim, Quantity } from '../types.js';
import { parseGold } from './gold.js';
import { nonQuantityKind } from './non-quantities.js';
import { scoreAnalysis } from './score.js';

/** The kind of the figure `sub` inside `text`, read as an exact claim of `value`. */
function kindOf(
  text: string,
  sub: string,
  value: number,
  qualifier: Quantity['qualifier'] = 'exact',
): string | null {
  const start = text.indexOf(sub);
  assert.ok(start >= 0, `fixture: "${sub}" not in text`);
  return nonQuantityKind(text, {
    start,
    end: start + sub.length,
    quantity: { low: value, high: value, point: value, qualifier },
  });
}

test('figures that are no count are told apart by kind', () => {
  assert.equal(kindOf('وقال إن الهجوم وقع في عام 2015 في المدينة', '2015', 2015), 'year');
  assert.equal(kindOf('وكان ذلك في 2015 قبل الحرب', '2015', 2015), 'year');
  assert.equal(kindOf('تأسست الحركة سنة 1987م في غزة', '1987', 1987), 'year');
  assert.equal(kindOf('وقتل شاب (25 عاماً) برصاص قناص', '25 عاماً', 25), 'age');
  assert.equal(kindOf('وقتل الشاب البالغ من العمر 40 عاما', '40 عاما', 40), 'age');
  assert.equal(kindOf('ويعيش في المخيم منذ 7 سنوات', '7 سنوات', 7), 'duration');
  assert.equal(kindOf('واستمر الحصار لمدة 3 أيام', '3', 3), 'duration');
  assert.equal(kindOf('وبدأ القصف عند الساعة 10 صباحا', '10', 10), 'time');
  assert.equal(kindOf('وبدأ القصف في 10:30 صباحا', '10:30', 10), 'time');
  assert.equal(kindOf('وفي 15 أيار خرجت تظاهرات', '15', 15), 'date');
  assert.equal(kindOf('وحلقت مقاتلات إف-16 فوق المدينة', 'إف-16', 16), 'identifier');
  assert.equal(kindOf('وقال عميل سابق في جهاز إم آي 6 البريطاني', '6', 6), 'identifier');
  assert.equal(kindOf('وطالب بتطبيق القرار 2254 كاملا', '2254', 2254), 'identifier');
  assert.equal(kindOf('وفاز الفريق بنتيجة 2-1 على ضيفه', '2-1', 2), 'score');
});

test('counts, money and percentages are figures', () => {
  assert.equal(kindOf('وقتل 20 شخصاً في القصف', '20 شخصاً', 20), null);
  assert.equal(kindOf('ونزحت 2000 عائلة من القرى', '2000 عائلة', 2000), null);
  assert.equal(kindOf('وأعلن مقتل 15 مدنيا منذ الصباح', '15 مدنيا', 15), null);
  assert.equal(kindOf('وارتفعت الأسعار نحو 40 بالمئة', '40', 40, 'approx'), null);
  assert.equal(kindOf('ودفع كل منهم 500 دولار', '500 دولار', 500), null);
  assert.equal(kindOf('بلغت الكلفة 50 مليون يورو أي 62 مليون دولار', '62 مليون', 62e6), null);
  assert.equal(kindOf('وقالت وهي أم لثلاثة أطفال إنها نزحت', 'لثلاثة', 3), null);
  assert.equal(kindOf('وارتفع عدد القتلى إلى 2000 في المدينة', '2000', 2000), null);
});

test('the eval report counts unmatched non-quantities over all system claims', () => {
  const text = 'وقال المرصد إن 40 قتيلا سقطوا في القصف عام 2015 وقتل شاب (25 عاماً) وشخص آخر.';
  const texts = new Map([['a', text]]);
  const gold = parseGold({
    corpus: 'test',
    groups: {},
    documents: { a: { outlet: null, published: '2022-01-21' } },
    claims: [
      {
        id: 'g1',
        doc: 'a',
        quote: '40 قتيلا',
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
      },
    ],
  });
  const claim = (id: string, sub: string, n: number): Claim => {
    const start = text.indexOf(sub);
    return {
      id,
      document: 'a',
      start,
      end: start + sub.length,
      text: sub,
      sentence: { start: 0, end: text.length },
      quantity: { low: n, high: n, point: n, qualifier: 'exact' },
      unit: 'person',
      category: 'killed',
      subject: { text: '', group: null, kind: 'civilians' },
      stance: 'asserted',
      attribution: [{ name: 'x', kind: 'outlet' }],
      rules: ['ar/claim/test'],
    };
  };
  const result: AnalysisResult = {
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
    claims: [
      claim('c1', '40 قتيلا', 40),
      claim('c2', '2015', 2015),
      claim('c3', '25 عاماً', 25),
      claim('c4', 'وشخص آخر', 1),
    ],
    incidents: [],
    conflicts: [],
    timeline: [],
    diagnostics: [],
  };
  const report = scoreAnalysis(gold, result, texts);
  assert.equal(report.claims.truePositives, 1);
  assert.equal(report.claims.falsePositives, 3);
  assert.equal(report.nonQuantities.count, 2);
  assert.equal(report.nonQuantities.system, 4);
  assert.equal(report.nonQuantities.rate, 0.5);
  assert.equal(report.nonQuantities.byKind.year, 1);
  assert.equal(report.nonQuantities.byKind.age, 1);
  assert.deepEqual(
    report.nonQuantities.items.map((i) => i.claimId),
    ['c2', 'c3'],
  );
});
