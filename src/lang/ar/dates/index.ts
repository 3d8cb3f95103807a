// The Arabic date reader: extractors (one construct each, in extractors/) → overlaps removed →
// neighbours joined → each expression resolved against the reference date.
//
//   extractDates(normalize('وكانت القوات قد أعلنت سيطرتها مساء أمس الأربعاء'), '2022-01-27')
//   → [{ text: 'مساء أمس الأربعاء', date: '2022-01-26', timeOfDay: 'evening', weekday: 3, … }]

import { IsnadError } from '../../../errors.js';
import type { FoldedText } from '../../../text/folded.js';
import type { Token } from '../../../text/tokens.js';
import type { Span } from '../../../types.js';
import type { LexWord, Lexicon } from '../lexicon/lexicon.js';
import type { DateLexicon } from './lexicon.js';
import { compiled } from './lexicon.js';
import { parseIsoDate } from './calendar.js';
import type { DayNumber } from './calendar.js';
import { bareHour } from './extractors/bare-hour.js';
import { clockTime } from './extractors/clock-time.js';
import { clockRange } from './extractors/clock-range.js';
import { consecutiveDay } from './extractors/consecutive-day.js';
import { dayOfMonth } from './extractors/day-of-month.js';
import { dayRange } from './extractors/day-range.js';
import { dateRange } from './extractors/date-range.js';
import { decade } from './extractors/decade.js';
import { century } from './extractors/century.js';
import { duration } from './extractors/duration.js';
import { englishDate } from './extractors/english-date.js';
import { monthDayPair } from './extractors/month-day-pair.js';
import { monthDayYear } from './extractors/month-day-year.js';
import { monthDays } from './extractors/month-days.js';
import { monthName } from './extractors/month-name.js';
import { monthRange } from './extractors/month-range.js';
import { weekdayRange } from './extractors/weekday-range.js';
import { namedDay } from './extractors/named-day.js';
import { nthWeekday } from './extractors/nth-weekday.js';
import { numericDate } from './extractors/numeric-date.js';
import { openSpan } from './extractors/open-span.js';
import { partOfDay } from './extractors/part-of-day.js';
import { recentSpan } from './extractors/recent-span.js';
import { lastSpan } from './extractors/last-span.js';
import { relativeDay } from './extractors/relative-day.js';
import { timeAdverb } from './extractors/time-adverb.js';
import { relativePeriod } from './extractors/relative-period.js';
import { sequencePeriod } from './extractors/sequence-period.js';
import { weekWeekday } from './extractors/week-weekday.js';
import { weekday } from './extractors/weekday.js';
import { year } from './extractors/year.js';
import { set } from './extractors/set.js';
import { untilNow } from './extractors/until-now.js';
import { yearPart } from './extractors/year-part.js';
import { yearRange } from './extractors/year-range.js';
import { twoDigitYear } from './extractors/two-digit-year.js';
import { joinNeighbours, linkSequences, removeOverlaps } from './refine.js';
import { resolveExpression, toMention } from './resolve.js';
import type { DateExpression, DateExtractor, DateMention } from './types.js';
import { scanContextOf } from './scan.js';

export type {
  DateMention,
  DateExpression,
  DateReading,
  TimeOfDay,
  DurationUnit,
  Precision,
} from './types.js';

/**
 * Every extractor runs over the whole text; order does not matter for matching (overlaps are
 * settled by length afterwards), but it is the order of the house style's listing: absolute forms
 * first, then relative ones, then counts and clock times.
 */
export const dateExtractors: readonly DateExtractor[] = [
  numericDate,
  monthName,
  dayOfMonth,
  englishDate,
  monthDayYear,
  monthDayPair,
  year,
  twoDigitYear,
  decade,
  century,
  weekday,
  relativeDay,
  relativePeriod,
  duration,
  recentSpan,
  // The same span with آخر before its count (`آخر 3 أيام`).
  lastSpan,
  // Right after the counted span it shares its relation words with: a count between the unit and
  // the relation (`الأيام الثلاثة الماضية`) leaves it no match, so the two never read one span.
  openSpan,
  untilNow,
  consecutiveDay,
  clockTime,
  bareHour,
  partOfDay,
  timeAdverb,
  // Constructs that hold one of the forms above inside a longer whole, each the longer match, so
  // the overlap step keeps it over its parts: the nth weekday of a month (over a weekday joined
  // to an ordinal day), a week or ten days of a month (over the month), a weekday inside a named week (over the weekday read alone, which would
  // go to the past), ranges of days, weekdays, months and years (over their first or last part), named days,
  // and periods counted from the date before them (linked to it by linkSequences).
  nthWeekday,
  monthDays,
  weekWeekday,
  dayRange,
  dateRange,
  weekdayRange,
  monthRange,
  yearPart,
  yearRange,
  namedDay,
  sequencePeriod,
  // A recurrence (`كل يوم`، `كل يوم أحد`، `كل ساعتين`): over the unit, weekday or count inside it.
  set,
  // A range of the clock (`من الساعة 3 إلى 5 مساءً`): over the clock times at its two ends.
  clockRange,
];

