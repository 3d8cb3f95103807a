// ar/category/civil-operation — operations named by what they do, when that strikes nothing (`عمليات
// إنقاذ`، `عملية جراحية`، `عمليات الترحيل`: closed class civil-operation after the operation-noun), are
// no strikes and no figure of conflict.
//
// must change:     `نفذت فرق الدفاع المدني عددا من عمليات الإنقاذ` (no figure);
//                  `بعد عدد من عمليات الترحيل` (no figure)
// must not change: `نفذ الجيش 20 عملية عسكرية` (strikes); `شنت الطائرات عددا من الغارات` (strikes);
//                  `تنفيذ 5 عمليات ضد قوات النظام` (strikes)

import type { SentenceView } from '../../read/sentence-view.js';
import { isA } from '../../read/sentence-view.js';
import type { Draft } from '../figure.js';

/** Whether the figure counts operations of no attack (`عمليات إنقاذ`). */
export function civilOperation(view: SentenceView, d: Draft): boolean {
  if (!d.noun || !view.lex.closed.hasStem('operation-noun', d.noun.entry.lemma)) return false;
  if (!isA(view, view.toks[d.nounEnd], 'civil-operation')) return false;
  d.rules.push('ar/category/civil-operation');
  return true;
}
