// ar/meta/agency-dateline: a news agency's dateline at the head of the report, a place, `في`, a day
// and a month with no year, then the agency's mark between slashes or brackets: the day the report
// went out. The year is never guessed: it comes from a date in the page's address (`/2023/11/…`,
// the same month), else from the latest full date the text states when the dateline's day falls
// within weeks of it (a report narrates days close to its own); with neither, no publication day.
//
// Must read: `القاهرة في 12 نوفمبر /أ ش أ/ أعلنت وزارة …` (its own line, or opening the first
//   paragraph) · `الخرطوم في 3 يناير (سونا) - قال …` · `بيروت، في 5 آب /وطنية/`
// Must not: `وقال في 12 نوفمبر (تشرين الثاني) إن …` (a clause, and the bracket holds a month) ·
//   `قتل 3 في 12 نوفمبر /أ ش أ/` (a count, no place) · `القاهرة في 12 نوفمبر 2023 /أ ش أ/` (a full
//   date: the date line rules read it) · `القاهرة في 12 نوفمبر (أ ش أ) بحسب …` (brackets with no
//   dash or end after them: an aside) · the same line with no year anywhere (no day from it)

import { fromYmd, isValidDate, isoDate, parseIsoDate } from '../dates/calendar.js';
import type { DayNumber } from '../dates/calendar.js';
import type { DateExpression, DateMention } from '../dates/index.js';
import type { PublishedDate } from '../dates/publication.js';
import type { FoldedText } from '../../../text/folded.js';
import { toOriginal } from '../../../text/folded.js';
import type { Line } from './lines.js';

export const AGENCY_DATELINE_RULE = 'ar/meta/agency-dateline';

/** How far into its line a dateline's date may start (a place of a few words, `في`). */
const LEAD_REACH = 40;
/** How many days after the text's latest full date the dateline may fall (and before it, a few). */
const AFTER_LATEST = 45;
const BEFORE_LATEST = 7;

/** One to three words of a place, no conjunction before them, an optional comma and `في`. */
const PLACE_BEFORE = /^\s*(?!و)[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2}\s*[،,]?\s*(?:في\s*)?$/u;
/** The agency's mark: letters between slashes anywhere, or in brackets closed by a dash or the line end. */
const MARK_AFTER = /^\s*[-–]?\s*(?:\/[\p{L}\p{M}. ]{1,30}\/|\([\p{L}\p{M}. ]{1,30}\)\s*(?:[-–:]|$))/u;

interface DayMonth {
  readonly month: number;
  readonly day: number;
  readonly start: number;
  readonly end: number;
}

/** A Gregorian day and month the text states without a year (and no `الماضي`, no range). */
function dayMonth(e: DateExpression): DayMonth | null {
  const a = e.anchor;
  if (e.kind !== 'date' || a.type !== 'calendar' || a.calendar !== 'gregorian') return null;
  if (a.year !== undefined || a.day === undefined || a.relation !== undefined) return null;
  if (a.yearOffset !== undefined || a.monthFromReference || a.untilDay !== undefined) return null;
  return { month: a.month, day: a.day, start: e.start, end: e.end };
}

/** The dateline's day and month on one of the lines above or opening the body, else null. */
function findDateline(
  folded: FoldedText,
  lines: readonly Line[],
  exprs: readonly DateExpression[],
): DayMonth | null {
  for (const line of lines) {
    for (const e of exprs) {
      const dm = dayMonth(e);
      if (!dm || dm.start < line.start || dm.end > line.end || dm.start - line.start > LEAD_REACH) continue;
      const before = folded.text.slice(line.start, dm.start);
      const after = folded.text.slice(dm.end, line.end);
      if (!PLACE_BEFORE.test(before)) continue;
      const mark = MARK_AFTER.exec(after);
      // A bracket that holds another date (`12 نوفمبر (تشرين الثاني)`) pairs a month, no agency.
      const markEnd = dm.end + (mark?.[0].length ?? 0);
      if (!mark || exprs.some((o) => o !== e && o.start < markEnd && o.end > dm.end)) continue;
      return dm;
    }
  }
  return null;
}

/** The year of a date in the page's address in the dateline's month (`/2023/11/12/`، `2023-11-…`). */
function urlYear(url: string | undefined, month: number): number | null {
  if (!url) return null;
  for (const m of url.matchAll(/(?<!\d)((?:19|20)\d{2})[/_-](\d{1,2})(?!\d)/g)) {
    if (Number(m[2]) === month) return Number(m[1]);
  }
  return null;
}

/** The dateline's day in the year that puts it within weeks of the text's latest full date. */
function nearLatest(full: readonly DateMention[], dm: DayMonth): DayNumber | null {
  let latest: DayNumber | null = null;
  for (const m of full) {
    const day = parseIsoDate(m.date);
    if (day !== null && (latest === null || day > latest)) latest = day;
  }
  if (latest === null) return null;
  const year = Number(isoDate(latest).slice(0, 4));
  for (const y of [year, year + 1, year - 1]) {
    if (!isValidDate(y, dm.month, dm.day)) continue;
    const day = fromYmd(y, dm.month, dm.day);
    if (day - latest <= AFTER_LATEST && latest - day <= BEFORE_LATEST) return day;
  }
  return null;
}

/**
 * The publication day an agency's dateline gives, its year from the page's address (stated) or from
 * the text's latest full date (inferred); null when it has no year from either.
 */
export function agencyDateline(
  folded: FoldedText,
  lines: readonly Line[],
  exprs: readonly DateExpression[],
  full: readonly DateMention[],
  url: string | undefined,
): PublishedDate | null {
  const dm = findDateline(folded, lines, exprs);
  if (!dm) return null;
  const fromUrl = urlYear(url, dm.month);
  if (fromUrl !== null && !isValidDate(fromUrl, dm.month, dm.day)) return null;
  const day = fromUrl !== null ? fromYmd(fromUrl, dm.month, dm.day) : nearLatest(full, dm);
  if (day === null) return null;
  const span = toOriginal(folded, dm.start, dm.end);
  return {
    date: isoDate(day),
    start: span.start,
    end: span.end,
    rule: AGENCY_DATELINE_RULE,
    confidence: fromUrl !== null ? 'stated' : 'inferred',
  };
}
