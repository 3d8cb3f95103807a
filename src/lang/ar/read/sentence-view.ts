// A sentence as the Arabic reader sees it: tokens of the matching view, lexicon knowledge looked up
// lazily per word, gazetteer entities and event predicates found once, and the tokens that belong
// to dates (never counted). Shared by the claim reader (analyze.ts) and the mention reader
// (extract.ts), so both see the same words the same way.

import type { Span } from '../../../types.js';
import type { FoldedText } from '../../../text/folded.js';
import { eachToken } from '../../../text/tokens.js';
import type {
  EventEntry,
  GazetteerEntry,
  LexWord,
  Lexicon,
  NounEntry,
  NounHit,
  WordInfo,
} from '../lexicon/lexicon.js';
import type { Unit } from '../../../types.js';
import { tokenReadings } from './morphology.js';
import { matchPhraseWords } from './phrases.js';
import { isParticleQad } from './particle-qad.js';
import {
  chooseEntry,
  entityCandidatesAt,
  readAsWritten,
  spelledAsListed,
  statedCountry,
} from '../entities/link.js';
import { weighCommonWord } from '../entities/common-word-places.js';
import { weighNameAfterRole } from '../entities/places-opening-names.js';
import { WORD_EVENT, WORD_NAME } from '../lexicon/lexicon.js';
import type { EntityCandidates, LinkContext } from '../entities/link.js';
import type { Tok } from '../quantities/numbers.js';
import { isA, isOfClass } from './word-class.js';

export { anyOfClass, isA, isComma, isDefiniteToken, isOfClass, recordOf } from './word-class.js';

export const PERSON_UNITS: ReadonlySet<Unit> = new Set<Unit>(['person', 'family']);
const CASUALTY = new Set(['killed', 'wounded', 'killed_or_wounded', 'missing', 'displaced', 'abducted']);

/** A token range [start, end) of a sentence: a speaker phrase, a name run, an answer clause. */
export interface TokenRange {
  readonly start: number;
  readonly end: number;
}

export interface EntityHit {
  readonly entry: GazetteerEntry;
  /** Token range [start, end). */
  readonly start: number;
  readonly end: number;
  /** Named by a back-reference (`التنظيم`) rather than by one of its names. */
  readonly anaphoric?: boolean;
}

export interface EventHit {
  readonly entry: EventEntry;
  readonly start: number;
  readonly end: number;
}

export interface SentenceView {
  /** The lexicon the sentence was read with (closed-class words, tables). */
  readonly lex: Lexicon;
  readonly toks: readonly Tok[];
  /** The lexicon's record of each word token (null for digits and marks). */
  readonly words: readonly (LexWord | null)[];
  /** Each token's `LexWord.flags` (0 for digits and marks), side by side: tested without the record. */
  readonly flags: Uint8Array;
  readonly info: (i: number) => WordInfo | null;
  readonly entities: readonly EntityHit[];
  readonly events: readonly EventHit[];
  /** Tokens that belong to a date, time or duration. */
  readonly excluded: ReadonlySet<number>;
  /** The most recent armed group named before this sentence (for `التنظيم`). */
  readonly lastArmedGroup: GazetteerEntry | null;
  /** Token ranges of speaker phrases: a side that speaks is not the side counted. */
  readonly speakers: { start: number; end: number }[];
  /** Words of class `ya-name` written with ي (`علي`), which may be the name where `على` never is. */
  readonly yaSpelled: ReadonlySet<number>;
}

/** The stems of a word token's clitic readings. */
export function stems(tok: Tok): string[] {
  return tokenReadings(tok).map((r) => r.stem);
}

export function isWord(tok: Tok | undefined, ...forms: string[]): boolean {
  if (tok === undefined || tok.kind !== 'word') return false;
  // Loops, not a list of stems and a closure per call: the readers ask this of most tokens.
  for (const r of tokenReadings(tok)) if (forms.includes(r.stem)) return true;
  return false;
}

