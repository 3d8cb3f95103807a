// The date lexicons (data/ar/months.tsv, weekdays.tsv, time-words.tsv, named-days.tsv, and the
// number words of numbers.tsv, shared with the quantity reader) loaded once per Arabic lexicon (`Lexicon.dates`), folded the way text is folded, into lookup maps; what the
// extractors compile from them (patterns, cues) is kept on the same date lexicon (`compiled`), so a
// reader handed another lexicon reads dates with that lexicon's words.

import { IsnadError } from '../../../errors.js';
import { addNumberWords } from '../lexicon/number-words.js';
import type { NumberWord } from '../lexicon/number-words.js';
import { readTsv } from '../lexicon/tsv.js';
import { fold } from '../normalize/index.js';
import type { DurationUnit, TimeOfDay } from './types.js';

export interface MonthEntry {
  readonly month: number;
  /** Folded, words separated by one space. */
  readonly name: string;
  readonly calendar: 'gregorian' | 'hijri';
  readonly regions: readonly string[];
  readonly standalone: boolean;
  /** A day is not enough either (صفر "zero"): it needs a year, a pair, شهر or a relation. */
  readonly strict: boolean;
}

/** The types of time-words.tsv rows, in one list: the type and the check of a row's type read it. */
const TIME_WORD_TYPES = [
  'relative-day',
  'part-of-day',
  'time-adverb',
  'period',
  'relation',
  'unit',
  'number',
  'ordinal',
  'hour',
  'fraction',
  'qualifier',
  'preposition',
  'age-cue',
  'future-cue',
  'month-part',
  'span-relation',
  'span-head',
  'clause-opener',
  'org-head',
  'not-future-verb',
  'name-head',
  'sequence-relation',
  'year-part',
  'weekday-rank',
  'both-word',
  'demonstrative',
  'hour-adjective',
  'span-noun',
  'eastern-church',
  'hour-preposition',
  'same-word',
  'feast-day-rank',
  'feast-eve',
  'month-tenth',
  'ordinal-period',
  'teen',
  'century-noun',
  'century',
  'age-noun',
  'night-head',
  'night-joiner',
  'birthday-word',
  'hour-exact',
  'clock-noun',
  'in-a-row',
  'year-noun',
  'era',
  'range-to',
  'between',
  'or-word',
  'month-noun',
  'day-noun',
  'rate-preposition',
  'further',
  'few-word',
  'this-word',
  'year-preposition',
  'only-word',
  'pair-word',
  'first-day',
  'between-lead',
  'within-word',
  'digit-preposition',
  'opening-preposition',
  'from-word',
  'event-word',
  'every-word',
  'set-adverb',
  'until-now',
  'clock-minus',
] as const;

export type TimeWordType = (typeof TIME_WORD_TYPES)[number];

export interface TimeWord {
  /** Folded, words separated by one space. */
  readonly form: string;
  readonly type: TimeWordType;
  readonly value: string;
  readonly detail: readonly string[];
}

export interface UnitForm {
  readonly unit: DurationUnit;
  /** 1 singular, 2 dual, 0 plural (needs a number). */
  readonly count: 0 | 1 | 2;
}

/** A feast or holiday on one day of a calendar every year (named-days.tsv). */
export interface NamedDay {
  /** Folded, words separated by one space. */
  readonly form: string;
  readonly calendar: 'gregorian' | 'hijri';
  readonly month: number;
  readonly day: number;
  readonly detail: readonly string[];
}

/**
 * The date words of one Arabic lexicon. The tables may be changed (a test hands the reader a changed
 * lexicon) until the date reader first reads with them: what it compiles from them is kept.
 */
export interface DateLexicon {
  readonly months: MonthEntry[];
  readonly monthByName: Map<string, MonthEntry>;
  readonly weekdayByStem: Map<string, number>;
  readonly words: Map<TimeWordType, TimeWord[]>;
  /** form → word, per type. */
  readonly byForm: Map<TimeWordType, Map<string, TimeWord>>;
  readonly units: Map<string, UnitForm>;
  readonly numbers: Map<string, number>;
  /**
   * Every number word of numbers.tsv by folded form (the thousands and hundreds of a year said in
   * words): the same table as the quantity reader's (`Lexicon.numberWords`).
   */
  readonly numberWords: Map<string, NumberWord>;
  readonly ordinals: Map<string, number>;
  /** Longest form first. */
  readonly namedDays: NamedDay[];
  /** Rows that meet another row once folded (a lexicon test reports them). */
  readonly problems: LexiconProblem[];
  /** What the extractors compiled from these tables, by the builder that made it (`compiled`). */
  readonly compiled: Map<object, unknown>;
}

