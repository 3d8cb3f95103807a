// Clitics and inflection in the folded view: the surface forms text uses must meet bare lemmas.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nounForms, readings, stripPronoun, tokenReadings, verbForms } from './morphology.js';
import type { NounForm, Reading } from './morphology.js';
import { fold } from '../normalize/index.js';

function readingOf(word: string, stem: string): Reading | undefined {
  return readings(fold(word)).find((r) => r.stem === fold(stem));
}

function formsOf(singular: string, plurals: readonly string[]): NounForm[] {
  return nounForms(fold(singular), plurals.map(fold));
}

test('readings: the unsplit word comes first, then every clitic split', () => {
  const all = readings(fold('وبالقتلى'));
  assert.deepEqual(all[0], { stem: 'وبالقتلي', prefixes: [], definite: false });
  assert.deepEqual(
    all.map((r) => r.stem),
    ['وبالقتلي', 'بالقتلي', 'القتلي', 'قتلي'],
  );
});

test('readings: وبالقتلى has the stem قتلى with the prefixes و ب ال, definite', () => {
  assert.deepEqual(readingOf('وبالقتلى', 'قتلى'), {
    stem: 'قتلي',
    prefixes: ['و', 'ب', 'ال'],
    definite: true,
  });
});

test('readings: للمدنيين is ل + ال (alef dropped) + مدنيين', () => {
  assert.deepEqual(readingOf('للمدنيين', 'مدنيين'), {
    stem: 'مدنيين',
    prefixes: ['ل', 'ال'],
    definite: true,
  });
  assert.deepEqual(readingOf('للمدنيين', 'المدنيين'), { stem: 'المدنيين', prefixes: ['ل'], definite: false });
  assert.deepEqual(readingOf('وللمدنيين', 'مدنيين'), {
    stem: 'مدنيين',
    prefixes: ['و', 'ل', 'ال'],
    definite: true,
  });
});

test('readings: other proclitic chains', () => {
  assert.deepEqual(readingOf('فالمسلحين', 'مسلحين'), {
    stem: 'مسلحين',
    prefixes: ['ف', 'ال'],
    definite: true,
  });
  assert.deepEqual(readingOf('بعشرات', 'عشرات'), { stem: 'عشرات', prefixes: ['ب'], definite: false });
  assert.deepEqual(readingOf('كالمعتاد', 'معتاد'), { stem: 'معتاد', prefixes: ['ك', 'ال'], definite: true });
  assert.deepEqual(readingOf('والمئات', 'مئات'), { stem: 'مئات', prefixes: ['و', 'ال'], definite: true });
});

test('readings: a stem never drops below two letters and no stem repeats', () => {
  assert.deepEqual(readings('ول'), [{ stem: 'ول', prefixes: [], definite: false }]);
  assert.equal(readingOf('وال', 'ل'), undefined);
  for (const word of ['وبالقتلي', 'للمدنيين', 'فلل', 'ووو', 'بال']) {
    const stems = readings(word).map((r) => r.stem);
    assert.equal(new Set(stems).size, stems.length, `${word}: ${stems.join(' ')}`);
    assert.ok(
      stems.every((s) => s.length >= 2 || s === word),
      `${word}: ${stems.join(' ')}`,
    );
  }
});

test('nounForms: the dual of غارة is غارتان / غارتين, construct غارتي', () => {
  const forms = formsOf('غارة', ['غارات']);
  const du = forms.filter((f) => f.number === 'du');
  assert.deepEqual(
    du.map((f) => [f.form, f.construct]),
    [
      ['غارتان', false],
      ['غارتين', false],
      ['غارتي', true],
    ],
  );
  assert.ok(forms.some((f) => f.form === 'غارات' && f.number === 'pl'));
  // No accusative alif after ta marbuta: غارةا is not a word.
  assert.ok(!forms.some((f) => f.form === 'غارها'));
});

test('nounForms: sound masculine plural and its construct (مقاتلي، مقاتلو)', () => {
  const forms = formsOf('مقاتل', ['مقاتلين']);
  const has = (form: string, number: string, construct: boolean): boolean =>
    forms.some((f) => f.form === form && f.number === number && f.construct === construct);
  assert.ok(has('مقاتلون', 'pl', false));
  assert.ok(has('مقاتلين', 'pl', false));
  assert.ok(has('مقاتلي', 'pl', true));
  assert.ok(has('مقاتلو', 'pl', true));
  assert.ok(has('مقاتلين', 'du', false));
  assert.ok(has('مقاتلا', 'sg', false));
});

