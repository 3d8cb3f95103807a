// A word's phrases by their second word, so that a name reader tries at a token only the phrases
// whose second word the next token can be. `قوات` opens some ninety names (`قوات سوريا
// الديمقراطية`، `قوات النظام`، `قوات الأمن` …): tried one after another, each compared its second
// word with the same next token; looked up by that token's keys, most are never tried.
//
// A phrase's second word matches a token's record when `Lexicon.recordMatches` says so: one of the
// record's stems is the target, its article-less key or its accusative, or a base (pronoun suffix
// cut) is shared. The index holds each phrase under exactly those strings, so the phrases it gives
// for a record are every phrase whose second word can match it (and no other), in list order.

import type { LexWord, Phrase } from './lexicon.js';
import { Lexicon } from './lexicon.js';
import type { Tok } from '../quantities/numbers.js';

export interface SecondWords {
  /** Phrase positions by a stem their second word matches (its target, key or accusative). */
  readonly byStem: ReadonlyMap<string, readonly number[]>;
  /** Phrase positions by a base of their second word. */
  readonly byBase: ReadonlyMap<string, readonly number[]>;
  /** Phrases of one word: tried at every token. */
  readonly single: readonly number[];
}

/** Lists shorter than this are tried in full: looking them up costs more than trying them. */
export const SECOND_WORDS_MIN = 6;

function add(map: Map<string, number[]>, key: string, k: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [k]);
  else if (list[list.length - 1] !== k) list.push(k);
}

/** The index of a phrase list (a word's phrases of one kind). */
export function secondWords(phrases: readonly Phrase[]): SecondWords {
  const byStem = new Map<string, number[]>();
  const byBase = new Map<string, number[]>();
  const single: number[] = [];
  phrases.forEach((p, k) => {
    const t = p.targets[1];
    if (t === undefined) {
      single.push(k);
      return;
    }
    add(byStem, t.target, k);
    add(byStem, t.key, k);
    if (t.accusative !== null) add(byStem, t.accusative, k);
    for (const b of t.bases) add(byBase, b, k);
  });
  return { byStem, byBase, single };
}

const NONE: readonly number[] = [];

/**
 * Positions (ascending, each once) of the phrases whose second word can be `next`, a word token's
 * record, with the phrases of one word. Most tokens after a phrase's first word are none of its
 * second words: that answer allocates nothing, and one list found is returned as it is.
 */
export function phrasesBefore(index: SecondWords, next: LexWord): readonly number[] {
  const keys = Lexicon.surfaceOf(next);
  let found: readonly number[] | null = index.single.length > 0 ? index.single : null;
  let merged: number[] | null = null;
  const take = (list: readonly number[] | undefined): void => {
    if (list === undefined || list === found) return;
    if (found === null) found = list;
    else (merged ??= [...found]).push(...list);
  };
  for (let k = 0; k < keys.stems.length; k++) take(index.byStem.get(keys.stems[k]!));
  for (let k = 0; k < keys.bases.length; k++) take(index.byBase.get(keys.bases[k]!));
  if (merged === null) return found ?? NONE;
  const out: number[] = merged;
  out.sort((a, b) => a - b);
  let n = 1;
  for (let k = 1; k < out.length; k++) if (out[k] !== out[n - 1]) out[n++] = out[k]!;
  out.length = n;
  return out;
}

/** The phrase kinds whose lists a record keeps an index of. */
export type IndexedKind = 'entity' | 'cue';

/**
 * Positions of the `kind` phrases of token `i`'s record worth trying, in list order: those whose
 * second word the next token (past quotes) can be. Null to try them all: a short list, or a next
 * token a reader may match otherwise than by its record (digits, a `ل` set apart by a quote).
 */
export function phrasesToTry(
  toks: readonly Tok[],
  words: readonly (LexWord | null)[],
  i: number,
  kind: IndexedKind,
): readonly number[] | null {
  const word = words[i]!;
  const phrases = word.phrasesByKind[kind];
  if (phrases.length < SECOND_WORDS_MIN) return null;
  let j = i + 1;
  while (toks[j]?.kind === 'punct' && (toks[j]!.text === '"' || toks[j]!.text === "'")) j++;
  const next = words[j];
  if (toks[j]?.kind !== 'word' || toks[j]!.text === 'ل' || !next) return null;
  const index =
    kind === 'entity'
      ? (word.entitySeconds ??= secondWords(phrases))
      : (word.cueSeconds ??= secondWords(phrases));
  return phrasesBefore(index, next);
}
