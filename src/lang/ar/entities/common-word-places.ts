// Places whose name is also an ordinary word (the closed class `common-word-place`): `تدمر` is
// Palmyra and «she destroys», `القصير` Qusayr and «the short», `عدن` Aden and «they returned»,
// `درعا` Daraa and, written `درعاً`, «a shield». Such a name is the place only with evidence beside
// it, or, with none, where the document names the place's country otherwise (`needsContext`).
//
// Must read as the place: «في تدمر» · «بعدن» · «مدينة القصير» · «العاصمة المؤقتة عدن» · «معركة
//   القصير» · «قصفت تدمر» · «تعز وعدن» · «(مأرب، عدن)» · «عدن والمكلا» · «بلدة القصير القريبة» ·
//   «مواجهات شهدتها عدن».
// Must not:             «درعاً بشرياً» (tanween: a common noun) · «على المدى القصير»، «فيلمها القصير»
//   (an adjective after its noun) · «الحرب تدمر المدن» · «لا تدمر» · «المدرسة عدن في حافلة» (a verb
//   after its subject or a particle) · «بالطبقة الوسطى» (a noun with its adjective).
// Left to the document (`needsContext`): a name that opens a sentence or follows punctuation or
//   another name («عدن.. قتلى»، «إسرائيل تدمر»).
//
// The words before a place (prepositions, directions, the nouns a place stands in apposition to:
// `في`، `شمال`، `العاصمة`) are the closed class `before-place`.

import type { GazetteerEntry, LexWord, Lexicon } from '../lexicon/lexicon.js';
import { isDefinite } from '../lexicon/lexicon.js';
import type { Tok } from '../quantities/numbers.js';
import { isA, isComma } from '../read/word-class.js';
import type { EntityCandidates } from './link.js';

/** What the words around a common-word place say: the place, the common word, or ask the document. */
type Evidence = 'place' | 'word' | 'context';

/** Tanween as written (`درعاً`، `درعٌ`): an indefinite common noun, never a place's name. */
const TANWEEN = /[\u064B-\u064D]/u;
/** A pronoun suffix on the word before (`فيلمها القصير`، `نجمهم القصير`): an adjective follows its noun. */
const PRONOUN_SUFFIX = /^\p{L}{2,}(ها|هم|هما|هن|كم|نا)$/u;

/** Whether an entry is a listed place whose name is a common word too. */
export function commonWordPlace(entry: GazetteerEntry, lex: Lexicon): boolean {
  return entry.type === 'location' && lex.closed.has('common-word-place', lex.foldedName(entry.name));
}

/**
 * The name at token `i` as the words around it read it: unchanged, marked `needsContext`, or null
 * (a common word). Names of several words, and names of no common-word place, pass unchanged.
 */
export function weighCommonWord(
  lex: Lexicon,
  toks: readonly Tok[],
  words: readonly (LexWord | null)[],
  names: readonly (EntityCandidates | null)[],
  i: number,
  written: () => string,
): EntityCandidates | null {
  const named = names[i];
  if (!named || named.end !== i + 1) return named ?? null;
  const entry = named.entries.find((e) => commonWordPlace(e, lex));
  if (!entry) return named;
  const evidence = TANWEEN.test(written()) ? 'word' : around(lex, toks, words, names, i, entry);
  if (evidence === 'word') return null;
  return evidence === 'context' ? { ...named, needsContext: true } : named;
}

/** A listed place that is no common-word place ends at or starts at token `k`. */
function placeAt(lex: Lexicon, names: readonly (EntityCandidates | null)[], k: number): boolean {
  for (let s = Math.max(0, k - 3); s <= k; s++) {
    const n = names[s];
    if (n && n.start <= k && k < n.end && !n.needsContext && n.entries.some((e) => e.type === 'location'))
      return !n.entries.some((e) => commonWordPlace(e, lex));
  }
  return false;
}

