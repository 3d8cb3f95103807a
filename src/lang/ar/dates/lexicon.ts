// The date lexicons (data/ar/months.tsv, weekdays.tsv, time-words.tsv) loaded once, folded the
// way text is folded, and compiled into lookup maps and regex alternations for the extractors.

import { IsnadError } from '../../../errors.js';
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

export type TimeWordType =
  | 'relative-day'
  | 'part-of-day'
  | 'time-adverb'
  | 'period'
  | 'relation'
  | 'unit'
  | 'number'
  | 'ordinal'
  | 'hour'
  | 'fraction'
  | 'qualifier'
  | 'preposition'
  | 'age-cue'
  | 'future-cue'
  | 'month-part'
  | 'span-relation'
  | 'name-head'
  | 'sequence-relation'
  | 'year-part';

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

export interface DateLexicon {
  readonly months: readonly MonthEntry[];
  readonly monthByName: ReadonlyMap<string, MonthEntry>;
  readonly weekdayByStem: ReadonlyMap<string, number>;
  readonly words: ReadonlyMap<TimeWordType, readonly TimeWord[]>;
  /** form → word, per type. */
  readonly byForm: ReadonlyMap<TimeWordType, ReadonlyMap<string, TimeWord>>;
  readonly units: ReadonlyMap<string, UnitForm>;
  readonly numbers: ReadonlyMap<string, number>;
  readonly ordinals: ReadonlyMap<string, number>;
}

const TYPES = new Set<TimeWordType>([
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
  'name-head',
  'sequence-relation',
  'year-part',
]);

const TIMES_OF_DAY = new Set<TimeOfDay>(['dawn', 'morning', 'noon', 'afternoon', 'evening', 'night']);
const UNITS = new Set<DurationUnit>(['hour', 'day', 'week', 'month', 'year']);

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

let cached: { lexicon: DateLexicon; problems: LexiconProblem[] } | undefined;

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

function load(): { lexicon: DateLexicon; problems: LexiconProblem[] } {
  if (cached) return cached;
  const problems: LexiconProblem[] = [];
  const { months, monthByName } = readMonths(problems);
  const weekdayByStem = readWeekdays(problems);
  const { words, byForm } = readTimeWords(problems);
  const lexicon: DateLexicon = {
    months,
    monthByName,
    weekdayByStem,
    words,
    byForm,
    units: unitsOf(words),
    numbers: numericOf(words, 'number'),
    ordinals: numericOf(words, 'ordinal'),
  };
  cached = { lexicon, problems };
  return cached;
}

/** The date lexicon, loaded from data/ar on first use. */
export function dateLexicon(): DateLexicon {
  return load().lexicon;
}

export function dateLexiconProblems(): readonly LexiconProblem[] {
  return load().problems;
}

export function wordsOf(type: TimeWordType): readonly TimeWord[] {
  return dateLexicon().words.get(type) ?? [];
}

export function wordOf(type: TimeWordType, form: string): TimeWord | undefined {
  return dateLexicon().byForm.get(type)?.get(form.replace(/\s+/g, ' '));
}

/** A month by its name as matched (`تشرين  الأول` with any run of spaces). */
export function monthNamed(name: string | undefined): MonthEntry | undefined {
  return name === undefined ? undefined : dateLexicon().monthByName.get(name.replace(/\s+/g, ' '));
}

/**
 * Whether a number can be a year of news dating: Hijri 1300–1600, Gregorian `earliest`–2100 (1900
 * by default; a year right after a day may be older).
 */
export function plausibleYear(year: number, calendar: 'gregorian' | 'hijri', earliest = 1900): boolean {
  return calendar === 'hijri' ? year >= 1300 && year <= 1600 : year >= earliest && year <= 2100;
}
