// Regex building blocks shared by the date extractors. All patterns run on the folded text
// (أإآ→ا, ى→ي, ة→ه, no diacritics or tatweel, ASCII digits, `"` quotes, lower-case Latin), use the
// `u` flag, and bound words with \p lookarounds because JavaScript's \b ignores Arabic letters.

import { nextIndex } from '../../../text/matches.js';
import { compiled, wordOf, wordsOf } from './lexicon.js';
import { leadOf, reachOf, scanWindows } from './scan.js';
import type { ScanContext } from './scan.js';
import type { DateLexicon, MonthEntry, TimeWordType } from './lexicon.js';
import type { DatePart } from './types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { stripPronoun } from '../read/morphology.js';

/** Not glued to a letter, mark or digit on the left / right. */
export const LB = '(?<![\\p{L}\\p{M}\\p{N}])';
export const RB = '(?![\\p{L}\\p{M}\\p{N}])';

/**
 * A left boundary that lets a conjunction و/ف stand before the match without being part of it:
 * `والأحد` matches `الأحد`, `ومنذ يومين` matches `منذ يومين`. The conjunction is never part of a
 * time expression, so spans leave it out. Written as one negative lookbehind (not a letter other
 * than و/ف, nor a letter then و/ف) rather than `(?<=(?:^|\W)[وف]?)`: the same positions, but V8
 * can still skip ahead on the first character, which makes the extractors several times faster.
 */
export const LBC = '(?<!(?![وف])[\\p{L}\\p{M}\\p{N}]|[\\p{L}\\p{M}\\p{N}][وف])';

/** Letters and digits of the scripts folded text is mostly made of: a subset of \p{L}\p{M}\p{N}. */
const COMMON_LETTER = '[\\u0621-\\u064a\\u0660-\\u0669\\u0671-\\u06d3a-z0-9]';

/**
 * LBC at the head of a pattern that runs through `boundedMatches`. It rules out only positions
 * after a common letter, which V8 tests in a few instructions; a \p class inside a lookbehind costs
 * about four times the rest of a pattern, because it is tried at every position of the text.
 * `boundedMatches` then applies LBC itself to the few matches left, so the matches are LBC's.
 */
export const LBC_HEAD = `(?<!(?![وف])${COMMON_LETTER}|${COMMON_LETTER}[وف])`;

/** LB at the head of a pattern that runs through `boundedMatches(text, pattern, LB_AT)`. */
export const LB_HEAD = `(?<!${COMMON_LETTER})`;

const LBC_AT = new RegExp(LBC, 'uy');
export const LB_AT = new RegExp(LB, 'uy');

/**
 * The matches of a global pattern that starts with LBC_HEAD, exactly as if it started with LBC
 * (or with LB_HEAD, as if with LB, given `boundary` LB_AT): a match whose start fails the exact
 * boundary is dropped and the search goes on from the next code point, as the regex engine itself
 * would have done. Like matchesOf, it drives the pattern's own lastIndex. Given the `scan` of the
 * extractor's text (DateReading.scan), it runs the pattern only in the windows around its cues
 * (scan.ts), with the same matches; without one, on the whole text.
 *
 * All found at once, in an array: the extractors read every match, and a generator per call and
 * per window, with an iterator result per match, was some 4 % of what `analyze` allocates.
 */
export function boundedMatches(
  text: string,
  pattern: RegExp,
  scan?: ScanContext | null,
  boundary: RegExp = LBC_AT,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const ctx = scan ?? null;
  const windows =
    ctx && ctx.end - ctx.offset === text.length
      ? scanWindows(
          ctx,
          reachOf(pattern, ctx.reaches),
          ctx.group === null ? Infinity : leadOf(pattern, ctx.group),
        )
      : null;
  if (!windows) boundedIn(text, text, 0, pattern, boundary, out);
  else for (const w of windows) boundedIn(text, text.slice(w.start, w.end), w.start, pattern, boundary, out);
  return out;
}

/**
 * The bounded matches of `pattern` in `part`, which is `text` from `offset` on, with their offsets
 * (and those of their groups, with the d flag) in `text`, the boundary tested in `text`; pushed
 * onto `out`.
 */