/** A sentence of the text as the reader has cut and tokenized it (see `parseDateExpressions`). */
export interface CuedSentence {
  readonly range: Span;
  readonly toks: readonly Token[];
  /** The lexicon's record of each word token: where a token's cues are kept once worked out. */
  readonly words: readonly (LexWord | null)[];
}

/** Gaps between cued sentences up to this many characters are read with them, in one slice. */
const JOIN_GAP = 200;

/**
 * The unresolved expressions of a folded text, in text order. Never throws. Given the text's
 * sentences, each extractor reads only the sentences holding one of its cues (runs of them, with
 * short gaps, as one slice): most sentences name no month, no weekday and no unit of time, and a
 * pattern costs the same on every letter it passes. Inside that slice its patterns search only the
 * words around its cue tokens, as far as each pattern can reach (scan.ts), with the same matches.
 */
export function parseDateExpressions(
  folded: FoldedText,
  lexicon: Lexicon,
  sentences?: readonly CuedSentence[],
): DateExpression[] {
  const text = folded.text;
  const raw: DateExpression[] = [];
  const dates = lexicon.dates;
  const { slots, cues: slotCues } = CUE_SLOTS(dates);
  const cues = slotCues.map((): number[] => []);
  const masks = sentences?.map((sentence) => sentenceCues(sentence, lexicon, cues));
  // The cues the whole text holds: an extractor none of whose cues it holds has no window to read.
  let held = 0;
  for (const mask of masks ?? []) held |= mask;
  const scan = sentences ? scanContextOf(text, lexicon.kept(patternReaches)) : null;
  const reading = { lexicon, dates, scan };
  dateExtractors.forEach((extractor, k) => {
    try {
      if (!sentences || !masks || !scan) {
        raw.push(...extractor.extract(text, reading));
        return;
      }
      const bit = 1 << slots[k]!;
      if ((held & bit) === 0) return;
      let next = 0;
      const starts = cues[slots[k]!]!;
      for (const w of cuedWindows(sentences, masks, bit)) {
        scan.offset = w.start;
        scan.end = w.end;
        while (next < starts.length && starts[next]! < w.start) next++;
        const first = next;
        while (next < starts.length && starts[next]! < w.end) next++;
        scan.cues = starts.slice(first, next);
        scan.least = extractor.cuesPerMatch ?? 1;
        scan.group = extractor.cueGroup ?? null;
        const found = extractor.extract(text.slice(w.start, w.end), reading);
        for (const e of found) raw.push({ ...e, start: e.start + w.start, end: e.end + w.start });
      }
    } catch (error) {
      // Text never throws: an extractor that fails on odd input yields nothing. A pattern the date
      // words do not compile to (a SyntaxError) is no text's fault: it fails loudly, not silently.
      if (error instanceof SyntaxError)
        throw new IsnadError('lexicon_invalid', `date pattern of ${extractor.id}: ${error.message}`);
    }
  });
  return linkSequences(text, joinNeighbours(text, removeOverlaps(raw), dates), dates);
}

/**
 * The distinct cues of the extractors, in the words of `dates`, and the one of each extractor
 * (`slots[k]` for dateExtractors[k]): extractors with the same cue (`dateRange` and `monthRange`)
 * share it, so that a token's cues fit one 32-bit mask, bit `slots[k]` for extractor k.
 */
const CUE_SLOTS = compiled((dates) => {
  const cues: RegExp[] = [];
  const bySource = new Map<string, number>();
  const slots = dateExtractors.map((extractor) => {
    const cue = extractor.cue(dates);
    const key = `${cue.flags}/${cue.source}`;
    let slot = bySource.get(key);
    if (slot === undefined) {
      slot = cues.length;
      bySource.set(key, slot);
      cues.push(cue);
    }
    return slot;
  });
  if (cues.length > 32) throw new IsnadError('lexicon_invalid', `${cues.length} date cues: a mask holds 32`);
  return { slots, cues };
});

