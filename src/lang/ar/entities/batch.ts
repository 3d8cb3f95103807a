// Speakers across a batch: every person a report names becomes one entity however each report
// spells them, unlisted bodies and outlets become entities of their own, and every hop points at
// its entity. Run once per batch, after each document has been read.
//
// Must merge: `X حلبي` in one report and `المتحدث X الحلبي` in another; a lone `عيسى` with the one
//   person of the batch whose surname is `عيسى`.
// Must not merge: a lone `الأحمد` when two people of the batch bear that surname.

import type { Claim, Hop, TextSpan } from '../../../types.js';
import type { PackMention } from '../../../engine/pack.js';
import type { SpeakerMention } from '../attribution/speakers.js';
import type { GazetteerEntry, Lexicon } from '../lexicon/lexicon.js';
import { keyId, personKeyWords, plausibleName } from './people.js';

export interface DocumentSpeakers {
  readonly id: string;
  readonly named: readonly SpeakerMention[];
  readonly claims: readonly Claim[];
  /** Gazetteer ids the document mentions (they are in the entity list). */
  readonly listed: ReadonlySet<string>;
  /** Where the text names its own outlet (a byline, a copyright line), when it does. */
  readonly publisherSpan: TextSpan | null;
}

export interface BatchSpeakers {
  readonly mentions: ReadonlyMap<string, readonly PackMention[]>;
  readonly claims: ReadonlyMap<string, readonly Claim[]>;
}

interface Cluster {
  readonly id: string;
  readonly type: 'person' | 'organization' | 'outlet';
  readonly names: Map<string, number>;
  readonly mentions: { doc: string; span: TextSpan }[];
}

/** Folded words of a body's name, clitic و and quotes off: the key of an unlisted body. */
function bodyKey(lex: Lexicon, name: string): string {
  return lex
    .foldedName(name)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .trim()
    .replace(/^و(?=ال)/, '')
    .replace(/\s+/g, ' ');
}

/** Gazetteer entries by their folded unshared names, made once per lexicon (`Lexicon.kept`). */
function byName(lex: Lexicon): Map<string, GazetteerEntry | null> {
  const out = new Map<string, GazetteerEntry | null>();
  for (const e of lex.entities) {
    for (const n of [e.name, ...e.aliases]) {
      const k = bodyKey(lex, n);
      const prior = out.get(k);
      out.set(k, prior === undefined || prior === e ? e : null);
    }
  }
  return out;
}

/** The listed entry a name is, if it is exactly one of them (the table kept on the lexicon). */
export function listedByName(lex: Lexicon, name: string): GazetteerEntry | null {
  return lex.kept(byName).get(bodyKey(lex, name)) ?? null;
}

/** A folded word a name ends before: a function word or `أن` as the name readers meet it. */
function endsName(lex: Lexicon, word: string): boolean {
  return lex.closed.has('function-word', word) || lex.closed.has('name-complementizer', word);
}

/**
 * An unlisted body's name without what a speaker phrase ran on into (`المنظمة إنها`، `السلطات
 * التركية قد`): cut at the first function word, at most five words.
 */
function bodyName(name: string, lex: Lexicon): string {
  const words = name.split(/\s+/);
  // `لوكالة الأنباء …`، `لهيئة …`: the preposition is not part of the name.
  const bare = lex.foldedName(words[0] ?? '').slice(1);
  if (
    /^ل/.test(words[0] ?? '') &&
    (lex.closed.hasStem('outlet-head', bare) || lex.closed.hasBareOrDefinite('organization-head', bare))
  )
    words[0] = words[0]!.slice(1);
  const stop = words.findIndex((w, k) => k > 0 && endsName(lex, lex.foldedName(w)));
  return words.slice(0, stop > 0 ? Math.min(stop, 5) : 5).join(' ');
}

/**
 * Whether a speaker phrase read as a person's name is made of name words: none a function word,
 * a reporting verb, an event or a counted noun, a plural in ات or a feminine adjective in ية.
 */
