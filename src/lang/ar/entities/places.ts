// Places: the gazetteer's towns and facilities, places named by their head word (`سجن X`،
// `مخيم X`، `حي X`، `بلدة X`), the place of each claim and the place a report is about.
//
// Must match: `في سجن الصناعة` (a facility), `بمخيم الهول` (the listed camp), `حي تل حجر`,
//   `قرية أم الخير` (a compound name), `بلدة سرمين` (the listed town, not a new place).
// Must not: `السجن` or `المخيم` alone (they refer back); `سجن مركزي`… only a name follows a head
//   (`سجن في` / `مخيم للنازحين` name nothing); `سجنه` (his prison) or `حي على` (a call).
//
// The head words are data/ar/place-heads.tsv (`Lexicon.placeHeads`); the words that follow a head
// without naming a place are the closed class `place-name-stop`, and so are a number (`مدينة واحدة`)
// and a plural (`قاعدة بيانات`); a first word that never names alone (`سان`، `سانتا`، `الملك`: the
// class `bound-first`) names a place only with the word after it (`مدينة سانتا` alone names none).

import type { GazetteerEntry, Lexicon, PlaceHeadReading } from '../lexicon/lexicon.js';
import { tokenReadings } from '../read/morphology.js';
import type { SentenceView } from '../read/sentence-view.js';
import { isA, isComma, recordOf } from '../read/sentence-view.js';
import type { Tok } from '../quantities/numbers.js';
import type { EntityHit } from '../read/sentence-view.js';
import { keyId } from './people.js';
import { unfolded } from '../../../text/folded.js';
import { unhashtag } from '../normalize/hashtags.js';

