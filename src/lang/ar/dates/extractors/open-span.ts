// An uncounted span with one end at the reference: `خلال الأيام الأخيرة`, `في الأسابيع الماضية`,
// `الأشهر الأخيرة`, `السنوات القليلة الماضية` end there; `خلال الأيام المقبلة`, `في الأسابيع
// القادمة` start there. A plural unit with its article, then a relation (data/ar/time-words.tsv:
// unit with detail n, span-relation -1 or 1, few-word): kind duration, role recent, an open anchor
// that says which end is the reference but not where the other is, so it resolves to no day and no
// range (the mention's `open`: past or future) and dates no day of a claim.
//
// Must match: خلال الأيام الأخيرة · في الأسابيع الماضية · الأشهر الأخيرة · الشهور الماضية ·
//   السنوات القليلة الماضية · طوال الساعات الماضية · الأعوام المنصرمة · خلال الأيام القادمة ·
//   في الأسابيع المقبلة (future)
// Must not: الأيام الأخيرة من حياته (the last days of something: `من` after it) · الأيام الثلاثة
//   الماضية (counted: recent-span.ts) · اليومين الماضيين (a dual counts itself) · أيامه الأخيرة
//   (no article: a possessed span) · الأسبوع الماضي (one period: relative-period.ts)

import { compiled, wordOf } from '../lexicon.js';
import { LBC_HEAD, RB, alternation, boundedMatches, formsOf, wordCue } from '../patterns.js';
import type { DateExpression, DateExtractor } from '../types.js';

const PATTERN = compiled((dates) => {
  const plural = alternation([...dates.units].filter(([, u]) => u.count === 0).map(([form]) => form));
  const relation = formsOf(dates, 'span-relation');
  const few = alternation(formsOf(dates, 'few-word'));
  // The span's own `من` (`الأيام الأخيرة من حياته`، `من الشهر`) makes it the last part of something.
  return new RegExp(
    `${LBC_HEAD}(?:[بل]?ال|لل)(?<unit>${plural})(?:\\s+ال(?:${few})ه?)?\\s+(?<rel>${alternation(relation)})ه?${RB}(?!\\s+من${RB})`,
    'gu',
  );
});

/** The rule of an uncounted span (a claim counted over one of past units takes an open span). */
export const OPEN_SPAN_RULE = 'ar/duration/open-span';

export const openSpan: DateExtractor = {
  id: OPEN_SPAN_RULE,
  kind: 'duration',
  cue: compiled((dates) => wordCue(formsOf(dates, 'span-relation'))),
  extract(text, { dates, scan }) {
    const out: DateExpression[] = [];
    for (const m of boundedMatches(text, PATTERN(dates), scan)) {
      const unit = dates.units.get(m.groups?.['unit'] ?? '');
      const direction = Number(wordOf(dates, 'span-relation', m.groups?.['rel'] ?? '')?.value);
      if (!unit || (direction !== -1 && direction !== 1)) continue;
      out.push({
        kind: 'duration',
        start: m.index,
        end: m.index + m[0].length,
        anchor: { type: 'open-recent', unit: unit.unit, ...(direction === 1 ? { forward: true } : {}) },
        durationRole: 'recent',
        ...(direction === 1 ? { future: true } : {}),
        rules: [this.id],
      });
    }
    return out;
  },
};
