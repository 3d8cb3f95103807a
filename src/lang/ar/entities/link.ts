// Linking gazetteer names in running text: which entry a token starts, how far it reaches, and
// which of several entries sharing a name (`~طرابلس`، `~وزارة الصحة`) the document means.
//
// Must match: `قسد`، `لقسد`، `وقوات سوريا الديمقراطية`، `عناصر داعش` (داعش)، `تنظيم "داعش"`،
//   `بالتحالف الدولي`، `فرانس 24`، `وزارة الصحة` in a report from Gaza (gaza_moh).
// Must not: `جزيرة` (an island) as the channel `الجزيرة`; `تحالف دولي` (a coalition) as
//   `التحالف الدولي`; `وزارة الصحة` with nothing to tell which country's; `آب` (August), `أب`
//   (a father) or `باب` (a door) as Ibb (`إب`, `بإب`): a name of two letters once folded is read
//   only as it is written.

import type { Span } from '../../../types.js';
import type { GazetteerEntry, LexWord, Phrase } from '../lexicon/lexicon.js';
import { Lexicon, isDefinite } from '../lexicon/lexicon.js';
import type { Tok } from '../quantities/numbers.js';
import { phrasesToTry } from '../lexicon/second-words.js';

/** The entries a name starting at a token may be, and the token index just past it. */
export interface EntityCandidates {
  readonly start: number;
  readonly end: number;
  readonly entries: readonly GazetteerEntry[];
  /**
   * A place whose name is also a common word (`تدمر`، `عدن`), with nothing beside it that says it is
   * the place: the place only where the document names its country otherwise.
   */
  readonly needsContext?: true;
  /** A shared name's country as the words after it state it (`statedCountry`). */
  readonly stated?: string;
}

/** What a document says about itself that decides a shared name: bodies named, countries named. */
export interface LinkContext {
  /** Ids named unambiguously somewhere in the document. */
  readonly named: ReadonlySet<string>;
  /** Country code → how many unambiguous mentions point there. */
  readonly countries: ReadonlyMap<string, number>;
  /** Country code → how many unambiguous mentions name a place inside it (below the country). */
  readonly placesIn: ReadonlyMap<string, number>;
  /** A shared name (its entries' ids) → the countries the document states for it. */
  readonly stated: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * What the paragraph being read names (see `paragraphContexts`): it decides a shared name before
   * the document does, when it names one of the name's bodies or countries.
   */
  readonly paragraph?: LinkContext;
}

export const EMPTY_CONTEXT: LinkContext = {
  named: new Set(),
  countries: new Map(),
  placesIn: new Map(),
  stated: new Map(),
};

/** The key of a shared name: its entries' ids. */
function sharedKey(entries: readonly GazetteerEntry[]): string {
  return entries.map((e) => e.id).join(' ');
}

/** Token index just past an entity phrase starting at `i`, or -1. `words` are the tokens' records. */
function matchName(
  lex: Lexicon,
  toks: readonly Tok[],
  words: readonly (LexWord | null)[],
  i: number,
  phrase: Phrase,
): number {
  const { articles, targets } = phrase;
  if (articles[0] && !isDefinite(words[i]!)) return -1;
  let j = i + 1;
  for (let k = 1; k < targets.length; k++) {
    while (toks[j]?.kind === 'punct' && (toks[j]!.text === '"' || toks[j]!.text === "'")) j++;
    const t = toks[j];
    const w = phrase.words[k]!;
    if (!t) return -1;
    // Digits belong to some names (`فرانس 24`، `اللواء 444`).
    if (t.kind === 'number' && t.text === w) {
      j++;
      continue;
    }
    // A preposition set apart by a quote: `لـ"قوات سوريا الديمقراطية"` for `لقوات سوريا الديمقراطية`.
    if (t.kind === 'word' && t.text === 'ل' && w.startsWith('ل') && w.length > 2) {
      let n = j + 1;
      while (toks[n]?.kind === 'punct' && (toks[n]!.text === '"' || toks[n]!.text === "'")) n++;
      const u = toks[n];
      if (u?.kind === 'word' && lex.wordMatches(u.text, w.slice(1))) {
        j = n + 1;
        continue;
      }
    }
    if (t.kind !== 'word' || !Lexicon.recordMatches(words[j]!, targets[k]!)) return -1;
    if (articles[k] && !isDefinite(words[j]!)) return -1;
    j++;
  }
  return j;
}

