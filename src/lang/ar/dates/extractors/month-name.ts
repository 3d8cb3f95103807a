// Dates written with a month name, in every regional spelling (data/ar/months.tsv): an optional
// day (digits, `الـ20`, or an ordinal `الخامس من`), the month, an optional paired name in the other
// naming system (`كانون الثاني/يناير`, `يناير (كانون الثاني)`: ONE mention), then an optional year
// or a relation to the reference (`الجاري`, `الماضي`, `المقبل`, `من العام الماضي`). Hijri months
// (`15 رمضان 1443 هـ`) go through the same grammar.
//
// Must match: 20 كانون الثاني 2022 · في18 تموز (a preposition glued to the digits) · الـ20 من كانون الثاني/يناير الجاري · 20 يناير (كانون الثاني) ·
//   12 أيار/مايو الماضي · الخامس من حزيران/يونيو · 3 جانفي 2021 · في 7 أفريل · شهر آب ·
//   آذار/مارس 2015 · مطلع أيلول · 24 و25 آذار/مارس (two mentions) · 15 رمضان 1443 هـ ·
//   أول أيام شهر رمضان / غرة شهر ذي الحجة / أول تموز (the first day; `مطلع تموز`، `أوائل تموز` are
//   the month) · 25 أكتوبر 1836 (a year after a day may be old) · الخامس من أيار ألفين (in words)
// Must not: الثاني (an ordinal alone) · أب لثلاثة أطفال (آب needs a day, a year, a pair or شهر) ·
//   مارس ضغوطا (the verb) · صفر (zero) · 3 صفر (a score) · رمضان قديروف (a name) · 40 كانون (no ordinal) ·
//   ملعب 5 جويلية / قوى 14 آذار / ثورة 25 يناير (a day and month naming a place or a movement:
//   data/ar/time-words.tsv type name-head; with a year, `ثورة 25 يناير 2011`, the date is kept)

import { HIJRI_RULE, isValidDate } from '../calendar.js';
import { compiled, monthNamed, plausibleYear } from '../lexicon.js';
import type { DateLexicon, MonthEntry } from '../lexicon.js';
import {
  countFollows,
  LB,
  LBC,
  LBC_HEAD,
  LB_HEAD,
  RB,
  alternation,
  boundedMatches,
  formsOf,
  futureBefore,
  ordinalDayPattern,
  ordinalDayValue,
  relationPattern,
  relationValue,
  stemCandidates,
  wordBefore,
  wordCue,
  yearNouns,
  eraSuffix,
  monthNouns,
  dayNouns,
  furtherValue,
  fromWord,
  partValue,
} from '../patterns.js';
import { yearFromWords, yearWordsPattern } from '../year-words.js';
import type { Anchor, DateExpression, DateExtractor, DateReading } from '../types.js';

/** The clitic ب or a digit-preposition (time-words.tsv: في) glued to a day's digits, as a regex. */
function gluedPreposition(dates: DateLexicon): string {
  const words = alternation(formsOf(dates, 'digit-preposition'));
  return words === '' ? 'ب' : `(?:${words}|ب)`;
}

