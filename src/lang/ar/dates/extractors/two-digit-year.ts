// A year written with two digits: after a singular year noun with no article (`عام 18`، `سنة 48`)
// and as the last field of a day-first numeric date with slashes (`15/03/19`، `1/6/18`). The
// century is the reference's when that puts the year no more than a few years ahead of it, else
// the one before (`عام 48` in 2019 is 1948, `عام 18` is 2018: resolve.ts, shortYear); with no
// reference, up to 30 is this century's.
//
// Must match: عام 18 · سنة 48 · في 15/03/19 · 1/6/18
// Must not: العام 18 / للعام 18 على التوالي (a count of years) · عام 18 شخصا (a count follows) ·
//   15.03.19 / 15-03-19 (a decimal, a score) · 12/34/19 (no such month) · 1/2/3 (one digit) ·
//   15/03/2019 (four digits: numeric-date.ts)

import { compiled } from '../lexicon.js';
import { LBC_HEAD, RB, boundedMatches, countFollows, nounForms, alternation } from '../patterns.js';
import { isValidDate } from '../calendar.js';
import type { DateExpression, DateExtractor } from '../types.js';

/** The singular year nouns with no article (`عام`، `سنة`): `العام 18` counts years. */
const BARE_YEAR_NOUNS = compiled((dates) =>
  alternation(nounForms(dates, 'year-noun', '1').filter((f) => !f.startsWith('ال'))),
);

const PATTERNS = compiled((dates) => ({
  // No article, no ل before the noun: `العام 18`، `للعام 18` count the years of something.
  named: new RegExp(
    `${LBC_HEAD}(?<noun>${BARE_YEAR_NOUNS(dates)})\\s+(?<yy>\\d{2})(?![\\d/.,:%\\-])${RB}`,
    'gu',
  ),
  numeric: /(?<![\d/.\-\u060d])(\d{1,2})\s*([/\u060d])\s*(\d{1,2})\s*\2\s*(\d{2})(?![\d]|[/.\-\u060d]\d)/gu,
}));

export const twoDigitYear: DateExtractor = {
  id: 'ar/date/two-digit-year',
  kind: 'date',
  cue: compiled((dates) => new RegExp(`^(?:[/\\u060d]|[وف]?(?:${BARE_YEAR_NOUNS(dates)}))$`, 'u')),
  extract(text, { lexicon, dates, scan }) {
    const out: DateExpression[] = [];
    const { named, numeric } = PATTERNS(dates);
    for (const m of boundedMatches(text, named, scan)) {
      const end = m.index + m[0].length;
      if (countFollows(text, end, lexicon)) continue;
      const start = m.index;
      const year = 2000 + Number(m.groups!['yy']);
      out.push({
        kind: 'date',
        start,
        end,
        anchor: { type: 'year', year, shortYear: true },
        rules: [this.id],
      });
    }
    numeric.lastIndex = 0;
    for (const m of text.matchAll(numeric)) {
      let day = Number(m[1]);
      let month = Number(m[3]);
      if (month > 12 && day <= 12) [day, month] = [month, day];
      const year = 2000 + Number(m[4]);
      if (!isValidDate(year, month, day)) continue;
      out.push({
        kind: 'date',
        start: m.index,
        end: m.index + m[0].length,
        anchor: { type: 'calendar', calendar: 'gregorian', year, month, day, shortYear: true },
        rules: [this.id],
      });
    }
    return out;
  },
};
