// A body named in full once and then by the first words of its name: `المرصد` after `المرصد السوري
// لحقوق الإنسان`, `الوزارة` after `وزارة الصحة`, `منظمة العفو` after `منظمة العفو الدولية`. The
// speaker is the body named before (the latest one that name opens), as a role alone is the person
// named before with it (speakers.ts, roleBackReference).
//
// Must match: وقال المرصد السوري لحقوق الإنسان … وأضاف المرصد أن … · ذكرت وزارة الصحة في غزة …
//   وقالت الوزارة إن … · أعلنت صحيفة نيويورك تايمز … وأشارت الصحيفة إلى …
// Must not: a word that opens no body named before (`الصحيفة` with no paper named: itself), a word
//   that is the whole name (`الأمم`), a role (`المتحدث`, read back to the person), the body's own
//   full name (it is read as named), a name that ends in the words of another (`الصحة` is no short
//   name of `وزارة الصحة`: only the opening words are).

import type { Hop } from '../../../types.js';
import type { GazetteerEntry, Lexicon } from '../lexicon/lexicon.js';

/** A body the report has named in full, with the words (folded) its names are written in. */
export interface NamedBody {
  readonly hop: Hop;
  readonly names: readonly (readonly string[])[];
}

/**
 * The words of a name as compared: no marks, one alef, `ة` as `ه`, no article, no `و` glued before
 * the article or another `و`. A word's own first `و` stays (`وزارة`، `وكالة`, `الوزير` as `وزير`):
 * cutting every opening `و` made `الوزارة` no short name of `وزارة الصحة`.
 */
export function foldWords(s: string): string[] {
  return s
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .split(/\s+/)
    .map((w) => w.replace(/^(وال|بال|لل|ال|و(?=و))/, ''))
    .filter((w) => w.length > 1);
}

/** The types of listed entry that speak as a body (never a place). */
const BODY_TYPES = new Set<GazetteerEntry['type']>(['organization', 'outlet', 'government', 'armed_group']);

/** The hop of a listed body named in the text: the entry's own name, the side it speaks for. */
export function listedBodyHop(entry: GazetteerEntry, side: string): Hop {
  const hop: Hop = {
    name: entry.name,
    kind: entry.type === 'outlet' ? 'outlet' : 'organization',
    entity: entry.id,
  };
  return side !== entry.name ? { ...hop, affiliation: side } : hop;
}

/** The folded names of several words of each listed entry asked about, kept on the lexicon. */
function newNameTable(): Map<GazetteerEntry, readonly (readonly string[])[]> {
  return new Map();
}

/** Remembers a listed body named anywhere in a sentence, under its names of several words. */
export function rememberListed(bodies: NamedBody[], entry: GazetteerEntry, side: string, lex: Lexicon): void {
  if (!BODY_TYPES.has(entry.type)) return;
  const table = lex.kept(newNameTable);
  let names = table.get(entry);
  if (!names) {
    names = [entry.name, ...entry.aliases].map(foldWords).filter((w) => w.length > 1);
    table.set(entry, names);
  }
  if (names.length === 0) return;
  remember(bodies, { hop: listedBodyHop(entry, side), names });
}

/** Remembers a body a speaker phrase named in full (`مركز المعلومات والتأهيل لحقوق الإنسان`). */
export function rememberSpeaker(bodies: NamedBody[], hop: Hop): void {
  const words = foldWords(hop.name);
  if (words.length < 2 || words.length > 6) return;
  remember(bodies, { hop, names: [words] });
}

function remember(bodies: NamedBody[], body: NamedBody): void {
  const key = body.hop.entity ?? body.hop.name;
  const at = bodies.findIndex((b) => (b.hop.entity ?? b.hop.name) === key);
  if (at >= 0) bodies.splice(at, 1);
  bodies.push(body);
  // A report names a few dozen bodies at most; the oldest are the least likely to be named back.
  if (bodies.length > 40) bodies.shift();
}

/**
 * The body named before whose name opens with the phrase's words and goes on after them, latest
 * first; null when none does.
 */
export function bodyNamedBefore(bodies: readonly NamedBody[], phrase: string): Hop | null {
  const words = foldWords(phrase);
  if (words.length === 0 || words.length > 3) return null;
  for (let k = bodies.length - 1; k >= 0; k--) {
    const body = bodies[k]!;
    // Words of a name are a listed body's short name (`منظمة العفو`); a body named only by the text
    // is read back by its head word alone (`المركز`), its other words being what the text wrote.
    if (words.length > 1 && body.hop.entity === undefined) continue;
    if (body.names.some((name) => opens(name, words))) return body.hop;
  }
  return null;
}

function opens(name: readonly string[], words: readonly string[]): boolean {
  if (name.length <= words.length) return false;
  for (let i = 0; i < words.length; i++) if (name[i] !== words[i]) return false;
  return true;
}

/**
 * The listed outlet a masthead names without its head word: `العربية` is `قناة العربية`, `الحدث`
 * `قناة الحدث` (`مراسل العربية`). Only names the gazetteer writes with an outlet head first.
 */
export function outletByMasthead(lex: Lexicon, words: readonly string[]): GazetteerEntry | null {
  return lex.kept(mastheads).get(words.join(' ')) ?? null;
}

function mastheads(lex: Lexicon): Map<string, GazetteerEntry> {
  const table = new Map<string, GazetteerEntry>();
  for (const entry of lex.entityById.values()) {
    if (entry.type !== 'outlet') continue;
    for (const name of [entry.name, ...entry.aliases]) {
      const words = foldWords(name);
      if (words.length < 2 || !lex.closed.hasStem('outlet-head', words[0]!)) continue;
      const key = words.slice(1).join(' ');
      if (!table.has(key)) table.set(key, entry);
    }
  }
  return table;
}
