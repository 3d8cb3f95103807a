import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { normalize } from '../normalize/index.js';
import { loadArabicLexicon } from '../lexicon/lexicon.js';
import { fromHijri, fromYmd, isoDate, parseIsoDate, toHijri, weekStart, weekdayOf } from './calendar.js';
import { dateExtractors, extractDates, parseDateExpressions, resolveDateExpressions } from './index.js';

const LEXICON = loadArabicLexicon();

const read = (text: string, reference: string | null = '2022-01-27') =>
  extractDates(normalize(text), reference, LEXICON);

test('lexicons load, with no two rows meeting once folded', () => {
  const lex = LEXICON.dates;
  assert.deepEqual(lex.problems, []);
  assert.ok(lex.months.length >= 60);
  assert.equal(lex.weekdayByStem.size, 7);
  assert.equal(lex.monthByName.get('كانون الثاني')?.month, 1);
  assert.equal(lex.monthByName.get('جويليه')?.month, 7, 'entries are folded (ة → ه)');
  assert.equal(lex.units.get('يوما')?.unit, 'day', 'the accusative alif is added');
});

test('data files are written in ordinary spelling with a header', () => {
  for (const name of ['months.tsv', 'weekdays.tsv', 'time-words.tsv']) {
    const raw = readFileSync(new URL(`../../../../data/ar/${name}`, import.meta.url), 'utf8');
    const rows = raw.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
    assert.ok(rows.length > 1, name);
    assert.ok(rows[0]!.includes('\t'), `${name} header`);
  }
  const months = readFileSync(new URL('../../../../data/ar/months.tsv', import.meta.url), 'utf8');
  assert.match(months, /\tآذار\t/, 'hamza and madda kept in the data');
});

test('calendar: weekdays, Saturday weeks, Hijri both ways', () => {
  assert.equal(weekdayOf(fromYmd(2022, 1, 27)), 4);
  assert.equal(weekdayOf(fromYmd(1970, 1, 1)), 4);
  assert.equal(isoDate(weekStart(fromYmd(2022, 1, 27))), '2022-01-22');
  assert.equal(isoDate(weekStart(fromYmd(2022, 1, 22))), '2022-01-22');
  const day = fromHijri(1443, 9, 15);
  assert.equal(day === null ? null : isoDate(day), '2022-04-16');
  assert.deepEqual(toHijri(fromYmd(2022, 4, 16)), { year: 1443, month: 9, day: 15 });
  assert.equal(parseIsoDate('2022-02-30'), null);
  assert.equal(parseIsoDate('not a date'), null);
  assert.equal(parseIsoDate('2022-01-27T10:00:00Z'), fromYmd(2022, 1, 27));
});

test('spans are original slices, over diacritics, tatweel and Arabic-Indic digits', () => {
  const text = 'وقعت في الـ٢٠ من كانون الثاني/يناير الجاري بعد ستة أيامٍ';
  const found = read(text);
  assert.deepEqual(
    found.map((m) => [m.text, m.date]),
    [
      ['الـ٢٠ من كانون الثاني/يناير الجاري', '2022-01-20'],
      ['بعد ستة أيامٍ', null],
    ],
  );
  for (const m of found) assert.equal(text.slice(m.start, m.end), m.text);
  assert.ok(found[0]!.foldedEnd > found[0]!.foldedStart);
});

test('a conjunction glued to a date word stays out of the span', () => {
  const [m] = read('والأحد، أعلن المركز', '2022-01-31');
  assert.equal(m?.text, 'الأحد');
  assert.equal(m?.date, '2022-01-30');
});

test('with a null reference relative dates are reported without a date', () => {
  const found = read('قال أمس إن الهجوم وقع في 20 كانون الثاني 2022 ثم الأحد الماضي', null);
  assert.deepEqual(
    found.map((m) => [m.text, m.date, m.relative]),
    [
      ['أمس', null, true],
      ['20 كانون الثاني 2022', '2022-01-20', false],
      ['الأحد الماضي', null, true],
    ],
  );
  assert.deepEqual(
    read('أمس', 'garbage').map((m) => m.date),
    [null],
  );
});

test('stated and implied parts', () => {
  const [noYear] = read('في 20 يناير');
  assert.deepEqual(noYear?.stated, { year: false, month: true, day: true });
  const [current] = read('في 20 يناير الجاري');
  assert.deepEqual(current?.stated, { year: true, month: true, day: true });
  const [weekday] = read('الأحد');
  assert.deepEqual(weekday?.stated, { year: false, month: false, day: false });
  assert.equal(weekday?.weekday, 0);
});