const TYPES = new Set<TimeWordType>(TIME_WORD_TYPES);

const TIMES_OF_DAY = new Set<TimeOfDay>(['dawn', 'morning', 'noon', 'afternoon', 'evening', 'night']);
const UNITS = new Set<DurationUnit>(['second', 'minute', 'hour', 'day', 'week', 'month', 'year']);

export function foldEntry(entry: string): string {
  return fold(entry).trim().replace(/\s+/g, ' ');
}

export function isTimeOfDay(value: string | undefined): value is TimeOfDay {
  return value !== undefined && TIMES_OF_DAY.has(value as TimeOfDay);
}

function invalid(file: string, message: string): never {
  throw new IsnadError('lexicon_invalid', `data/ar/${file}: ${message}`);
}

/** Problems a lexicon test reports: rows that meet another row once folded. */
export interface LexiconProblem {
  readonly file: string;
  readonly message: string;
}

function readMonths(problems: LexiconProblem[]): {
  months: MonthEntry[];
  monthByName: Map<string, MonthEntry>;
} {
  const months: MonthEntry[] = [];
  const monthByName = new Map<string, MonthEntry>();
  for (const row of readTsv('months.tsv')) {
    const month = Number(row['month']);
    const name = foldEntry(row['name'] ?? '');
    const calendar = row['calendar'] === 'hijri' ? 'hijri' : 'gregorian';
    if (!Number.isInteger(month) || month < 1 || month > 12 || name === '')
      invalid('months.tsv', `bad row ${JSON.stringify(row)}`);
    const entry: MonthEntry = {
      month,
      name,
      calendar,
      regions: (row['regions'] ?? '').split('|').filter((r) => r !== ''),
      standalone: row['standalone'] === 'yes',
      strict: row['standalone'] === 'strict',
    };
    if (monthByName.has(name))
      problems.push({ file: 'months.tsv', message: `duplicate after folding: ${name}` });
    monthByName.set(name, entry);
    months.push(entry);
  }
  return { months, monthByName };
}

function readWeekdays(problems: LexiconProblem[]): Map<string, number> {
  const weekdayByStem = new Map<string, number>();
  for (const row of readTsv('weekdays.tsv')) {
    const weekday = Number(row['weekday']);
    const name = foldEntry(row['name'] ?? '');
    if (!Number.isInteger(weekday) || weekday < 0 || weekday > 6 || name === '')
      invalid('weekdays.tsv', `bad row ${JSON.stringify(row)}`);
    if (weekdayByStem.has(name))
      problems.push({ file: 'weekdays.tsv', message: `duplicate after folding: ${name}` });
    weekdayByStem.set(name, weekday);
  }
  return weekdayByStem;
}

function readTimeWords(problems: LexiconProblem[]): Pick<DateLexicon, 'words' | 'byForm'> {
  const words = new Map<TimeWordType, TimeWord[]>();
  const byForm = new Map<TimeWordType, Map<string, TimeWord>>();
  for (const row of readTsv('time-words.tsv')) {
    const type = row['type'] as TimeWordType;
    const form = foldEntry(row['form'] ?? '');
    if (!TYPES.has(type) || form === '') invalid('time-words.tsv', `bad row ${JSON.stringify(row)}`);
    const word: TimeWord = {
      form,
      type,
      value: row['value'] ?? '',
      detail: (row['detail'] ?? '').split('|').filter((d) => d !== ''),
    };
    let list = words.get(type);
    if (!list) words.set(type, (list = []));
    let map = byForm.get(type);
    if (!map) byForm.set(type, (map = new Map()));
    if (map.has(form))
      problems.push({ file: 'time-words.tsv', message: `duplicate ${type} after folding: ${form}` });
    map.set(form, word);
    list.push(word);
  }
  return { words, byForm };
}

