// A count of units after `آخر` ("the last"), up to the reference: `آخر 3 أيام`، `آخر يومين`،
// `آخر ثلاثة أشهر`، `خلال آخر 24 ساعة` (data/ar/time-words.tsv, span-head). The same span as
// `الأيام الثلاثة الماضية` (recent-span.ts): kind duration, role recent, a range of the last N units
// up to the reference. A dual counts itself; a plural or a singular after a number needs the count.
//
// Must match: آخر 3 أيام · آخر يومين · آخر أسبوعين · آخر ثلاثة أشهر · آخر 24 ساعة · وفي آخر خمس سنوات
// Must not: آخر يوم (one unit: "the last day") · آخر ثلاثة أيام من الشهر (the last days of a period
//   named after it) · آخر يومين من حياته · آخر مرة (no unit) · آخر الأيام (no count) · آخر 20 دقيقة
//   (minutes and seconds: the last of a match or a session, not of the days up to the report)

import { compiled, wordOf } from '../lexicon.js';
import {
  LBC_HEAD,
  RB,
  alternation,
  boundedMatches,
  countWords,
  formsOf,
  fromWord,
  wordCue,
} from '../patterns.js';
import type { DateExpression, DateExtractor } from '../types.js';

const PATTERN = compiled((dates) => {
  const head = alternation(formsOf(dates, 'span-head'));
  const units = alternation(dates.units.keys());
  return new RegExp(
    `${LBC_HEAD}(?<head>${head})\\s+(?:(?<digits>\\d{1,3})\\s*|(?<word>${countWords(dates)})\\s+)?(?<unit>${units})${RB}`,
    'gu',
  );
});

/** `من` after the span (`آخر ثلاثة أيام من الشهر`): the last units of another period, not the reference's. */
const OF_PERIOD = compiled((dates) => new RegExp(`^\\s+(?:${fromWord(dates)})${RB}`, 'u'));

export const lastSpan: DateExtractor = {
  id: 'ar/duration/last',
  kind: 'duration',
  cue: compiled((dates) => wordCue(formsOf(dates, 'span-head'))),
  extract(text, { dates, scan }) {
    const out: DateExpression[] = [];
    for (const m of boundedMatches(text, PATTERN(dates), scan)) {
      const g = m.groups ?? {};
      const unit = dates.units.get(g['unit'] ?? '');
      if (!unit || wordOf(dates, 'span-head', g['head'] ?? '') === undefined) continue;
      if (unit.unit === 'minute' || unit.unit === 'second') continue;
      const end = m.index + m[0].length;
      if (OF_PERIOD(dates).test(text.slice(end, end + 8))) continue;
      const given =
        g['digits'] !== undefined
          ? Number(g['digits'])
          : g['word'] !== undefined
            ? dates.numbers.get(g['word'])
            : undefined;
      const amount = unit.count === 2 ? (given === undefined ? 2 : undefined) : given;
      if (amount === undefined || amount < 2) continue;
      out.push({
        kind: 'duration',
        start: m.index,
        end,
        anchor: { type: 'recent', amount, unit: unit.unit },
        duration: { amount, unit: unit.unit },
        durationRole: 'recent',
        rules: [this.id],
      });
    }
    return out;
  },
};
