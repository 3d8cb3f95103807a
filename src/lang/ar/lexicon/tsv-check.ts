// Strict checks of the data/ar lexicons, for the test suite. The loader (`tsv.ts`) is lenient on
// purpose (text never throws); this reader is not: it keeps line numbers and raw cells so a bad
// row is reported where it sits. Each check returns problems as `file:line: message` strings.
//
// Must pass: `قتلى` and `قتلي` are one entry once folded, so listing both is a duplicate.
// Must fail: a missing column, `killd` as a category, `والقتلى` (clitic) or `قتلى` written with
// harakat, a parent id that no row defines.

import type { HopKind } from '../../../types.js';
import {
  CATEGORIES as CATEGORY_WORDS,
  EVENT_KINDS,
  STANCES as STANCE_WORDS,
  STRIKE_MEANS as STRIKE_MEANS_WORDS,
  SUBJECT_KINDS,
  UNITS as UNIT_WORDS,
  wordsOf,
} from '../../../vocabulary.js';
import { fold } from '../normalize/index.js';
import { CLITIC_RULES, SHORT_LEMMA, WORD_CLASSES } from './closed-words.js';
import { MENTION_NOTES } from './lexicon.js';
import { PHRASE_CLASSES } from './phrases.js';
import { EMPTY } from './tsv.js';

export interface RawRow {
  readonly line: number;
  readonly cells: readonly string[];
}

export interface RawTable {
  readonly file: string;
  readonly header: readonly string[];
  readonly headerLine: number;
  readonly rows: readonly RawRow[];
}

/** Splits a TSV text into its header and rows, skipping `#` comments and blank lines. */
export function readRaw(file: string, text: string): RawTable {
  let header: string[] | null = null;
  let headerLine = 0;
  const rows: RawRow[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (header === null) {
      header = cells;
      headerLine = i + 1;
    } else rows.push({ line: i + 1, cells });
  });
  return { file, header: header ?? [], headerLine, rows };
}

export const CATEGORIES = wordsOf(CATEGORY_WORDS);
export const KINDS = wordsOf(SUBJECT_KINDS);
export const UNITS = wordsOf(UNIT_WORDS);
export const STANCES = wordsOf(STANCE_WORDS);
const ROLE_KINDS: readonly HopKind[] = ['person', 'anonymous', 'organization'];
const GAZETTEER_TYPES = ['armed_group', 'government', 'organization', 'outlet', 'location', 'facility'];

type Cell = (value: string) => string | null;

const TATWEEL_OR_DIACRITIC = /[\u0640\u064b-\u065f\u0670]/u;
const LATIN = /[A-Za-z]/;

function oneOf(values: readonly string[], allowEmpty = false): Cell {
  return (v) =>
    (allowEmpty && v === EMPTY) || values.includes(v) ? null : `«${v}» is not one of ${values.join(', ')}`;
}

/** Arabic written plainly: no tatweel, no harakat (the reader folds, the writer need not). */
function plain(v: string): string | null {
  if (TATWEEL_OR_DIACRITIC.test(v)) return `«${v}» carries tatweel or diacritics`;
  if (/\s{2,}/.test(v)) return `«${v}» has a double space`;
  return null;
}

/** A bare lemma: plain Arabic, no Latin, no article on a single word. */
function lemma(v: string): string | null {
  const p = plain(v);
  if (p) return p;
  if (LATIN.test(v)) return `«${v}» has Latin letters`;
  if (!v.includes(' ') && v.startsWith('ال')) return `«${v}» starts with the article`;
  return null;
}

/** A closed-class word: plain Arabic; the article may belong to it (`الذي`، `الى`), see checkClitics. */
function lemmaOrArticle(v: string): string | null {
  return (
    plain(v) ?? (LATIN.test(v) ? `«${v}» has Latin letters` : /\s/.test(v) ? `«${v}» is not one word` : null)
  );
}

function list(item: Cell, allowEmpty: boolean): Cell {
  return (v) => {
    if (v === EMPTY) return allowEmpty ? null : 'empty list';
    const items = v.split('|');
    if (items.some((s) => s.trim() === '')) return `«${v}» has an empty item`;
    for (const s of items) {
      const p = item(s);
      if (p) return p;
    }
    return null;
  };
}