/** The cues (bit s for CUE_SLOTS' cues[s]), in the words of `dates`, a token's text holds. */
function cuesOf(text: string, dates: DateLexicon): number {
  let mask = 0;
  CUE_SLOTS(dates).cues.forEach((cue, s) => {
    if (cue.test(text)) mask |= 1 << s;
  });
  return mask;
}

/** Tokens without a record (digits, marks) whose cues are kept on the lexicon at once. */
const TOKEN_CUES_MAX = 50_000;

/** The reach of each date pattern (`reachOf`), kept on the lexicon the patterns are compiled from. */
function patternReaches(): WeakMap<RegExp, number> {
  return new WeakMap();
}

/** The cues of each one-unit token (a mark, a digit), by its code unit (-1: not yet asked), kept on the lexicon. */
function charCues(): Int32Array {
  return new Int32Array(0x10000).fill(-1);
}

/** The cues of a token without a record: a mark or a digit by its code, else kept by its text. */
function tokenCuesOf(text: string, lexicon: Lexicon): number {
  if (text.length === 1) {
    const table = lexicon.kept(charCues);
    const c = text.charCodeAt(0);
    const known = table[c]!;
    if (known >= 0) return known;
    return (table[c] = cuesOf(text, lexicon.dates));
  }
  const tokenCues = lexicon.dateCuesOfTokens;
  let known = tokenCues.get(text);
  if (known === undefined) {
    known = cuesOf(text, lexicon.dates);
    if (tokenCues.size >= TOKEN_CUES_MAX) tokenCues.clear();
    tokenCues.set(text, known);
  }
  return known;
}

/**
 * The cues of a sentence's tokens, all of them (the sentence's mask); the start of each token that
 * holds cue s is added to `cues[s]`.
 */
function sentenceCues(sentence: CuedSentence, lexicon: Lexicon, cues: readonly number[][]): number {
  const dates = lexicon.dates;
  let mask = 0;
  const { toks, words } = sentence;
  for (let i = 0; i < toks.length; i++) {
    const word = words[i];
    let known: number | undefined;
    if (word) known = word.dateCues ??= cuesOf(word.text, dates);
    else known = tokenCuesOf(toks[i]!.text, lexicon);
    if (known !== 0) {
      mask |= known;
      const start = toks[i]!.start;
      for (let k = 0, bits = known; bits !== 0; k++, bits >>>= 1) if (bits & 1) cues[k]!.push(start);
    }
  }
  return mask;
}

/**
 * Runs of the sentences that hold cue `bit`, each with the sentences before and after it (a match
 * may run across a sentence break: `Jan. 5, 2019`, a day at the end of a line and its month on the
 * next), joined across gaps of up to JOIN_GAP characters.
 */
function cuedWindows(sentences: readonly CuedSentence[], masks: readonly number[], bit: number): Span[] {
  const out: Span[] = [];
  let open: { start: number; end: number } | null = null;
  // A loop with the neighbours' bits in hand, not a closure per sentence: each extractor walks
  // every sentence of the text.
  const n = Math.min(sentences.length, masks.length);
  let here = n > 0 && (masks[0]! & bit) !== 0;
  let before = false;
  for (let k = 0; k < sentences.length; k++) {
    const after = k + 1 < n && (masks[k + 1]! & bit) !== 0;
    const cued = here || before || after;
    before = here;
    here = after;
    if (!cued) continue;
    const range = sentences[k]!.range;
    if (open && range.start - open.end <= JOIN_GAP) open.end = range.end;
    else {
      if (open) out.push(open);
      open = { start: range.start, end: range.end };
    }
  }
  if (open) out.push(open);
  return out;
}

/** Resolves parsed expressions against a reference day (null: relative dates stay null). */
export function resolveDateExpressions(
  folded: FoldedText,
  exprs: readonly DateExpression[],
  reference: DayNumber | null,
): DateMention[] {
  return exprs.map((e) => toMention(folded, e, resolveExpression(e, reference)));
}

/**
 * Dates, durations and clock times in a folded text, with spans into the original. `reference` is
 * the publication date (`YYYY-MM-DD`) relative phrases resolve against; with null they are still
 * reported, with `date: null`.
 */
export function extractDates(folded: FoldedText, reference: string | null, lexicon: Lexicon): DateMention[] {
  return resolveDateExpressions(folded, parseDateExpressions(folded, lexicon), parseIsoDate(reference));
}
