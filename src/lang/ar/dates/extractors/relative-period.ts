// Calendar periods relative to the reference: الأسبوع الماضي، الشهر الجاري، العام المقبل، السنة
// الماضية، هذا الأسبوع، مطلع الشهر الجاري. Precision is the period (weeks start on Saturday).
//
// Must match: الأسبوع الماضي · الشهر الماضي · العام الماضي · السنة الماضية · خلال العام الجاري ·
//   مطلع الشهر الحالي · هذا العام · الأسبوع المقبل
// Must not: الأمين العام الحالي / المدعي العام السابق (العام "general" after a definite noun) ·
//   العام (alone) · الشهر (alone)

import { wordOf } from '../lexicon.js';
import {
  ARTICLE,
  LBC_HEAD,
  RB,
  alternation,
  boundedMatches,
  formsOf,
  lazy,
  relationPattern,
  relationValue,
  wordBefore,
  wordCue,
} from '../patterns.js';
import type { DateExpression, DateExtractor } from '../types.js';

const PATTERN = lazy(() => {
  const period = alternation(formsOf('period'));
  const part = `(?:[ب]?(?:${alternation(formsOf('month-part'))})\\s+)?`;
  return new RegExp(
    `${LBC_HEAD}${part}(?:(?<art>${ARTICLE})(?<period>${period})\\s+(?<rel>${relationPattern()})` +
      `|(?<dem>[بل]?(?:هذا|هذه))\\s+ال(?<period2>${period}))${RB}`,
    'gdu',
  );
});

export const relativePeriod: DateExtractor = {
  id: 'ar/date/relative-period',
  kind: 'date',
  cue: lazy(() => wordCue(formsOf('period'))),
  extract(text) {
    const out: DateExpression[] = [];
    for (const m of boundedMatches(text, PATTERN())) {
      const g = m.groups ?? {};
      const periodForm = g['period'] ?? g['period2'] ?? '';
      const unit = wordOf('period', periodForm)?.value;
      if (unit !== 'week' && unit !== 'month' && unit !== 'year') continue;
      const offset = g['period2'] !== undefined ? 0 : relationValue(g['rel']);
      if (offset === undefined) continue;
      if (periodForm === 'عام' && g['art'] !== undefined) {
        // `الأمين العام الحالي`: العام is the adjective "general" after a definite noun.
        const artStart = m.indices?.groups?.['art']?.[0] ?? m.index;
        const before = wordBefore(text, artStart)?.word;
        if (artStart === m.index && before !== undefined && /^(?:[وفبلك]?ال|[وف]?لل)/.test(before)) continue;
      }
      out.push({
        kind: 'date',
        start: m.index,
        end: m.index + m[0].length,
        anchor: { type: 'period', unit, offset },
        rules: [this.id],
        ...(offset === 1 ? { future: true } : {}),
      });
    }
    return out;
  },
};
