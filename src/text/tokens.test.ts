// Tokens over a folded text: letter runs, digit runs with inner separators, single punctuation.
// Arabic folding is done by the language pack; these inputs are already in the matching view.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokens.js';
import type { Token, TokenKind } from './tokens.js';

function shape(tokens: readonly Token[]): [TokenKind, string][] {
  return tokens.map((t) => [t.kind, t.text]);
}

const cases: readonly { input: string; tokens: [TokenKind, string][] }[] = [
  // Digits glued to letters split into a number and a word.
  {
    input: '200سجين',
    tokens: [
      ['number', '200'],
      ['word', 'سجين'],
    ],
  },
  {
    input: '374من عناصر',
    tokens: [
      ['number', '374'],
      ['word', 'من'],
      ['word', 'عناصر'],
    ],
  },
  {
    input: 'و200',
    tokens: [
      ['word', 'و'],
      ['number', '200'],
    ],
  },
  {
    input: 'عام2022م',
    tokens: [
      ['word', 'عام'],
      ['number', '2022'],
      ['word', 'م'],
    ],
  },
  // Inner separators between digits keep one number.
  { input: '4,000', tokens: [['number', '4,000']] },
  {
    input: '6.1 مليون',
    tokens: [
      ['number', '6.1'],
      ['word', 'مليون'],
    ],
  },
  { input: '1.300.000', tokens: [['number', '1.300.000']] },
  { input: '12,500,000', tokens: [['number', '12,500,000']] },
  // A separator not followed by a digit ends the number.
  {
    input: '4, 5',
    tokens: [
      ['number', '4'],
      ['punct', ','],
      ['number', '5'],
    ],
  },
  {
    input: 'قتل 12.',
    tokens: [
      ['word', 'قتل'],
      ['number', '12'],
      ['punct', '.'],
    ],
  },
  {
    input: '6..1',
    tokens: [
      ['number', '6'],
      ['punct', '.'],
      ['punct', '.'],
      ['number', '1'],
    ],
  },
  {
    input: '(200)',
    tokens: [
      ['punct', '('],
      ['number', '200'],
      ['punct', ')'],
    ],
  },
  // Marks stay inside their word; newlines are tokens, other white space is not.
  {
    input: 'قتلَ\n\u00a0 عشراتٌ',
    tokens: [
      ['word', 'قتلَ'],
      ['newline', '\n'],
      ['word', 'عشراتٌ'],
    ],
  },
  {
    input: 'a\r\nb',
    tokens: [
      ['word', 'a'],
      ['newline', '\n'],
      ['word', 'b'],
    ],
  },
  { input: '   ', tokens: [] },
  { input: '', tokens: [] },
];

for (const c of cases) {
  test(`tokenize ${JSON.stringify(c.input)}`, () => {
    const tokens = tokenize(c.input);
    assert.deepEqual(shape(tokens), c.tokens);
    tokens.forEach((t, k) => {
      assert.ok(k === 0 || t.start >= tokens[k - 1]!.end, 'tokens are in order and do not overlap');
      assert.equal(c.input.slice(t.start, t.end), t.text);
      assert.ok(t.end > t.start);
    });
  });
}

test('tokenize: offsets of a glued number and word are exact', () => {
  const tokens = tokenize('فر 200سجين');
  assert.deepEqual(
    tokens.map((t) => [t.start, t.end]),
    [
      [0, 2],
      [3, 6],
      [6, 10],
    ],
  );
});

test('tokenize: a from/to window tokenizes only inside it, with text offsets', () => {
  const text = 'قال 12 مدنيا قتلوا';
  const tokens = tokenize(text, 4, 12);
  assert.deepEqual(shape(tokens), [
    ['number', '12'],
    ['word', 'مدنيا'],
  ]);
  assert.equal(tokens[0]!.start, 4);
  // A number cut by the window stops at the window's end.
  assert.deepEqual(shape(tokenize('4,000 شخص', 0, 3)), [['number', '4,0']]);
  assert.deepEqual(shape(tokenize('4,000 شخص', 0, 2)), [
    ['number', '4'],
    ['punct', ','],
  ]);
});

test('tokenize: an emoji or another astral character is one token, never two lone surrogates', () => {
  const tokens = tokenize('قتل 😀 5');
  assert.deepEqual(shape(tokens), [
    ['word', 'قتل'],
    ['punct', '😀'],
    ['number', '5'],
  ]);
});

test('tokens are exactly those of the one-regex reading, on random text of every script', () => {
  const reference = /(\n)|([0-9]+(?:[,.\u060c][0-9]+)*)|([\p{L}\p{M}]+)|([^\s\u00a0])/gu;
  const read = (text: string, from: number, to: number): [TokenKind, number, number][] => {
    const out: [TokenKind, number, number][] = [];
    const source = text.slice(0, to);
    reference.lastIndex = from;
    for (let m = reference.exec(source); m !== null; m = reference.exec(source)) {
      const kind: TokenKind = m[1] ? 'newline' : m[2] ? 'number' : m[3] ? 'word' : 'punct';
      out.push([kind, m.index, m.index + m[0].length]);
    }
    return out;
  };
  const pieces = [
    'ق',
    'تل',
    'ال',
    '٣',
    '7',
    '1,5',
    ',',
    '.',
    '،',
    ' ',
    '\u00a0',
    '\u2003',
    '\n',
    '\t',
    'é',
    'ж',
    '中',
    '\u064b',
    '\u0670',
    'ـ',
    '𝐀',
    '😀',
    '\ud800',
    '\udc00',
    '"',
    '%',
    'x',
    '\u200f',
  ];
  let seed = 7;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let k = 0; k < 3000; k++) {
    let text = '';
    for (let n = next(16); n > 0; n--) text += pieces[next(pieces.length)];
    let from = next(text.length + 1);
    // Ranges start on a code point, as sentences do.
    if (/[\udc00-\udfff]/.test(text[from] ?? '') && /[\ud800-\udbff]/.test(text[from - 1] ?? '')) from++;
    const to = from + next(text.length - from + 1);
    const got = tokenize(text, from, to).map((t): [TokenKind, number, number] => [t.kind, t.start, t.end]);
    assert.deepEqual(got, read(text, from, to), JSON.stringify({ text, from, to }));
  }
});
