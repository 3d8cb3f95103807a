// ar/quantity/one-of: `أحد`/`إحدى` (class one-of) before a plural noun, definite or a construct head,
// is one of them.
//
// Must match: أحد المهاجمين · أصابت إحدى الغارات · قتل أحد سكان القرية
// Must not match: لم يتعرض أحد لإصابات · لا أحد من (nobody: after a negation) · الأحد (Sunday, with
//   the article) · أحد عشر (eleven: teens) · والذي كان أحد سكان المخيم · وهو أحد قادة الفصائل
//   (a predicate: the class a person belongs to)

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
  if (describesOne(view, i)) return null;
  const n = nounOf(view, i + 1);
  if (!n || n.number !== 'pl') return null;
  return mention(i, i + 1, interval(1, 'exact'), [ONE_OF], { one: true });
}

/**
 * `أحد` is the predicate of an identity (`وهو أحد قادة`، `كان أحد سكان`، `باعتباره أحد`: class
 * identity-copula): the class a person belongs to, not a count of people an event touched, which is
 * what an event does to him (`قتل أحد سكان`، `إصابة أحد عناصر`).
 */
function describesOne(view: SentenceView, i: number): boolean {
  const before = view.toks[i - 1];
  return before !== undefined && before.kind === 'word' && isA(view, before, 'identity-copula');
}