/** `form` of a typed row: a verb is `perfect/imperfect` (or a perfect alone), a prep one word. */
function typedForm(form: string, type: string): string | null {
  if (type === 'verb') {
    const stems = form.split('/');
    if (stems.length > 2 || stems.some((s) => s === '' || /\s/.test(s)))
      return `verb «${form}» is not perfect/imperfect`;
    for (const s of stems) {
      const p = lemma(s);
      if (p) return p;
    }
    return null;
  }
  if (form.includes('/')) return `«${form}» has a slash but is not a verb`;
  if (type === 'prep' && /\s/.test(form)) return `preposition «${form}» is more than one word`;
  return type === 'phrase' ? plain(form) : lemma(form);
}

/** Folds an entry the way the loader does: verb stems one by one (folding joins `فر/فر`). */
export function foldKey(entry: string): string {
  return entry
    .split('/')
    .map((s) => fold(s.trim()))
    .join('/');
}

interface FileSpec {
  readonly columns: readonly (readonly [string, Cell])[];
  /** Checks that need several cells of a row. */
  readonly row?: (r: Readonly<Record<string, string>>) => string | null;
  /** The surface forms of a row that must be unique in the file once folded. */
  readonly keys: (r: Readonly<Record<string, string>>) => string[];
}

const items = (v: string | undefined): string[] => (v && v !== EMPTY ? v.split('|') : []);

/** Marks a gazetteer name that several rows share on purpose (`~طرابلس`: Libya's and Lebanon's). */
const SHARED = '~';
const unshared = (v: string): string => (v.startsWith(SHARED) ? v.slice(1) : v);

