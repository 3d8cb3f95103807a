// ar/quantity/one-of: `أحد`/`إحدى` (class one-of) before a plural noun, definite or a construct head,
// is one of them.
//
// Must match: أحد المهاجمين · أصابت إحدى الغارات
// Must not match: لم يتعرض أحد لإصابات · لا أحد من (nobody: after a negation) · الأحد (Sunday, with
//   the article) · أحد عشر (eleven: teens)

import { interval } from '../numbers.js';
import type { SentenceView } from '../../read/sentence-view.js';
import { isA, nounOf } from '../../read/sentence-view.js';
import type { QuantityMention } from '../shared.js';
import { mention } from '../shared.js';

export const ONE_OF = 'ar/quantity/one-of';

/** أحد المهاجمين / إحدى الغارات: one, when a plural noun follows (definite or a construct head). */
export function readOneOf(view: SentenceView, i: number): QuantityMention | null {
  const toks = view.toks;
  if (!isA(view, toks[i], 'one-of') || /^ال/.test(toks[i]!.text)) return null;
  // `لم يتعرض أحد لإصابات`، `لا أحد من`: nobody, the subject of a negated verb, counts no one.
  if (
    isA(view, toks[i - 1], 'negation') ||
    (toks[i - 1]?.kind === 'word' && isA(view, toks[i - 2], 'negation'))
  )
    return null;
  const n = nounOf(view, i + 1);
  if (!n || n.number !== 'pl') return null;
  return mention(i, i + 1, interval(1, 'exact'), [ONE_OF], { one: true });
}
