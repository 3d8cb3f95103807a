// An open span that ends at the reference with no count and no first day: `حتى الآن`، `لغاية
// اللحظة`، `إلى الآن` (data/ar/time-words.tsv, until-now). Kind duration, role recent, an open anchor
// (the mention's `open` is past): it resolves to no day and no range. A claim's figure under it is
// the toll so far, of whatever the sentence tells: it dates nothing, as no span with a start does.
// After a date and its opener (`منذ عام 2011 وحتى الآن`) it is the end of that date's span (refine.ts,
// join-until-now).
//
// Must match: حتى الآن · وحتى الآن · لغاية اللحظة · إلى الآن · حتى هذه اللحظة
// Must not: حتى الآنية (another word) · حتى الساعة الثامنة (a clock time: clock-time.ts) · الآن alone

import { compiled } from '../lexicon.js';
import { LBC_HEAD, RB, alternation, boundedMatches, endingCue, formsOf } from '../patterns.js';
import type { DateExpression, DateExtractor } from '../types.js';

const PATTERN = compiled(
  (dates) => new RegExp(`${LBC_HEAD}(?:${alternation(formsOf(dates, 'until-now'))})${RB}`, 'gu'),
);

/** The rule of a span up to the reference with no first day: refine.ts joins one after a date. */
export const UNTIL_NOW_RULE = 'ar/duration/until-now';

export const untilNow: DateExtractor = {
  id: UNTIL_NOW_RULE,
  kind: 'duration',
  cue: compiled((dates) => endingCue(formsOf(dates, 'until-now'))),
  extract(text, { dates, scan }) {
    const out: DateExpression[] = [];
    for (const m of boundedMatches(text, PATTERN(dates), scan)) {
      out.push({
        kind: 'duration',
        start: m.index,
        end: m.index + m[0].length,
        anchor: { type: 'open-recent', unit: null },
        durationRole: 'recent',
        rules: [this.id],
      });
    }
    return out;
  },
};
