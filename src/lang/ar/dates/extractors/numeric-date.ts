// Numeric dates: ISO `2022-01-23` (with an optional time, as bylines print it: `2022-01-23 06:41:00`),
// `2022/01/23`, and day-first `23/1/2022`, `23-01-2022`, `23.1.2022` (Arab outlets write the day
// first; a first field above 12 with a second field up to 12 is the only other reading accepted).
//
// Must match: 2022-01-23 · 2022-01-23 06:41:00 · 23/1/2022 · ٢٣/١/٢٠٢٢ (folded to ASCII) · 23-01-2022
// Must not: 3-1 (a score) · 1/2 · 2254 (a resolution number) · 12/34/2022 (no such month) · 2022-13-01

import { isValidDate } from '../calendar.js';
import { lazy } from '../patterns.js';
import type { DateExpression, DateExtractor } from '../types.js';

const ISO = lazy(
  () =>
    /(?<![\d/.\-])(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:(?:\s+|[Tt])(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?![\d]|[/.\-]\d)/gu,
);
const DAY_FIRST = lazy(() => /(?<![\d/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?![\d]|[/.\-]\d)/gu);

export const numericDate: DateExtractor = {
  id: 'ar/date/numeric',
  kind: 'date',
  extract(text) {
    const out: DateExpression[] = [];
    for (const m of text.matchAll(ISO())) {
      const year = Number(m[1]);
      const month = Number(m[3]);
      const day = Number(m[4]);
      if (!isValidDate(year, month, day) || year < 1900 || year > 2100) continue;
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
    for (const m of text.matchAll(DAY_FIRST())) {
      let day = Number(m[1]);
      let month = Number(m[3]);
      const year = Number(m[4]);
      if (month > 12 && day <= 12) [day, month] = [month, day];
      if (!isValidDate(year, month, day) || year < 1900 || year > 2100) continue;
      out.push({
        kind: 'date',
        start: m.index,
        end: m.index + m[0].length,
        anchor: { type: 'calendar', calendar: 'gregorian', year, month, day },
        rules: ['ar/date/numeric-dmy'],
      });
    }
    return out;
  },
};
