import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadArabicLexicon } from '../lexicon/lexicon.js';
import { keyId, personKey, plausibleName } from './people.js';

const LEXICON = loadArabicLexicon();

test('person keys meet across spelling variants', () => {
  const same = (a: string, b: string): void =>
    assert.equal(personKey(LEXICON, a), personKey(LEXICON, b), `${a} / ${b}`);
  same('أحمد المسماري', 'أحمد مسماري');
  same('حنّا', 'حنا');
  same('رامي عبد الرحمن', 'رامي عبدالرحمن');
  same('أبو محمد الجولاني', 'ابومحمد الجولاني');
  same('نور الدين زنكي', 'نورالدين زنكي');
  same('أسامة', 'اسامه');
  same('يحيى', 'يحيي');
  same('العميد أحمد المسماري', 'أحمد المسماري');
  same('الدكتور أشرف القدرة', 'أشرف القدرة');
});

test('person keys keep different people apart', () => {
  assert.notEqual(personKey(LEXICON, 'سامر الأحمد'), personKey(LEXICON, 'سامي الأحمد'));
  assert.notEqual(personKey(LEXICON, 'محمد علي'), personKey(LEXICON, 'علي محمد'));
});

test('ids are ascii, readable and stable', () => {
  const id = keyId('person', personKey(LEXICON, 'أحمد المسماري'));
  assert.match(id, /^person_[a-z_]+_[0-9a-f]{6}$/);
  assert.equal(id, keyId('person', personKey(LEXICON, 'احمد مسماري')));
  assert.notEqual(id, keyId('person', personKey(LEXICON, 'أحمد المسمار')));
});

test('nouns with a pronoun are not names', () => {
  assert.equal(plausibleName(LEXICON, 'بمساعدتها'), false);
  assert.equal(plausibleName(LEXICON, 'سيطرتها الكاملة'), false);
  assert.equal(plausibleName(LEXICON, 'مها'), true);
  assert.equal(plausibleName(LEXICON, 'رامي عبد الرحمن'), true);
});
