// The clock a time names, on 24 hours: its hour (digits, or the feminine ordinal of time-words.tsv,
// hour), the minutes (digits, or a fraction after و: `والنصف` 30, `والربع` 15) and the part of the
// day after it, which moves an hour of the 12-hour clock into the afternoon, evening or night.
//
// Must read: الساعة الثامنة مساء → 20:00 · الساعة 10:30 صباحا → 10:30 · العاشرة والنصف ليلا → 22:30 ·
//   الثانية ليلا → 02:00 · الثانية عشرة ليلا → 00:00 · الواحدة ظهرا → 13:00 · الساعة 20:45 → 20:45
// Must not: 25:10 · the 13th hour in the evening (13 مساء stays 13:00)

import { wordOf } from './lexicon.js';
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

/** `HH:MM`. */
export function clockText(c: Clock): string {
  return `${String(c.hour).padStart(2, '0')}:${String(c.minute).padStart(2, '0')}`;
}