const PATTERN = compiled((dates) => {
  const lex = dates;
  const names = lex.months.filter((m) => !m.regions.includes('english')).map((m) => m.name);
  const month = `(?:${alternation(names)})`;
  const rel = relationPattern(dates);
  const part = `(?:${alternation(formsOf(dates, 'month-part'))})`;
  const source =
    // `في18 تموز`، `ب18 تموز`: a preposition glued to the day's digits opens the date too (outside it).
    `(?:${LBC_HEAD}|(?<=${LB_HEAD}[وف]?${gluedPreposition(dates)})(?=\\d))` +
    // A leading day of a range or an alternative: `24 و25 آذار`, `24-25 آذار`, `21 أو 22 أيار`.
    `(?:(?<first>\\d{1,2})\\s*(?:و|${alternation(formsOf(dates, 'or-word'))}|-|${alternation(formsOf(dates, 'range-to'))})\\s*)?` +
    '(?:' +
    `(?:(?:[ب]?ال\\s?)|(?:(?:${dayNouns(dates, '1')})\\s+))?(?<day>\\d{1,2})(?:\\s*(?:${fromWord(dates)})\\s+|\\s*)(?:(?:${monthNouns(dates, '1')})\\s+)?` +
    `|(?<ord>[ب]?${ordinalDayPattern(dates)})\\s+(?:(?:${fromWord(dates)})\\s+)?(?:(?:${monthNouns(dates, '1')})\\s+)?` +
    // `أول أيام شهر رمضان`, `غرة شهر ذي الحجة`: the first day (time-words.tsv, first-day).
    `|(?<firstDay>[ب]?(?:${alternation(formsOf(dates, 'first-day'))}))\\s+(?:(?<shahr2>(?:ال)?(?:${monthNouns(dates, '1')}))\\s+)?` +
    `|(?<part>[ب]?${part})\\s+(?:(?:(?:${fromWord(dates)})\\s+)?(?:ال)?(?:${monthNouns(dates, '1')})\\s+)?` +
    `|(?<shahr>[بل]?(?:ال)?(?:${monthNouns(dates, '1')}))\\s+` +
    ')?' +
    `(?<m1>[بل]?${month})` +
    `(?:\\s*[/\\\\|]\\s*(?<m2>${month})|\\s*[-–]\\s*(?<m2b>${month})|\\s*\\(\\s*(?<m3>${month})\\s*\\)|\\s+(?<m2c>${month}))?` +
    '(?:' +
    `\\s*[،,]?\\s*(?:(?:(?:${fromWord(dates)})\\s+)?(?:ال)?(?:${yearNouns(dates, '1')})\\s+)?(?<year>\\d{4})${eraSuffix(dates, true)}` +
    `|\\s+(?:(?:(?:${fromWord(dates)})\\s+)?(?:ال)?(?:${yearNouns(dates, '1')})\\s+)?(?<yearWords>${yearWordsPattern(dates)})` +
    `|\\s+(?:(?:${fromWord(dates)})\\s+)?(?:ال)?(?:${yearNouns(dates, '1')})\\s+(?<yrel>(?:(?:${alternation(formsOf(dates, 'further'))})\\s+)?${rel})` +
    `|\\s+(?<rel>${rel})` +
    ')?' +
    RB;
  return new RegExp(source, 'gdu');
});

const nameHeads = compiled((dates) => new Set(formsOf(dates, 'name-head')));

/** The pattern's exact boundary: LBC, or a preposition glued to the day's digits (`في18`). */
const GLUED_AT = compiled(
  (dates) => new RegExp(`(?:${LBC}|(?<=${LB}[وف]?${gluedPreposition(dates)})(?=\\d))`, 'uy'),
);

/** A relation with the word that goes one period further before it (time-words.tsv, further). */
const FURTHER_HEAD = compiled(
  (dates) => new RegExp(`^(?:(${alternation(formsOf(dates, 'further'))})\\s+)?(.*)$`, 'su'),
);

/** `من العام الماضي` -1, `من العام قبل الماضي` -2, `من العام بعد المقبل` 2. */
function yearOffsetOf(dates: DateLexicon, text: string | undefined): number | undefined {
  const m = FURTHER_HEAD(dates).exec(text ?? '');
  const relation = text === undefined || !m ? undefined : relationValue(dates, m[2]);
  if (relation === undefined || !m) return undefined;
  const twice = furtherValue(dates, m[1]);
  return twice !== 0 && twice !== relation ? undefined : relation + twice;
}

/** `ملعب 5 جويلية`: the word before the day is a noun that the date names. */
function isNamedAfterDate(dates: DateLexicon, text: string, start: number): boolean {
  const before = wordBefore(text, start)?.word;
  return before !== undefined && [...stemCandidates(before)].some((w) => nameHeads(dates).has(w));
}

/** A period noun before an ordinal and a month (time-words.tsv, ordinal-period): `الأسبوع الأول من يونيو`. */
const PERIOD_BEFORE = compiled(
  (dates) => new RegExp(`^(?:[وفبل]?ال|لل)(?:${alternation(formsOf(dates, 'ordinal-period'))})$`, 'u'),
);