function unitsOf(words: DateLexicon['words']): Map<string, UnitForm> {
  const units = new Map<string, UnitForm>();
  for (const w of words.get('unit') ?? []) {
    const unit = w.value as DurationUnit;
    if (!UNITS.has(unit)) invalid('time-words.tsv', `unknown unit ${w.value}`);
    const count = w.detail[0] === '2' ? 2 : w.detail[0] === '1' ? 1 : 0;
    units.set(w.form, { unit, count });
    // The accusative alif of a singular after 11–99 (15 يوما، 20 عاما); سنة keeps its ة.
    if (count === 1 && !/[هاي]$/.test(w.form)) units.set(w.form + 'ا', { unit, count });
  }
  return units;
}

function numericOf(words: DateLexicon['words'], type: TimeWordType): Map<string, number> {
  const map = new Map<string, number>();
  for (const w of words.get(type) ?? []) {
    const n = Number(w.value);
    if (!Number.isFinite(n)) invalid('time-words.tsv', `${type} ${w.form} has no number`);
    map.set(w.form, n);
  }
  return map;
}

function readNamedDays(): NamedDay[] {
  return readTsv('named-days.tsv')
    .map((row) => ({
      form: foldEntry(row['form'] ?? ''),
      calendar: row['calendar'] === 'hijri' ? ('hijri' as const) : ('gregorian' as const),
      month: Number(row['month']),
      day: Number(row['day']),
      detail: (row['detail'] ?? '').split('|').filter((d) => d !== ''),
    }))
    .filter((d) => d.form !== '' && d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31)
    .sort((a, b) => b.form.length - a.form.length);
}

function numberWordsOf(): Map<string, NumberWord> {
  const map = new Map<string, NumberWord>();
  addNumberWords(map);
  return map;
}

/** The date lexicon of data/ar. Reading the files takes a while: `loadArabicLexicon` reads it once. */
export function loadDateLexicon(): DateLexicon {
  const problems: LexiconProblem[] = [];
  const { months, monthByName } = readMonths(problems);
  const weekdayByStem = readWeekdays(problems);
  const { words, byForm } = readTimeWords(problems);
  return {
    months,
    monthByName,
    weekdayByStem,
    words,
    byForm,
    units: unitsOf(words),
    numbers: numericOf(words, 'number'),
    numberWords: numberWordsOf(),
    ordinals: numericOf(words, 'ordinal'),
    namedDays: readNamedDays(),
    problems,
    compiled: new Map(),
  };
}

/** A date lexicon with no words (the empty Arabic lexicon's). */
export function emptyDateLexicon(): DateLexicon {
  return {
    months: [],
    monthByName: new Map(),
    weekdayByStem: new Map(),
    words: new Map(),
    byForm: new Map(),
    units: new Map(),
    numbers: new Map(),
    numberWords: new Map(),
    ordinals: new Map(),
    namedDays: [],
    problems: [],
    compiled: new Map(),
  };
}

/**
 * What `build` makes of a date lexicon (a pattern, a cue, a table; never undefined), built the first
 * time it is asked of that lexicon and kept on it: a pattern compiles once per lexicon, never once
 * per document.
 */
export function compiled<T>(build: (dates: DateLexicon) => T): (dates: DateLexicon) => T {
  return (dates) => {
    const kept = dates.compiled.get(build);
    if (kept !== undefined) return kept as T;
    const value = build(dates);
    dates.compiled.set(build, value);
    return value;
  };
}

export function wordsOf(dates: DateLexicon, type: TimeWordType): readonly TimeWord[] {
  return dates.words.get(type) ?? [];
}

export function wordOf(dates: DateLexicon, type: TimeWordType, form: string): TimeWord | undefined {
  return dates.byForm.get(type)?.get(form.replace(/\s+/g, ' '));
}

/** A month by its name as matched (`تشرين  الأول` with any run of spaces). */
export function monthNamed(dates: DateLexicon, name: string | undefined): MonthEntry | undefined {
  return name === undefined ? undefined : dates.monthByName.get(name.replace(/\s+/g, ' '));
}

/**
 * Whether a number can be a year of news dating: Hijri 1300–1600, Gregorian `earliest`–2100 (1900
 * by default; a year right after a day may be older).
 */
export function plausibleYear(year: number, calendar: 'gregorian' | 'hijri', earliest = 1900): boolean {
  return calendar === 'hijri' ? year >= 1300 && year <= 1600 : year >= earliest && year <= 2100;
}