/**
 * The noun a token can be. Readings without a pronoun suffix come first (`مدني` is a civilian before
 * it is `مدن` + `ي`), then plural over dual (`مدنيين` is a plural), then people over things.
 */
export function nounOf(view: SentenceView, i: number): NounHit | null {
  const tok = view.toks[i];
  if (!tok || tok.kind !== 'word') return null;
  const hits = view.info(i)?.nouns ?? [];
  if (hits.length === 0) return null;
  const rank = (h: NounHit): number =>
    (h.pronoun ? 4 : 0) + (h.number === 'du' ? 2 : 0) + (PERSON_UNITS.has(h.entry.unit) ? 0 : 1);
  let best = hits[0]!;
  for (const h of hits) if (rank(h) < rank(best)) best = h;
  // A form that is both plural and dual (مسلحين) reads as plural.
  if (best.number === 'du' && hits.some((h) => h.number === 'pl' && !h.pronoun && h.entry === best.entry)) {
    return hits.find((h) => h.number === 'pl' && !h.pronoun && h.entry === best.entry)!;
  }
  return best;
}

/**
 * A counted noun of two or more words starting at token `i` (`عبوة ناسفة`، `قذيفة هاون`، `ضربة
 * صاروخية`), the longest that matches, with the token after it. Must: `3 عبوات ناسفة` reads
 * `عبوات ناسفة` (a strike, an explosive device). Must not: `عبوة` alone, `برميل` alone (an oil barrel).
 */
export function nounPhraseAt(view: SentenceView, i: number): { hit: NounHit; end: number } | null {
  const word = view.words[i];
  if (!word || view.toks[i]?.kind !== 'word') return null;
  let best: { hit: NounHit; end: number } | null = null;
  for (const phrase of word.phrasesByKind.noun) {
    if (phrase.payload.kind !== 'noun') continue;
    const end = matchPhraseWords(view.toks, view.words, i, phrase);
    if (end < 0 || (best && end <= best.end)) continue;
    best = { hit: { entry: phrase.payload.entry, number: phrase.payload.number, construct: false }, end };
  }
  return best;
}

export function isPersonish(n: NounHit | null): n is NounHit {
  return n !== null && (PERSON_UNITS.has(n.entry.unit) || n.entry.unit === 'strike');
}

/** The entity whose name covers token `i` (`طالبان` inside `حركة طالبان`). */
export function entityInside(view: SentenceView, i: number): EntityHit | null {
  return view.entities.find((e) => e.start <= i && i < e.end) ?? null;
}

export function entityAt(view: SentenceView, i: number): EntityHit | null {
  return view.entities.find((e) => e.start === i) ?? null;
}

/**
 * A sentence's tokens and what the lexicons say of them: all that does not depend on the rest of
 * the document, read once. The document's names (`LinkContext`) are gathered from these readings
 * before any sentence view decides a shared name.
 */
export interface SentenceReading {
  readonly range: Span;
  readonly toks: readonly Tok[];
  /** The lexicon's record of each word token (null for digits and marks). */
  readonly words: readonly (LexWord | null)[];
  /** Each token's `LexWord.flags` (see `SentenceView.flags`). */
  readonly flags: Uint8Array;
  readonly info: (i: number) => WordInfo | null;
  /** The gazetteer names each token starts (the longest), every entry a shared name may be. */
  readonly names: readonly (EntityCandidates | null)[];
  /** The event predicate each token starts, if any. */
  readonly predicates: readonly (EventHit | null)[];
  /** See `SentenceView.yaSpelled`. */
  readonly yaSpelled: ReadonlySet<number>;
}

/** The event a casualty noun stands for (`القتلى` → killed), one per noun entry, kept on the lexicon. */
function nounEvent(noun: NounEntry, lex: Lexicon): EventEntry {
  let event = lex.nounEvents.get(noun);
  if (!event) {
    event = { form: noun.lemma, pos: 'noun', category: noun.category!, notes: ['noun'] };
    lex.nounEvents.set(noun, event);
  }
  return event;
}