/**
 * The longest gazetteer name starting at token `i`, with every entry that bears it. `words` are the
 * lexicon's records of the tokens (`lex.word`), looked up once by the caller.
 */
export function entityCandidatesAt(
  lex: Lexicon,
  toks: readonly Tok[],
  words: readonly (LexWord | null)[],
  i: number,
): EntityCandidates | null {
  const tok = toks[i];
  const word = words[i];
  if (!tok || tok.kind !== 'word' || !word) return null;
  let end = -1;
  let entries: GazetteerEntry[] | null = null;
  const phrases = word.phrasesByKind.entity;
  const tried = phrasesToTry(toks, words, i, 'entity');
  for (let n = 0; n < (tried ? tried.length : phrases.length); n++) {
    const phrase = phrases[tried ? tried[n]! : n]!;
    if (phrase.payload.kind !== 'entity') continue;
    const j = matchName(lex, toks, words, i, phrase);
    if (j < 0 || j < end) continue;
    if (j > end || !entries) {
      end = j;
      entries = [];
    }
    if (!entries.includes(phrase.payload.entry)) entries.push(phrase.payload.entry);
  }
  if (end > 0 && entries) return { start: i, end, entries };
  const single = word.info.entities;
  if (single.length === 0) return null;
  return { start: i, end: i + 1, entries: single.length === 1 ? single : [...new Set(single)] };
}

/** The names of a token run that no other name covers: the longest at each position, left to right. */
export function outermostNames(names: readonly (EntityCandidates | null)[]): EntityCandidates[] {
  const out: EntityCandidates[] = [];
  for (let i = 0; i < names.length; i++) {
    const hit = names[i];
    if (!hit) continue;
    out.push(hit);
    i = hit.end - 1;
  }
  return out;
}

/**
 * The context of a document from its unambiguous names. A name that needs the document's word
 * (`needsContext`: a place that is also a common word, with nothing beside it to say which) is no
 * evidence of its own.
 */
export function linkContext(hits: readonly EntityCandidates[]): LinkContext {
  const named = new Set<string>();
  const countries = new Map<string, number>();
  const placesIn = new Map<string, number>();
  const stated = new Map<string, Set<string>>();
  for (const h of hits) {
    if (h.stated !== undefined) {
      const key = sharedKey(h.entries);
      const set = stated.get(key) ?? new Set<string>();
      stated.set(key, set.add(h.stated));
    }
    if (h.entries.length !== 1 || h.needsContext) continue;
    const e = h.entries[0]!;
    named.add(e.id);
    if (!e.country) continue;
    countries.set(e.country, (countries.get(e.country) ?? 0) + 1);
    if (e.type === 'location' && e.parent !== null)
      placesIn.set(e.country, (placesIn.get(e.country) ?? 0) + 1);
  }
  return { named, countries, placesIn, stated };
}

/**
 * The context each sentence decides its shared names by: the document's, with its paragraph's (the
 * sentences between two line breaks of `text`) in front. A report that covers two fronts names
 * each front's bodies by their short shared names (`الدفاع المدني` in a paragraph on Gaza, then in
 * one on Sudan): the paragraph says which, where the document would pick the country it names
 * most; a paragraph that names no country is read with the last one that did (news paragraphs are
 * often one sentence). `sentences` are in text order; the result is aligned with them.
 */
