// An uncounted span that ends at the reference: `خلال الأيام الأخيرة`, `في الأسابيع الماضية`,
// `الأشهر الأخيرة`, `السنوات القليلة الماضية`. A plural unit with its article, then a backward
// relation (data/ar/time-words.tsv: unit with detail n, span-relation -1, few-word): kind duration,
// role recent, an open anchor that says how the span ends (at the reference) but not where it
// starts, so it resolves to no day and no range and dates no claim.
//
// Must match: خلال الأيام الأخيرة · في الأسابيع الماضية · الأشهر الأخيرة · الشهور الماضية ·
//   السنوات القليلة الماضية · طوال الساعات الماضية · الأعوام المنصرمة
// Must not: الأيام الأخيرة من حياته (the last days of something: `من` after it) · الأيام الثلاثة
//   الماضية (counted: recent-span.ts) · اليومين الماضيين (a dual counts itself) · الأيام المقبلة
//   (forward: not a span reaching back) · أيامه الأخيرة (no article: a possessed span) · الأسبوع
//   الماضي (one period: relative-period.ts)

import { compiled, wordOf } from '../lexicon.js';
import { LBC_HEAD, RB, alternation, boundedMatches, formsOf, wordCue } from '../patterns.js';
import type { DateExpression, DateExtractor } from '../types.js';

const PATTERN = compiled((dates) => {
  const plural = alternation([...dates.units].filter(([, u]) => u.count === 0).map(([form]) => form));
  const back = formsOf(dates, 'span-relation').filter(
    (form) => Number(wordOf(dates, 'span-relation', form)?.value) === -1,
  );
  const few = alternation(formsOf(dates, 'few-word'));
  // The span's own `من` (`الأيام الأخيرة من حياته`، `من الشهر`) makes it the last part of something.
  return new RegExp(
    `${LBC_HEAD}(?:[بل]?ال|لل)(?<unit>${plural})(?:\\s+ال(?:${few})ه?)?\\s+(?:${alternation(back)})ه?${RB}(?!\\s+من${RB})`,
    'gu',
  );
});

export const openSpan: DateExtractor = {
  id: 'ar/duration/open-span',
  kind: 'duration',
  cue: compiled((dates) => wordCue(formsOf(dates, 'span-relation'))),
  extract(text, { dates, scan }) {
    const out: DateExpression[] = [];
    for (const m of boundedMatches(text, PATTERN(dates), scan)) {
      const unit = dates.units.get(m.groups?.['unit'] ?? '');
      if (!unit) continue;
      out.push({
        kind: 'duration',
        start: m.index,
        end: m.index + m[0].length,
        anchor: { type: 'open-recent', unit: unit.unit },
        durationRole: 'recent',
        rules: [this.id],
      });
    }
    return out;
  },
};
