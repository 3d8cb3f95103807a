// ar/category/death-sentence — a death sentence passed is no death: people a court sentences to be
// executed (a verdict word, class verdict-word, a few words before an execution noun noted
// `sentence` in events.tsv) are convicts, counted by no casualty claim, unless the sentence is
// carried out (class carried-out: `تنفيذ`، `نفذ`); nor are people a court's ruling verb (note `ruling`:
// `قضت`) governs with a verdict word beside it (`قضت محكمة بالسجن المؤبد لـ 21 شخصا`).
//
// must change:     `قضت محكمة كويتية بإعدام 17 متهما` · `حكم بإعدام 45 شخصا بتهمة قتل متظاهرين`
//                  · `وصدرت أحكام بإعدام 13 من أعضاء الطائفة` · `قضت محكمة بالسجن المؤبد لـ 21 شخصا`
//                  (no claim)
// must not change: `أعلنت الوزارة تنفيذ أحكام بإعدام 13 محكوما` (carried out: killed) · `أعدم
//                  التنظيم 12 شخصا` (the verb: done) · `إعدام 20 أسيرا على يد التنظيم` (no court) ·
//                  `قضى 5 أشخاص بقصف على البلدة` (no verdict word: died) · `قضى في السجن 3 معتقلين`
//                  (a prison after في: died)

import type { SentenceView } from '../../read/sentence-view.js';
import type { CategoryRefiner } from '../figure.js';
import { isA, isComma } from '../../read/sentence-view.js';

export const DEATH_SENTENCE = 'ar/category/death-sentence';

/** Tokens before the execution noun a verdict or a carrying out is looked for in. */
const VERDICT_REACH = 12;

/** Drops a killed figure whose execution a court passed and nobody carried out. */
export const deathSentence: CategoryRefiner = ({ view, event, d }, category) => {
  if (category !== 'killed' || !event) return category;
  if (event.hit.entry.notes.includes('ruling'))
    return courtRules(view, event.hit, d.raw.qStart) ? null : category;
  if (!event.hit.entry.notes.includes('sentence')) return category;
  let verdict = false;
  for (let k = event.hit.start - 1; k >= Math.max(0, event.hit.start - VERDICT_REACH); k--) {
    const t = view.toks[k]!;
    if (t.kind === 'punct' && !isComma(t)) break;
    if (isA(view, t, 'carried-out')) return category;
    if (isA(view, t, 'verdict-word')) verdict = true;
  }
  return verdict ? null : category;
};

/** Tokens after a ruling verb a verdict word is looked for in (`قضت محكمة تركية بالسجن`). */
const RULING_REACH = 4;

/**
 * A verdict word right before the ruling verb, as its subject right after it (`قضت محكمة`), or within
 * reach after it with the ب of what is ruled (`بالسجن`، `بإعدام`); a prison named after `في` is where
 * people died (`قضى في السجن 3 معتقلين`), no ruling.
 */
function courtRules(view: SentenceView, hit: { start: number; end: number }, qStart: number): boolean {
  if (isA(view, view.toks[hit.start - 1], 'verdict-word')) return true;
  const to = Math.min(qStart, hit.end + RULING_REACH);
  for (let k = hit.end; k < to; k++) {
    const t = view.toks[k];
    const r = t?.kind === 'word' ? view.lex.closed.reading('verdict-word', t.text) : null;
    if (r && (k === hit.end || r.prefixes.includes('ب'))) return true;
  }
  return false;
}