/**
 * The event a word stands for by itself: its first event reading, else the event of a casualty
 * noun (`أعداد ضحايا`، `مفقودين`، `القتلى` anchor figures nearby). Kept on the word's record.
 */
function wordEvent(word: LexWord, lex: Lexicon): EventEntry | null {
  if (word.event !== undefined) return word.event;
  const single = word.info.events[0];
  const noun = single
    ? undefined
    : word.info.nouns.find((n) => n.entry.category && CASUALTY.has(n.entry.category));
  word.event = single ?? (noun ? nounEvent(noun.entry, lex) : null);
  return word.event;
}

/**
 * Whether a word tells of violence by itself: an event word of a figure or of a mention (`المجزرة`),
 * a casualty noun, a war, arms or an armed side.
 *
 * Wider than the event-mention reader's `violentNonEvent` (events/mentions.ts), on purpose: what a
 * victim is a victim of (`ضحية هجوم`، `ضحية الحرب`، `ضحية قصف النظام`) tells of violence when it is any
 * event word, figurative ones included, a war or a government; there, beside a figurative event word,
 * event words are weighed apart and a government is no support.
 */
function tellsOfViolenceItself(word: LexWord, lex: Lexicon): boolean {
  const info = word.info;
  return (
    info.events.length > 0 ||
    lex.startsOf(word).words.length > 0 ||
    info.nouns.some((n) => n.entry.category !== null && CASUALTY.has(n.entry.category)) ||
    info.entities.some((e) => e.type === 'armed_group' || e.type === 'government') ||
    lex.closed.hasWord('war-noun', word) ||
    lex.closed.hasWord('weapon-word', word)
  );
}

/**
 * `وقعت الشركة ضحية نجاحها`، `ذهب ضحية لمقلب`، `ربما وقعوا ضحايا لتسريب بيانات`: a victim noun after
 * a verb of falling victim (within four words, its subject between) tells of violence only when
 * what it is a victim of does (`ذهب ضحية القصف`، `وقع ضحية هجوم`). Must not: `سقوط ضحايا` (no verb of falling victim), `وقع ضحية.`.
 */
function figurativeVictim(
  toks: readonly Tok[],
  words: readonly (LexWord | null)[],
  i: number,
  lex: Lexicon,
): boolean {
  const tok = toks[i]!;
  if (tok.kind !== 'word' || !isOfClass(lex, tok, 'victim-noun')) return false;
  // The verb may stand before its subject (`وقعت الشركة ضحية`، `ووقع 5 أشخاص ضحية`).
  let verb = false;
  for (let v = i - 1; v >= Math.max(0, i - 4) && !verb; v--) {
    const t = toks[v]!;
    if (t.kind === 'punct' && t.text !== '"') break;
    verb = t.kind === 'word' && isOfClass(lex, t, 'falls-victim');
  }
  if (!verb) return false;
  let j = i + 1;
  while (toks[j]?.text === '"') j++;
  const next = words[j];
  // `ذهب ضحايا مدنيون`: people named after it are the victims themselves.
  if (!next || next.info.nouns.some((n) => PERSON_UNITS.has(n.entry.unit))) return false;
  // `ضحية لمقلب`: what it is a victim of, past the preposition.
  const of =
    next.text.startsWith('ل') && !tellsOfViolenceItself(next, lex) ? lex.word(next.text.slice(1)) : next;
  return !tellsOfViolenceItself(next, lex) && !tellsOfViolenceItself(of, lex);
}

