// Date mentions: what the Arabic date reader reports (DateMention), and the unresolved expression
// each extractor produces (DateExpression). Extractors only read the text; one resolver turns an
// expression into a mention against a reference date, so a document can be re-resolved cheaply
// against several candidate publication dates (see publication.ts).

import type { Lexicon } from '../lexicon/lexicon.js';
import type { DateLexicon } from './lexicon.js';
import type { ScanContext } from './scan.js';

export type TimeOfDay = 'dawn' | 'morning' | 'noon' | 'afternoon' | 'evening' | 'night';
export type DurationUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
export type Precision = 'day' | 'week' | 'month' | 'year';
/** A time of the clock, on 24 hours. */
export interface Clock {
  readonly hour: number;
  readonly minute: number;
}
/** `أوائل`/`مطلع`، `منتصف`/`أواسط`، `أواخر`/`نهاية` of a month or a year: its first, middle or last third. */
export type DatePart = 'start' | 'middle' | 'end';
/** What disagrees: a named weekday with its day, a day its month lacks, a month called current
 * outside the reference month, a Hijri date with the Gregorian date it is paired with, a relative
 * day with the date it is paired with (`أمس الاثنين 13 آب` when the 13th was not yesterday). */
export type Inconsistency = 'weekday' | 'no-such-day' | 'relation' | 'calendar-pair' | 'relative-day';

/** What recurs, for a set (`كل يوم`، `أسبوعيا`، `كل ساعتين`): every `amount` units. */
export interface Every {
  readonly amount: number;
  readonly unit: DurationUnit;
}

export interface DateMention {
  /** `set`: a recurrence (`كل يوم`، `يومياً`، `كل جمعة`): no date, its period in `every`. */
  readonly kind: 'date' | 'duration' | 'time' | 'set';
  /** Original offsets (half-open). */
  readonly start: number;
  readonly end: number;
  /** Folded offsets. */
  readonly foldedStart: number;
  readonly foldedEnd: number;
  /** The original slice. */
  readonly text: string;
  /** YYYY-MM-DD; for week and month precision the first day (weeks start on Saturday, as ACLED's). */
  readonly date: string | null;
  readonly precision: Precision | null;
  /** First and last day (inclusive) of a week, month or year, and of a span up to the reference
   * (`خلال الأيام الثلاثة الماضية`); absent for a single day. */
  readonly range?: { readonly start: string; readonly end: string };
  /** The date depends on the reference date (with a null reference such mentions have date null). */
  readonly relative: boolean;
  /** Which parts the text itself fixes (given the reference) and which were implied (chrono's known/implied). */
  readonly stated: { readonly year: boolean; readonly month: boolean; readonly day: boolean };
  /** 0 = Sunday … 6 = Saturday, when the text names a weekday. */
  readonly weekday?: number;
  readonly timeOfDay?: TimeOfDay;
  /** `HH:MM` on 24 hours: a clock time (`الساعة الثامنة مساء` 20:00), also joined to its day
   * (`غداً الساعة الثامنة مساءً`). */
  readonly clock?: string;
  /** `HH:MM`: the last clock time of a range of the clock (`من الساعة 3 إلى 5 مساء` 15:00 to 17:00). */
  readonly untilClock?: string;
  /** An uncounted span with one end at the reference: `past` ends there (`خلال الأيام الماضية`، `حتى
   * الآن`), `future` starts there (`في الأيام المقبلة`). No date and no range: its other end is unsaid. */
  readonly open?: 'past' | 'future';
  /** The unit an open span counts in (`الأيام الماضية` day, `الساعات الأخيرة` hour); none for `حتى الآن`. */
  readonly openUnit?: DurationUnit;
  readonly every?: Every;
  readonly duration?: { readonly amount: number; readonly unit: DurationUnit };
  /** Why the parts of the mention disagree (`أمس الأربعاء` when yesterday was no Wednesday): a
   * message for people; the stated day (date or relative day) stays the value. */
  readonly inconsistent?: string;
  /** Which parts disagree (the first, when several do). */
  readonly inconsistency?: Inconsistency;
  /** The Hijri date the text states (a Hijri date, or the Hijri half of a paired date). */
  readonly hijri?: { readonly year?: number; readonly month: number; readonly day?: number };
  readonly rules: readonly string[];
}

/** How a weekday is resolved: `past` most recent on or before the reference (past narration),
 * `future` nearest on or after (future narration), `last` strictly before (الخميس الماضي),
 * `next` strictly after (الخميس المقبل), `this` the nearest either way (الخميس الجاري). */
