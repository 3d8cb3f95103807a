// ar/quantity/dual: the dual of a counted noun is a count of two, with the qualifier before it and the
// number adjective that repeats it (`اثنين`, class two-word).
//
// Must match: عنصرين · غارتين · شخصان · مدنيين اثنين · قتل بالرصاص شرطيين (dual-nisba)
// Must not match: حركة طالبان (a name in -ان) · الصاروخين (with the article it points back) · مقتل
//   مدنيين، 12 مدنيين، 4 شرطيين (plurals) · يومين (time: the date reader's) · بندقيتين آليتين (after
//   a word of its dual ending it agrees with it: an adjective) · اثنان آخران، شخصان آخران (others
//   after a count agree with it) · إيه سي ميلان (a name after letter names)

import type { NounHit } from '../../lexicon/lexicon.js';
import { interval, qualifierBefore, qualifierRule } from '../numbers.js';
import type { SentenceView } from '../../read/sentence-view.js';
import { entityInside, isA, nounOf } from '../../read/sentence-view.js';
import type { QuantityMention } from '../shared.js';
import { isTimeNoun, mention, opensByLetters } from '../shared.js';

export const DUAL = 'ar/quantity/dual';

/**
 * The noun at `i` as a dual, where a form is both (a nisba's `-يين`: `مدنيين`، `شرطيين`): read as the
 * plural, it is the dual before `اثنين` (`مدنيين اثنين`), and bare (no number before it) for a noun whose
 * plural news says otherwise (class dual-nisba: `قتل بالرصاص شرطيين`). Must not: `مقتل مدنيين`، `12
 * مدنيين`، `4 شرطيين` (plurals).
 */
function dualNoun(view: SentenceView, i: number): NounHit | null {
  const n = nounOf(view, i);
  if (!n || n.number !== 'pl') return n;
  const dual = (view.info(i)?.nouns ?? []).find(
    (h) => h.number === 'du' && h.entry === n.entry && !h.pronoun && !h.construct,
  );
  const prev = view.toks[i - 1];
  // `خمسة صحافيين اثنان منهم`: after a number the form is the plural, whatever follows.
  if (!dual || prev?.kind === 'number' || (prev?.kind === 'word' && opensByLetters(view.lex, prev))) return n;
  return twoAfter(view, i) || view.lex.closed.hasStem('dual-nisba', n.entry.lemma) ? dual : n;
}

/** `مدنيين اثنين`: the number adjective after a dual, indefinite like it (`الاثنين` is Monday). */
export function twoAfter(view: SentenceView, i: number): boolean {
  const next = view.toks[i + 1];
  return isA(view, next, 'two-word') && !/^[وفبلك]?(ال|لل)/.test(next!.text);
}

/** `بندقيتين آليتين`: a feminine dual right after a word of the same ending qualifies it. */
function agreesWithDualBefore(view: SentenceView, i: number): boolean {
  const ending = /(?:تين|تان)$/.exec(view.toks[i]!.text)?.[0];
  const prev = view.toks[i - 1];
  return (
    ending !== undefined &&
    prev?.kind === 'word' &&
    prev.text.endsWith(ending) &&
    prev.text.length > ending.length + 1
  );
}

/**
 * `اثنان آخران`، `شخصان آخران`: "two others" after a number or a dual agrees with the count before it
 * (class others-noun); alone (`وأصيب آخران`) it is a count of two.
 */
function othersAfterCount(view: SentenceView, i: number, n: NounHit): boolean {
  if (!view.lex.closed.hasStem('others-noun', n.entry.lemma)) return false;
  const prev = view.toks[i - 1];
  if (prev?.kind === 'number') return true;
  if (prev?.kind !== 'word') return false;
  return opensByLetters(view.lex, prev) || (view.info(i - 1)?.nouns ?? []).some((h) => h.number === 'du');
}

/** Duals of counted nouns: عنصرين، غارتين، شخصان (not a name ending in -ان: `حركة طالبان`). */
export function readDual(view: SentenceView, i: number): QuantityMention | null {
  const n = dualNoun(view, i);
  if (!n || n.number !== 'du' || n.pronoun || n.construct || entityInside(view, i)) return null;
  if (isTimeNoun(view, view.toks[i])) return null;
  if (agreesWithDualBefore(view, i) || othersAfterCount(view, i, n)) return null;
  // `إيه سي ميلان`: after a Latin letter spelled in Arabic a word in -ان is a name, not two miles;
  // `إم` folds to `ام`, "mother" (`أم لطفلين` counts two children).
  const prev = view.toks[i - 1];
  if (isA(view, prev, 'letter-name') && prev!.text !== 'ام') return null;
  // `الصاروخين` (the two missiles) points back to a count already made.
  if (/^[وف]?[بلك]?(ال|لل)/.test(view.toks[i]!.text) && !/^(ال|لل)/.test(n.entry.lemma)) return null;
  const before = qualifierBefore(view.lex, view.toks, i);
  const qualifier = before?.qualifier ?? 'exact';
  const rules = [DUAL, ...(before ? [qualifierRule(qualifier)] : [])];
  // `مدنيين اثنين`: the number adjective belongs to the counted phrase, as a number before a noun does.
  const end = twoAfter(view, i) ? i + 2 : i + 1;
  return {
    ...mention(before ? before.start : i, end, interval(2, qualifier), rules, { dual: true }),
    numStart: i,
  };
}