function boundedIn(
  text: string,
  part: string,
  offset: number,
  pattern: RegExp,
  boundary: RegExp,
  out: RegExpExecArray[],
): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(part); m !== null; m = pattern.exec(part)) {
    const at = m.index;
    boundary.lastIndex = at + offset;
    if (boundary.test(text)) {
      if (offset !== 0) shift(m, offset);
      out.push(m);
      if (m[0] === '') pattern.lastIndex = nextIndex(part, at, true);
    } else pattern.lastIndex = nextIndex(part, at, true);
  }
}

/** Moves a match found in a part of a text to the text's offsets. */
function shift(m: RegExpExecArray, offset: number): void {
  m.index += offset;
  // A named group's pair in `indices.groups` is the same array as its numbered one.
  for (const pair of m.indices ?? []) {
    if (pair) {
      pair[0] += offset;
      pair[1] += offset;
    }
  }
}

/** A preposition glued to an indefinite word (بأمس، لمدة). */
export const PROCLITICS = '[بلك]?';
/** The article with a glued preposition: ال بال كال، and لل (ل + ال with the alef dropped). */
export const ARTICLE = '(?:[بك]?ال|لل)';

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** A folded lexicon phrase as a regex: any run of spaces between its words. */
export function phrase(form: string): string {
  return form.split(' ').map(escapeRegex).join('\\s+');
}

/** Alternation of phrases, longest first so that `الليلة الماضية` wins over `الليلة`. */
export function alternation(forms: Iterable<string>): string {
  const list = [...new Set(forms)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return list.map(phrase).join('|');
}

/** A number that may be a day of a month: 1 to 31. */
export function isMonthDay(day: number): boolean {
  return day >= 1 && day <= 31;
}

/**
 * The Gregorian months by their Arabic names (no English spellings), in months.tsv order. Without
 * `strict`, a month a day alone does not name (`strict` in months.tsv) is left out.
 */
export function gregorianMonths(dates: DateLexicon, { strict }: { readonly strict: boolean }): MonthEntry[] {
  return dates.months.filter(
    (m) => m.calendar === 'gregorian' && !m.regions.includes('english') && (strict || !m.strict),
  );
}

/**
 * A lexicon form with the prepositions it may carry in running text (the conjunction is left to
 * LBC). A definite form (`اليوم`) takes ب ك before its article or the لل contraction (`لليوم`);
 * an indefinite one (`أمس`) takes ب ل ك.
 */
export function cliticized(form: string): string {
  if (form.startsWith('ال')) return `${ARTICLE}${phrase(form.slice(2))}`;
  return `${PROCLITICS}${phrase(form)}`;
}

export function cliticizedAlternation(forms: Iterable<string>): string {
  const list = [...new Set(forms)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return list.map(cliticized).join('|');
}

export function formsOf(dates: DateLexicon, type: TimeWordType): string[] {
  return wordsOf(dates, type).map((w) => w.form);
}

/** The number words that count units (`ثلاث`، `عشرين`) as one alternation: a teen's second word is
 * never a count alone (`عشر`, noted `teen-only`). */
export function countWords(dates: DateLexicon): string {
  return alternation(
    wordsOf(dates, 'number')
      .filter((w) => !w.detail.includes('teen-only'))
      .map((w) => w.form),
  );
}

/**
 * What may stand before a cue word inside its token: a conjunction (LBC), a preposition, then the
 * article or the ل of لل (`والأحد`، `بالأمس`، `لليوم`، `وبأيلول`). Every pattern that takes a cue
 * from wordCue reaches its cue word after the match's start, a space or a digit, through at most
 * these clitics: never inside a longer word.
 */
const CUE_CLITICS = '[وف]?[بلك]?(?:ال|ل)?';

/** Of a form's words, the one a cue looks for: the longest once a leading `ال` is set aside. */
function cueWord(parts: readonly string[]): string {
  const weight = (w: string): number => (w.startsWith('ال') && w.length > 4 ? w.length - 2 : w.length);
  return parts.reduce((a, b) => (weight(b) > weight(a) ? b : a));
}

/**
 * A cue (DateExtractor.cue) for patterns made of these forms: of each form one word (cueWord), which
 * any text matching the form holds at the start of one token, behind clitics only (CUE_CLITICS):
 * `كتاب` holds no `آب`, `الأولى` no `أول`. With `article`, a first word's `ال` is left out, for
 * patterns that let `لل` or `بال` stand for it.
 */
export function wordCue(forms: Iterable<string>, article = false): RegExp {
  const words = new Set<string>();
  for (const form of forms) {
    const parts = form.split(' ').map((w, k) => (article && k === 0 && w.startsWith('ال') ? w.slice(2) : w));
    words.add(cueWord(parts));
  }
  return new RegExp(`^${CUE_CLITICS}(?:${alternation(words)})`, 'u');
}

/**
 * A cue for patterns whose forms end their token (the pattern closes them with RB, or with a space):
 * of each form its last word, at the end of one token, whatever is glued before it (`ثلاثةأيام`).
 */
export function endingCue(forms: Iterable<string>): RegExp {
  const words = new Set<string>();
  for (const form of forms) words.add(form.split(' ').at(-1)!);
  return new RegExp(`(?:${alternation(words)})$`, 'u');
}

/** A value built on first use and kept: a pattern that reads no lexicon, compiled once per process. */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

const LETTERS = /[\p{L}\p{M}\p{N}]/u;
/** LETTERS on each UTF-16 unit, learnt on first sight: 0 not yet known, 1 a letter, mark or digit, 2 not. */
const LETTER_UNITS = new Uint8Array(0x10000);

/** Whether the code unit at `i` is a letter, mark or digit on its own (`LETTERS.test(text[i])`). */
function letterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  let known = LETTER_UNITS[c]!;
  if (known === 0) LETTER_UNITS[c] = known = LETTERS.test(text[i]!) ? 1 : 2;
  return known === 1;
}

/** `[.!?؟؛;\n]`: a sentence or clause ends at this code unit. */
function clauseBreakAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 46 || c === 33 || c === 63 || c === 0x61f || c === 0x61b || c === 59 || c === 10;
}
// The patterns of the helpers below, compiled once: a regex literal inside a function (or a loop)
// is a new object each time it is reached, and these are reached on every character they pass.
const CONJUNCTION_LETTER = /[وف]/;
const CONJUNCTION_HEAD = /^[وف]/;
const PREPOSITION_HEAD = /^[بلك]/;
const ARTICLE_HEAD = /^(?:ال|لل)/;