function personLike(name: string, lex: Lexicon): boolean {
  return lex
    .foldedName(name)
    .replace(/[^\p{L}\s]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w !== '')
    .every((w) => {
      if (endsName(lex, w) || lex.closed.has('person-preposition', w)) return false;
      if (w.length >= 6 && w.endsWith('ات')) return false;
      if (w.length >= 5 && w.endsWith('يه')) return false;
      const info = lex.lookup(w);
      return info.cues.length + info.events.length + info.nouns.length + info.roles.length === 0;
    });
}

/**
 * People named in full, so that a lone name can look for them: a lone word resolves to the one
 * full name it ends or starts (one of the document's own first), else stays its own.
 */
function singleNameResolver(
  docs: readonly DocumentSpeakers[],
  keyWords: (name: string) => readonly string[],
): (doc: string, word: string) => string {
  const full = new Map<string, Set<string>>(); // last word → full keys
  const first = new Map<string, Set<string>>(); // first word → full keys
  const docFull = new Map<string, Set<string>>(); // doc → full keys it names
  for (const d of docs) {
    for (const m of d.named) {
      if (m.kind !== 'person') continue;
      const words = keyWords(m.name);
      if (words.length < 2) continue;
      const key = words.join(' ');
      const add = (map: Map<string, Set<string>>, k: string): void => {
        let s = map.get(k);
        if (!s) map.set(k, (s = new Set()));
        s.add(key);
      };
      add(full, words[words.length - 1]!);
      add(first, words[0]!);
      add(docFull, d.id);
    }
  }
  return (doc: string, word: string): string => {
    const here = docFull.get(doc) ?? new Set<string>();
    for (const map of [full, first]) {
      const all = [...(map.get(word) ?? [])];
      const local = all.filter((k) => here.has(k));
      if (local.length === 1) return local[0]!;
      if (local.length === 0 && all.length === 1) return all[0]!;
      if (all.length > 0) return word; // several people bear it: it stays its own
    }
    return word;
  };
}

/**
 * The publisher of each document: a listed outlet when the batch mentions it, else an outlet of
 * its own named where the text names it.
 */
function publisherIds(
  docs: readonly DocumentSpeakers[],
  lex: Lexicon,
  cluster: (type: Cluster['type'], key: string) => Cluster,
): Map<string, string> {
  const publisherId = new Map<string, string>();
  for (const d of docs) {
    const hop = d.claims[0]?.attribution[0];
    const name = hop?.kind === 'outlet' ? hop.name : null;
    if (!name) continue;
    const listed = listedByName(lex, name);
    if (listed && docs.some((o) => o.listed.has(listed.id))) publisherId.set(d.id, listed.id);
    else if (!listed && d.publisherSpan) {
      const c = cluster('outlet', bodyKey(lex, name));
      c.names.set(name, (c.names.get(name) ?? 0) + 1);
      c.mentions.push({ doc: d.id, span: d.publisherSpan });
      publisherId.set(d.id, c.id);
    }
  }
  return publisherId;
}