/** Tokens of a folded range, with lexicon knowledge looked up lazily and cached per word. */
export function readSentence(folded: FoldedText, lex: Lexicon, range: Span): SentenceReading {
  const toks: Tok[] = [];
  const words: (LexWord | null)[] = [];
  // Each word token carries its record, and its text is the record's (one string for each spelling,
  // found by its offsets: a word is cut from the text only when the lexicon first meets it).
  const text = folded.text;
  eachToken(text, range.start, range.end, (start, end, kind) => {
    if (kind === 'newline') return;
    const word = kind === 'word' ? lex.wordAt(text, start, end) : null;
    words.push(word);
    toks.push({ start, end, text: word ? word.text : text.slice(start, end), kind, word });
  });
  // Copied while the records are at hand: a reader that tests them later fetches none.
  const flags = new Uint8Array(toks.length);
  for (let i = 0; i < toks.length; i++) flags[i] = words[i]?.flags ?? 0;
  const info = (i: number): WordInfo | null => words[i]?.info ?? null;
  const names = new Array<EntityCandidates | null>(toks.length).fill(null);
  const predicates = new Array<EventHit | null>(toks.length).fill(null);
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    // A word that can open no name and stand for no event is passed over without reading its record.
    if (tok.kind !== 'word' || (flags[i]! & (WORD_NAME | WORD_EVENT)) === 0) continue;
    if ((flags[i]! & WORD_NAME) !== 0)
      names[i] = spelled(entityCandidatesAt(lex, toks, words, i), folded, toks, lex);
    if ((flags[i]! & WORD_EVENT) === 0) continue;
    const phrases = words[i]!.phrasesByKind.event;
    let bestEvent: EventHit | null = null;
    for (const phrase of phrases) {
      if (phrase.payload.kind !== 'event') continue;
      const j = matchPhraseWords(toks, words, i, phrase);
      if (j < 0) continue;
      if (!bestEvent || j > bestEvent.end) bestEvent = { entry: phrase.payload.entry, start: i, end: j };
    }
    if (!bestEvent && !isParticleQad(lex, toks, words, i)) {
      const single = wordEvent(words[i]!, lex);
      if (
        single &&
        !figurativeVictim(toks, words, i, lex) &&
        !(single.pos === 'verb' && taMarbuta(folded, tok))
      )
        bestEvent = { entry: single, start: i, end: i + 1 };
    }
    predicates[i] = bestEvent;
  }
  // A place whose name is also a common word (`تدمر`، `القصير`) needs the words around it.
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    if (names[i]) names[i] = weighCommonWord(lex, toks, words, names, i, () => writtenWithMarks(folded, tok));
  }
  // `الناشط الإعلامي حمص الخالدي`: a place's name between a definite role and a family name is a person's.
  for (let i = 1; i < toks.length - 1; i++) {
    if (names[i]) names[i] = weighNameAfterRole(lex, toks, words, names, i);
  }
  // `وزارة الداخلية التونسية`: a shared name states its country with the words after it.
  for (let i = 0; i < toks.length; i++) {
    const named = names[i];
    if (!named || named.entries.length < 2) continue;
    const stated = statedCountry(lex, toks, words, names, named.end);
    if (stated !== null) names[i] = { ...named, stated };
  }
  return { range, toks, words, flags, info, names, predicates, yaSpelled: yaSpelled(folded, lex, toks) };
}

/**
 * `علي` and `على` fold to one spelling: the words of class `ya-name` the text writes with ي, the
 * name's spelling (the preposition is written ى; where a text writes it ي too, the words around
 * tell them apart, `givenYaName` in attribution/speakers.ts).
 */
function yaSpelled(folded: FoldedText, lex: Lexicon, toks: readonly Tok[]): ReadonlySet<number> {
  let out: Set<number> | null = null;
  const text = folded.text;
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    // Asked of every word: the last letter first (a ya-name ends in ي folded), the class then. The
    // letter is read from the folded text, which is at hand, not from the word's string, elsewhere.
    if (tok.kind !== 'word' || text.charCodeAt(tok.end - 1) !== 0x064a || !isOfClass(lex, tok, 'ya-name'))
      continue;
    if (!writtenOf(folded, tok).endsWith('\u064a')) continue;
    (out ??= new Set()).add(i);
  }
  return out ?? NONE;
}
const NONE: ReadonlySet<number> = new Set();

/**
 * `شيعة` (Shia) folds to the letters of `شيعه` (he walked him to his grave): a word written with ta
 * marbuta is a noun, never a verb with the object pronoun ه. Must not: `شيّعه`، `قتله` (written ه).
 */
function taMarbuta(folded: FoldedText, tok: Tok): boolean {
  return /ة[\u064B-\u0652]*$/u.test(writtenOf(folded, tok));
}