/** The word that ends right before `index` (spaces skipped, punctuation stops), or null. */
export function wordBefore(text: string, index: number): { word: string; start: number } | null {
  let e = index;
  // A conjunction glued to the match (`والاثنين` matched as `الاثنين`) is not the word before.
  if (e > 0 && CONJUNCTION_LETTER.test(text[e - 1]!) && (e < 2 || !letterAt(text, e - 2))) e--;
  while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
  let s = e;
  while (s > 0 && letterAt(text, s - 1)) s--;
  return s < e ? { word: text.slice(s, e), start: s } : null;
}

/** The word that starts right after `index` (spaces skipped, punctuation stops), or null. */
export function wordAfter(text: string, index: number): { word: string; end: number } | null {
  let s = index;
  while (s < text.length && (text[s] === ' ' || text[s] === '\t')) s++;
  let e = s;
  while (e < text.length && letterAt(text, e)) e++;
  return e > s ? { word: text.slice(s, e), end: e } : null;
}

/** The clause before `index`: back to the previous sentence or clause break, at most `max` units. */
export function clauseBefore(text: string, index: number, max = 80): string {
  let s = index;
  const stop = Math.max(0, index - max);
  while (s > stop && !clauseBreakAt(text, s - 1)) s--;
  return text.slice(s, index);
}

const futureCue = compiled(
  (dates) => new RegExp(`${LBC}(?:${alternation(formsOf(dates, 'future-cue'))})${RB}`, 'u'),
);