/** A month by name, also behind a glued ب or ل (`بمايو`، `لأيار`). */
function monthOrCliticized(dates: DateLexicon, name: string | undefined): MonthEntry | undefined {
  return (
    monthNamed(dates, name) ??
    (name !== undefined && /^[بل]/.test(name) ? monthNamed(dates, name.slice(1)) : undefined)
  );
}

type Groups = Record<string, string | undefined>;
type Indices = Record<string, [number, number] | undefined>;

/** Which group holds the paired month name, if any. */
function pairGroupOf(g: Groups): 'm2' | 'm2b' | 'm3' | 'm2c' | null {
  for (const name of ['m2', 'm2b', 'm3', 'm2c'] as const) if (g[name] !== undefined) return name;
  return null;
}

/** The month, its pair and the relation words the match read, after refusing a pair of two months. */
interface MonthSpan {
  m1: MonthEntry;
  pair: MonthEntry | undefined;
  end: number;
  monthEnd: number;
  yearText: string | undefined;
  relText: string | undefined;
  yrelText: string | undefined;
}

function monthSpan(dates: DateLexicon, text: string, m: RegExpExecArray, m1: MonthEntry): MonthSpan {
  const g: Groups = m.groups ?? {};
  const idx = (m.indices?.groups ?? {}) as Indices;
  const pairGroup = pairGroupOf(g);
  const m1End = idx['m1']![1];
  let monthEnd = m1End;
  if (pairGroup) {
    const pairEnd = idx[pairGroup]![1];
    monthEnd = pairGroup === 'm3' ? text.indexOf(')', pairEnd) + 1 : pairEnd;
  }
  const pair = monthOrCliticized(dates, pairGroup ? g[pairGroup] : undefined);
  if (pair && (pair.month !== m1.month || pair.calendar !== m1.calendar || pair.name === m1.name)) {
    // Two different months side by side are not one date: keep the first alone.
    const none = undefined;
    return { m1, pair: none, end: m1End, monthEnd: m1End, yearText: none, relText: none, yrelText: none };
  }
  const end = m.index + m[0].length;
  return { m1, pair, end, monthEnd, yearText: g['year'], relText: g['rel'], yrelText: g['yrel'] };
}

/** The day the match names (digits, an ordinal, or the first day); null when it names an impossible one. */
function dayOf(
  dates: DateLexicon,
  g: Groups,
  calendar: string,
  ordinalOfOther: boolean,
): number | undefined | null {
  const day =
    g['firstDay'] !== undefined
      ? 1
      : g['day'] !== undefined
        ? Number(g['day'])
        : g['ord'] !== undefined && !ordinalOfOther
          ? ordinalDayValue(dates, g['ord'].replace(/^ب/, ''))
          : undefined;
  const named = g['day'] !== undefined || (g['ord'] !== undefined && !ordinalOfOther);
  if (named && (day === undefined || day < 1 || day > (calendar === 'hijri' ? 30 : 31))) return null;
  return day;
}

/** A month alone is a date only when something states it (a day, a year, a pair, شهر, a relation…). */
function refused(
  dates: DateLexicon,
  text: string,
  m: RegExpExecArray,
  s: MonthSpan,
  day: number | undefined,
  year: number | undefined,
): boolean {
  const g: Groups = m.groups ?? {};
  const related = s.relText !== undefined || s.yrelText !== undefined;
  const stated =
    day !== undefined ||
    g['shahr2'] !== undefined ||
    year !== undefined ||
    s.pair !== undefined ||
    g['shahr'] !== undefined ||
    g['part'] !== undefined ||
    related;
  if (!s.m1.standalone && !stated) return true;
  const named = g['shahr'] !== undefined || g['shahr2'] !== undefined;
  if (s.m1.strict && year === undefined && s.pair === undefined && !named && !related) return true;
  if (g['day'] !== undefined && g['first'] === undefined && year === undefined && !related) {
    if (isNamedAfterDate(dates, text, m.index)) return true;
  }
  return s.m1.calendar === 'gregorian' && day !== undefined && !isValidDate(year ?? 2000, s.m1.month, day);
}

