// The ordinal day of a running event: `لليوم الثاني على التوالي`, `في اليوم الثالث على التوالي`,
// `للأسبوع الثاني`. It counts days since the event began (a duration of N units, counted
// inclusively: the second day is one day after the first), which the publication-date inference
// uses as an elapsed time.
//
// Must match: لليوم التاسع على التوالي · في اليوم الثاني على التوالي · للأسبوع الثالث على التوالي ·
//   لليوم الخامس
// Must not: اليوم الثاني من المؤتمر (no التوالي and no لـ) · اليوم العالمي

import { compiled, wordOf, wordsOf } from '../lexicon.js';
import {
  LBC_HEAD,
  RB,
  alternation,
  boundedMatches,
  ordinalDayPattern,
  ordinalDayValue,
  wordCue,
  formsOf,
} from '../patterns.js';
import type { DateExpression, DateExtractor, DurationUnit } from '../types.js';

/**
 * The singular units of a day and longer (`الساعة الثالثة` is a clock time, `الدقيقة 90` a match's
 * minute), then an ordinal, and the phrase
 * that makes them a count in a row (time-words.tsv: unit, in-a-row).
 */
const DAY_OR_LONGER = new Set(['day', 'week', 'month', 'year']);

const PATTERN = compiled((dates) => {
  const units = wordsOf(dates, 'unit')
    .filter((w) => w.detail[0] === '1' && DAY_OR_LONGER.has(w.value))
    .map((w) => w.form);
  const row = alternation(formsOf(dates, 'in-a-row'));
  return new RegExp(
    `${LBC_HEAD}(?<art>(?:لل|[بك]?ال))(?<unit>${alternation(units)})\\s+(?<ord>${ordinalDayPattern(dates)})(?:ه)?${RB}(?<row>\\s+(?:${row})${RB})?`,
    'gu',
  );
});

export const consecutiveDay: DateExtractor = {
  id: 'ar/duration/consecutive',
  kind: 'duration',
  cue: compiled((dates) => wordCue(formsOf(dates, 'ordinal'))),
  extract(text, { dates, scan }) {
    const out: DateExpression[] = [];
    for (const m of boundedMatches(text, PATTERN(dates), scan)) {
      const g = m.groups ?? {};
      if (g['row'] === undefined && !(g['art'] ?? '').endsWith('لل')) continue;
      const amount = ordinalDayValue(dates, (g['ord'] ?? '').replace(/ه$/, ''));
      const unit = wordOf(dates, 'unit', g['unit'] ?? '')?.value as DurationUnit | undefined;
      if (amount === undefined || unit === undefined) continue;
      out.push({
        kind: 'duration',
        start: m.index,
        end: m.index + m[0].length,
        anchor: { type: 'none' },
        duration: { amount, unit },
        durationRole: 'consecutive',
        rules: [this.id],
      });
    }
    return out;
  },
};