export type WeekdayMode = 'past' | 'future' | 'last' | 'next' | 'this';

export type Anchor =
  /** A calendar date as written; missing parts come from the reference. `relation` is the
   * الماضي/الجاري/المقبل after a month name, `yearOffset` an explicit `من العام الماضي`. */
  | {
      readonly type: 'calendar';
      readonly calendar: 'gregorian' | 'hijri';
      readonly year?: number;
      readonly month: number;
      readonly day?: number;
      readonly relation?: -1 | 0 | 1;
      readonly yearOffset?: number;
      /** `في 21 من الشهر الجاري`: the month comes from the reference. */
      readonly monthFromReference?: boolean;
      /** `15/03/19`: the year written with two digits (see the year anchor's). */
      readonly shortYear?: boolean;
      /** `من 3 إلى 19 من الشهر الجاري`, `آب 8 إلى 11`: the last day of a range of days (same month;
       * with `untilMonth`, of that month: `من 28 آذار إلى 3 نيسان`). */
      readonly untilDay?: number;
      /** `من كانون الثاني إلى آذار`، `بين شهري يناير ومارس`: the last month of a range of months
       * (a month precision anchor; a smaller number is in the year after). */
      readonly untilMonth?: number;
      /** `عشية عيد الفطر`, `ليلة عيد الأضحى`: the day before the date, the eve of a feast. */
      readonly eve?: true;
    }
  /** `untilYear`: the last year of a range (`من 2011 إلى 2016`، `2015-2019`). */
  | {
      readonly type: 'year';
      readonly year: number;
      readonly untilYear?: number;
      /** `عام 18`: written with two digits, `year` in this century until the reference says otherwise. */
      readonly shortYear?: boolean;
    }
  /** `الخميس الثاني من تشرين الأول`: the nth (1–5, or -1 for the last) such weekday of a month,
   * unless the month's nth day is itself that weekday (then it is that day). */
  | {
      readonly type: 'nth-weekday';
      readonly weekday: number;
      readonly nth: number;
      readonly month: Extract<Anchor, { type: 'calendar' }>;
    }
  /** `الأسبوع الأول من آذار`، `العشر الأواخر من رمضان`: days `from` to `to` of a month (1-based; a
   * negative day counts from the month's end, -1 its last). */
  | {
      readonly type: 'month-days';
      readonly month: Extract<Anchor, { type: 'calendar' }>;
      readonly from: number;
      readonly to: number;
    }
  /** `ثالث أيام العيد`: of the options, the day nearest the reference, none beyond `within` days. */
  | {
      readonly type: 'nearest';
      readonly options: readonly Extract<Anchor, { type: 'calendar' }>[];
      readonly within: number;
    }
  /** `الأسبوع القادم يوم الأحد`: a weekday inside a week named relative to the reference. */
  | { readonly type: 'week-weekday'; readonly weekday: number; readonly offset: number }
  /** `الشهر السابق`, `العام التالي`: a period before or after another date of the text (`base`),
   * or, with no such date before it, the reference's (base null). */
  | {
      readonly type: 'shifted';
      readonly base: Anchor | null;
      /** `day` (`اليوم التالي`) only from a base: with none it dates nothing. */
      readonly unit: 'day' | 'week' | 'month' | 'year';
      readonly offset: number;
      /** `الشهر نفسه`، `في 24 من الشهر ذاته`: the base's own period, only from a base (with none it
       * dates nothing); `dayOfMonth` is a day of the base's month. */
      readonly same?: true;
      readonly dayOfMonth?: number;
    }
  /** اليوم 0, أمس -1, غدا 1, قبل ثلاثة أيام -3. */
  | { readonly type: 'day-offset'; readonly days: number }
  /** `untilWeekday`: the last day of a range of weekdays (`من الأحد إلى الخميس`); `weeks`: so many
   * weeks further than the relation says (`الأحد بعد المقبل` 1, `الخميس قبل الماضي` -1). */
  | {
      readonly type: 'weekday';
      readonly weekday: number;
      readonly mode: WeekdayMode;
      readonly untilWeekday?: number;
      readonly weeks?: number;
    }
  /** الأسبوع الماضي, الشهر الجاري, العام المقبل. */
  | { readonly type: 'period'; readonly unit: 'week' | 'month' | 'year'; readonly offset: number }
  /** قبل شهرين, منذ ثلاث سنوات: a point N units before the reference. */
  | { readonly type: 'ago'; readonly amount: number; readonly unit: DurationUnit }
  /** `سيعقد الاجتماع بعد أسبوعين`: a point N units after the reference, told as the future. */
  | { readonly type: 'ahead'; readonly amount: number; readonly unit: DurationUnit }
  /** `خلال الأيام الثلاثة الماضية`, `في الساعات الـ24 الماضية`: the span up to the reference. */
  | {
      readonly type: 'recent';
      readonly amount: number;
      readonly unit: DurationUnit;
      /** `السنوات الخمس المقبلة`: from the reference on. */
      readonly forward?: true;
    }
  /** `خلال الأيام الأخيرة`، `في الأشهر الماضية`: some units up to the reference, how many unsaid. */
  | { readonly type: 'open-recent'; readonly unit: DurationUnit | null; readonly forward?: true }
  /** Durations and clock times: no date. */
  | { readonly type: 'none' };