test('weekday resolution: past narration, الماضي, المقبل, future cues', () => {
  // 2022-01-27 is a Thursday.
  const at = (text: string) => read(text).map((m) => m.date);
  assert.deepEqual(at('الخميس'), ['2022-01-27']);
  assert.deepEqual(at('الخميس الماضي'), ['2022-01-20']);
  assert.deepEqual(at('الخميس المقبل'), ['2022-02-03']);
  assert.deepEqual(at('الجمعة'), ['2022-01-21']);
  assert.deepEqual(at('من المقرر أن يصل الوفد الجمعة'), ['2022-01-28']);
});

test('a weekday that contradicts its day is flagged, not dropped', () => {
  const [m] = read('أمس الثلاثاء');
  assert.equal(m?.date, '2022-01-26');
  assert.match(m?.inconsistent ?? '', /Tuesday/);
  const [ok] = read('أمس الأربعاء');
  assert.equal(ok?.inconsistent, undefined);
});

test('expressions resolve again against another reference', () => {
  const folded = normalize('صباح اليوم الخميس');
  const exprs = parseDateExpressions(folded, LEXICON);
  assert.equal(resolveDateExpressions(folded, exprs, fromYmd(2022, 1, 27))[0]?.inconsistent, undefined);
  assert.ok(resolveDateExpressions(folded, exprs, fromYmd(2022, 1, 28))[0]?.inconsistent);
});

test('odd input never throws and yields fewer results', () => {
  const odd = [
    '',
    '\n\n\n',
    '))))((((',
    'الـ',
    '٢٠٢٢-٩٩-٩٩',
    'يوم يوم يوم',
    '\u0640'.repeat(50),
    '99:99',
    'ل"',
  ];
  for (const text of odd) assert.doesNotThrow(() => read(text));
  const long = 'قتل 20 شخصا في 20 كانون الثاني 2022 أمس الأربعاء بعد ستة أيام من الاشتباكات. '.repeat(800);
  const t0 = performance.now();
  const found = read(long);
  const ms = performance.now() - t0;
  assert.equal(found.length, 800 * 3);
  assert.ok(ms < 3000, `${Math.round(ms)} ms for ${long.length} characters`);
});

test('a clock time takes the hour word before it, with its clitics, and only a free-standing one', () => {
  const spans = (text: string): string[] =>
    read(text)
      .filter((m) => m.kind === 'time')
      .map((m) => m.text);
  assert.deepEqual(spans('وقع الانفجار الساعة 20:45 بتوقيت دمشق'), ['الساعة 20:45']);
  assert.deepEqual(spans('وقع الانفجار بالساعة  06:41 صباحاً'), ['بالساعة  06:41 صباحاً']);
  assert.deepEqual(spans('وقع الانفجار في ساعة 9:30'), ['ساعة 9:30']);
  assert.deepEqual(spans('والساعة 9:30'), ['الساعة 9:30']);
  // Glued to another word, or after a digit, the hour word is not part of the time.
  assert.deepEqual(spans('كالساعة 9:30'), ['9:30']);
  assert.deepEqual(spans('3 الساعة 9:30'), ['الساعة 9:30']);
  assert.deepEqual(spans('3.الساعة 9:30'), ['9:30']);
});

test('cues: a cue word opens its token behind clitics, never inside a longer word; a unit ends its token', () => {
  const cue = (id: string, word: string): boolean =>
    dateExtractors
      .find((e) => e.id === id)!
      .cue(LEXICON.dates)
      .test(normalize(word).text);
  assert.ok(cue('ar/date/month-name', 'وبأيلول'));
  assert.ok(cue('ar/date/month-name', 'كانون'), 'a two-word month by its first word');
  assert.ok(cue('ar/date/month-name', 'مايوعام'), 'a year word glued after the month');
  assert.ok(!cue('ar/date/month-name', 'كتاب'), 'آب inside a word');
  assert.ok(!cue('ar/date/month-name', 'الأول'), 'an ordinal alone');
  assert.ok(cue('ar/date/weekday', 'والخميس'));
  assert.ok(cue('ar/date/relative-day', 'لليوم'));
  assert.ok(!cue('ar/date/relative-day', 'مقبل'), 'قبل inside a word');
  assert.ok(cue('ar/duration/count', 'ثلاثةأيام'), 'a number word glued before the unit');
  assert.ok(!cue('ar/duration/count', 'اليومية'), 'a word made from a unit');
});
