// The clock a time names, on 24 hours: its hour (digits, or the feminine ordinal of time-words.tsv,
// hour), the minutes (digits, or a fraction after و: `والنصف` 30, `والربع` 15) and the part of the
// day after it, which moves an hour of the 12-hour clock into the afternoon, evening or night.
//
// Must read: الساعة الثامنة مساء → 20:00 · الساعة 10:30 صباحا → 10:30 · العاشرة والنصف ليلا → 22:30 ·
//   الثانية ليلا → 02:00 · الثانية عشرة ليلا → 00:00 · الواحدة ظهرا → 13:00 · الساعة 20:45 → 20:45
// Must not: 25:10 · the 13th hour in the evening (13 مساء stays 13:00)

import { wordOf } from './lexicon.js';
import { RB, alternation, countWords, formsOf, fractionForms } from './patterns.js';
import type { DateLexicon } from './lexicon.js';
import type { Clock, TimeOfDay } from './types.js';

/** Where an hour of the 12-hour clock said with this part of the day moves: hours below `from` gain 12. */
const AFTERNOON: Readonly<Partial<Record<TimeOfDay, { readonly from: number; readonly to: number }>>> = {
  // `الواحدة ظهرا` is 13:00, `الحادية عشرة ظهرا` 11:00.
  noon: { from: 1, to: 5 },
  afternoon: { from: 1, to: 11 },
  evening: { from: 1, to: 11 },
  // `العاشرة ليلا` is 22:00, `الثانية ليلا` 02:00.
  night: { from: 6, to: 11 },
};

/** The clock of an hour, its minutes and its part of the day; null when no such time. */
export function clockOf(hour: number, minute: number, timeOfDay: TimeOfDay | undefined): Clock | null {
  if (
    !Number.isInteger(hour) ||
    !Number.isInteger(minute) ||
    hour < 0 ||
    hour > 24 ||
    minute < 0 ||
    minute > 59
  )
    return null;
  const shift = timeOfDay !== undefined ? AFTERNOON[timeOfDay] : undefined;
  const h = shift !== undefined && hour >= shift.from && hour <= shift.to ? hour + 12 : hour;
  // `الثانية عشرة ليلا`، `الساعة 12 مساء` are midnight.
  const midnight =
    h === 24 || (h === 12 && (timeOfDay === 'night' || timeOfDay === 'dawn' || timeOfDay === 'evening'));
  return { hour: midnight ? 0 : h, minute };
}

/** The hour a feminine ordinal names (time-words.tsv, hour: `الثامنة` 8), without its article. */
export function hourValue(dates: DateLexicon, form: string | undefined): number | undefined {
  if (form === undefined) return undefined;
  const value = Number(wordOf(dates, 'hour', form.replace(/\s+/g, ' '))?.value);
  return Number.isInteger(value) ? value : undefined;
}

/** The minutes a fraction of the hour adds (`والنصف` 30, `والربع` 15), 0 for none. */
export function fractionMinutes(dates: DateLexicon, form: string | undefined): number {
  if (form === undefined) return 0;
  const value = Number(wordOf(dates, 'fraction', form.replace(/^ال/, ''))?.value ?? 0);
  return Math.round(value * 60);
}

/**
 * The hour of a clock time with its minutes, as a regex source whose groups end in `k` (clock-time.ts,
 * clock-range.ts): an hour word (`الثامنة`) or digits (with `colon`, `10:30` too), then a fraction
 * after و (`والنصف`), minutes after و in words or digits (`وعشر دقائق`، `وخمس وعشرين دقيقة`، `و15
 * دقيقة`), minutes taken off (`إلا ربعاً`، `إلا عشر دقائق`). Read back with hourMinutes.
 */
export function hourPattern(dates: DateLexicon, k: string, colon = false): string {
  const hourWord = alternation(formsOf(dates, 'hour'));
  const fractions = alternation(fractionForms(dates));
  const numbers = countWords(dates);
  const minuteUnits = alternation(
    [...dates.units].filter(([, u]) => u.unit === 'minute').map(([form]) => form),
  );
  const minus = alternation(formsOf(dates, 'clock-minus'));
  /** `عشر دقائق`، `خمس وعشرين دقيقة`، `5 دقائق`: minutes in words or digits, with their unit. */
  const minutes = (name: string): string =>
    `(?:(?<${name}Word>${numbers})(?:\\s+و\\s?(?<${name}Tens>${numbers}))?|(?<${name}Digits>\\d{1,2}))\\s+(?:${minuteUnits})${RB}`;
  return (
    `(?:ال(?<hw${k}>${hourWord})|(?<hd${k}>\\d{1,2})${colon ? `(?::(?<m${k}>\\d{2}))?` : ''}${RB})` +
    `(?:\\s+و\\s?(?:ال)?(?<frac${k}>${fractions})${RB})?(?:\\s+و\\s?${minutes(`plus${k}`)})?` +
    `(?:\\s+(?:${minus})\\s+(?:(?<less${k}>${fractions})ا?${RB}|${minutes(`less${k}`)}))?`
  );
}

/**
 * The hour and minutes a match of hourPattern (groups ending in `k`) names, on the clock's face
 * (the part of the day not yet applied: clockOf): `الثالثة إلا ربعاً` 2:45; null when none (a digit
 * hour outside 1–24, minutes of an hour or more).
 */
export function hourMinutes(
  dates: DateLexicon,
  g: Readonly<Record<string, string | undefined>>,
  k: string,
): { readonly hour: number; readonly minute: number } | null {
  const digits = g[`hd${k}`];
  const hour = digits !== undefined ? Number(digits) : hourValue(dates, g[`hw${k}`]);
  if (hour === undefined || (digits !== undefined && (hour < 1 || hour > 24))) return null;
  const colon = g[`m${k}`] !== undefined ? Number(g[`m${k}`]) : 0;
  const plus = minuteCount(dates, g, `plus${k}`);
  const lessFraction = g[`less${k}`];
  const less =
    lessFraction !== undefined ? fractionMinutes(dates, lessFraction) : minuteCount(dates, g, `less${k}`);
  if (colon > 59 || plus === null || plus >= 60 || less === null || less >= 60) return null;
  const total = hour * 60 + colon + fractionMinutes(dates, g[`frac${k}`]) + plus - less;
  return total < 0 ? null : { hour: Math.floor(total / 60), minute: total % 60 };
}

/**
 * The minutes a count of them says (`عشر دقائق`، `خمس وعشرين دقيقة`، `5 دقائق`), 0 for none; null
 * when a unit and its tens make no count (a unit of ten or more, or tens that are not 20, 30 …).
 */
function minuteCount(
  dates: DateLexicon,
  g: Readonly<Record<string, string | undefined>>,
  name: string,
): number | null {
  const digits = g[`${name}Digits`];
  if (digits !== undefined) return Number(digits);
  const word = g[`${name}Word`];
  if (word === undefined) return 0;
  const tens = g[`${name}Tens`];
  const unit = dates.numbers.get(word) ?? 0;
  if (tens === undefined) return unit;
  // `خمس وعشرين`: a unit before its tens.
  const ten = dates.numbers.get(tens) ?? 0;
  return unit < 10 && ten >= 20 && ten % 10 === 0 ? unit + ten : null;
}

/** `HH:MM`. */
export function clockText(c: Clock): string {
  return `${String(c.hour).padStart(2, '0')}:${String(c.minute).padStart(2, '0')}`;
}
