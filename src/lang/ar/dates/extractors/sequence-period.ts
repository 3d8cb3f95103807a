// A period before or after another one: `الشهر السابق`، `العام التالي`، `الأسبوع السابق`، `السنة
// السابقة`، `العام الذي سبقه` (data/ar/time-words.tsv, type sequence-relation). Unlike `الماضي` and
// `المقبل`, these count from the time the text is talking about: `ارتفع التضخم في نيسان إلى 4.3% من
// 4.6% في الشهر السابق` is March, whatever the publication date. So the refiner (refine.ts,
// linkSequences) takes as base the date named before it in the same sentence; with none, the
// reference (`وكانت الأسعار قد ارتفعت في الشهر السابق`: the month before publication). A base
// coarser than the period (a year before `الشهر السابق`) gives no date.
//
// A day after or before another (`وفي اليوم التالي`، `اليوم السابق`) takes only a day named before it
// as its base; with none it dates nothing (the day after a moment the text does not name).
//
// Must match: الشهر السابق · العام التالي · الأسبوع السابق · السنة السابقة · في العام الذي سبقه ·
//   في 3 آذار … وفي اليوم التالي (4 آذار) · في آذار 2016 … الشهر نفسه · في 24 من الشهر نفسه ·
//   في نفس العام (rule ar/date/same-period)
// Must not: اليوم التالي with no day before it · في 29 كانون الثاني، في اليوم التالي لإعلانه (the day
//   after the event named with ل) · المدعي العام السابق / الأمين العام السابق (العام "general" after a definite noun) ·
//   الرئيس السابق · الموسم السابق (no period) · شهر سابق (no article) ·
//   اليوم نفسه من العام السابق (the baseline of a comparison, not a time events happen in) ·
//   الشهر نفسه with no date before it (dates nothing)

import { compiled, wordOf, wordsOf } from '../lexicon.js';
import type { DateLexicon } from '../lexicon.js';
import type { ScanContext } from '../scan.js';
import {
  ARTICLE,
  LBC_HEAD,
  RB,
  alternation,
  boundedMatches,
  formsOf,
  isMonthDay,
  wordAfter,
  wordBefore,
  wordCue,
  fromWord,
} from '../patterns.js';
import type { DateExpression, DateExtractor } from '../types.js';

/** `لذلك`، `لهذا`: ل + a demonstrative, the date named before. */
const REFERS_BACK = /^ل(?:ذلك|هذا|تلك|هذه)$/u;

const PATTERN = compiled((dates) => {
  const period = alternation(formsOf(dates, 'period'));
  const sequence = alternation(formsOf(dates, 'sequence-relation'));
  // `اليوم التالي`، `في اليوم السابق`: a day after or before the day named before it.
  const day = alternation(formsOf(dates, 'day-noun'));
  return new RegExp(
    `${LBC_HEAD}(?<art>${ARTICLE})(?:(?<period>${period})|(?<day>${day}))\\s+(?<seq>${sequence})(?<fem>ه)?${RB}`,
    'gdu',
  );
});

/**
 * `نفسه من`، `ذات من` right before: the words after a day that make it the same day (time-words.tsv,
 * same-word), with or without their pronoun.
 */
const SAME_BEFORE = compiled((dates) => {
  const same = formsOf(dates, 'same-word');
  const forms = [...same, ...same.map((f) => f.replace(/(?:ها|ه)$/, ''))];
  return new RegExp(`(?:${alternation(forms)})\\s+(?:${fromWord(dates)})\\s+$`, 'u');
});

/**
 * The same period or day as the date named before: `الشهر نفسه`، `في اليوم ذاته`، `في نفس العام`، and a
 * day of that month (`في 24 من الشهر نفسه`، `يوم 26 من نفس الشهر`): same-word after the period,
 * or a demonstrative (نفس، ذات) before it.
 */
const SAME = compiled((dates) => {
  const period = alternation(formsOf(dates, 'period'));
  const day = alternation(formsOf(dates, 'day-noun'));
  const after = alternation(formsOf(dates, 'same-word'));
  const before = alternation(sameBefore(dates));
  const noun = `(?:(?<period>${period})|(?<day>${day}))`;
  const noun2 = `(?:(?<period2>${period})|(?<day2>${day}))`;
  const month = alternation(
    wordsOf(dates, 'period')
      .filter((w) => w.value === 'month')
      .map((w) => w.form),
  );
  return new RegExp(
    `${LBC_HEAD}(?:(?<dom>\\d{1,2})\\s+(?:${fromWord(dates)})\\s+(?:ال(?:${month})\\s+(?:${after})|(?:${before})\\s+ال(?:${month}))` +
      `|(?:${before})\\s+ال${noun}|${ARTICLE}${noun2}\\s+(?:${after}))${RB}`,
    'gdu',
  );
});

