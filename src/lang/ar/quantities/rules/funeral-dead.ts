// ar/quantity/funeral-dead: after the verb or noun of a funeral (events.tsv, note funeral or
// funeral-noun), the dead it buries named with the article and a definite numeral after them
// (`الشهداء الثلاثة`): the numeral is the count of the dead, the funeral's own object. Elsewhere a
// definite numeral points back to a count already made and is no figure.
//
// Must match: وشيع الآلاف الشهداء الثلاثة · شيعت البلدة جثامين القتلى الأربعة · تشييع الضحايا الخمسة
// Must not match: مقتل المتظاهرين الثلاثة (no funeral: it points back) · من بين القتلى الخمسة · شيع
//   الآلاف الشهداء (no numeral) · شيعوا الجنود الخمسة عشر (a teen: read as it was) · شيع الآلاف
//   القادة الثلاثة (not the dead) · شيع الآلاف الشهداء. والتقى الوزراء الثلاثة (another sentence)

import { interval } from '../numbers.js';
import type { SentenceView } from '../../read/sentence-view.js';
import { isA, nounOf } from '../../read/sentence-view.js';
import { isDefinite } from '../../lexicon/lexicon.js';
import type { QuantityMention } from '../shared.js';
import { mention, numberWord } from '../shared.js';

export const FUNERAL_DEAD = 'ar/quantity/funeral-dead';

/** Tokens from the funeral word to the dead it buries (its subject, a time, a place between). */
const FUNERAL_REACH = 8;

/** Whether a funeral word stands a few tokens before token `k`, with no clause ended between. */
function funeralBefore(view: SentenceView, k: number): boolean {
  for (const e of view.events) {
    if (e.end > k || k - e.end > FUNERAL_REACH) continue;
    if (!e.entry.notes.some((n) => n === 'funeral' || n === 'funeral-noun')) continue;
    let open = true;
    for (let j = e.end; j < k && open; j++)
      if (view.toks[j]!.kind === 'punct' && view.toks[j]!.text !== '،') open = false;
    if (open) return true;
  }
  return false;
}

/** `الشهداء الثلاثة` at token `i` (the numeral) after a funeral: the count of the dead buried. */
export function readFuneralDead(view: SentenceView, i: number): QuantityMention | null {
  const tok = view.toks[i];
  const word = view.words[i - 1];
  if (!tok || tok.kind !== 'word' || !word || !isDefinite(word)) return null;
  if (isA(view, view.toks[i + 1], 'ten-word')) return null;
  const dead = nounOf(view, i - 1);
  if (!dead || dead.number !== 'pl' || dead.entry.category !== 'killed') return null;
  const hit = numberWord(view.lex, tok, false);
  if (!hit || hit.conj || hit.word.type !== 'unit' || hit.word.value < 3) return null;
  if (!funeralBefore(view, i - 1)) return null;
  return mention(i, i + 1, interval(hit.word.value, 'exact'), [FUNERAL_DEAD], { nounBefore: i - 1 });
}
