// EntityIndex.find: a name exactly, else the longest entity name the phrase holds as whole words,
// else the longest glued inside a word (a proclitic), and earlier entities first among names of
// one length; the same answers as trying every name in turn, longest first.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../types.js';
import { EntityIndex, foldName, plainLetters, plainLettersSlow } from './sides.js';

const entity = (id: string, name: string, aliases: string[] = []): Entity => ({
  id,
  type: 'armed_group',
  name,
  aliases,
  mentions: [],
});

const ENTITIES = [
  entity('sdf', 'قوات سوريا الديمقراطية', ['قسد']),
  entity('army', 'الجيش السوري', ['الجيش العربي السوري']),
  entity('isf', 'قوى الأمن الداخلي', ['الأسايش']),
  entity('un', 'الأمم المتحدة', ['UN', 'United Nations']),
  entity('ocha', 'مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية', ['OCHA']),
  entity('sana', 'سانا', ['وكالة سانا']),
  entity('same', 'الجيش الحر', []),
];

/** Every name tried in turn, longest first: what find answers, written the slow way. */
function slowFind(entities: readonly Entity[], name: string): Entity | undefined {
  const names: { key: string; entity: Entity }[] = [];
  const seen = new Set<string>();
  for (const e of entities)
    for (const n of [e.name, ...e.aliases]) {
      const key = foldName(n);
      if (key.length < 2 || seen.has(key)) continue;
      seen.add(key);
      names.push({ key, entity: e });
    }
  const key = foldName(name);
  const exact = names.find((n) => n.key === key);
  if (exact) return exact.entity;
  names.sort((a, b) => b.key.length - a.key.length);
  return (
    names.find((n) => n.key.length >= 3 && ` ${key} `.includes(` ${n.key} `))?.entity ??
    names.find((n) => n.key.length >= 4 && key.includes(n.key))?.entity
  );
}

test('find: exact names, names inside a longer phrase, glued proclitics; nothing for strangers', () => {
  const index = new EntityIndex(ENTITIES);
  assert.equal(index.find('قسد')?.id, 'sdf');
  assert.equal(index.find('القيادة العامة لقوات سوريا الديمقراطية')?.id, 'sdf', 'glued ل');
  assert.equal(index.find('المتحدث باسم قوات سوريا الديمقراطية')?.id, 'sdf');
  assert.equal(index.find('مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية في دمشق')?.id, 'ocha', 'the longest');
  assert.equal(index.find('بعثة الأمم المتحدة')?.id, 'un');
  assert.equal(index.find('united nations mission')?.id, 'un', 'case folded');
  assert.equal(index.find('وكالة سانا الرسمية')?.id, 'sana');
  assert.equal(index.find('وزارة الصحة'), undefined);
  assert.equal(index.find(''), undefined);
  assert.equal(index.find(null), undefined);
  assert.equal(index.find('un')?.id, 'un', 'asked twice, the same answer');
});

test('find answers as trying every name in turn, longest first, on many phrases', () => {
  const index = new EntityIndex(ENTITIES);
  const words = [
    'قوات',
    'سوريا',
    'الديمقراطية',
    'لقوات',
    'الجيش',
    'السوري',
    'الحر',
    'الأمم',
    'المتحدة',
    'وكالة',
    'سانا',
    'قسد',
    'في',
    'دمشق',
    'UN',
    'الأسايش',
    'وللأسايش',
  ];
  // A fixed pseudo-random walk over phrases of one to five words.
  let seed = 7;
  const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  for (let k = 0; k < 2000; k++) {
    const phrase = Array.from({ length: 1 + next(5) }, () => words[next(words.length)]!).join(' ');
    assert.equal(index.find(phrase)?.id, slowFind(ENTITIES, phrase)?.id, phrase);
  }
});

test('plainLetters in one pass: the same text as NFKC, marks dropped, lowercase and runs of the rest as one space', () => {
  const check = (text: string): void =>
    assert.equal(plainLetters(text), plainLettersSlow(text), JSON.stringify(text));
  // Every BMP unit between an Arabic and a Latin letter (presentation forms, ligatures, marks that
  // compose with the letter before them, Greek capital sigma, dotted capital I fall back).
  for (let c = 0; c < 0x10000; c++) check(`ب${String.fromCharCode(c)}A`);
  // Every pair of units from the Arabic block and Latin-1: compositions (ا + ٔ → أ) and mark runs.
  const units = [];
  for (let c = 0x20; c < 0x100; c++) units.push(String.fromCharCode(c));
  for (let c = 0x600; c < 0x700; c++) units.push(String.fromCharCode(c));
  for (const a of units) for (const b of units) check(`${a}${b}`);
  check('  قُتِلَ ١٢ شخصاً — في «غارة» على ريف إدلب…  Reuters, AFP\n\nΣΟΦΙΑ İstanbul ﻻ 😀 \ud83d');
  assert.equal(plainLetters('  قُتِلَ ١٢ شخصاً، Reuters!  '), ' قتل ١٢ شخصا reuters ');
});
