// Numeric dates: ISO `2022-01-23` (with an optional time, as bylines print it: `2022-01-23 06:41:00`),
// `2022/01/23`, and day-first `23/1/2022`, `23-01-2022`, `23.1.2022`, `14 / 6 / 2018م` (Arab outlets
// write the day first; a first field above 12 with a second field up to 12 is the only other
// reading accepted). A year from 1300 to 1600 is Hijri (`30 / 9 / 1439هـ`): no Gregorian year of
// the news falls there, and Saudi outlets print Hijri dates this way.
//
// Must match: 2022-01-23 · 2022-01-23 06:41:00 · 23/1/2022 · ٢٣/١/٢٠٢٢ (folded to ASCII) · 23-01-2022 ·
//   14 / 6 / 2018م · 30/9/1439هـ · ٢٣؍١؍٢٠٢٢ (the Arabic date separator)
// Must not: 3-1 (a score) · 1/2 · 2254 (a resolution number) · 12/34/2022 (no such month) · 2022-13-01 ·
//   1/2/3 (no year) · 0991234567 (a phone number)

import { matchesOf } from '../../../../text/matches.js';
import { HIJRI_RULE, isValidDate } from '../calendar.js';
import { compiled, plausibleYear, wordOf } from '../lexicon.js';
import { alternation, formsOf, lazy } from '../patterns.js';
import type { Anchor, DateExpression, DateExtractor } from '../types.js';

const ISO = lazy(
  () =>
    /(?<![\d/.\-])(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:(?:\s+|[Tt])(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?![\d]|[/.\-]\d)/gu,
);
/** Day first; spaces are allowed around a slash or the Arabic date separator, not around - or . */
const DAY_FIRST = compiled(
  (dates) =>
    new RegExp(
      `(?<![\\d/.\\-\\u060d])(\\d{1,2})(\\s*[/\\u060d]\\s*|[.\\-])(\\d{1,2})\\2(\\d{4})(?:\\s*(${alternation(formsOf(dates, 'era'))})(?![\\p{L}\\p{M}\\p{N}]))?(?![\\d]|[/.\\-\\u060d]\\d)`,
      'gu',
    ),
);

export const numericDate: DateExtractor = {
  id: 'ar/date/numeric',
  kind: 'date',
  cue: () => /\d{4}/,
  extract(text, { dates }) {
    const out: DateExpression[] = [];
    for (const m of matchesOf(text, ISO())) {
      const year = Number(m[1]);
      const month = Number(m[3]);
      const day = Number(m[4]);
      if (!isValidDate(year, month, day) || !plausibleYear(year, 'gregorian')) continue;
      let end = m.index + m[0].length;
      if (m[5] !== undefined && (Number(m[5]) > 23 || Number(m[6]) > 59 || Number(m[7] ?? 0) > 59)) {
        // Not a time after all: keep the date alone.
        end = m.index + m[1]!.length + m[3]!.length + m[4]!.length + 2;
      }
      out.push({
        kind: 'date',
        start: m.index,
        end,
        anchor: { type: 'calendar', calendar: 'gregorian', year, month, day },
        rules: ['ar/date/numeric-iso'],
      });
    }
    for (const m of matchesOf(text, DAY_FIRST(dates))) {
      let day = Number(m[1]);
      let month = Number(m[3]);
      const year = Number(m[4]);
      const era = m[5] === undefined ? undefined : wordOf(dates, 'era', m[5])?.value;
      const hijri = plausibleYear(year, 'hijri') && era !== 'gregorian';
      let anchor: Anchor;
      if (hijri) {
        if (month < 1 || month > 12 || day < 1 || day > 30) continue;
        anchor = { type: 'calendar', calendar: 'hijri', year, month, day };
      } else {
        if (month > 12 && day <= 12) [day, month] = [month, day];
        if (!isValidDate(year, month, day) || !plausibleYear(year, 'gregorian')) continue;
        anchor = { type: 'calendar', calendar: 'gregorian', year, month, day };
      }
      out.push({
        kind: 'date',
        start: m.index,
        end: m.index + m[0].length,
        anchor,
        rules: hijri ? ['ar/date/numeric-dmy', HIJRI_RULE] : ['ar/date/numeric-dmy'],
      });
    }
    return out;
  },
};