export const SPECS: Readonly<Record<string, FileSpec>> = {
  'nouns.tsv': {
    columns: [
      ['singular', lemma],
      ['plurals', list(lemma, true)],
      ['kind', oneOf(KINDS)],
      ['unit', oneOf(UNITS)],
      ['category', oneOf(CATEGORIES, true)],
      ['armed', oneOf(['yes'], true)],
      ['side', (v) => (v === EMPTY || /^[a-z][a-z0-9_]*$/.test(v) ? null : `side «${v}» is not an id`)],
    ],
    row: (r) => {
      if (r['armed'] === 'yes' && r['kind'] !== 'combatants' && r['kind'] !== 'staff')
        return `armed «${r['singular']}» is ${r['kind']}`;
      if ((r['unit'] === 'family') !== (r['kind'] === 'families'))
        return `«${r['singular']}»: families go with unit family`;
      if (r['unit'] === 'person' && r['kind'] === 'other') return `person «${r['singular']}» has kind other`;
      if (r['side'] !== EMPTY && r['armed'] !== 'yes')
        return `side of «${r['singular']}» on a noun not armed`;
      return null;
    },
    keys: (r) => [r['singular'] ?? '', ...items(r['plurals'])],
  },
  'strike-means.tsv': {
    columns: [
      ['noun', lemma],
      ['means', oneOf(wordsOf(STRIKE_MEANS_WORDS))],
    ],
    keys: (r) => [r['noun'] ?? ''],
  },
  'events.tsv': {
    columns: [
      ['form', plain],
      ['type', oneOf(['noun', 'verb', 'phrase'])],
      ['category', oneOf(CATEGORIES)],
      [
        'note',
        oneOf(
          [
            'stock',
            'needs-prisoners',
            'participants',
            'frees',
            'yields',
            'falls',
            'intercepts',
            'foils',
            'funeral',
            'funeral-noun',
            'sentence',
            'hazard',
            'recruits',
            'hands-over',
            'loses',
            'houses',
            'ruling',
            'members',
          ],
          true,
        ),
      ],
    ],
    row: (r) => {
      const p = typedForm(r['form'] ?? '', r['type'] ?? '');
      if (p) return p;
      if ((r['note'] === 'stock' || r['note'] === 'houses') && r['category'] !== 'held')
        return `${r['note']} «${r['form']}» is not held`;
      if ((r['note'] === 'participants' || r['note'] === 'members') && r['category'] !== 'other')
        return `${r['note']} «${r['form']}» is not other`;
      return null;
    },
    keys: (r) => [r['form'] ?? ''],
  },
  'cues.tsv': {
    columns: [
      ['form', plain],
      ['type', oneOf(['verb', 'prep', 'phrase'])],
      ['role', oneOf(['report', 'transmit', 'deny', 'hedge'])],
      ['stance', oneOf(STANCES)],
    ],
    row: (r) => {
      const p = typedForm(r['form'] ?? '', r['type'] ?? '');
      if (p) return p;
      if ((r['role'] === 'deny') !== (r['stance'] === 'denied'))
        return `«${r['form']}»: deny goes with denied`;
      return null;
    },
    keys: (r) => [r['form'] ?? ''],
  },
  'roles.tsv': {
    columns: [
      ['form', plain],
      ['kind', oneOf(ROLE_KINDS)],
      ['takes', oneOf(['of'], true)],
    ],
    keys: (r) => [r['form'] ?? ''],
  },
  'gazetteer.tsv': {
    columns: [
      ['id', (v) => (/^[a-z][a-z0-9_]*$/.test(v) ? null : `id «${v}» is not lower-case ascii`)],
      ['type', oneOf(GAZETTEER_TYPES)],
      ['name', (v) => plain(unshared(v)) ?? (LATIN.test(v) ? `name «${v}» is not Arabic` : null)],
      ['aliases', list((v) => plain(unshared(v)), true)],
      ['parent', (v) => (v === EMPTY || /^[a-z][a-z0-9_]*$/.test(v) ? null : `parent «${v}» is not an id`)],
      ['country', (v) => (v === EMPTY || /^[A-Z]{2}$/.test(v) ? null : `country «${v}» is not ISO alpha-2`)],
    ],
    // Shared names (`~طرابلس`) are checked apart, by checkShared.
    keys: (r) => [r['name'] ?? '', ...items(r['aliases'])].filter((n) => !n.startsWith(SHARED)),
  },
  'closed-class.tsv': {
    columns: [
      ['word', (v) => (v.includes('/') ? typedForm(v, 'verb') : lemmaOrArticle(v))],
      ['class', oneOf(WORD_CLASSES)],
      ['clitics', oneOf(CLITIC_RULES)],
      ['written', list(lemmaOrArticle, true)],
    ],
    // Written forms belong to a class read as written: elsewhere the engine finds a word's forms.
    row: (r) =>
      r['written'] !== EMPTY && r['clitics'] !== 'none'
        ? `«${r['word']}» lists written forms but ${r['class']} is not read as written (none)`
        : null,
    // A word may sit in several classes (`عام` is a time noun and a war's span).
    keys: (r) => [r['word'] ?? '', ...items(r['written'])].map((w) => `${r['class']} ${w.split('/')[0]}`),
  },
  'phrases.tsv': {
    columns: [
      ['phrase', (v) => plain(v) ?? (v.includes('|') ? `«${v}» holds a list separator` : null)],
      ['class', oneOf(PHRASE_CLASSES)],
      ['written', list(plain, true)],
    ],
    // A phrase may sit in several classes (`تابعوا` follows an outlet and opens a social line).
    keys: (r) => [r['phrase'] ?? '', ...items(r['written'])].map((w) => `${r['class']} ${w}`),
  },
  'event-mentions.tsv': {
    columns: [
      ['form', plain],
      ['type', oneOf(['noun', 'verb', 'phrase'])],
      ['kind', oneOf(Object.keys(EVENT_KINDS))],
      ['plurals', list(lemma, true)],
      ['note', oneOf(MENTION_NOTES, true)],
    ],
    row: (r) => {
      const p = typedForm(r['form'] ?? '', r['type'] ?? '');
      if (p) return p;
      if (r['plurals'] !== EMPTY && r['type'] !== 'noun') return `«${r['form']}» has plurals but is no noun`;
      return null;
    },
    keys: (r) => [r['form'] ?? '', ...items(r['plurals'])],
  },
  'place-heads.tsv': {
    columns: [
      ['head', lemma],
      ['type', oneOf(['facility', 'location'])],
      ['settlement', oneOf(['yes'], true)],
    ],
    keys: (r) => [r['head'] ?? ''],
  },
  'letter-names.tsv': {
    columns: [
      ['form', (v) => plain(v) ?? (LATIN.test(v) || /\s/.test(v) ? `«${v}» is not one Arabic word` : null)],
      ['letter', (v) => (/^[A-Z]$/.test(v) ? null : `«${v}» is not a capital Latin letter`)],
    ],
    keys: (r) => [r['form'] ?? ''],
  },
  'illnesses.tsv': {
    columns: [
      ['noun', lemma],
      ['plurals', list(lemma, true)],
    ],
    keys: (r) => [r['noun'] ?? '', ...items(r['plurals'])],
  },
  'hazards.tsv': {
    columns: [
      ['noun', lemma],
      ['plurals', list(lemma, true)],
      ['with', list(lemma, true)],
    ],
    keys: (r) => [r['noun'] ?? '', ...items(r['plurals'])],
  },
  'demonyms.tsv': {
    columns: [
      ['adjective', lemma],
      ['variants', list(lemma, true)],
      ['country', plain],
    ],
    row: (r) => ((r['adjective'] ?? '').endsWith('ي') ? null : `«${r['adjective']}» is not a nisba in ي`),
    keys: (r) => [r['adjective'] ?? '', ...items(r['variants'])],
  },
};

