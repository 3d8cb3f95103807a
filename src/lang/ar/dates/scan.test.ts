import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { normalize } from '../normalize/index.js';
import { tokenize } from '../../../text/tokens.js';
import { loadArabicLexicon } from '../lexicon/lexicon.js';
import { dateExtractors } from './index.js';
import { isSpace, leadOf, reachOf, scanContextOf, scanWindows } from './scan.js';

const LEXICON = loadArabicLexicon();

test('reachOf counts the places of one path that can take a space', () => {
  const cases: [RegExp, number][] = [
    [/ab/u, 0],
    [/a\s+b/u, 1],
    [/a\s*\s+b/u, 2],
    [/(?:a\s+)?b/u, 1],
    [/(?:ab|c\s+d\s+e)f/u, 2],
    [/a(?=\s+b)/u, 1],
    [/(?<!\s)a/u, 1],
    [/\d{1,2}\s{2,}x/u, 1],
    [/[\s,]?a/u, 1],
    [/[ ]+a/u, 1],
    [/[\u0020-\u0040]a/u, 1],
    [/[\u0621-\u064a\p{L}a-z0-9]+/u, 0],
    [/[^\d]a/u, 1],
    [/\S+\s+\S+/u, 1],
  ];
  for (const [pattern, reach] of cases) assert.equal(reachOf(pattern), reach, pattern.source);
  // Unbounded: a repeated group or class that takes spaces and more, a back-reference, anchors.
  for (const pattern of [/a(?:\s+b)+/u, /[^x]+/u, /[\s,]+/u, /(a)\s\1/u, /^a/u, /a$/u, /.+/u, /\P{L}*/u])
    assert.equal(reachOf(pattern), Infinity, pattern.source);
});

test('leadOf counts the places before the end of a group every match passes through', () => {
  const cases: [RegExp, number][] = [
    [/(?<m>x)\s+y/u, 0],
    [/a\s+(?<m>x\s+y)\s+z\s+w/u, 2],
    [/(?:\s+q)?\s*(?<m>x\s+y)/u, 3],
    [/(?:a|b\s+c)\s+(?<m>x)+/u, 2],
  ];
  for (const [pattern, lead] of cases) assert.equal(leadOf(pattern, 'm'), lead, pattern.source);
  // Not in every match (after a top-level `|`, inside a group, optional), absent, unbounded before it.
  for (const pattern of [
    /a|b\s+(?<m>x)/u,
    /(a\s+(?<m>x))/u,
    /a\s+(?<m>x)?/u,
    /a(?<m>x)*/u,
    /a\s+(?<n>x)/u,
    /a(?:\s+b)+(?<m>x)/u,
  ])
    assert.equal(leadOf(pattern, 'm'), Infinity, pattern.source);
});

test('isSpace is the \\s of a regex', () => {
  for (let c = 0; c < 0x10000; c++) assert.equal(isSpace(c), /\s/u.test(String.fromCharCode(c)), `U+${c}`);
});

test('every pattern of the date extractors has a bounded reach', () => {
  // The windows only pay when the reach is known; a new pattern the reader cannot bound is read whole.
  const text = normalize('في 20 كانون الثاني 2022 الساعة 10:30 صباحاً، أمس الخميس، منذ ثلاثة أيام').text;
  const seen: RegExp[] = [];
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    if (this.global && !seen.includes(this)) seen.push(this);
    return exec.call(this, s);
  };
  try {
    for (const extractor of dateExtractors)
      extractor.extract(text, { lexicon: LEXICON, dates: LEXICON.dates });
  } finally {
    RegExp.prototype.exec = exec;
  }
  assert.ok(seen.length >= 25);
  // Numeric dates repeat their separator by a back-reference: they are run over the whole text.
  for (const pattern of seen.filter((p) => !/\\[1-9]/.test(p.source)))
    assert.ok(Number.isFinite(reachOf(pattern)), pattern.source.slice(0, 80));
});

/** The inputs of the date fixtures, as one text, with other runs of spaces and lines between them. */
function fixtureText(): string {
  const dir = new URL('../../../../fixtures/ar/dates/', import.meta.url);
  const inputs: string[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.jsonl'))
    .sort()) {
    for (const line of readFileSync(new URL(name, dir), 'utf8').split('\n')) {
      if (line.trim() !== '') inputs.push((JSON.parse(line) as { input: string }).input);
    }
  }
  const gaps = [' ', '\n', '  ', ' \n ', '. ', '،\u00a0', '\t'];
  return (
    inputs.map((input, k) => (k % 3 === 1 ? input.replace(/ /g, '   ') : input)).join(gaps[0]!) +
    inputs.map((input, k) => input + gaps[k % gaps.length]).join('')
  );
}

/**
 * The inputs of the date fixtures one by one, far apart (no window reaches from one to the next): a
 * window then holds one input's cues alone, as in running text.
 */
function spacedFixtureText(): string {
  const filler = ` ${Array.from({ length: 40 }, () => 'كلمة').join(' ')} `;
  return fixtureText()
    .split(/\s{2,}|\n/)
    .join(filler);
}

for (const [name, source] of [
  ['the fixtures run together', fixtureText],
  ['the fixtures far apart', spacedFixtureText],
] as const)
  test(`each extractor finds in its windows exactly what it finds in the whole text: ${name}`, () => {
    const text = normalize(source()).text;
    const reading = { lexicon: LEXICON, dates: LEXICON.dates };
    const toks = tokenize(text).filter((t) => t.kind !== 'newline');
    for (const extractor of dateExtractors) {
      const cue = extractor.cue(LEXICON.dates);
      const ctx = scanContextOf(text);
      ctx.offset = 0;
      ctx.end = text.length;
      ctx.cues = toks.filter((t) => cue.test(t.text)).map((t) => t.start);
      ctx.least = extractor.cuesPerMatch ?? 1;
      ctx.group = extractor.cueGroup ?? null;
      ctx.worth = 1;
      const whole = extractor.extract(text, reading);
      const windowed = extractor.extract(text, { ...reading, scan: ctx });
      assert.deepEqual(windowed, whole, extractor.id);
      assert.ok(whole.length > 0, `${extractor.id} finds something in the fixtures`);
    }
  });

test('a window holding fewer cue tokens than each match spans is left out', () => {
  // Runs: 0 `من` 1 `2011` 2 `الي` 3 `2016` 4 … 24 `2020` (far from the others).
  const words = ['من', '2011', 'الي', '2016', ...Array.from({ length: 20 }, () => 'كلمة'), '2020'];
  const text = words.join(' ');
  const starts = words.map((_, k) => words.slice(0, k).join(' ').length + (k > 0 ? 1 : 0));
  const ctx = scanContextOf(text);
  ctx.offset = 0;
  ctx.end = text.length;
  ctx.cues = [starts[1]!, starts[3]!, starts[24]!];
  ctx.worth = 1;
  const one = scanWindows(ctx, 2)!;
  assert.equal(one.length, 2);
  ctx.least = 2;
  const two = scanWindows(ctx, 2)!;
  assert.deepEqual(
    two.map((w) => [w.start, w.end]),
    [[one[0]!.start, one[0]!.end]],
  );
  ctx.least = 3;
  assert.deepEqual(scanWindows(ctx, 2), []);
});