test('nounForms: a nisba singular with no listed plural gets the sound plural (مدني → مدنيين)', () => {
  const forms = formsOf('مدني', []);
  assert.deepEqual(
    forms.filter((f) => f.number === 'pl').map((f) => [f.form, f.construct]),
    [
      ['مدنيون', false],
      ['مدنيين', false],
      ['مدنيو', true],
    ],
  );
  assert.ok(forms.some((f) => f.form === 'مدنيا' && f.number === 'sg'));
});

test('nounForms: broken plurals and a multi-word noun keep their tail', () => {
  const forms = formsOf('عنصر', ['عناصر']);
  assert.ok(forms.some((f) => f.form === 'عنصرين' && f.number === 'du'));
  assert.ok(forms.some((f) => f.form === 'عنصري' && f.construct));
  assert.ok(forms.some((f) => f.form === 'عناصر' && f.number === 'pl'));
  const multi = formsOf('سيارة مفخخة', ['سيارات مفخخة']);
  assert.ok(multi.some((f) => f.form === 'سيارتين مفخخه' && f.number === 'du'));
  assert.ok(multi.some((f) => f.form === 'سيارات مفخخه' && f.number === 'pl'));
});

test('stripPronoun: مقاتليهم is the construct مقاتلي + هم', () => {
  assert.deepEqual(stripPronoun('مقاتليهم'), [{ base: 'مقاتلي', suffix: 'هم' }]);
  assert.ok(formsOf('مقاتل', ['مقاتلين']).some((f) => f.form === 'مقاتلي' && f.construct));
  // هما before هم: the longest suffix is tried first.
  assert.equal(stripPronoun('عنصريهما')[0]?.suffix, 'هما');
  // Never leaves less than two letters.
  assert.deepEqual(stripPronoun('هم'), []);
});

test('verbForms: قتل gives قتلوا, قتلوهم, يقتلون, قتلت', () => {
  const forms = verbForms('قتل', 'قتل');
  for (const f of ['قتل', 'قتلوا', 'قتلوهم', 'قتلت', 'قتلتهم', 'يقتلون', 'تقتل', 'يقتلوا']) {
    assert.ok(forms.has(f), f);
  }
  assert.ok(!forms.has('قتلواهم'), 'the plural alif drops before an object pronoun');
  assert.ok([...forms].every((f) => f.length >= 2));
});

test('verbForms: the doubled فر gives يفرون and فروا', () => {
  const forms = verbForms(fold('فرّ'), fold('فرّ'));
  for (const f of ['فر', 'فروا', 'فرت', 'يفرون', 'يفر', 'تفر']) assert.ok(forms.has(f), f);
});

test('verbForms: the weak-final قضى (folded قضي) gives قضوا and قضت', () => {
  const forms = verbForms(fold('قضى'), fold('قضي'));
  for (const f of ['قضي', 'قضوا', 'قضت', 'يقضي', 'يقضون']) assert.ok(forms.has(f), f);
});

test('verbForms: no imperfect stem, no imperfect forms', () => {
  const forms = verbForms('اعلن', null);
  assert.ok(forms.has('اعلنت'));
  assert.ok(forms.has('اعلنوا'));
  assert.ok(!forms.has('يعلن'));
  assert.ok(![...forms].some((f) => f.startsWith('ي')));
});

test('tokenReadings: a token trusts its record only while the record is of its text', () => {
  const record = { text: 'وبالقتلي', readings: readings('وبالقتلي') };
  assert.equal(tokenReadings({ text: record.text, word: record }), record.readings);
  // A token copied with its text cut (`وثلاث` → `ثلاث`) keeps the old record: its own readings are read.
  assert.deepEqual(tokenReadings({ text: 'بالقتلي', word: record }), readings('بالقتلي'));
  assert.deepEqual(tokenReadings({ text: 'بالقتلي' }), readings('بالقتلي'));
});