function rulesOf(g: Groups, s: MonthSpan, ordinalOfOther: boolean): string[] {
  const rules = ['ar/date/month-name'];
  if (s.pair) rules.push('ar/date/month-pair');
  if (g['ord'] !== undefined && !ordinalOfOther) rules.push('ar/date/ordinal-day');
  if (g['firstDay'] !== undefined) rules.push('ar/date/first-day');
  if (s.m1.calendar === 'hijri') rules.push(HIJRI_RULE);
  return rules;
}

/** The dates one match gives: the date, and the first day of a range before it (`24 و25 آذار`). */
function datesOf(text: string, m: RegExpExecArray, { lexicon, dates }: DateReading): DateExpression[] {
  const g: Groups = m.groups ?? {};
  const idx = (m.indices?.groups ?? {}) as Indices;
  const m1 = monthOrCliticized(dates, g['m1']);
  if (!m1) return [];
  const s = monthSpan(dates, text, m, m1);
  const calendar = m1.calendar;
  // `الأسبوع الأول من يونيو`: the ordinal counts weeks, not days; the month stands alone.
  const ordinalOfOther =
    g['ord'] !== undefined && PERIOD_BEFORE(dates).test(wordBefore(text, m.index)?.word ?? '');
  const day = dayOf(dates, g, calendar, ordinalOfOther);
  if (day === null) return [];
  let year =
    s.yearText !== undefined
      ? Number(s.yearText)
      : g['yearWords'] !== undefined
        ? yearFromWords(dates, g['yearWords'])
        : undefined;
  // After a day, a year of four digits is the year even long before the news of today
  // (`25 أكتوبر 1836`، `12 آذار 1399`) unless a counted noun follows (`20 يناير 1500 شخص`).
  const earliest = day !== undefined && !countFollows(text, s.end, lexicon) ? 1000 : 1900;
  if (year !== undefined && !plausibleYear(year, calendar, earliest)) {
    // `20 يناير 1500 شخص`: the number is not a year.
    year = undefined;
    s.end = s.monthEnd;
  }
  if (refused(dates, text, m, s, day, year)) return [];
  const relation = relationValue(dates, s.relText);
  const yearRelation = yearOffsetOf(dates, s.yrelText);
  const anchor: Anchor = {
    type: 'calendar',
    calendar,
    month: m1.month,
    ...(day !== undefined ? { day } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(relation !== undefined ? { relation } : {}),
    ...(yearRelation !== undefined ? { yearOffset: yearRelation } : {}),
  };
  const rules = rulesOf(g, s, ordinalOfOther);
  const future = relation === 1 || yearRelation === 1 || futureBefore(dates, text, m.index);
  // `في الـ20`: the article belongs to the day, the preposition does not.
  const start = ordinalOfOther
    ? idx['m1']![0]
    : g['first'] !== undefined
      ? (idx['day']?.[0] ?? m.index)
      : m.index;
  const part = partValue(dates, g['part']);
  const out: DateExpression[] = [
    {
      kind: 'date',
      start,
      end: s.end,
      anchor,
      rules,
      ...(future ? { future } : {}),
      ...(part !== undefined ? { part } : {}),
    },
  ];
  const first = g['first'] !== undefined ? Number(g['first']) : undefined;
  if (first !== undefined && day !== undefined && first >= 1 && first < day) {
    const [fs, fe] = idx['first']!;
    out.push({
      kind: 'date',
      start: fs,
      end: fe,
      anchor: { ...anchor, day: first },
      rules: [...rules, 'ar/date/day-range'],
    });
  }
  return out;
}

export const monthName: DateExtractor = {
  id: 'ar/date/month-name',
  kind: 'date',
  cue: compiled((dates) =>
    wordCue(dates.months.filter((m) => !m.regions.includes('english')).map((m) => m.name)),
  ),
  // Every match holds its month, the cue: its day and the words before it are a few runs long.
  cueGroup: 'm1',
  extract(text, reading) {
    return [...boundedMatches(text, PATTERN(reading.dates), reading.scan, GLUED_AT(reading.dates))].flatMap(
      (m) => datesOf(text, m, reading),
    );
  },
};