/** The clitics written before the name (`ب`، `و`، `لل` for ل + the article). */
function cliticsOf(text: string, name: string): string {
  if (text.endsWith(name)) return text.slice(0, text.length - name.length);
  return name.startsWith('ال') && text.endsWith(name.slice(2))
    ? text.slice(0, text.length - name.length + 1)
    : '';
}

function around(
  lex: Lexicon,
  toks: readonly Tok[],
  words: readonly (LexWord | null)[],
  names: readonly (EntityCandidates | null)[],
  i: number,
  entry: GazetteerEntry,
): Evidence {
  const name = lex.foldedName(entry.name);
  const clitics = cliticsOf(toks[i]!.text, name);
  // A definite name with a definite word after it is a noun and its adjective (`بالطبقة الوسطى`).
  const next = words[i + 1];
  const adjective = name.startsWith('ال') && next != null && isDefinite(next) && !placeAt(lex, names, i + 1);
  const listedBeside =
    (clitics.startsWith('و') && placeAt(lex, names, i - 1)) ||
    (toks[i + 1]?.text.startsWith('و') === true && placeAt(lex, names, i + 1));
  if (listedBeside) return 'place';
  if (/[بلك]/.test(clitics)) return adjective ? 'word' : 'place';
  const prev = toks[i - 1];
  if (prev?.kind !== 'word') return afterPunctuation(lex, toks, names, i);
  // A place noun in construct before it names the place (`بلدة القصير القريبة`; not `المدرسة عدن`,
  // they returned); a preposition, unless a definite
  // word follows that reads it as a noun and its adjective (`في الطبقة الوسطى`).
  const head = words[i - 1];
  if (isA(lex, toks[i - 1], 'place-head') && head && !isDefinite(head)) return 'place';
  if (isA(lex, toks[i - 1], 'before-place')) return adjective ? 'word' : 'place';
  if (apposition(lex, toks, words, i)) return 'place';
  const word = words[i - 1];
  if (word && isDefinite(word)) return 'word';
  // A possessed noun before a definite name takes it as its adjective (`فيلمها القصير`); before a
  // name without the article the pronoun is a verb's object or a preposition's (`شهدتها عدن`،
  // `ومن بينها عدن`), and the name the place.
  if (PRONOUN_SUFFIX.test(prev.text)) return name.startsWith('ال') ? 'word' : 'place';
  if (isA(lex, toks[i - 1], 'function-word') || isA(lex, toks[i - 1], 'negation')) return 'word';
  if (names.some((n) => n !== null && n.start < i && i - 1 < n.end)) return 'context';
  // An indefinite word before it: a noun in construct (`معركة القصير`، `ميناء عدن`) or a verb and
  // its object (`قصفت تدمر`).
  return 'place';
}

/** `العاصمة المؤقتة عدن`: a definite noun of `before-place` two or three words back, no punctuation. */
function apposition(
  lex: Lexicon,
  toks: readonly Tok[],
  words: readonly (LexWord | null)[],
  i: number,
): boolean {
  for (let k = i - 2; k >= Math.max(0, i - 3); k--) {
    const t = toks[k];
    if (t?.kind !== 'word' || toks[k + 1]?.kind !== 'word') return false;
    const w = words[k];
    if (w && isDefinite(w) && isA(lex, toks[k], 'before-place')) return true;
  }
  return false;
}

/** After punctuation or at the start: a place in a list (`مأرب، عدن`), else the document decides. */
function afterPunctuation(
  lex: Lexicon,
  toks: readonly Tok[],
  names: readonly (EntityCandidates | null)[],
  i: number,
): Evidence {
  const prev = toks[i - 1];
  const comma = isComma(prev);
  if (comma && placeAt(lex, names, i - 2)) return 'place';
  const after = toks[i + 1];
  if (isComma(after) && placeAt(lex, names, i + 2)) return 'place';
  return 'context';
}
