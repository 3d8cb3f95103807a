// Calendar periods relative to the reference: الأسبوع الماضي، الشهر الجاري، العام المقبل، السنة
// الماضية، هذا الأسبوع، مطلع الشهر الجاري. Precision is the period (weeks start on Saturday).
//
// Must match: الأسبوع الماضي · الشهر الماضي · العام الماضي · السنة الماضية · خلال العام الجاري ·
//   مطلع الشهر الحالي · هذا العام · الأسبوع المقبل · منذ بداية العام · نهاية الأسبوع · أواخر الشهر ·
//   الأسبوع قبل الماضي · العام بعد المقبل
// Must match after a definite noun: المشروع العام المقبل · الصادرات العام الجاري · الانتخابات العام قبل الماضي
// Must not: الأمين العام الحالي / المدعي العام السابق / المدير العام القادم (العام "general" after a definite noun) ·
//   العام (alone) · الشهر (alone) · بداية العام الدراسي · نهاية العام 2017 (the year's: year.ts)

import { compiled, wordOf, wordsOf } from '../lexicon.js';
import type { DateLexicon } from '../lexicon.js';
import type { Lexicon } from '../../lexicon/lexicon.js';
import {
  ARTICLE,
  LBC_HEAD,
  RB,
  alternation,
  boundedMatches,
  formsOf,
  relationPattern,
  relationValue,
  wordBefore,
  wordCue,
  furtherValue,
  thisWords,
  partValue,
} from '../patterns.js';
import type { Anchor, DateExpression, DateExtractor } from '../types.js';

/** `العام الميلادي الجاري`: the Gregorian calendar's adjective (time-words.tsv, era) between a period
 * and its relation, as an optional regex (a Hijri year, `السنة الهجرية الماضية`, is no Gregorian one). */
function calendarAdjective(dates: DateLexicon): string {
  const stems = wordsOf(dates, 'era')
    .filter((w) => w.value === 'gregorian' && !w.detail.includes('short'))
    .map((w) => w.form)
    .map((form) => form.replace(/[ةه]$/, ''));
  return stems.length === 0 ? '' : `(?:ال(?:${alternation(stems)})[ةه]?\\s+)?`;
}

const PATTERN = compiled((dates) => {
  const period = alternation(formsOf(dates, 'period'));
  const part = `(?:(?<part>[ب]?(?:${alternation(formsOf(dates, 'month-part'))}))\\s+)?`;
  // `منذ بداية العام`، `نهاية الأسبوع`: a part of a period with no relation is of the reference's
  // period, unless a word of the article (`العام الدراسي`) or a year (`العام 2017`) follows.
  const bare = `(?<part2>[ب]?(?:${alternation(formsOf(dates, 'month-part'))}))\\s+ال(?<period3>${period})${RB}(?!\\s*(?:\\d|[وفبلك]?ال|لل))`;
  return new RegExp(
    `${LBC_HEAD}(?:${part}(?:(?<art>${ARTICLE})(?<period>${period})\\s+${calendarAdjective(dates)}(?:(?<twice>${alternation(formsOf(dates, 'further'))})\\s+)?(?<rel>${relationPattern(dates)})` +
      `|(?<dem>[بل]?(?:${thisWords(dates)}))\\s+ال(?<period2>${period}))|${bare})${RB}`,
    'gdu',
  );
});

/**
 * After a definite noun, `العام` + a relation is still the year when the relation is one a title
 * does not take (`سيتم إطلاق المشروع العام المقبل`، `وتراجعت الصادرات العام الجاري`): a past one
 * (`الماضي`، `المنصرم`), `الجاري`, or a next one (`المقبل`، `القادم`) after a noun that names no
 * role; never `الحالي`, which a title takes (`الأمين العام الحالي`، `المدير العام القادم`).
 */
function yearAfterNoun(lexicon: Lexicon, before: string, rel: string | undefined): boolean {
  const word = rel === undefined ? undefined : rel.replace(/ه$/, '');
  if (word === undefined || word === 'الحالي') return false;
  const value = relationValue(lexicon.dates, word);
  if (value === undefined) return false;
  if (value <= 0) return true;
  // One bare form, the conjunction and the article (with its preposition) set aside. Not
  // stemCandidates (patterns.ts): its wider set (a pronoun suffix off, a preposition without the
  // article) finds roles for nouns this test passes, and would change what is read.
  const bare = before.replace(/^[وف]?(?:[بلك]?ال|لل)/, '');
  return lexicon.lookup(bare).roles.length === 0 && lexicon.lookup(before).roles.length === 0;
}

export const relativePeriod: DateExtractor = {
  id: 'ar/date/relative-period',
  kind: 'date',
  cue: compiled((dates) => wordCue(formsOf(dates, 'period'))),
  extract(text, { lexicon, dates, scan }) {
    const out: DateExpression[] = [];
    for (const m of boundedMatches(text, PATTERN(dates), scan)) {
      const g = m.groups ?? {};
      const periodForm = g['period'] ?? g['period2'] ?? g['period3'] ?? '';
      const period = wordOf(dates, 'period', periodForm);
      const unit = period?.value;
      if (unit !== 'week' && unit !== 'month' && unit !== 'year') continue;
      const relation = g['period'] === undefined ? 0 : relationValue(dates, g['rel']);
      if (relation === undefined) continue;
      // `الأسبوع قبل الماضي`، `العام بعد المقبل`: one period further the same way.
      const twice = furtherValue(dates, g['twice']);
      if (twice !== 0 && twice !== relation) continue;
      const offset = relation + twice;
      if (period?.detail.includes('adjective') && g['art'] !== undefined) {
        // `الأمين العام الحالي`: العام is the adjective "general" after a definite noun.
        const artStart = m.indices?.groups?.['art']?.[0] ?? m.index;
        const before = wordBefore(text, artStart)?.word;
        if (
          artStart === m.index &&
          before !== undefined &&
          /^(?:[وفبلك]?ال|[وف]?لل)/.test(before) &&
          !yearAfterNoun(lexicon, before, g['rel'])
        )
          continue;
      }
      // A bare part (`نهاية الشهر`) is of the period last named in its sentence, else of the
      // reference's: a sequence period of offset 0 (linked by refine.ts: linkSequences).
      const part = partValue(dates, g['part'] ?? g['part2']);
      const anchor: Anchor =
        g['period3'] !== undefined
          ? { type: 'shifted', base: null, unit, offset: 0 }
          : { type: 'period', unit, offset };
      out.push({
        kind: 'date',
        start: m.index,
        end: m.index + m[0].length,
        anchor,
        rules: [this.id],
        ...(offset > 0 ? { future: true } : {}),
        ...(part !== undefined ? { part } : {}),
      });
    }
    return out;
  },
};