/** The demonstratives that name the period of the date before (time-words.tsv: demonstrative, same). */
function sameBefore(dates: DateLexicon): string[] {
  return wordsOf(dates, 'demonstrative')
    .filter((w) => w.detail.includes('same'))
    .map((w) => w.form);
}

/** `من العام الماضي`، `من السنة السابقة` right after: the same period of another year, a baseline. */
const BASELINE_AFTER = compiled(
  (dates) => new RegExp(`^\\s+(?:${fromWord(dates)})\\s+ال(?:${alternation(formsOf(dates, 'period'))})`, 'u'),
);

/** The same period, day or day of the month as the date named before (SAME). */
function sameAs(text: string, dates: DateLexicon, scan: ScanContext | null | undefined): DateExpression[] {
  const out: DateExpression[] = [];
  for (const m of boundedMatches(text, SAME(dates), scan)) {
    const g = m.groups ?? {};
    const end = m.index + m[0].length;
    if (g['dom'] !== undefined) {
      const dayOfMonth = Number(g['dom']);
      if (!isMonthDay(dayOfMonth)) continue;
      const anchor = {
        type: 'shifted',
        base: null,
        unit: 'month',
        offset: 0,
        same: true,
        dayOfMonth,
      } as const;
      out.push({ kind: 'date', start: m.index, end, anchor, rules: ['ar/date/same-period'] });
      continue;
    }
    const dayNoun = g['day'] ?? g['day2'];
    const unit =
      dayNoun !== undefined ? 'day' : wordOf(dates, 'period', g['period'] ?? g['period2'] ?? '')?.value;
    if (unit !== 'day' && unit !== 'week' && unit !== 'month' && unit !== 'year') continue;
    if (dayNoun !== undefined && !wordOf(dates, 'day-noun', dayNoun)?.detail.includes('1')) continue;
    // `اليوم نفسه من العام الماضي`: a baseline of a comparison, not a time events happen in.
    if (BASELINE_AFTER(dates).test(text.slice(end, end + 24))) continue;
    const anchor = { type: 'shifted', base: null, unit, offset: 0, same: true } as const;
    out.push({ kind: 'date', start: m.index, end, anchor, rules: ['ar/date/same-period'] });
  }
  return out;
}

export const sequencePeriod: DateExtractor = {
  id: 'ar/date/sequence-period',
  kind: 'date',
  cue: compiled((dates) =>
    wordCue([...formsOf(dates, 'sequence-relation'), ...formsOf(dates, 'same-word'), ...sameBefore(dates)]),
  ),
  extract(text, { dates, scan }) {
    const out: DateExpression[] = [];
    for (const m of boundedMatches(text, PATTERN(dates), scan)) {
      const g = m.groups ?? {};
      const periodForm = g['period'] ?? '';
      const period = wordOf(dates, 'period', periodForm);
      const unit = g['day'] !== undefined ? 'day' : period?.value;
      if (unit !== 'day' && unit !== 'week' && unit !== 'month' && unit !== 'year') continue;
      // `اليومين التاليين` is a span; only the singular day noun names one day.
      if (g['day'] !== undefined && !wordOf(dates, 'day-noun', g['day'])?.detail.includes('1')) continue;
      // `في اليوم التالي لإعلان ترودو`: the day after the event named with ل, not after the date
      // before; `لذلك التاريخ` names that date back.
      const after = wordAfter(text, m.index + m[0].length)?.word ?? '';
      if (g['day'] !== undefined && /^ل/u.test(after) && !REFERS_BACK.test(after)) continue;
      const offset = Number(wordOf(dates, 'sequence-relation', (g['seq'] ?? '').replace(/\s+/g, ' '))?.value);
      if (offset !== -1 && offset !== 1) continue;
      // The feminine ending agrees with a feminine period (سنة) only.
      if (g['fem'] !== undefined && !period?.detail.includes('feminine')) continue;
      if (period?.detail.includes('adjective')) {
        // `الأمين العام السابق`: العام is the adjective "general" after a definite noun.
        const before = wordBefore(text, m.index)?.word;
        if (before !== undefined && /^(?:[وفبلك]?ال|[وف]?لل)/.test(before)) continue;
      }
      // `مقارنة باليوم نفسه من العام السابق`: the same day of the year before, as a baseline.
      if (SAME_BEFORE(dates).test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
      out.push({
        kind: 'date',
        start: m.index,
        end: m.index + m[0].length,
        anchor: { type: 'shifted', base: null, unit, offset },
        rules: [this.id],
      });
    }
    out.push(...sameAs(text, dates, scan));
    return out;
  },
};
