// ar/meta/date-line: a line that holds nothing but a full date and what outlets print beside it
// (a weekday, a time, `ص`/`م`, a time zone `بتوقيت <place>`, the Hijri day with `هـ … م`, a
// publication or update label), above the body or at the end of the page: the day the page went
// out. When the line holds two full dates (published and updated), the earliest is the publication.
//
// Must read: `السبت 9 ديسمبر 2023 - 10:45 بتوقيت القدس` · `12/11/2023 10:45` ·
//   `الخميس 17 جمادى الأولى 1445 هـ - 30 نوفمبر 2023 م` · `10:45 - 12 نوفمبر 2023 (مكة المكرمة)` ·
//   `12 نوفمبر 2023 | 10:45 م | آخر تحديث: 13 نوفمبر 2023` (the 12th) · the same line below the body,
//   before the share buttons
// Must not: `قتل 3 في 12 نوفمبر 2023` (words beside the date) · `12 نوفمبر` (no year) · a dated
//   heading inside the body (`14 فبراير 2018` above a list item) · a date line under a menu that
//   runs past the first body paragraph

import type { FoldedText } from '../../../text/folded.js';
import { insideAny } from '../../../text/segment.js';
import type { Span } from '../../../types.js';
import type { DateMention } from '../dates/index.js';
import type { PhraseTable } from '../lexicon/phrases.js';
import { wordCount } from './lines.js';
import type { Line } from './lines.js';

export const DATE_LINE_RULE = 'ar/meta/date-line';

/** How many lines above the body a date line may sit (titles, menus, bylines, captions). */
const HEAD_LINES = 15;
/** Lines below the body that are no text: share buttons, tags (a few words, no date). */
const FOOTER_WORDS = 3;

const NOT_LETTER = '(?![\\p{L}\\p{M}])';
const NO_LETTER_BEFORE = '(?<![\\p{L}\\p{M}])';

/** What a date line may hold besides its dates: furniture words, a time zone, a short aside. */
function furniturePatterns(phrases: PhraseTable): readonly RegExp[] {
  const words = [
    phrases.alternation('date-line-word'),
    phrases.alternation('published-label', '\\s+'),
    phrases.alternation('updated-label', '\\s+'),
    phrases.alternation('published-label-link'),
  ].join('|');
  const zone = phrases.alternation('time-zone-head', '\\s+');
  return [
    new RegExp(`${NO_LETTER_BEFORE}(?:${zone})(?:\\s+[\\p{L}\\p{M}]+){1,2}${NOT_LETTER}`, 'gu'),
    /\((?:\s*[\p{L}\p{M}]+){1,3}\s*\)/gu,
    new RegExp(`${NO_LETTER_BEFORE}(?:${words})${NOT_LETTER}`, 'gu'),
  ];
}

/** The line's earliest full date when nothing but dates and furniture is on it, else null. */
function lineDate(
  folded: FoldedText,
  line: Line,
  dates: readonly DateMention[],
  full: (m: DateMention) => boolean,
  phrases: PhraseTable,
): DateMention | null {
  const inside = dates.filter((m) => m.foldedStart >= line.start && m.foldedEnd <= line.end);
  let best: DateMention | null = null;
  for (const m of inside) if (full(m) && (best === null || m.date! < best.date!)) best = m;
  if (best === null) return null;
  let rest = '';
  let at = line.start;
  for (const m of inside) {
    if (m.foldedStart < at) continue;
    rest += `${folded.text.slice(at, m.foldedStart)} `;
    at = m.foldedEnd;
  }
  rest += folded.text.slice(at, line.end);
  for (const pattern of phrases.compiled(furniturePatterns)) rest = rest.replace(pattern, ' ');
  return /\p{L}/u.test(rest) ? null : best;
}

/**
 * The publication date a date line states: first among the lines above the first body paragraph
 * (not boilerplate), then the last line of the page that is text (share buttons and tags below it
 * are passed over, boilerplate included).
 */
export function dateLine(
  folded: FoldedText,
  all: readonly Line[],
  dates: readonly DateMention[],
  boiler: readonly Span[],
  full: (m: DateMention) => boolean,
  phrases: PhraseTable,
): DateMention | null {
  const head: Line[] = [];
  for (const line of all) {
    if (wordCount(line.text) >= 20 || head.length >= HEAD_LINES) break;
    if (!insideAny(line, boiler)) head.push(line);
  }
  for (const line of head) {
    const m = lineDate(folded, line, dates, full, phrases);
    if (m) return m;
  }
  for (let k = all.length - 1; k >= 0 && k >= all.length - 8; k--) {
    const line = all[k]!;
    const m = lineDate(folded, line, dates, full, phrases);
    if (m) return m;
    if (insideAny(line, boiler) || wordCount(line.text) <= FOOTER_WORDS) continue;
    return null;
  }
  return null;
}
