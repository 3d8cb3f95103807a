// Calendar arithmetic on day numbers (days since 1970-01-01, UTC), so that no time zone or clock
// ever enters date resolution. Hijri dates go through Node's own ICU (Umm al-Qura calendar).

export type DayNumber = number;

const MS_PER_DAY = 86_400_000;

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function fromYmd(year: number, month: number, day: number): DayNumber {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function toYmd(n: DayNumber): Ymd {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function isoDate(n: DayNumber): string {
  const { year, month, day } = toYmd(n);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Reads `YYYY-MM-DD` (anything after the day, such as a time, is ignored); null when invalid. */
export function parseIsoDate(value: string | null | undefined): DayNumber | null {
  if (value == null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidDate(year, month, day) ? fromYmd(year, month, day) : null;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(n: DayNumber): number {
  return (((n + 4) % 7) + 7) % 7;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** The first day of the month `offset` months from the month holding `n`. */
export function monthStart(n: DayNumber, offset = 0): DayNumber {
  const { year, month } = toYmd(n);
  const index = year * 12 + (month - 1) + offset;
  return fromYmd(Math.floor(index / 12), (index % 12) + 1, 1);
}

/** The same day `months` months away, clamped to the end of a shorter month. */
export function addMonths(n: DayNumber, months: number): DayNumber {
  const { year, month, day } = toYmd(n);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return fromYmd(y, m, Math.min(day, daysInMonth(y, m)));
}

/**
 * Weeks start on Saturday, as in ACLED's weekly data (`week` is the Saturday that begins it) and
 * in the working week of most of the Arab world (weekend Friday–Saturday).
 */
export const WEEK_START = 6;

export function weekStart(n: DayNumber): DayNumber {
  return n - ((weekdayOf(n) - WEEK_START + 7) % 7);
}

/**
 * The rule id of a date read in the Hijri calendar, whichever extractor read it (a Hijri month
 * name, a numeric date marked `هـ`): it names the reading through toHijri/fromHijri below.
 */
export const HIJRI_RULE = 'ar/date/hijri';

let hijriFormat: Intl.DateTimeFormat | null = null;

/**
 * Days already converted. ICU's Umm al-Qura formatting costs tens of microseconds a call (3 % of
 * `extract` before this table), and a batch asks about few days: its publication days and the
 * search of `fromHijri` around them. The calendar is no lexicon's, so one table serves all;
 * cleared when it grows past `HIJRI_DAYS_KEPT`.
 */
const hijriDays = new Map<DayNumber, Ymd | null>();
const HIJRI_DAYS_KEPT = 4096;

export function toHijri(n: DayNumber): Ymd | null {
  const known = hijriDays.get(n);
  if (known !== undefined) return known;
  if (hijriDays.size >= HIJRI_DAYS_KEPT) hijriDays.clear();
  const ymd = hijriOfDay(n);
  hijriDays.set(n, ymd);
  return ymd;
}

function hijriOfDay(n: DayNumber): Ymd | null {
  try {
    hijriFormat ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    const parts = hijriFormat.formatToParts(new Date(n * MS_PER_DAY));
    const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
    const ymd = { year: get('year'), month: get('month'), day: get('day') };
    return Number.isFinite(ymd.year) && Number.isFinite(ymd.month) && Number.isFinite(ymd.day) ? ymd : null;
  } catch {
    return null;
  }
}

/** 1 Muharram 1 AH in the proleptic Gregorian calendar (622-07-19). */
const HIJRI_EPOCH = fromYmd(622, 7, 19);
const HIJRI_YEAR = 354.36667;
const HIJRI_MONTH = 29.530589;

/**
 * Hijri → Gregorian by inverting ICU's Umm al-Qura calendar (the Saudi official calendar, the one
 * Gulf outlets print): estimate with the mean month, then search a few days either way for the day
 * toHijri maps back. ICU tabulates Umm al-Qura for 1300–1600 AH (1882-11-12 … 2174-11-25) and
 * falls back to the arithmetic civil calendar outside it. Countries that begin months on a
 * sighting of the moon may be a day off either way; calendar.test.ts checks every third day of
 * the range against ICU. A day the calendar lacks (a 30th of a 29-day month) gives null.
 */
export function fromHijri(year: number, month: number, day: number): DayNumber | null {
  if (month < 1 || month > 12 || day < 1 || day > 30 || year < 1) return null;
  const estimate = Math.floor(HIJRI_EPOCH + (year - 1) * HIJRI_YEAR + (month - 1) * HIJRI_MONTH + (day - 1));
  for (let delta = 0; delta <= 6; delta++) {
    for (const n of delta === 0 ? [estimate] : [estimate - delta, estimate + delta]) {
      const h = toHijri(n);
      if (h && h.year === year && h.month === month && h.day === day) return n;
    }
  }
  return null;
}