/** A future cue (سوف، من المقرر) governs what follows in this clause. */
export function futureBefore(dates: DateLexicon, text: string, index: number): boolean {
  return futureCue(dates).test(clauseBefore(text, index));
}

/**
 * A verb the future prefix marks: س and the imperfect's person letter before a stem of two letters
 * or more (`سيصل`، `ستنتهي`، `وسننسحب`), after و or ف. Not a noun or a name that begins so: an
 * imperfect has no ا right after its person letter (`سياسة`، `سيارة`، `ستار`), and none ends in ة,
 * ات, ا, و or the past's ت (`سيطرة`، `سيطرت`، `لا سيما`، `سيناريو`).
 */
const FUTURE_VERB = /^[وف]?س[يتن](?!ا)\p{L}{2,}$/u;
const NOT_FUTURE_VERB = /(?:ة|ات|ت|ه|ا|و)$/u;

/**
 * A verb of this clause before `index` is told in the future by its prefix (`سيصل الوزير بعد
 * يومين`); a word of the lexicon (a counted noun, an entity) or a number word is no verb. Weaker
 * evidence than a future cue (futureBefore): a name may begin as a verb does.
 */
export function futureVerbBefore(lex: Lexicon, text: string, index: number): boolean {
  for (const word of clauseBefore(text, index).split(/[^\p{L}]+/u)) {
    if (!FUTURE_VERB.test(word) || NOT_FUTURE_VERB.test(word)) continue;
    if (lex.dates.numbers.has(word) || lex.isBareNoun(word)) continue;
    const known = lex.lookup(word);
    if (known.nouns.length > 0 || known.entities.length > 0 || known.demonyms.length > 0) continue;
    return true;
  }
  return false;
}

/** How far before a weekday a verb the future prefix marks may stand to tell it (futureVerbNear). */
const FUTURE_VERB_NEAR = 48;

/**
 * A verb the future prefix marks a few words before `index`, with no comma and no clause-opener
 * (time-words.tsv: الذي، التي) between (`سيزور الرئيس
 * العاصمة يوم الاثنين`): the weekday it comes before is ahead. Nearer than futureVerbBefore's whole
 * clause, since a weekday far from the verb is often told of the past (`… سيرد، وكان قد هاجم الخميس`).
 */
export function futureVerbNear(lex: Lexicon, text: string, index: number): boolean {
  let window = clauseBefore(text, index, FUTURE_VERB_NEAR);
  // A word the window cuts into is not read (`استدعي` cut to `ستدعي`).
  const from = index - window.length;
  if (from > 0 && letterAt(text, from - 1)) window = window.replace(/^\p{L}*/u, '');
  let cut = Math.max(window.lastIndexOf('،'), window.lastIndexOf(','));
  // A clause of its own between (`سيرد على الهجوم الذي وقع الثلاثاء`): its verb tells the weekday.
  const openers = clauseOpeners(lex.dates);
  for (const m of window.matchAll(/\p{L}+/gu)) if (openers.has(m[0])) cut = Math.max(cut, m.index);
  let near = cut >= 0 ? window.slice(cut + 1) : window;
  // `سيتي`، `سيرغي`: loanwords and names that begin as a future verb does (time-words.tsv, not-future-verb).
  const names = notFutureVerbs(lex.dates);
  near = near.replace(/\p{L}+/gu, (w) => (names.has(w.replace(/^[وفبل]/u, '')) || names.has(w) ? '' : w));
  return futureVerbBefore(lex, near, near.length);
}

const notFutureVerbs = compiled((dates) => new Set(formsOf(dates, 'not-future-verb')));

const clauseOpeners = compiled((dates) => new Set(formsOf(dates, 'clause-opener')));

/** The possible bare stems of a word: و ف, ب ل ك, the article (or لل) and a pronoun suffix set aside. */
export function stemCandidates(word: string): Set<string> {
  const forms = new Set([word]);
  const step = (strip: (w: string) => string | null): void => {
    for (const w of [...forms]) {
      const s = strip(w);
      if (s !== null && s.length >= 2) forms.add(s);
    }
  };
  step((w) => (CONJUNCTION_HEAD.test(w) ? w.slice(1) : null));
  step((w) => (PREPOSITION_HEAD.test(w) ? w.slice(1) : null));
  step((w) => (ARTICLE_HEAD.test(w) ? w.slice(2) : null));
  for (const suffix of ['هما', 'هم', 'ها', 'ه', 'نا', 'ي', 'ك'])
    step((w) => (w.endsWith(suffix) ? w.slice(0, -suffix.length) : null));
  return forms;
}

