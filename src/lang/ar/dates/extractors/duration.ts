// Counts of time units (data/ar/time-words.tsv: unit, number, fraction, qualifier, preposition):
// `سبعة أيام`, `بعد ستة أيام`, `يومين`, `خلال 24 ساعة`, `يوم ونيف`, `نصف ساعة`, `منذ أكثر من أسبوع`.
// One construct, two readings: an exact count after قبل/منذ is a point in the past (`قبل ثلاثة
// أيام`, `منذ يومين`: kind date, rule ar/date/ago, the count kept in `duration`); everything else is
// a duration (rule ar/duration/count). Number words 1–10 and digits are read here; larger number
// words are left to the quantity reader.
//
// Must match: قبل ثلاثة أيام · منذ يومين · قبل أسبوع · بعد ستة أيام · سبعة أيام · منذ أكثر من أسبوع ·
//   يوم ونيف · خلال 24 ساعة · لمدة 15 يوماً · قبل نحو شهرين · بعد نصف ساعة
// Must not: ثلاثة محاور (no time unit) · طفل عمره 12 عاماً / (12 عاما) / البالغ من العمر 30 عاما (ages) ·
//   يوم (alone) · منذ أيام (no count) · اليوم

import { dateLexicon, wordOf } from '../lexicon.js';
import { LBC, RB, alternation, formsOf, lazy, stemCandidates, wordAfter, wordBefore } from '../patterns.js';
import type { DateExpression, DateExtractor, DurationUnit } from '../types.js';

const PATTERN = lazy(() => {
  const lex = dateLexicon();
  const prep = alternation(formsOf('preposition'));
  const qual = alternation(formsOf('qualifier'));
  const numbers = alternation(lex.numbers.keys());
  const units = alternation(lex.units.keys());
  const fractions = alternation(formsOf('fraction'));
  return new RegExp(
    `${LBC}(?:(?<prep>${prep})\\s+)?(?:(?<qual>${qual})\\s+)?` +
      '(?:' +
      `(?:ال\\s?)?(?<num>\\d+(?:[.,]\\d+)?|[ب]?(?:${numbers}))\\s*(?<unit>${units})` +
      `|(?<lfrac>نصف|ربع)\\s+(?<unit2>${units})` +
      `|(?<unit3>${units})` +
      ')' +
      `(?:\\s+و\\s?(?<frac>${fractions}))?${RB}`,
    'gdu',
  );
});

const LATE = /^(?:متاخره|مبكره|متقدمه|متاخر|مبكر|متقدم)$/;

const ageCues = lazy(() => new Set(formsOf('age-cue')));

/** An age, not a duration: `عمره 12 عاما`, `البالغ من العمر 30 عاما`, `طفل (12 عاما)`. */
function isAge(text: string, start: number, end: number): boolean {
  let at = start;
  for (let k = 0; k < 4; k++) {
    const w = wordBefore(text, at);
    if (!w) break;
    for (const stem of stemCandidates(w.word)) if (ageCues().has(stem)) return true;
    at = w.start;
  }
  const open = text.slice(Math.max(0, start - 2), start).trim();
  const close = text.slice(end, end + 2).trim();
  return open.endsWith('(') && close.startsWith(')');
}

function parseNumber(raw: string): number | undefined {
  if (/^\d/.test(raw)) {
    const n = Number(raw.replace(',', '.'));
    return Number.isFinite(n) ? n : undefined;
  }
  const lex = dateLexicon();
  return lex.numbers.get(raw) ?? lex.numbers.get(raw.slice(1));
}

export const duration: DateExtractor = {
  id: 'ar/duration/count',
  kind: 'duration',
  extract(text) {
    const out: DateExpression[] = [];
    const lex = dateLexicon();
    for (const m of text.matchAll(PATTERN())) {
      const g = m.groups ?? {};
      const unitForm = g['unit'] ?? g['unit2'] ?? g['unit3'] ?? '';
      const unitInfo = lex.units.get(unitForm);
      if (!unitInfo) continue;
      const unit: DurationUnit = unitInfo.unit;
      let amount: number | undefined;
      if (g['num'] !== undefined) amount = parseNumber(g['num']);
      else if (g['lfrac'] !== undefined) amount = g['lfrac'] === 'نصف' ? 0.5 : 0.25;
      else if (unitInfo.count === 2) amount = 2;
      else if (unitInfo.count === 1) amount = 1;
      if (amount === undefined || amount <= 0) continue;
      if (g['num'] !== undefined && unitInfo.count === 2) continue;
      const frac = g['frac'] !== undefined ? Number(wordOf('fraction', g['frac'])?.value ?? 0) : 0;
      amount += frac;
      const prepWord = g['prep'] !== undefined ? wordOf('preposition', g['prep']) : undefined;
      const role = prepWord?.value as DateExpression['durationRole'] | undefined;
      const approximate = g['qual'] !== undefined;
      const bare = prepWord === undefined && !approximate && g['frac'] === undefined;
      // A lone singular (`يوم`, `عام`) is a count only with a preposition, a qualifier or a fraction.
      if (bare && g['num'] === undefined && g['lfrac'] === undefined && unitInfo.count === 1) continue;
      const start = m.index;
      const end = m.index + m[0].length;
      // `بعد ساعة متأخرة من مساء أمس`: "a late hour", not one hour.
      if (g['num'] === undefined && g['lfrac'] === undefined && LATE.test(wordAfter(text, end)?.word ?? ''))
        continue;
      if (prepWord === undefined && isAge(text, start, end)) continue;
      if (prepWord !== undefined && (unit === 'year' || unit === 'month') && isAge(text, start, end))
        continue;
      const exactAgo = (role === 'ago' || role === 'since') && !approximate && Number.isInteger(amount);
      if (exactAgo) {
        out.push({
          kind: 'date',
          start,
          end,
          anchor: { type: 'ago', amount, unit },
          duration: { amount, unit },
          durationRole: role,
          rules: ['ar/date/ago'],
        });
        continue;
      }
      out.push({
        kind: 'duration',
        start,
        end,
        anchor: { type: 'none' },
        duration: { amount, unit },
        ...(role !== undefined ? { durationRole: role } : {}),
        ...(approximate ? { approximate } : {}),
        rules: [this.id],
      });
    }
    return out;
  },
};