export function linkSpeakers(docs: readonly DocumentSpeakers[], lex: Lexicon): BatchSpeakers {
  const clusters = new Map<string, Cluster>();
  const cluster = (type: Cluster['type'], key: string): Cluster => {
    const id = keyId(type === 'organization' ? 'org' : type, key);
    let c = clusters.get(id);
    if (!c) clusters.set(id, (c = { id, type, names: new Map(), mentions: [] }));
    return c;
  };
  // (document, hop name) → cluster id, for the hops.
  const idOf = new Map<string, string>();
  const at = (doc: string, kind: string, name: string): string => `${doc}\u0000${kind}\u0000${name}`;

  // A person's key words, read once per name (the resolver and the clusters both ask).
  const keyWordsOf = new Map<string, readonly string[]>();
  const keyWords = (name: string): readonly string[] => {
    let words = keyWordsOf.get(name);
    if (!words) keyWordsOf.set(name, (words = personKeyWords(lex, name)));
    return words;
  };
  // People named in full first, so that lone names can look for them.
  const resolveSingle = singleNameResolver(docs, keyWords);

  for (const d of docs) {
    for (const m of d.named) {
      const c = clusterOf(m, d.id, lex, keyWords, resolveSingle, cluster);
      if (!c) continue;
      if (m.form !== 'role' && m.kind === 'person') c.names.set(m.name, (c.names.get(m.name) ?? 0) + 1);
      if (
        !c.mentions.some((x) => x.doc === d.id && x.span.start === m.span.start && x.span.end === m.span.end)
      )
        c.mentions.push({ doc: d.id, span: m.span });
      idOf.set(at(d.id, m.kind, m.kind === 'person' ? m.name : bodyKey(lex, m.name)), c.id);
    }
  }

  const publisherId = publisherIds(docs, lex, cluster);

  const withEntity = (doc: string, hop: Hop, index: number): Hop => {
    if (hop.entity !== undefined) return hop;
    let id: string | undefined;
    if (index === 0) id = publisherId.get(doc);
    if (!id && hop.kind === 'person') id = idOf.get(at(doc, 'person', hop.name));
    if (!id && (hop.kind === 'organization' || hop.kind === 'outlet'))
      id = idOf.get(at(doc, hop.kind, bodyKey(lex, hop.name)));
    // Only ids of entities the list will hold (a cluster met only by role has no name of its own).
    if (id && !publisherId.has(doc) && (clusters.get(id)?.names.size ?? 1) === 0) id = undefined;
    return id ? { ...hop, entity: id } : hop;
  };
  const claims = new Map<string, Claim[]>();
  for (const d of docs) {
    claims.set(
      d.id,
      d.claims.map((c) => {
        const attribution = c.attribution.map((h, k) => withEntity(d.id, h, k));
        return attribution.some((h, k) => h !== c.attribution[k]) ? { ...c, attribution } : c;
      }),
    );
  }

  return { mentions: mentionsOf(clusters), claims };
}

/**
 * The cluster a named speaker joins (made on first meeting), or null when it names nobody: no
 * plausible name, media in general, or a name too weak to stand alone.
 */
function clusterOf(
  m: SpeakerMention,
  doc: string,
  lex: Lexicon,
  keyWords: (name: string) => readonly string[],
  resolveSingle: (doc: string, word: string) => string,
  cluster: (type: Cluster['type'], key: string) => Cluster,
): Cluster | null {
  if (!plausibleName(lex, m.name)) return null;
  if (m.kind === 'person' && !personLike(m.name, lex)) return null;
  // `وسائل إعلام مقربة منه`: media in general, not one outlet.
  if (m.kind === 'outlet' && lex.closed.has('media-plural', lex.foldedName(m.name).split(' ')[0] ?? ''))
    return null;
  if (m.kind === 'person') {
    const words = keyWords(m.name);
    if (words.length === 0) return null;
    const key = words.length > 1 ? words.join(' ') : resolveSingle(doc, words[0]!);
    // One word that meets nobody named in full is too weak a name to stand alone.
    return key.includes(' ') ? cluster('person', key) : null;
  }
  const trimmed = bodyName(m.name, lex);
  const key = bodyKey(lex, trimmed);
  // A head word alone (`المرصد`، `الموقع`) refers back to a body; it names none.
  if (!key.includes(' ')) return null;
  const c = cluster(m.kind, key);
  c.names.set(trimmed, (c.names.get(trimmed) ?? 0) + 1);
  return c;
}

/** Each document's entity mentions: every cluster with a name, named by its commonest (then longest). */
function mentionsOf(clusters: ReadonlyMap<string, Cluster>): Map<string, PackMention[]> {
  const mentions = new Map<string, PackMention[]>();
  for (const c of clusters.values()) {
    const ranked = [...c.names].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
    const name = ranked[0]?.[0];
    if (!name) continue;
    const aliases = ranked.slice(1).map(([n]) => n);
    for (const m of c.mentions) {
      let list = mentions.get(m.doc);
      if (!list) mentions.set(m.doc, (list = []));
      list.push({ entityId: c.id, type: c.type, name, aliases, span: m.span });
    }
  }
  return mentions;
}