/** A token as written, with the marks after its last letter (`درعاً`: the tanween the fold drops). */
function writtenWithMarks(folded: FoldedText, tok: Tok): string {
  const start = folded.starts[tok.start]!;
  let end = folded.ends[tok.end - 1]!;
  while (end < folded.original.length && MARK.test(folded.original[end]!)) end++;
  return folded.original.slice(start, end);
}
const MARK = /[\u064B-\u0652]/u;

/** A token as written in the original text. */
function writtenOf(folded: FoldedText, tok: Tok): string {
  return folded.original.slice(folded.starts[tok.start], folded.ends[tok.end - 1]);
}

/**
 * One answer per sentence for a question that asks nothing of the figure (`byHazard`, a sentence of a
 * match): `ask` runs on a sentence's first figure and its answer serves the rest.
 */
export function perSentence<T>(ask: (view: SentenceView) => T): (view: SentenceView) => T {
  const answers = new WeakMap<SentenceView, T>();
  return (view) => {
    if (answers.has(view)) return answers.get(view)!;
    const answer = ask(view);
    answers.set(view, answer);
    return answer;
  };
}

/**
 * Digits that are part of a name, not a count: inside a listed name (`فرانس 24`، `كوردستان 24`), or
 * right after an outlet's head and its name with the sentence going on past them (`قناة روسيا 24 أن`،
 * `موقع عنب بلدي 24،`، `شبكة "السويداء 24"`), or glued to the name's last word whatever follows
 * (`موقع عدن24 عن`). Must not: `قناة الجزيرة 3 أسباب` (a noun follows: a count), `وكالة الأنباء
 * أن30 شخصا` (glued to a grammar word, a counted noun after).
 */
export function digitsOfName(view: SentenceView, k: number): boolean {
  const toks = view.toks;
  if (toks[k]?.kind !== 'number') return false;
  if (view.entities.some((e) => e.start < k && k < e.end)) return true;
  // Back over the name's words (a quote mark may open it) to the outlet's head.
  let head = k - 1;
  let words = 0;
  while (head >= 0 && words < 3 && !isA(view, toks[head], 'outlet-head')) {
    const tok = toks[head]!;
    if (tok.kind === 'word') words++;
    else if (tok.text !== '"') return false;
    head--;
  }
  if (words === 0 || !isA(view, toks[head], 'outlet-head')) return false;
  const next = toks[k + 1];
  const prev = toks[k - 1]!;
  if (
    prev.kind === 'word' &&
    prev.end === toks[k]!.start &&
    !isA(view, prev, 'complementizer') &&
    !isA(view, prev, 'function-word') &&
    (next?.kind !== 'word' || (view.info(k + 1)?.nouns.length ?? 0) === 0)
  )
    return true;
  return (
    !next ||
    next.kind === 'punct' ||
    next.kind === 'newline' ||
    isA(view, next, 'complementizer') ||
    (view.info(k + 1)?.cues.length ?? 0) > 0
  );
}

/** A one-word name's entries that its written form names (a short name is read only as written). */
function spelled(
  named: EntityCandidates | null,
  folded: FoldedText,
  toks: readonly Tok[],
  lex: Lexicon,
): EntityCandidates | null {
  if (named === null || named.end !== named.start + 1) return named;
  // Most names are longer: every entry is named, and the written form is not even cut.
  if (!named.entries.some((e) => readOnlyAsWritten(e, lex))) return named;
  const tok = toks[named.start]!;
  const written = folded.original.slice(folded.starts[tok.start], folded.ends[tok.end - 1]);
  const foldName = (name: string): string => lex.foldedName(name);
  const entries = named.entries.filter((e) => spelledAsListed(e, written, foldName));
  if (entries.length === named.entries.length) return named;
  return entries.length > 0 ? { ...named, entries } : null;
}

