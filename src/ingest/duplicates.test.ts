// Duplicate and syndication groups: the same text twice, a wire republished with small edits by
// other outlets, and different reports on one event kept apart.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { InputDocument } from '../types.js';
import {
  DuplicateIndex,
  findDuplicates,
  groupDuplicates,
  markSyndicated,
  normalizeBySteps,
  normalizeForDuplicates,
  signature,
} from './duplicates.js';

const WIRE =
  'قالت مصادر طبية إن 12 مدنيا قتلوا وأصيب 30 آخرون في قصف جوي استهدف سوقا شعبيا في البلدة صباح اليوم الثلاثاء، ' +
  'وأضافت المصادر أن فرق الإنقاذ ما زالت تبحث عن ناجين تحت الأنقاض، فيما أعلنت السلطات المحلية الحداد ثلاثة أيام ' +
  'ودعت المنظمات الإنسانية إلى إرسال المساعدات الطبية العاجلة إلى المستشفيات التي تعاني نقصا في الأدوية والمعدات.';

const doc = (id: string, text: string, published?: string, source?: string): InputDocument => ({
  id,
  text,
  ...(published ? { published } : {}),
  ...(source ? { source } : {}),
});

test('normalizeForDuplicates folds diacritics, tatweel, alef/yeh/ta marbuta and punctuation', () => {
  assert.deepEqual(normalizeForDuplicates('قُتِلَ الأطفالُ، في المدينـــة!'), [
    'قتل',
    'الاطفال',
    'في',
    'المدينه',
  ]);
  assert.equal(signature(['a', 'b', 'c']), null, 'too short for a shingle');
});

test('normalizeForDuplicates gives the words normalizeBySteps gives, whatever the script', () => {
  const texts = [
    WIRE,
    'قُتِلَ الأطفالُ، في المدينـــة! إلى مستشفى «الشفاء» ٠١٢ ۱۲',
    // Lower case of two units (İ), a final sigma, letters outside the BMP, ligatures, ß.
    'İstanbul ΣΟΦΟΣ σοφός ΣΑ a😀b 𝐀𝐁 c ﻻ ﷲ Ǆ ǅ ß ﬁ',
    '\u0640\u064bاب c\u0670d ABC-def_ghi 3.5',
    '',
    '   ،،  ',
    'x'.repeat(20000) + ' y',
  ];
  for (const text of texts)
    assert.deepEqual(normalizeForDuplicates(text), normalizeBySteps(text), text.slice(0, 40));
});

test('a DuplicateIndex fed one summary at a time groups as groupDuplicates does', () => {
  const docs = [
    doc('a', WIRE, '2018-03-02', 'A'),
    doc('b', WIRE.replace('العاجلة ', ''), '2018-03-01', 'B'),
    doc('c', 'نص آخر لا يشبه ما قبله في شيء على الإطلاق', '2018-03-01', 'C'),
    doc('a2', WIRE, undefined, 'A'),
  ];
  const summaries = docs.map((d) => ({
    id: d.id,
    key: normalizeForDuplicates(d.text).join(' '),
    sig: signature(normalizeForDuplicates(d.text)),
    ...(d.published ? { published: d.published } : {}),
  }));
  const index = new DuplicateIndex();
  for (const s of summaries) index.add(s);
  assert.deepEqual(index.groups(), groupDuplicates(summaries));
  assert.deepEqual(index.groups(), [{ origin: 'b', members: ['a', 'b', 'a2'], exact: false }]);
});

test('findDuplicates: an exact copy, a syndicated wire with edits, and a different report', () => {
  const republished = WIRE.replace('العاجلة ', '') + ' (رويترز)';
  const other =
    'أعلن الجيش أنه سيطر على ثلاث قرى بعد معارك استمرت أسبوعا، وقال متحدث عسكري إن العملية ستستمر حتى ' +
    'استعادة كامل المنطقة، فيما نفت الفصائل المسلحة ذلك وقالت إنها صدت الهجوم وكبدت القوات خسائر كبيرة.';
  const groups = findDuplicates([
    doc('b', republished, '2018-03-02', 'B'),
    doc('a', WIRE, '2018-03-01', 'A'),
    doc('a-again', `\u064b${WIRE}`, '2018-03-01', 'A'),
    doc('c', other, '2018-03-01', 'C'),
    doc('short', 'قتل 5'),
  ]);
  assert.deepEqual(groups, [{ origin: 'a', members: ['b', 'a', 'a-again'], exact: false }]);
  const exactOnly = findDuplicates([doc('x', WIRE), doc('y', WIRE.replace(/،/g, ' , '))]);
  assert.deepEqual(exactOnly, [{ origin: 'x', members: ['x', 'y'], exact: true }]);
  assert.deepEqual(findDuplicates([doc('x', WIRE), doc('c', other)]), []);
  assert.deepEqual(findDuplicates([doc('x', WIRE), doc('y', republished)], { threshold: 1 }), []);
});

test('markSyndicated: copies from other outlets name their origin; the same outlet twice and unknown outlets do not', () => {
  const republished = WIRE.replace('العاجلة ', '') + ' (رويترز)';
  const docs = [
    doc('b', republished, '2018-03-02', 'B'),
    doc('a', WIRE, '2018-03-01', 'A'),
    doc('a-again', `\u064b${WIRE}`, '2018-03-01', ' a '),
    doc('c', WIRE, '2018-03-03'),
    doc('d', 'قتل 5 أشخاص في حادث سير على الطريق الدولي مساء أمس'),
  ];
  const marked = markSyndicated(docs);
  assert.deepEqual(
    marked.map((d) => [d.id, d.syndicatedFrom ?? null]),
    [
      ['b', 'a'],
      ['a', null],
      ['a-again', null],
      ['c', null],
      ['d', null],
    ],
  );
  assert.equal(marked[3], docs[3], 'documents left alone are the same objects');
  // A caller's own syndicatedFrom is kept.
  const given = markSyndicated([{ ...docs[0]!, syndicatedFrom: 'elsewhere' }, docs[1]!]);
  assert.equal(given[0]!.syndicatedFrom, 'elsewhere');
  // An origin of unknown outlet marks nothing.
  assert.deepEqual(
    markSyndicated([doc('x', WIRE, '2018-03-01'), doc('y', republished, '2018-03-02', 'B')]).map(
      (d) => d.syndicatedFrom ?? null,
    ),
    [null, null],
  );
});