/** A place name as written, without quotes, one space between words. */
function clean(name: string): string {
  // A hashtag's mark (`بلدة #تريب`, `#دير_الزور`, as outlets tag names in their copy) is no part of the name.
  return unhashtag(unfolded(name))
    .text.replace(/["“”«»]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface PlaceHit {
  readonly entry: GazetteerEntry;
  /** Token range [start, end) within the sentence. */
  readonly start: number;
  readonly end: number;
  /** Named by its head word rather than listed. */
  readonly shaped: boolean;
  /**
   * In the dateline that opens the sentence (`دبي، الإمارات (رويترز) -`، `بيروت -`), the label
   * that opens a headline (`موسكو:`), or standing as the speaker (`وقالت واشنطن`): where the report
   * was filed or who speaks, the event's place only when the report names no other.
   */
  readonly dateline?: true;
  /**
   * Standing for the government seated there (`موسكو ترد`، `وقالت واشنطن`، `اتهمت لندن موسكو`):
   * who speaks or is spoken to, never where the sentence's events happened.
   */
  readonly voice?: true;
  /**
   * A country across the border the sentence names (`قرب الحدود مع العراق`): the neighbour, the
   * event's place only when the report names no other, as a dateline is.
   */
  readonly across?: true;
  /**
   * A place named to say where another one lies (`في دوما قرب دمشق`، `مطار التيفور قرب حمص`، `قرية
   * … شمال حلب`): a landmark, the event's place only when the report names no other, as a dateline is.
   */
  readonly landmark?: true;
  /**
   * The subject of a verb that launches or carries out strikes (`أطلقت الولايات المتحدة 105
   * صواريخ`، `نفذتها إسرائيل`): the attacker, the event's place only when the report names no other.
   */
  readonly attacker?: true;
  /**
   * Inside an answer clause, the token range [start, end) it spans (`ردا على هجوم في دوما`,
   * claims/refiners/answered.ts): where the event the sentence's event answers happened, never the
   * report's place nor the place of a figure outside the clause.
   */
  readonly answered?: { readonly start: number; readonly end: number };
}

// Tatweel and diacritics, which the original may carry between a head's letters; alifs with a hamza.
const MARKS = /[\u0640\u064B-\u0652]/gu;
const HAMZA_ALIF = /[أإآ]/;

/**
 * Whether a word read as a head is written with a hamza on an alif the head's lemma writes bare: the
 * fold merges the two, the words differ (`وأدى` (and led) is not `وادي`; `اقليم` for `إقليم` is the
 * head, writers drop hamzas but do not add them).
 */
function hamzaOffHead(written: string, lemma: string): boolean {
  const word = written.replace(MARKS, '');
  for (let k = 0; k < lemma.length && k < word.length; k++)
    if (lemma[k] === 'ا' && HAMZA_ALIF.test(word[k]!)) return true;
  return false;
}

/** Whether a word can end in a place head (`Lexicon.placeHeadsByLast`): most words are turned away
 * here without looking up their readings. */
function mayEndInHead(lex: Lexicon, word: string): boolean {
  const heads = lex.placeHeadsByLast.get(word.charCodeAt(word.length - 1));
  if (heads === undefined) return false;
  // A loop, not `some` with a closure: this runs on every word of every sentence.
  for (const h of heads) if (word.endsWith(h)) return true;
  return false;
}

/** Whether token `i` lies inside one of the sentence's entities. */
function covered(entities: readonly EntityHit[], i: number): boolean {
  for (const e of entities) if (i >= e.start && i < e.end) return true;
  return false;
}

function headType(lex: Lexicon, word: string): PlaceHeadReading | null {
  if (!mayEndInHead(lex, word)) return null;
  for (const r of lex.readings(word)) {
    if (r.definite) continue;
    const head = lex.placeHeads.get(r.stem);
    if (head) return { type: head.type, prefixes: r.prefixes.join('').length, written: head.written };
  }
  return null;
}

/** `headType` of a token, kept on its lexicon record: the place reader asks it of most words. */
function headOf(lex: Lexicon, tok: Tok): PlaceHeadReading | null {
  const word = recordOf(tok);
  if (word === null) return headType(lex, tok.text);
  if (word.placeHead === undefined) word.placeHead = headType(lex, word.text);
  return word.placeHead;
}

/** A word that can stand in a place name: a letter word the lexicons know nothing of. */
function nameWord(view: SentenceView, i: number): boolean {
  const tok = view.toks[i];
  if (!tok || tok.kind !== 'word' || tok.text.length < 2 || view.excluded.has(i)) return false;
  if (isA(view, tok, 'function-word') || isA(view, tok, 'time-noun')) return false;
  if (isA(view, tok, 'place-name-stop')) return false;
  // An indefinite adjective after the head (`قاعدة جوية`، `معبر حدودي`، `مخيم شرقي`) is no name.
  if (!tokenReadings(tok).some((r) => r.definite) && ADJECTIVE_ENDING.test(tok.text)) return false;
  if (!unlisted(view, i)) return false;
  // Another head (`جزيرة بريف`) starts another place; a plural in ات (`منطقة الاشتباكات`) and a
  // pronoun (`سجنه`، `مخيمهم`) make a common noun.
  if (headOf(view.lex, tok)) return false;
  if (tokenReadings(tok).some((r) => r.stem.length >= 5 && r.stem.endsWith('ات') && r.definite)) return false;
  // So does an indefinite plural of a noun of three letters or more (`قاعدة بيانات`، `قاعدة غواصات`);
  // the names in ات that follow a head are mostly shorter (`وادي سوات`، `مدينة إيلات`).
  if (tok.text.length >= 6 && tok.text.endsWith('ات') && !tokenReadings(tok).some((r) => r.definite))
    return false;
  return !PLURAL_PRONOUN.test(tok.text);
}

// Patterns of nameWord, compiled once (a regex literal inside a function is a new object per call).
const ADJECTIVE_ENDING = /(ي|يه)$/;
const PLURAL_PRONOUN = /^\p{L}{3,}(ها|هم|هما|هن)$/u;

/**
 * Places of a sentence: gazetteer towns and facilities, and places named by a head word. A head
 * before a listed place is that place (`مدينة الرقة` is Raqqa).
 */
export function findPlaces(
  view: SentenceView,
  original: (foldedStart: number, foldedEnd: number) => string,
): PlaceHit[] {
  const out: PlaceHit[] = [];
  for (const e of view.entities) {
    if (e.entry.type !== 'location' && e.entry.type !== 'facility') continue;
    if (e.entry.parent !== null && governmentSeat(view, e.start)) continue;
    if (namesake(view, e.start, e.entry)) continue;
    out.push({ entry: e.entry, start: e.start, end: e.end, shaped: false });
  }
  let shapedAny = false;
  for (let i = 0; i < view.toks.length; i++) {
    const tok = view.toks[i]!;
    if (tok.kind !== 'word' || covered(view.entities, i)) continue;
    const head = headOf(view.lex, tok);
    if (!head) continue;
    if (hamzaOffHead(original(tok.start + head.prefixes, tok.end), head.written)) continue;
    let j = i + 1;
    while (view.toks[j]?.kind === 'punct' && view.toks[j]!.text === '"') j++;
    if (covered(view.entities, j) || !nameWord(view, j)) continue;
    // A number (`مدينة واحدة`، `قاعدة خمسين`) counts the heads; it names none.
    if (view.lex.numberWords.has(view.toks[j]!.text)) continue;
    let end = j + 1;
    // A compound name takes its second word (`تل أبيض`، `أم الخير`).
    // The second word may be a listed name of its own (`أبو صيدا` is not Sidon).
    const listedWord = (k: number): boolean =>
      view.entities.some((e) => e.start === k && e.end === k + 1 && e.entry.type === 'location');
    // A first word that never names alone (`سان`، `سانتا`، `الملك`) takes the next word, or names nothing.
    const bound = isA(view, view.toks[j], 'bound-first');
    if (
      (bound || isA(view, view.toks[j], 'compound-first')) &&
      ((nameWord(view, end) && !covered(view.entities, end)) || listedWord(end))
    )
      end++;
    if (bound && end === j + 1) continue;
    // `مدينة الملك عبد الله`: a name of two words joined (`عبد الله`) is taken whole.
    if (
      end === j + 2 &&
      isA(view, view.toks[j + 1], 'name-joining') &&
      isA(view, view.toks[end], 'name-joined')
    )
      end++;
    const name = clean(original(tok.start + head.prefixes, view.toks[end - 1]!.end));
    if (name === '') continue;
    // Outlets call one settlement a city, a town or a village (`مدينة كيزليار`، `بلدة كيزليار`):
    // its key is its name alone. Other heads name different places (`مخيم اليرموك`، `حي اليرموك`).
    const heads = view.lex.placeHeads;
    const settlement = heads.get(tokenReadings(tok).find((r) => heads.has(r.stem))?.stem ?? '')?.settlement;
    const key = view.lex.foldedName(
      settlement ? clean(original(view.toks[j]!.start, view.toks[end - 1]!.end)) : name,
    );
    const entry: GazetteerEntry = {
      id: keyId(head.type === 'facility' ? 'fac' : 'loc', key),
      type: head.type,
      name,
      aliases: [],
      parent: null,
      country: null,
    };
    out.push({ entry, start: i, end, shaped: true });
    shapedAny = true;
    i = end - 1;
  }
  // Most sentences name no place: nothing to weed out, sort or read a dateline from.
  if (out.length === 0) return out;
  const places = shapedAny ? out.filter((p) => p.shaped || !insideShaped(out, p)) : out;
  places.sort((a, b) => a.start - b.start);
  const filed = datelineEnd(view, places);
  return filed === 0 ? places : places.map((p) => (p.end <= filed ? { ...p, dateline: true } : p));
}

/**
 * `شارع بغداد` (a street of Damascus)، `دوار الكويت`، `مستشفى الكويت`: a listed place right after a
 * street, a square or a roundabout (closed class namesake-head), or a country right after a hospital,
 * a school, a university or a mosque (country-namesake-head), is what the thing is named after, not
 * where the sentence happens.
 */
function namesake(view: SentenceView, i: number, entry: GazetteerEntry): boolean {
  const before = view.toks[i - 1];
  if (isA(view, before, 'namesake-head')) return true;
  return entry.type === 'location' && entry.parent === null && isA(view, before, 'country-namesake-head');
}

/** Whether a place lies inside a place named by its head word. */
function insideShaped(places: readonly PlaceHit[], p: PlaceHit): boolean {
  for (const q of places) if (q.shaped && q.start <= p.start && p.end <= q.end) return true;
  return false;
}

/**
 * `حكومة دمشق`، `نظام دمشق`، `سلطات صنعاء`: a seat of government after a body in construct names the
 * government, not a place where something happened (a country after it, `حكومة جنوب السودان`, stays
 * the country the report is about).
 */
function governmentSeat(view: SentenceView, i: number): boolean {
  const before = view.toks[i - 1];
  return isA(view, before, 'government-head');
}

/** A word no lexicon knows and no closed class holds: a name the gazetteer lacks (`دبي`). */
export function unknownWord(view: SentenceView, i: number): boolean {
  const tok = view.toks[i];
  if (tok?.kind !== 'word' || isA(view, tok, 'function-word') || isA(view, tok, 'time-noun')) return false;
  return unlisted(view, i);
}

/** A word no lexicon lists as a noun, event, cue, role or demonym. */
function unlisted(view: SentenceView, i: number): boolean {
  const info = view.info(i);
  if (!info) return false;
  return (
    info.nouns.length + info.events.length + info.cues.length + info.roles.length + info.demonyms.length === 0
  );
}

/**
 * The token where a dateline opening the sentence ends, or 0: places or unknown names (joined by
 * commas, four tokens at most) from its first token, an optional agency in brackets, then a dash
 * (`دبي، الإمارات (رويترز) -`، `بيروت -`); or the same names, unbracketed, before a colon (`موسكو:`).
 */
function datelineEnd(view: SentenceView, places: readonly PlaceHit[]): number {
  const toks = view.toks;
  let i = 0;
  let named = 0;
  while (i < toks.length && named < 4) {
    const place = placeAt(places, i);
    if (place) i = place.end;
    else if (unknownWord(view, i)) i++;
    else break;
    named++;
    if (isComma(toks[i])) i++;
  }
  if (i === 0 || !places.some((p) => p.end <= i)) return 0;
  const bracketed = toks[i]?.text === '(';
  if (bracketed) {
    const close = toks.findIndex((t, k) => k > i && t.text === ')');
    if (close < 0 || close - i > 6) return 0;
    i = close + 1;
  }
  if (toks[i]?.kind !== 'punct') return 0;
  if (/^[-–—]$/.test(toks[i]!.text)) return i;
  // A headline's opening label (`موسكو: 100 صاروخ…`، `سوريا وروسيا: إسرائيل نفذت…`) names who
  // speaks or what the report is filed under, not where its figures happened.
  return toks[i]!.text === ':' && !bracketed ? i : 0;
}

/** The place that starts at token `i`, if any (a loop: asked of each token of a dateline). */
function placeAt(places: readonly PlaceHit[], i: number): PlaceHit | undefined {
  for (const p of places) if (p.start === i) return p;
  return undefined;
}

/**
 * The places other than a dateline's or a neighbour's, when there are any (else those); never a voice
 * nor the place of an event the report's answers.
 */
function notFiled(places: readonly PlaceHit[]): readonly PlaceHit[] {
  const said = places.filter((p) => !p.voice && !p.answered);
  const named = said.filter((p) => !p.dateline && !p.across && !p.landmark && !p.attacker);
  return named.length > 0 ? named : said;
}

/** Ancestors of a listed place, nearest first (`الميادين` → دير الزور → سوريا). */
export function ancestors(entry: GazetteerEntry, lex: Lexicon): string[] {
  const out: string[] = [];
  let p = entry.parent;
  while (p && out.length < 6 && !out.includes(p)) {
    out.push(p);
    p = lex.entityById.get(p)?.parent ?? null;
  }
  return out;
}

/**
 * The place a report is about: of the places its title and lead name, the narrowest (a town
 * over its country), a place inside a country over a country (`إسرائيل نفذت ضربة التيفور`: the
 * airbase, not the country that struck), then the one the whole report names most, then the earliest.
 */
export function dominantPlace(
  lead: readonly PlaceHit[],
  all: readonly PlaceHit[],
  lex: Lexicon,
): GazetteerEntry | null {
  // A lead that names only what the report's event answers says nothing of where it is.
  const told = lead.filter((p) => !p.answered);
  const pool = notFiled(told.length > 0 ? told : all);
  if (pool.length === 0) return null;
  const ids = new Set(pool.map((p) => p.entry.id));
  const broader = new Set(pool.flatMap((p) => ancestors(p.entry, lex)));
  const counts = new Map<string, number>();
  for (const p of all) if (!p.voice && !p.answered) counts.set(p.entry.id, (counts.get(p.entry.id) ?? 0) + 1);
  const country = (e: GazetteerEntry): boolean => e.parent === null && e.country !== null;
  let best: GazetteerEntry | null = null;
  for (const p of pool) {
    if (broader.has(p.entry.id) || !ids.has(p.entry.id)) continue;
    const better =
      !best ||
      (country(best) && !country(p.entry)) ||
      (country(best) === country(p.entry) && (counts.get(p.entry.id) ?? 0) > (counts.get(best.id) ?? 0));
    if (better) best = p.entry;
  }
  return best ?? pool[0]!.entry;
}

/** Whether a place lies in an answer clause (`answered`) that holds token `at` too. */
export function inAnswerClause(p: PlaceHit, at: number): boolean {
  return p.answered !== undefined && p.answered.start <= at && at < p.answered.end;
}

/**
 * The place of a claim: the place nearest its figure in the sentence, unless that is only a
 * broader area of the report's own place (`سوريا` in a report about a town there).
 */
export function claimPlace(
  places: readonly PlaceHit[],
  at: number,
  dominant: GazetteerEntry | null,
  lex: Lexicon,
): GazetteerEntry | null {
  let best: PlaceHit | null = null;
  let bestDistance = Infinity;
  // A figure inside an answer clause counts the answered event: the clause's places are its own;
  // outside one, those places are never the figure's.
  const inClause = places.filter((p) => inAnswerClause(p, at));
  const own = inClause.length > 0 ? inClause : places.filter((p) => !p.answered);
  // A place standing for its government (`voice`) is never a claim's place.
  const said = own.filter((p) => !p.voice);
  const named = said.filter((p) => !p.dateline && !p.across && !p.landmark && !p.attacker);
  // A dateline is where the report was filed, a country across a border the neighbour, a landmark
  // where another place lies: the claim's place only when nothing else is named.
  for (const p of named.length > 0 || dominant ? named : said) {
    const d = p.start > at ? p.start - at : at - p.end + 1;
    if (d < bestDistance) {
      best = p;
      bestDistance = d;
    }
  }
  if (!best) return dominant;
  if (dominant && ancestors(dominant, lex).includes(best.entry.id)) return dominant;
  return best.entry;
}