/** `readAsWritten` of an entry, kept on the lexicon whose fold decides it. */
function readOnlyAsWritten(entry: GazetteerEntry, lex: Lexicon): boolean {
  let known = lex.readAsWritten.get(entry);
  if (known === undefined) {
    known = readAsWritten(entry, (name) => lex.foldedName(name));
    lex.readAsWritten.set(entry, known);
  }
  return known;
}

/** The view of a read sentence, with shared names decided by the document's `link` context. */
export function buildSentenceView(
  reading: SentenceReading,
  lex: Lexicon,
  excludedSpans: readonly Span[],
  lastArmedGroup: GazetteerEntry | null,
  anaphora: ReadonlyMap<string, GazetteerEntry>,
  link: LinkContext,
): SentenceView {
  const { toks, info } = reading;
  const entities: EntityHit[] = [];
  const events: EventHit[] = [];
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    if (tok.kind !== 'word') continue;
    let bestEntity: EntityHit | null = null;
    // Names are matched with their article and decided by what the whole document names.
    const named = reading.names[i];
    if (named) {
      const entry = chooseEntry(named.entries, link, named.stated ?? null);
      // A common-word place with nothing beside it: the place where the document names its country.
      const grounded =
        !named.needsContext || (entry?.country ? (link.countries.get(entry.country) ?? 0) > 0 : false);
      if (entry && grounded) bestEntity = { entry, start: i, end: named.end };
    }
    if (!bestEntity && anaphora.size > 0) {
      // `التنظيم`، `الميليشيا`: the body last named with that head word.
      for (const stem of anaphoricStems(reading.words[i]!, lex)) {
        const known = anaphora.get(stem);
        if (known && !(lex.lookup(toks[i + 1]?.text ?? '').entities.length > 0)) {
          bestEntity = { entry: known, start: i, end: i + 1, anaphoric: true };
          break;
        }
      }
    }
    if (bestEntity) entities.push(bestEntity);
    const event = reading.predicates[i];
    if (event) events.push(event);
  }
  const excluded = new Set<number>();
  const { start, end } = reading.range;
  const here = excludedSpans.filter((s) => s.start < end && s.end > start);
  if (here.length > 0) {
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (here.some((s) => t.start < s.end && t.end > s.start)) excluded.add(i);
    }
  }
  // Skip over entities nested inside a longer one already found.
  const kept = entities.filter(
    (e) =>
      !entities.some(
        (o) => o !== e && o.start <= e.start && o.end >= e.end && o.end - o.start > e.end - e.start,
      ),
  );
  return {
    lex,
    toks,
    words: reading.words,
    flags: reading.flags,
    info,
    entities: kept,
    events,
    excluded,
    lastArmedGroup,
    speakers: [],
    yaSpelled: reading.yaSpelled,
  };
}

/** The stems of a word's definite readings that can name a body back (`التنظيم` → تنظيم), in order. */
function anaphoricStems(word: LexWord, lex: Lexicon): readonly string[] {
  word.anaphoric ??= word.readings
    .filter((r) => r.definite && lex.closed.hasStem('anaphoric-head', r.stem))
    .map((r) => r.stem);
  return word.anaphoric;
}

/** Remembers the bodies a sentence names by their head word, for `التنظيم` in later sentences. */
export function rememberBodies(v: SentenceView, anaphora: Map<string, GazetteerEntry>): void {
  for (const e of v.entities) for (const head of anaphoricHeads(e.entry, v.lex)) anaphora.set(head, e.entry);
}

/**
 * The head words an entry can be named back by: the first word of its names of several words, found
 * once and kept on the lexicon whose closed-class words decide them.
 */
function anaphoricHeads(entry: GazetteerEntry, lex: Lexicon): readonly string[] {
  const known = lex.anaphoricHeads.get(entry);
  if (known) return known;
  const heads: string[] = [];
  for (const name of [entry.name, ...entry.aliases]) {
    const folded = lex.foldedName(name);
    const head = folded.split(' ')[0]!;
    if (lex.closed.hasStem('anaphoric-head', head) && folded.includes(' ')) heads.push(head);
  }
  lex.anaphoricHeads.set(entry, heads);
  return heads;
}
