// Linking gazetteer names in running text: which entry a token starts, how far it reaches, and
// which of several entries sharing a name (`~طرابلس`، `~وزارة الصحة`) the document means.
//
// Must match: `قسد`، `لقسد`، `وقوات سوريا الديمقراطية`، `عناصر داعش` (داعش)، `تنظيم "داعش"`،
//   `بالتحالف الدولي`، `فرانس 24`، `وزارة الصحة` in a report from Gaza (gaza_moh).
// Must not: `جزيرة` (an island) as the channel `الجزيرة`; `تحالف دولي` (a coalition) as
//   `التحالف الدولي`; `وزارة الصحة` with nothing to tell which country's.

import type { GazetteerEntry, Lexicon, Phrase, WordInfo } from '../lexicon/index.js';
import { Lexicon as LexiconClass } from '../lexicon/index.js';
import { readings } from '../morphology.js';
import type { Tok } from '../quantity.js';

/** The entries a name starting at a token may be, and the token index just past it. */
export interface EntityCandidates {
  readonly start: number;
  readonly end: number;
  readonly entries: readonly GazetteerEntry[];
}

/** What a document says about itself that decides a shared name: bodies named, countries named. */
export interface LinkContext {
  /** Ids named unambiguously somewhere in the document. */
  readonly named: ReadonlySet<string>;
  /** Country code → how many unambiguous mentions point there. */
  readonly countries: ReadonlyMap<string, number>;
}

export const EMPTY_CONTEXT: LinkContext = { named: new Set(), countries: new Map() };

function definite(tok: Tok): boolean {
  return readings(tok.text).some((r) => r.definite);
}

/** Token index just past an entity phrase starting at `i`, or -1. */
function matchName(
  toks: readonly Tok[],
  i: number,
  words: readonly string[],
  articles: readonly boolean[],
): number {
  if (articles[0] && !definite(toks[i]!)) return -1;
  let j = i + 1;
  for (let k = 1; k < words.length; k++) {
    while (toks[j]?.kind === 'punct' && (toks[j]!.text === '"' || toks[j]!.text === "'")) j++;
    const t = toks[j];
    const w = words[k]!;
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
      if (u?.kind === 'word' && LexiconClass.wordMatches(u.text, w.slice(1))) {
        j = n + 1;
        continue;
      }
    }
    if (t.kind !== 'word' || !LexiconClass.wordMatches(t.text, w)) return -1;
    if (articles[k] && !definite(t)) return -1;
    j++;
  }
  return j;
}

/**
 * The longest gazetteer name starting at token `i`, with every entry that bears it. `phrases` are
 * the lexicon phrases that may start at the token (`lex.phrasesAt`), looked up once by the caller.
 */
export function entityCandidatesAt(
  toks: readonly Tok[],
  i: number,
  phrases: readonly Phrase[],
  info: (i: number) => WordInfo | null,
): EntityCandidates | null {
  const tok = toks[i];
  if (!tok || tok.kind !== 'word') return null;
  let end = -1;
  let entries: GazetteerEntry[] = [];
  for (const phrase of phrases) {
    if (phrase.payload.kind !== 'entity') continue;
    const j = matchName(toks, i, phrase.words, phrase.articles);
    if (j < 0 || j < end) continue;
    if (j > end) {
      end = j;
      entries = [];
    }
    if (!entries.includes(phrase.payload.entry)) entries.push(phrase.payload.entry);
  }
  if (end > 0) return { start: i, end, entries };
  const single = info(i)?.entities ?? [];
  if (single.length === 0) return null;
  return { start: i, end: i + 1, entries: [...new Set(single)] };
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

/** Every name in a token run, longest first at each position, nested names skipped. */
export function scanEntities(
  toks: readonly Tok[],
  lex: Lexicon,
  info: (i: number) => WordInfo | null,
): EntityCandidates[] {
  return outermostNames(
    toks.map((t, i) => (t.kind === 'word' ? entityCandidatesAt(toks, i, lex.phrasesAt(t.text), info) : null)),
  );
}

/** The context of a document from its unambiguous names. */
export function linkContext(hits: readonly EntityCandidates[]): LinkContext {
  const named = new Set<string>();
  const countries = new Map<string, number>();
  for (const h of hits) {
    if (h.entries.length !== 1) continue;
    const e = h.entries[0]!;
    named.add(e.id);
    if (e.country) countries.set(e.country, (countries.get(e.country) ?? 0) + 1);
  }
  return { named, countries };
}

/**
 * One entry for a shared name: the one the document also names unambiguously, else the one of
 * the country the document speaks of most, else none (an unresolved name links to nothing).
 */
export function chooseEntry(entries: readonly GazetteerEntry[], ctx: LinkContext): GazetteerEntry | null {
  if (entries.length === 1) return entries[0]!;
  const named = entries.filter((e) => ctx.named.has(e.id));
  if (named.length === 1) return named[0]!;
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
