// A counted span that ends (or starts) at the reference: `خلال الأيام الثلاثة الماضية`, `في الساعات
// الـ24 الماضية`, `اليومين الماضيين`, `الـ48 ساعة الأخيرة`, `السنوات الخمس المقبلة`. Kind duration
// (a count of units, data/ar/time-words.tsv type span-relation for الماضية/الأخيرة/المقبلة), with
// a range: the last N units up to the reference, or the next N from it. Uncounted spans (`الأيام
// الماضية`, `السنوات القليلة الماضية`) name no amount and are left alone.
//
// A count may stand before the unit, with the article on the count (`الثلاثة أيام الماضية`، `الـ24
// ساعة الماضية`).
//
// Must match: الأيام الثلاثة الماضية · الساعات الـ24 الماضية · الـ24 ساعة الماضية · اليومين الماضيين ·
//   الأسبوعين الأخيرين · السنوات الخمس المقبلة · العامين الماضيين · الثلاثة أيام الماضية ·
//   الخمس سنوات المقبلة
// Must not: الأيام الماضية (no count) · السنوات القليلة الماضية · الأيام الثلاثة (no relation) ·
//   الثلاثة الماضية (no unit) · الثلاثة أيام (no relation)

import { compiled, wordOf } from '../lexicon.js';
import { LBC_HEAD, RB, alternation, boundedMatches, countWords, formsOf, wordCue } from '../patterns.js';
import type { DateExpression, DateExtractor } from '../types.js';

const PATTERNS = compiled((dates) => {
  const lex = dates;
  const counted = alternation([...lex.units].filter(([, u]) => u.count !== 1).map(([form]) => form));
  const any = alternation(lex.units.keys());
  const numbers = countWords(dates);
  const rel = `(?<rel>${alternation(formsOf(dates, 'span-relation'))})(?:ه|ين|ان)?`;
  const article = '(?:[بل]?ال|لل)';
  return [
    // الأيام الثلاثة الماضية · الساعات الـ24 الماضية · اليومين الماضيين
    new RegExp(
      `${LBC_HEAD}${article}(?<unit>${counted})(?:\\s+(?:ال(?<word>${numbers})|ال\\s?(?<digits>\\d{1,3})))?\\s+${rel}${RB}`,
      'gu',
    ),
    // الـ24 ساعة الماضية · ال48 ساعة الأخيرة
    new RegExp(`${LBC_HEAD}${article}\\s?(?<digits>\\d{1,3})\\s*(?<unit>${any})\\s+${rel}${RB}`, 'gu'),
    // الثلاثة أيام الماضية · الخمس سنوات المقبلة
    new RegExp(`${LBC_HEAD}${article}(?<word>${numbers})\\s+(?<unit>${counted})\\s+${rel}${RB}`, 'gu'),
  ];
});

export const recentSpan: DateExtractor = {
  id: 'ar/duration/recent',
  kind: 'duration',
  cue: compiled((dates) => wordCue(formsOf(dates, 'span-relation'))),
  extract(text, { dates, scan }) {
    const out: DateExpression[] = [];
    const lex = dates;
    for (const pattern of PATTERNS(dates)) {
      for (const m of boundedMatches(text, pattern, scan)) {
        const g = m.groups ?? {};
        const unit = lex.units.get(g['unit'] ?? '');
        const direction = Number(wordOf(dates, 'span-relation', g['rel'] ?? '')?.value);
        if (!unit || (direction !== -1 && direction !== 1)) continue;
        const given =
          g['digits'] !== undefined
            ? Number(g['digits'])
            : g['word'] !== undefined
              ? lex.numbers.get(g['word'])
              : undefined;
        // A dual counts itself; a plural needs a count; a count never goes with a dual.
        const amount = unit.count === 2 ? (given === undefined ? 2 : undefined) : given;
        if (amount === undefined || amount <= 0) continue;
        out.push({
          kind: 'duration',
          start: m.index,
          end: m.index + m[0].length,
          anchor: { type: 'recent', amount, unit: unit.unit, ...(direction === 1 ? { forward: true } : {}) },
          duration: { amount, unit: unit.unit },
          durationRole: 'recent',
          rules: [this.id],
          ...(direction === 1 ? { future: true } : {}),
        });
      }
    }
    return out;
  },
};
