// `extract`: mentions with spans into the original, the reference date it used, and a property test
// that odd input never throws and never yields a span that is not the original's characters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../index.js';
import { IsnadError } from '../../errors.js';
import type { ExtractResult } from '../../types.js';

function spansHold(text: string, r: ExtractResult): void {
  for (const m of [...r.quantities, ...r.dates, ...r.entities]) {
    assert.ok(m.start >= 0 && m.end >= m.start && m.end <= text.length, `span ${m.start}-${m.end}`);
    assert.equal(m.text, text.slice(m.start, m.end));
  }
}

test('extract: quantities, dates and entities with original spans', () => {
  const text = 'وقُتل نحوَ 200 عنصرٍ من داعـ.ـش أمس الأربعاء، و٣٠٠ ألف نازح، و50 في المئة من السكان.';
  const r = extract(text, { referenceDate: '2022-01-27' });
  spansHold(text, r);
  assert.deepEqual(r.reference, { date: '2022-01-27', source: 'option' });
  const [approx, thousands, percent] = r.quantities;
  assert.equal(approx?.text, 'نحوَ 200');
  assert.equal(approx?.qualifier, 'approx');
  assert.equal(approx?.noun, 'عنصرٍ');
  assert.equal(thousands?.point, 300000);
  assert.equal(percent?.unit, 'percent');
  assert.equal(r.dates[0]?.date, '2022-01-26');
  assert.ok(r.entities.some((e) => e.name === 'داعش' && e.rules.includes('ar/entity/gazetteer')));
});

test('extract: without a reference date it uses the publication date read from the text', () => {
  const text = 'عنوان الخبر\nنشر في 23 يناير 2022\nقتل 5 أشخاص أمس.';
  const r = extract(text);
  assert.equal(r.reference.source, 'text');
  assert.equal(r.reference.rule, 'ar/meta/published-label');
  assert.equal(r.reference.date, '2022-01-23');
  assert.equal(r.dates.find((d) => d.text === 'أمس')?.date, '2022-01-22');
});

test('extract: a date over several days keeps its first and last day', () => {
  const text = 'وتجري المفاوضات من 3 إلى 19 من الشهر الجاري، وقتل 5 أشخاص أمس.';
  const r = extract(text, { referenceDate: '2018-06-20' });
  spansHold(text, r);
  const span = r.dates.find((d) => d.text === 'من 3 إلى 19 من الشهر الجاري');
  assert.equal(span?.date, '2018-06-03');
  assert.deepEqual(span?.range, { start: '2018-06-03', end: '2018-06-19' });
  assert.equal(r.dates.find((d) => d.text === 'أمس')?.range, undefined);
});

test('extract: no reference at all leaves relative dates unresolved', () => {
  const r = extract('قتل 5 أشخاص أمس.');
  assert.equal(r.reference.source, 'none');
  assert.equal(r.dates[0]?.date, null);
});

test('extract: --normalized adds the matching view', () => {
  const r = extract('قتل عشراتُ المسلحين', { normalized: true });
  assert.equal(r.normalized, 'قتل عشرات المسلحين');
  assert.equal(r.quantities[0]?.normalized, 'عشرات');
});

test('extract: a date that does not hold together is a diagnostic with its span, as in analyze', () => {
  // 10 August 2018 was a Friday: «أمس الخميس» holds, «أمس الأربعاء» does not.
  const bad = 'وقال المسؤول أمس الأربعاء إن الطريق أغلق.';
  const r = extract(bad, { referenceDate: '2018-08-10' });
  assert.equal(r.diagnostics.length, 1);
  const d = r.diagnostics[0]!;
  assert.equal(d.code, 'date_inconsistent');
  assert.equal(d.document, undefined);
  assert.match(bad.slice(d.start, d.end), /الأربعاء/);
  const good = extract('وقال المسؤول أمس الخميس إن الطريق أغلق.', { referenceDate: '2018-08-10' });
  assert.deepEqual(good.diagnostics, []);
});

test('extract: a malformed reference date is a configuration error', () => {
  assert.throws(() => extract('نص', { referenceDate: '2022-13-40' }), IsnadError);
});

test('extract: never throws on random and adversarial text; spans are the original characters', () => {
  let seed = 7;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const pieces = [
    'قتل',
    ' ',
    '200',
    '٣٠٠',
    '۱۸',
    '٫',
    '٬',
    ',',
    '.',
    'ألف',
    'ونصف',
    'بين',
    'و',
    'إلى',
    '-',
    'الـ',
    'ـ',
    '\u064b',
    '\u0651',
    '\u200f',
    '\ufeff',
    '\ud800',
    '\udc00',
    '😀',
    'ﻻ',
    'abc',
    '\n',
    '%',
    'نحو',
    'أكثر من',
    'عشرات',
    'أحد',
    'اثنين',
    'عنصرين',
  ];
  const inputs: string[] = [
    '',
    '\u0640'.repeat(1_000_000),
    '9'.repeat(5000),
    '1,'.repeat(3000),
    '\ud800\ud800\udc00\udc00',
    'ً'.repeat(100),
    'و'.repeat(2000),
    'ألف '.repeat(2000),
  ];
  for (let k = 0; k < 150; k++) {
    let s = '';
    const len = 1 + rand(40);
    for (let j = 0; j < len; j++) s += pieces[rand(pieces.length)]!;
    inputs.push(s);
  }
  for (const text of inputs) {
    const r = extract(text, { referenceDate: '2020-02-29' });
    spansHold(text, r);
  }
});