export function paragraphContexts(
  doc: LinkContext,
  sentences: readonly { readonly range: Span; readonly names: readonly (EntityCandidates | null)[] }[],
  text: string,
): LinkContext[] {
  // Most reports name no shared name: the document's context serves every sentence.
  if (!sentences.some((r) => r.names.some((h) => h !== null && h.entries.length > 1)))
    return sentences.map(() => doc);
  const out: LinkContext[] = [];
  let paragraph: LinkContext | undefined;
  let first = 0;
  for (let k = 1; k <= sentences.length; k++) {
    const next = sentences[k];
    if (next && !text.slice(sentences[k - 1]!.range.end, next.range.start).includes('\n')) continue;
    const own = linkContext(sentences.slice(first, k).flatMap((r) => outermostNames(r.names)));
    // A paragraph that names no country goes on with the front the last one that did was about.
    if (own.countries.size > 0 || paragraph === undefined) paragraph = own;
    const ctx: LinkContext = { ...doc, paragraph };
    for (let j = first; j < k; j++) out.push(ctx);
    first = k;
  }
  return out;
}

/** Whether a context names one of a shared name's entries or one of their countries. */
function speaksOf(entries: readonly GazetteerEntry[], ctx: LinkContext): boolean {
  return entries.some(
    (e) => ctx.named.has(e.id) || (e.country !== null && (ctx.countries.get(e.country) ?? 0) > 0),
  );
}

/**
 * A country and a place of another country that share a name (`جورجيا`: the country, and the
 * state of the United States): the place where the document names more places of its country
 * below the country (`ولايات فلوريدا وألاباما وجورجيا`) than mentions of the other country; the
 * country otherwise. A mention of the place's country alone (`الولايات المتحدة`) says nothing of
 * which: the country Georgia is in the news of the United States too. Undefined for other names.
 */
function countryOrPlace(entries: readonly GazetteerEntry[], ctx: LinkContext): GazetteerEntry | undefined {
  if (entries.length !== 2) return undefined;
  const country = entries.find((e) => e.type === 'location' && e.parent === null && e.country !== null);
  const place = entries.find((e) => e.type === 'location' && e.parent !== null && e.country !== null);
  if (!country || !place || country.country === place.country) return undefined;
  const inside = ctx.placesIn.get(place.country!) ?? 0;
  return inside > (ctx.countries.get(country.country!) ?? 0) ? place : country;
}

/**
 * One entry for a shared name: the one of the country its own words state; else the one the
 * document also names unambiguously; else by what the paragraph names (see `paragraphContexts`)
 * when it names one of the entries or their countries, then by what the document names: for a
 * country and a place elsewhere `countryOrPlace`, else the one of the country named most; else
 * none (an unresolved name links to nothing).
 */
export function chooseEntry(
  entries: readonly GazetteerEntry[],
  ctx: LinkContext,
  stated: string | null = null,
): GazetteerEntry | null {
  if (entries.length === 1) return entries[0]!;
  // `وزارة الداخلية التونسية`: the country the name's own words state decides, whatever the
  // document speaks of; a country with no entry of that name links to none. Said once with one
  // country, the name alone later in the document is the same body.
  const once = ctx.stated.get(sharedKey(entries));
  const country = stated ?? (once?.size === 1 ? [...once][0]! : null);
  if (country !== null) {
    const own = entries.filter((e) => e.country === country);
    return own.length === 1 ? own[0]! : null;
  }
  // A body the document names in full (the short name refers back to it), else by the countries
  // the paragraph speaks of, else by the document's. A paragraph's own names are too few to
  // decide alone: one misread name there would outweigh the whole document.
  const named = entries.filter((e) => ctx.named.has(e.id));
  if (named.length === 1) return named[0]!;
  const local = ctx.paragraph;
  return (local && speaksOf(entries, local) ? byContext(entries, local) : null) ?? byContext(entries, ctx);
}

/** One entry of a shared name by what a context names (see `chooseEntry`), or null. */
function byContext(entries: readonly GazetteerEntry[], ctx: LinkContext): GazetteerEntry | null {
  const named = entries.filter((e) => ctx.named.has(e.id));
  const either = named.length === 0 ? countryOrPlace(entries, ctx) : undefined;
  if (either) return either;
  const pool = named.length > 1 ? named : entries;
  let best: GazetteerEntry | null = null;
  let bestCount = 0;
  let tie = false;
  for (const e of pool) {
    const n = e.country ? (ctx.countries.get(e.country) ?? 0) : 0;
    if (n > bestCount) {
      best = e;
      bestCount = n;
      tie = false;
    } else if (n === bestCount && n > 0) tie = true;
  }
  return best && !tie ? best : null;
}