export interface DateExpression {
  readonly kind: 'date' | 'duration' | 'time' | 'set';
  /** Folded offsets. */
  readonly start: number;
  readonly end: number;
  readonly anchor: Anchor;
  /** A weekday the text names next to another anchor (أمس الأربعاء): checked, not used to resolve. */
  readonly weekday?: number;
  /** The other calendar's date the text pairs with this one (`10 شوال 1439 هـ (24 يونيو 2018)`,
   * `… الموافق …`), or the relative day before a date (`أمس الاثنين 13 آب`): checked against the
   * anchor, not used to resolve. */
  readonly paired?: Anchor;
  readonly timeOfDay?: TimeOfDay;
  /** The clock a time names (clock.ts), and the day's once joined to it. */
  readonly clock?: Clock;
  /** The last clock time of a range of the clock (clock-range.ts). */
  readonly untilClock?: Clock;
  /** A set's period (set.ts). */
  readonly every?: Every;
  /** The third of its month or year the text names (`أواخر أيار`، `مطلع العام الجاري`): a month's
   * days 1–10, 11–20 or 21 to its end (precision week), a year's months January–April, May–August
   * or September–December (precision month). A week, or a span of several months or years, keeps
   * its whole range. */
  readonly part?: DatePart;
  readonly duration?: { readonly amount: number; readonly unit: DurationUnit };
  /** What a duration counts from: `after` (بعد ستة أيام من …), `since` (منذ), `ago` (قبل),
   * `consecutive` (لليوم الثاني على التوالي), `within`, `for`, or none (bare `سبعة أيام`). */
  readonly durationRole?: 'after' | 'since' | 'ago' | 'consecutive' | 'within' | 'for' | 'recent';
  /** The duration is approximate or bounded (نحو، أكثر من). */
  readonly approximate?: boolean;
  /** `منذ عام 2011 وحتى الآن`: the date is the first day of a span that ends on the reference. */
  readonly toReference?: true;
  /** A future cue governs it (من المقرر، سوف). */
  readonly future?: boolean;
  readonly rules: readonly string[];
}

/** What a date extractor may consult besides the text. */
export interface DateReading {
  /** The Arabic lexicon: a counted noun after a number makes it a count, not a year. */
  readonly lexicon: Lexicon;
  /** Its date words (`lexicon.dates`), and the patterns compiled from them. */
  readonly dates: DateLexicon;
  /**
   * Where in the text its patterns need to be run (scan.ts), for `boundedMatches`: set by the date
   * reader for each slice it hands an extractor; absent or null, the patterns read the whole text.
   */
  readonly scan?: ScanContext | null;
}

/** A date extractor: a small pure object that reads the folded text and returns expressions. */
export interface DateExtractor {
  readonly id: string;
  readonly kind: 'date' | 'duration' | 'time' | 'set';
  /** `reading` carries what the date reader knows besides the text: the lexicon, and where to scan. */
  extract(text: string, reading: DateReading): DateExpression[];
  /**
   * Finds, inside a single token, what every match must hold (a month name, a unit, four digits)
   * with the words of `dates`: a text none of whose tokens it finds in can hold no match, so the
   * extractor skips it.
   */
  readonly cue: (dates: DateLexicon) => RegExp;
  /**
   * How many tokens holding its cue every match spans (1 when absent): a range of years holds two
   * years, each its own token. A stretch of text holding fewer cue tokens holds no match (scan.ts).
   */
  readonly cuesPerMatch?: number;
  /**
   * The named group of its pattern that holds a cue token in every match (the month of a date):
   * its patterns are then searched from a few runs before each cue only, as far back as a match
   * can start before that group (scan.ts, `leadOf`). A pattern without the group is searched as
   * far back as it reaches.
   */
  readonly cueGroup?: string;
}