/** Header, column count, cell values and folded duplicates of one file. */
export function checkTable(table: RawTable, spec: FileSpec): string[] {
  const problems: string[] = [];
  const at = (line: number, message: string): void => void problems.push(`${table.file}:${line}: ${message}`);
  const names = spec.columns.map(([name]) => name);
  if (table.header.join('\t') !== names.join('\t')) {
    at(table.headerLine, `header «${table.header.join(' | ')}» should be «${names.join(' | ')}»`);
    return problems;
  }
  const seen = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    if (cells.length !== names.length) {
      at(line, `${cells.length} cells, expected ${names.length}`);
      continue;
    }
    const record: Record<string, string> = {};
    let ok = true;
    spec.columns.forEach(([name, check], k) => {
      const cell = cells[k]!;
      record[name] = cell;
      if (cell === '' || cell !== cell.trim()) {
        at(line, `${name}: empty cell or stray spaces (write - for empty)`);
        ok = false;
        return;
      }
      const p = check(cell);
      if (p) {
        at(line, `${name}: ${p}`);
        ok = false;
      }
    });
    if (!ok) continue;
    const p = spec.row?.(record);
    if (p) at(line, p);
    for (const key of new Set(spec.keys(record).map(foldKey))) {
      const first = seen.get(key);
      if (first !== undefined) at(line, `«${key}» (folded) is already listed on line ${first}`);
      else seen.set(key, line);
    }
  }
  return problems;
}

/** Parent ids exist, no body is its own ancestor, and every demonym names a gazetteer country. */
export function checkLinks(gazetteer: RawTable, demonyms: RawTable): string[] {
  const problems: string[] = [];
  const parentOf = new Map<string, string>();
  const lineOf = new Map<string, number>();
  const locations = new Set<string>();
  for (const { line, cells } of gazetteer.rows) {
    const [id = '', type = '', name = '', , parent = EMPTY] = cells;
    if (lineOf.has(id))
      problems.push(`${gazetteer.file}:${line}: id «${id}» is already defined on line ${lineOf.get(id)}`);
    lineOf.set(id, line);
    if (parent !== EMPTY) parentOf.set(id, parent);
    // A shared name (`~جورجيا`: the country and the state) is still a location's name.
    if (type === 'location') locations.add(name.replace(/^~/, ''));
  }
  for (const [id, parent] of parentOf) {
    const line = lineOf.get(id)!;
    if (!lineOf.has(parent)) {
      problems.push(`${gazetteer.file}:${line}: parent «${parent}» of «${id}» is not defined`);
      continue;
    }
    const path = new Set([id]);
    for (let p: string | undefined = parent; p !== undefined; p = parentOf.get(p)) {
      if (path.has(p)) {
        problems.push(`${gazetteer.file}:${line}: «${id}» is its own ancestor`);
        break;
      }
      path.add(p);
    }
  }
  for (const { line, cells } of demonyms.rows) {
    const country = cells[2] ?? '';
    if (!locations.has(country))
      problems.push(`${demonyms.file}:${line}: country «${country}» is not a gazetteer location name`);
  }
  return problems;
}

/**
 * Names several gazetteer rows share must say so: every row lists it with `~`, at least two rows
 * do, and no row lists it plainly (which would make the ambiguity an accident).
 */
export function checkShared(gazetteer: RawTable): string[] {
  const problems: string[] = [];
  const shared = new Map<string, number[]>();
  const plainAt = new Map<string, number>();
  for (const { line, cells } of gazetteer.rows) {
    for (const n of [cells[2] ?? '', ...items(cells[3])]) {
      if (n.startsWith(SHARED)) {
        const key = foldKey(unshared(n));
        shared.set(key, [...(shared.get(key) ?? []), line]);
      } else if (n !== '') plainAt.set(foldKey(n), line);
    }
  }
  for (const [key, lines] of shared) {
    if (lines.length < 2)
      problems.push(`${gazetteer.file}:${lines[0]}: «${key}» is marked shared (~) but one row lists it`);
    const plainLine = plainAt.get(key);
    if (plainLine !== undefined)
      problems.push(
        `${gazetteer.file}:${plainLine}: «${key}» is listed plainly but shared (~) on line ${lines[0]}`,
      );
  }
  return problems;
}