/** The relation words (الماضي، الجاري، المقبل) as a regex, each with its optional feminine ه. */
export const relationPattern = compiled((dates) => `(?:${alternation(formsOf(dates, 'relation'))})(?:ه)?`);

/** -1 / 0 / 1 for a folded relation word (الماضيه → الماضي), undefined when unknown. */
export function relationValue(dates: DateLexicon, form: string | undefined): -1 | 0 | 1 | undefined {
  if (form === undefined) return undefined;
  const clean = form.replace(/\s+/g, ' ');
  const word =
    wordOf(dates, 'relation', clean) ??
    (clean.endsWith('ه') ? wordOf(dates, 'relation', clean.slice(0, -1)) : undefined);
  if (!word) return undefined;
  const v = Number(word.value);
  return v < 0 ? -1 : v > 0 ? 1 : 0;
}

/** The forms of `type` whose detail holds one of `details` (`1` singular, `2` dual, `n` plural, a gender). */
export function nounForms(dates: DateLexicon, type: TimeWordType, ...details: string[]): string[] {
  return wordsOf(dates, type)
    .filter((w) => w.detail.some((d) => details.includes(d)))
    .map((w) => w.form);
}

/** The nouns a year number follows (time-words.tsv, year-noun) of these details, as an alternation: `عام|سنه`. */
export function yearNouns(dates: DateLexicon, ...details: string[]): string {
  return alternation(nounForms(dates, 'year-noun', ...details));
}

/** The demonstratives of one gender, or of both (time-words.tsv, this-word), as an alternation: `هذا|هذه`. */
export function thisWords(dates: DateLexicon, gender?: 'masculine' | 'feminine'): string {
  return alternation(
    wordsOf(dates, 'this-word')
      .filter((w) => gender === undefined || w.value === gender)
      .map((w) => w.form),
  );
}

/** `أوائل`، `منتصف`، `أواخر` (time-words.tsv, month-part), also behind a glued ب: which third of its period. */
export function partValue(dates: DateLexicon, form: string | undefined): DatePart | undefined {
  if (form === undefined) return undefined;
  const value = (wordOf(dates, 'month-part', form) ?? wordOf(dates, 'month-part', form.replace(/^ب/, '')))
    ?.value;
  return value === 'start' || value === 'middle' || value === 'end' ? value : undefined;
}

/** -1 / 1 for a word that goes one period further (time-words.tsv, further: `قبل الماضي`), else 0. */
export function furtherValue(dates: DateLexicon, form: string | undefined): number {
  return form === undefined ? 0 : Number(wordOf(dates, 'further', form)?.value ?? 0);
}

/**
 * The preposition of (`الخامس من أيار`، `من العام الماضي`) and from (`من 2014 إلى 2017`، `قبل يومين من
 * الانتخابات`): time-words.tsv, from-word, as an alternation.
 */
export function fromWord(dates: DateLexicon): string {
  return alternation(formsOf(dates, 'from-word'));
}

/**
 * A word before two bounds joined by و that makes them a range (time-words.tsv, between: `بين`),
 * with the word that may lead it (between-lead: `ما بين`), as a regex.
 */
export function betweenWords(dates: DateLexicon): string {
  const lead = alternation(formsOf(dates, 'between-lead'));
  return `${lead === '' ? '' : `(?:(?:${lead})\\s+)?`}(?:${alternation(formsOf(dates, 'between'))})`;
}

/** The nouns before a weekday or a day (time-words.tsv, day-noun) of these details, as an alternation: `يوم`. */
export function dayNouns(dates: DateLexicon, ...details: string[]): string {
  return alternation(nounForms(dates, 'day-noun', ...details));
}

