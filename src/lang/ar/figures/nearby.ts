// What the figure rules ask of the words near a count: whether a name is a side and whose, a
// nationality word, the article, the commas, a figure opening, the plural a pronoun points back to,
// a holding preposition, an armed agent, a funeral noun's reach. Shared by the rules under event/,
// noun/, category/ and subject/, written once here.

import type { DemonymEntry, GazetteerEntry, Lexicon, NounHit } from '../lexicon/lexicon.js';
import { isDefinite } from '../lexicon/lexicon.js';
import type { SubjectKind, Unit } from '../../../types.js';
import type { EventHit, SentenceView } from '../read/sentence-view.js';
import { PERSON_UNITS, entityAt, isA, nounOf } from '../read/sentence-view.js';
import { mayOpenCardinal, readVague } from '../quantities/numbers.js';

/** A comma, Latin or Arabic. */
export const COMMA = /^[,،]$/;

/** Whether a gazetteer entry is a side: an armed group or a government. */
export function isSide(entry: GazetteerEntry): boolean {
  return entry.type === 'armed_group' || entry.type === 'government';
}

/** The side a name counts for: a unit of a larger force counts for its parent (قوى الأمن الداخلي). */
export function groupOf(entry: GazetteerEntry, lex: Lexicon): GazetteerEntry {
  let current = entry;
  for (let hops = 0; hops < 3 && current.parent; hops++) {
    const parent = lex.entityById.get(current.parent);
    if (!parent || (parent.type !== 'armed_group' && parent.type !== 'government')) break;
    current = parent;
  }
  return current;
}

/** The nationality word `j` is (`فلسطينيا`، `السوريين`), unless a gazetteer name starts there. */
export function nationalityAt(view: SentenceView, j: number): DemonymEntry | undefined {
  if (view.toks[j]?.kind !== 'word' || entityAt(view, j)) return undefined;
  return view.info(j)?.demonyms[0];
}

/** Whether token `k` is a word with the article (its lexicon record keeps the answer). */
export function definiteWord(view: SentenceView, k: number): boolean {
  const word = view.words[k];
  return view.toks[k]?.kind === 'word' && !!word && isDefinite(word);
}

/** Whether a figure opens at token `i`: digits, a number word or a vague amount (`العشرات`). */
export function opensFigure(view: SentenceView, i: number): boolean {
  const { toks, lex } = view;
  const tok = toks[i];
  if (!tok) return false;
  return (
    tok.kind === 'number' ||
    (tok.kind === 'word' && (mayOpenCardinal(lex, tok.text) || readVague(lex, toks, i) !== null))
  );
}

/** A noun a pronoun points back to, and its token. */
export interface NounAt {
  readonly noun: NounHit;
  readonly index: number;
}

/** `منهم` after a figure or `عددهم` before it: the noun they point back to, in this sentence. */
export function antecedent(view: SentenceView, before: number): NounAt | null {
  for (let k = before - 1; k >= 0 && before - k <= 25; k--) {
    const n = nounOf(view, k);
    if (n && PERSON_UNITS.has(n.entry.unit) && n.number !== 'sg') return { noun: n, index: k };
    // Plural participles name people too: `الفارين`، `النازحين`، `المحتجزين`.
    const tok = view.toks[k]!;
    const event = view.info(k)?.events.find((e) => e.pos === 'noun');
    if (!n && event && tok.kind === 'word' && /(ين|ون)$/.test(tok.text)) {
      const entry = {
        lemma: event.form,
        kind: 'unknown' as SubjectKind,
        unit: 'person' as Unit,
        category: null,
        armed: false,
      };
      return { noun: { entry, number: 'pl', construct: false }, index: k };
    }
  }
  return null;
}

/**
 * Token count of a holding preposition at `k`, or 0: one word of the closed class holding (`لدى`،
 * `بيد`، `بأيدي`), or two, a grip-preposition and a grip-noun (`في قبضة`، `في قبضتهم`).
 */
export function holdingAt(view: SentenceView, k: number): number {
  const t = view.toks[k];
  if (!t || t.kind !== 'word') return 0;
  if (isA(view, t, 'grip-preposition') && isA(view, view.toks[k + 1], 'grip-noun')) return 2;
  return isA(view, t, 'holding') ? 1 : 0;
}

/** A fighter noun that acts (not a force's member counted) or a non-state armed group in `[from, to)`. */
export function armedAgentBetween(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const n = nounOf(view, k);
    if (
      n &&
      n.entry.armed &&
      n.entry.kind === 'combatants' &&
      !view.lex.closed.hasStem('force-member', n.entry.lemma)
    )
      return true;
    const e = entityAt(view, k);
    if (e && e.entry.type === 'armed_group' && !e.entry.country) return true;
  }
  return false;
}

/**
 * The noun of a funeral counts the dead in construct after it (`تشييع 12 قتيلا`، `تشييع العشرات من
 * ضحايا القصف`). Must not: a count before it (`تجمع آلاف اليمنيين لتشييع جثامين …`: the crowd), one
 * after its article (`شارك في التشييع مئات من الطلبة`: no construct, the crowd again).
 */
export function funeralGoverns(view: SentenceView, hit: EventHit, qStart: number): boolean {
  if (!hit.entry.notes.includes('funeral-noun')) return true;
  return hit.end <= qStart && !/^[وفبلك]?(ال|لل)/.test(view.toks[hit.start]!.text);
}

/** Kind hints after the noun: `أشخاص مدنيين`، `شخصاً من السكان المدنيين`. */
export function refineKind(view: SentenceView, kind: SubjectKind, from: number): SubjectKind {
  if (kind !== 'unknown') return kind;
  // `59 قتيلا فلسطينيا`، `ثمانية متظاهرين فلسطينيين`: people named by their nationality, no force.
  if (nationalityAt(view, from)) return 'civilians';
  for (let k = from; k < Math.min(view.toks.length, from + 5); k++) {
    const t = view.toks[k]!;
    if (t.kind === 'punct' && t.text !== '"') break;
    // `300 شخص بينهم 135 مدنيا`: a part's noun, after a partitive or its own number, is not the whole's.
    if (t.kind === 'number' || isA(view, t, 'partitive') || opensFigure(view, k)) break;
    const n = nounOf(view, k);
    if (n && (n.entry.kind === 'civilians' || n.entry.kind === 'prisoners' || n.entry.kind === 'staff'))
      return n.entry.kind;
  }
  return kind;
}