/** Country name (a location row without a parent) → its code, per lexicon. */
const COUNTRY_CODES = new WeakMap<Lexicon, ReadonlyMap<string, string>>();

function countryCode(lex: Lexicon, name: string): string | null {
  let codes = COUNTRY_CODES.get(lex);
  if (!codes) {
    const map = new Map<string, string>();
    for (const e of lex.entityById.values())
      if (e.type === 'location' && e.parent === null && e.country) map.set(e.name, e.country);
    codes = map;
    COUNTRY_CODES.set(lex, codes);
  }
  return codes.get(name) ?? null;
}

/** The one country a name run names (`تونس`، `بالأردن`), or null. */
function countryNamed(names: readonly (EntityCandidates | null)[], k: number): string | null {
  const hit = names[k];
  if (!hit || hit.entries.length !== 1) return null;
  const e = hit.entries[0]!;
  return e.type === 'location' && e.parent === null ? e.country : null;
}

/**
 * The country a shared name states right after it (ISO code): a nationality adjective
 * (`وزارة الداخلية التونسية`، `وزارة الدفاع البريطانية`) or a country after `في` or `ب`
 * (`وزارة الداخلية في الأردن`، `وزارة الصحة بتونس`). Must not: a place that is no country
 * (`وزارة الصحة في غزة` is a name of its own), a word after the name that names no country.
 */
export function statedCountry(
  lex: Lexicon,
  toks: readonly Tok[],
  words: readonly (LexWord | null)[],
  names: readonly (EntityCandidates | null)[],
  end: number,
): string | null {
  const next = toks[end];
  const word = words[end];
  if (!next || next.kind !== 'word' || !word) return null;
  const demonym = word.info.demonyms[0];
  if (demonym) return countryCode(lex, demonym.country);
  if (lex.closed.hasWord('place-preposition', word) && !/^ب/.test(next.text))
    return countryNamed(names, end + 1);
  return /^ب/.test(next.text) ? countryNamed(names, end) : null;
}

/** Names this short once folded (`إب` → `اب`) fold together with common words. */
const SHORT_NAME = 2;
/** Clitics before a written name: a conjunction, then a preposition. */
const NAME_CLITICS = /^[وف]?[بلك]?$/u;
const ARABIC = /\p{Script=Arabic}/u;
/** Diacritics and tatweel, which the text may carry and a listed name does not. */
const MARKS = /[\u0640\u064B-\u0652]/gu;

/**
 * Whether an entry's one-word name is read only as written (`spelledAsListed`): it has Arabic
 * names and all of them are SHORT_NAME letters or fewer once folded.
 */
export function readAsWritten(entry: GazetteerEntry, fold: (s: string) => string): boolean {
  let arabic = false;
  for (const n of [entry.name, ...entry.aliases]) {
    if (!ARABIC.test(n)) continue;
    if (fold(n).length > SHORT_NAME) return false;
    arabic = true;
  }
  return arabic;
}

/**
 * Whether a one-word name as `written` in the original text names `entry`: always, unless all the
 * entry's Arabic names are SHORT_NAME letters or fewer once folded; then one must be written as it
 * is, hamza included, after clitics (`إب`، `وبإب`; not `آب`، `أب`، `باب`، `الأب`).
 */
export function spelledAsListed(
  entry: GazetteerEntry,
  written: string,
  fold: (s: string) => string,
): boolean {
  if (!readAsWritten(entry, fold)) return true;
  const names = [entry.name, ...entry.aliases].filter((n) => ARABIC.test(n));
  const w = written.replace(MARKS, '');
  return names.some((n) => w.endsWith(n) && NAME_CLITICS.test(w.slice(0, w.length - n.length)));
}