/** The nouns before a month (time-words.tsv, month-noun) of these details, as an alternation: `شهر`. */
export function monthNouns(dates: DateLexicon, ...details: string[]): string {
  return alternation(nounForms(dates, 'month-noun', ...details));
}

/**
 * The calendar's name after a year (time-words.tsv, era), as an optional regex that ends its word:
 * every era with `all`, else the Gregorian letter a bare year may carry (`2011م`).
 */
export function eraSuffix(dates: DateLexicon, all = false): string {
  const forms = wordsOf(dates, 'era')
    .filter((w) => all || (w.value === 'gregorian' && w.detail.includes('short')))
    .map((w) => w.form);
  return `(?:\\s*(?:${alternation(forms)})(?![\\p{L}\\p{M}\\p{N}]))?`;
}

/**
 * The fractions that are an amount of their own (time-words.tsv, fraction, a value above 0): `نصف
 * ساعة`، `العاشرة والنصف`; not `نيف`, which only adds to a count.
 */
export function fractionForms(dates: DateLexicon): string[] {
  return wordsOf(dates, 'fraction')
    .filter((w) => Number(w.value) > 0)
    .map((w) => w.form);
}

/**
 * The words after a unit number that make it a teen (time-words.tsv, teen: `خمسة عشر`، `الحادي
 * عشر`); with `gender`, only those that go with it.
 */
export function teenForms(dates: DateLexicon, gender?: 'masculine' | 'feminine'): string[] {
  return wordsOf(dates, 'teen')
    .filter((w) => gender === undefined || w.detail.includes(gender))
    .map((w) => w.form);
}

/** A teen word (teenForms) of `gender`: what it adds to the unit before it, else undefined. */
export function teenValue(
  dates: DateLexicon,
  form: string | undefined,
  gender?: 'masculine' | 'feminine',
): number | undefined {
  const word = form === undefined ? undefined : wordOf(dates, 'teen', form);
  return word && (gender === undefined || word.detail.includes(gender)) ? Number(word.value) : undefined;
}

/**
 * Ordinal day phrases: الخامس، الحادي عشر، الحادي والعشرين، العشرين (after the article). A day
 * (يوم) is masculine: its ordinal takes the masculine teen; the tens are the ordinals of detail tens.
 */
export const ordinalDayPattern = compiled((dates) => {
  const units = alternation(formsOf(dates, 'ordinal'));
  const teens = alternation(teenForms(dates, 'masculine'));
  const tens = alternation(
    wordsOf(dates, 'ordinal')
      .filter((w) => w.detail.includes('tens'))
      .map((w) => w.form),
  );
  return `ال(?:${units})(?:\\s+(?:${teens})|\\s+و\\s?ال(?:${tens}))?`;
});

export function ordinalDayValue(dates: DateLexicon, phrase: string): number | undefined {
  const ords = dates.ordinals;
  const words = phrase.replace(/^ال/, '').split(/\s+/);
  const first = ords.get(words[0] ?? '');
  if (first === undefined) return undefined;
  if (words.length === 1) return first;
  const teen = teenValue(dates, words[1], 'masculine');
  if (teen !== undefined) return first >= 10 ? undefined : first + teen;
  const tens = ords.get((words[words.length - 1] ?? '').replace(/^و?\s?ال/, ''));
  return tens !== undefined && first < 10 ? first + tens : undefined;
}

/**
 * A counted noun or a unit right after a number makes it a count, not a year or a day (`في 2000
 * منزل`، `قبل 2000 عام`، `إلى 3000 شخص`، `20 يناير 1500 شخص`). What a number counts follows it bare:
 * with a conjunction, a preposition or the article glued to it a word is never counted (`في 2009
 * بالسجن`، `في 2017 بمدينة`، `في 1981 الدول`), so only a pronoun suffix is taken off.
 */
export function countFollows(text: string, end: number, lex: Lexicon): boolean {
  const next = wordAfter(text, end)?.word;
  if (next === undefined) return false;
  const units = lex.dates.units;
  return lex.isBareNoun(next) || units.has(next) || stripPronoun(next).some(({ base }) => units.has(base));
}