/** Every noun of strike-means.tsv is a strike noun of nouns.tsv (its singular, as written there). */
export function checkMeans(means: RawTable, nouns: RawTable): string[] {
  const strikes = new Set(
    nouns.rows.filter(({ cells }) => cells[3] === 'strike').map(({ cells }) => foldKey(cells[0] ?? '')),
  );
  return means.rows
    .filter(({ cells }) => !strikes.has(foldKey(cells[0] ?? '')))
    .map(({ line, cells }) => `${means.file}:${line}: «${cells[0]}» is not a strike noun of nouns.tsv`);
}

const PROCLITICS = ['و', 'ف', 'ب', 'ل', 'ك', 'ال', 'لل', 'وال', 'فال', 'بال', 'كال', 'وب', 'ول', 'فب', 'فل'];
const PRONOUNS = ['هما', 'هم', 'هن', 'ها', 'كم', 'نا', 'ه', 'ي'];

/**
 * Closed-class words are bare: no row is another row of its class with a clitic (`بأن` beside `أن`,
 * `وبينما` beside `بينما`; with a pronoun where the class takes pronouns: `لكنه` beside `لكن`), and
 * every row of a class carries the class's one clitic rule. In a class read as written (`none`), a
 * word on a two-letter row is a word of its own (`كيو`, Q, beside `يو`, U), as the rule `long` reads it.
 */
export function checkClitics(table: RawTable): string[] {
  const problems: string[] = [];
  const byClass = new Map<string, Set<string>>();
  const ruleOf = new Map<string, [string, number]>();
  for (const { line, cells } of table.rows) {
    const [word = '', cls = '', rule = ''] = cells;
    const known = ruleOf.get(cls);
    if (known && known[0] !== rule)
      problems.push(`${table.file}:${line}: ${cls} takes «${known[0]}» (line ${known[1]}), not «${rule}»`);
    if (!known) ruleOf.set(cls, [rule, line]);
    let words = byClass.get(cls);
    if (!words) byClass.set(cls, (words = new Set()));
    words.add(foldKey(word));
  }
  for (const { line, cells } of table.rows) {
    const [word = '', cls = '', rule = ''] = cells;
    const key = foldKey(word);
    const words = byClass.get(cls)!;
    const base =
      PROCLITICS.map((p) => (key.startsWith(p) ? key.slice(p.length) : '')).find((b) => words.has(b)) ??
      (rule === 'pronoun'
        ? PRONOUNS.map((p) => (key.endsWith(p) ? key.slice(0, -p.length) : '')).find((b) => words.has(b))
        : undefined);
    if (base && !(rule === 'none' && base.length <= SHORT_LEMMA))
      problems.push(`${table.file}:${line}: «${word}» is ${cls} «${base}» with a clitic`);
  }
  return problems;
}

/**
 * A phrase's first word is bare where its class lists the bare phrase: no row is another row of its
 * class with a clitic on its first word (`بحسب` beside `حسب`, `التعليقات` beside `تعليقات`); such a
 * form is the row's `written` form.
 */
export function checkPhraseClitics(table: RawTable): string[] {
  const byClass = new Map<string, Set<string>>();
  for (const { cells } of table.rows) {
    const [phrase = '', cls = ''] = cells;
    let phrases = byClass.get(cls);
    if (!phrases) byClass.set(cls, (phrases = new Set()));
    phrases.add(foldKey(phrase));
  }
  const problems: string[] = [];
  for (const { line, cells } of table.rows) {
    const [phrase = '', cls = ''] = cells;
    const key = foldKey(phrase);
    const base = PROCLITICS.map((p) => (key.startsWith(p) ? key.slice(p.length) : '')).find((b) =>
      byClass.get(cls)!.has(b),
    );
    if (base)
      problems.push(
        `${table.file}:${line}: «${phrase}» is ${cls} «${base}» with a clitic (write it in written)`,
      );
  }
  return problems;
}
