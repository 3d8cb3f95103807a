// Gold files (CLAIMS.md, "Gold files"): the expected claims of a corpus, plus optional
// cross-document expectations. parseGold checks the whole file and reports every problem it finds
// at once (with a JSON path), because a gold file is hand-written and fixed in one sitting.

import { IsnadError } from '../errors.js';
import type { Category, ConflictKind, Qualifier, Stance, SubjectKind } from '../types.js';
import { CATEGORIES, CONFLICT_KINDS, QUALIFIERS, STANCES, SUBJECT_KINDS } from '../vocabulary.js';

export interface GoldDocument {
  readonly id: string;
  readonly outlet: string | null;
  readonly outletAr: string | null;
  readonly published: string | null;
  /** Inclusive [from, to]: any date inside is an acceptable publication date. */
  readonly publishedRange: readonly [string, string] | null;
  /** The incident cluster the document belongs to, when the gold file groups documents that way. */
  readonly cluster: string | null;
}

export interface GoldClaim {
  readonly id: string;
  readonly doc: string;
  readonly quote: string;
  /** 1-based: which occurrence of `quote` in the document. */
  readonly occurrence: number;
  readonly low: number | null;
  readonly high: number | null;
  readonly point: number | null;
  /** Every list below holds the acceptable values. */
  readonly qualifier: readonly Qualifier[];
  readonly category: readonly Category[];
  readonly subject: { readonly group: string | null; readonly kind: readonly SubjectKind[] };
  readonly stance: readonly Stance[];
  /** Acceptable names of the original speaker; null when the publisher speaks in its own voice. */
  readonly speaker: readonly string[] | null;
  /** Intermediaries between the publisher and the speaker, one name each. */
  readonly via: readonly string[];
  readonly required: boolean;
  readonly note: string | null;
}

export interface GoldConflict {
  readonly kinds: readonly ConflictKind[];
  readonly claims: readonly string[];
  readonly note: string | null;
}

export interface GoldAgreement {
  readonly claims: readonly string[];
  readonly note: string | null;
}

export interface GoldIncident {
  readonly documents: readonly string[];
  readonly note: string | null;
}

export interface GoldTimelineEntry {
  readonly date: string;
  readonly what: string;
  readonly documents: readonly string[];
}

export interface Gold {
  readonly corpus: string | null;
  /** Group key → aliases. */
  readonly groups: ReadonlyMap<string, readonly string[]>;
  readonly documents: ReadonlyMap<string, GoldDocument>;
  readonly claims: readonly GoldClaim[];
  /** null when the gold file has no such section (scored as n/a, not as zero). */
  readonly conflicts: readonly GoldConflict[] | null;
  readonly agreements: readonly GoldAgreement[] | null;
  readonly incidents: readonly GoldIncident[] | null;
  readonly timeline: readonly GoldTimelineEntry[] | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Enough to fix a file in one pass without flooding the terminal. */
const MAX_PROBLEMS = 20;

type Json = unknown;
type Obj = Readonly<Record<string, Json>>;

/** Collects problems with their JSON paths; every reader returns a usable fallback. */
class Reader {
  readonly problems: string[] = [];

  fail(path: string, message: string): void {
    this.problems.push(`${path}: ${message}`);
  }

  object(value: Json, path: string): Obj | null {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Obj;
    this.fail(path, 'expected an object');
    return null;
  }

  array(value: Json, path: string): readonly Json[] {
    if (Array.isArray(value)) return value;
    this.fail(path, 'expected an array');
    return [];
  }

  string(value: Json, path: string): string {
    if (typeof value === 'string') return value;
    this.fail(path, 'expected a string');
    return '';
  }

  nullableString(value: Json, path: string): string | null {
    if (value === undefined || value === null) return null;
    return this.string(value, path);
  }

  nullableInt(value: Json, path: string): number | null {
    if (value === null || value === undefined) return null;
    if (typeof value === 'number' && Number.isInteger(value)) return value;
    this.fail(path, 'expected an integer or null');
    return null;
  }

  date(value: Json, path: string): string {
    const s = this.string(value, path);
    if (s !== '' && !DATE.test(s)) this.fail(path, `expected YYYY-MM-DD, got "${s}"`);
    return s;
  }

  strings(value: Json, path: string): string[] {
    return this.array(value, path).map((v, i) => this.string(v, `${path}[${i}]`));
  }

  /** A non-empty list of enum values. */
  enums<T extends string>(value: Json, path: string, allowed: Record<T, true>, what: string): T[] {
    const list = this.strings(value, path);
    if (list.length === 0 && Array.isArray(value)) this.fail(path, `expected at least one ${what}`);
    const out: T[] = [];
    list.forEach((s, i) => {
      if (Object.hasOwn(allowed, s)) out.push(s as T);
      else this.fail(`${path}[${i}]`, `"${s}" is not a ${what} (${Object.keys(allowed).join(', ')})`);
    });
    return out;
  }
}

function readGroups(r: Reader, value: Json): Map<string, readonly string[]> {
  const groups = new Map<string, readonly string[]>();
  if (value === undefined) return groups;
  const obj = r.object(value, 'groups');
  for (const [key, aliases] of Object.entries(obj ?? {}))
    groups.set(key, r.strings(aliases, `groups.${key}`));
  return groups;
}

function readDocument(r: Reader, id: string, value: Json): GoldDocument {
  const path = `documents.${id}`;
  const obj = r.object(value, path) ?? {};
  let publishedRange: [string, string] | null = null;
  if (obj['published_range'] !== undefined && obj['published_range'] !== null) {
    const range = r.array(obj['published_range'], `${path}.published_range`);
    const from = r.date(range[0], `${path}.published_range[0]`);
    const to = r.date(range[1], `${path}.published_range[1]`);
    if (range.length !== 2) r.fail(`${path}.published_range`, 'expected [from, to]');
    else if (from > to) r.fail(`${path}.published_range`, `${from} is after ${to}`);
    publishedRange = [from, to];
  }
  const published = obj['published'] == null ? null : r.date(obj['published'], `${path}.published`);
  return {
    id,
    outlet: r.nullableString(obj['outlet'], `${path}.outlet`),
    outletAr: r.nullableString(obj['outlet_ar'], `${path}.outlet_ar`),
    published,
    publishedRange,
    cluster: r.nullableString(obj['cluster'], `${path}.cluster`),
  };
}

function readClaim(
  r: Reader,
  value: Json,
  index: number,
  gold: Pick<Gold, 'groups' | 'documents'>,
): GoldClaim {
  const path = `claims[${index}]`;
  const obj = r.object(value, path) ?? {};
  const id = r.string(obj['id'], `${path}.id`);
  const doc = r.string(obj['doc'], `${path}.doc`);
  if (doc !== '' && !gold.documents.has(doc)) r.fail(`${path}.doc`, `"${doc}" is not in documents`);
  const quote = r.string(obj['quote'], `${path}.quote`);
  if (quote === '' && typeof obj['quote'] === 'string') r.fail(`${path}.quote`, 'is empty');
  const occurrence = r.nullableInt(obj['occurrence'], `${path}.occurrence`) ?? 1;
  if (occurrence < 1) r.fail(`${path}.occurrence`, 'must be 1 or more');
  const low = r.nullableInt(obj['low'], `${path}.low`);
  const high = r.nullableInt(obj['high'], `${path}.high`);
  if (low !== null && high !== null && low > high) r.fail(path, `low ${low} is above high ${high}`);
  const subject = r.object(obj['subject'], `${path}.subject`) ?? {};
  const group = r.nullableString(subject['group'], `${path}.subject.group`);
  if (group !== null && !gold.groups.has(group))
    r.fail(`${path}.subject.group`, `"${group}" is not in groups`);
  const speaker = obj['speaker'] === null ? null : r.strings(obj['speaker'], `${path}.speaker`);
  if (speaker !== null && speaker.length === 0)
    r.fail(`${path}.speaker`, 'use null for the publisher’s own voice');
  if (typeof obj['required'] !== 'boolean') r.fail(`${path}.required`, 'expected true or false');
  return {
    id,
    doc,
    quote,
    occurrence,
    low,
    high,
    point: r.nullableInt(obj['point'], `${path}.point`),
    qualifier: r.enums(obj['qualifier'], `${path}.qualifier`, QUALIFIERS, 'qualifier'),
    category: r.enums(obj['category'], `${path}.category`, CATEGORIES, 'category'),
    subject: { group, kind: r.enums(subject['kind'], `${path}.subject.kind`, SUBJECT_KINDS, 'subject kind') },
    stance: r.enums(obj['stance'], `${path}.stance`, STANCES, 'stance'),
    speaker,
    via: obj['via'] === undefined ? [] : r.strings(obj['via'], `${path}.via`),
    required: obj['required'] === true,
    note: r.nullableString(obj['note'], `${path}.note`),
  };
}

function checkClaimRefs(r: Reader, path: string, ids: readonly string[], known: ReadonlySet<string>): void {
  ids.forEach((id, i) => {
    if (!known.has(id)) r.fail(`${path}[${i}]`, `"${id}" is not a gold claim id`);
  });
}

function checkDocRefs(
  r: Reader,
  path: string,
  ids: readonly string[],
  known: ReadonlyMap<string, unknown>,
): void {
  ids.forEach((id, i) => {
    if (!known.has(id)) r.fail(`${path}[${i}]`, `"${id}" is not in documents`);
  });
}

/** An optional section: absent means "not annotated" (n/a), which differs from an empty list. */
function section<T>(r: Reader, root: Obj, key: string, read: (value: Json, path: string) => T): T[] | null {
  if (root[key] === undefined) return null;
  return r.array(root[key], key).map((v, i) => read(v, `${key}[${i}]`));
}

function incidentsFromClusters(documents: ReadonlyMap<string, GoldDocument>): GoldIncident[] | null {
  const clusters = new Map<string, string[]>();
  for (const d of documents.values()) {
    if (d.cluster === null) continue;
    let list = clusters.get(d.cluster);
    if (!list) clusters.set(d.cluster, (list = []));
    list.push(d.id);
  }
  if (clusters.size === 0) return null;
  return [...clusters].map(([name, docs]) => ({ documents: docs, note: `cluster ${name}` }));
}

/**
 * Validates a parsed gold file. Throws IsnadError `gold_invalid` listing every problem found.
 * Unknown keys (corpus notes, clusters, aliases) are allowed and ignored.
 */
export function parseGold(json: unknown): Gold {
  const r = new Reader();
  const root = r.object(json, 'gold') ?? {};
  const corpus = r.nullableString(root['corpus'], 'corpus');
  const groups = readGroups(r, root['groups']);
  const documents = new Map<string, GoldDocument>();
  for (const [id, value] of Object.entries(r.object(root['documents'], 'documents') ?? {})) {
    documents.set(id, readDocument(r, id, value));
  }
  const claims = r.array(root['claims'], 'claims').map((v, i) => readClaim(r, v, i, { groups, documents }));

  const ids = new Set<string>();
  claims.forEach((c, i) => {
    if (c.id !== '' && ids.has(c.id)) r.fail(`claims[${i}].id`, `duplicate id "${c.id}"`);
    ids.add(c.id);
  });

  const conflicts = section(r, root, 'conflicts', (v, path): GoldConflict => {
    const o = r.object(v, path) ?? {};
    const claimIds = r.strings(o['claims'], `${path}.claims`);
    checkClaimRefs(r, `${path}.claims`, claimIds, ids);
    return {
      kinds: r.enums(o['kinds'], `${path}.kinds`, CONFLICT_KINDS, 'conflict kind'),
      claims: claimIds,
      note: r.nullableString(o['note'], `${path}.note`),
    };
  });
  const agreements = section(r, root, 'agreements', (v, path): GoldAgreement => {
    const o = r.object(v, path) ?? {};
    const claimIds = r.strings(o['claims'], `${path}.claims`);
    checkClaimRefs(r, `${path}.claims`, claimIds, ids);
    if (claimIds.length < 2) r.fail(`${path}.claims`, 'an agreement needs at least two claims');
    return { claims: claimIds, note: r.nullableString(o['note'], `${path}.note`) };
  });
  const listed = section(r, root, 'incidents', (v, path): GoldIncident => {
    const o = r.object(v, path) ?? {};
    const docs = r.strings(o['documents'], `${path}.documents`);
    checkDocRefs(r, `${path}.documents`, docs, documents);
    return { documents: docs, note: r.nullableString(o['note'], `${path}.note`) };
  });
  // A gold file without an incidents section may still group its documents into clusters.
  const incidents = listed ?? incidentsFromClusters(documents);
  const timeline = section(r, root, 'timeline', (v, path): GoldTimelineEntry => {
    const o = r.object(v, path) ?? {};
    const docs = r.strings(o['documents'], `${path}.documents`);
    checkDocRefs(r, `${path}.documents`, docs, documents);
    return {
      date: r.date(o['date'], `${path}.date`),
      what: r.nullableString(o['what'], `${path}.what`) ?? '',
      documents: docs,
    };
  });

  if (r.problems.length > 0) {
    const shown = r.problems.slice(0, MAX_PROBLEMS);
    const more = r.problems.length - shown.length;
    throw new IsnadError(
      'gold_invalid',
      `invalid gold file (${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}):\n  ` +
        shown.join('\n  ') +
        (more > 0 ? `\n  … and ${more} more` : ''),
    );
  }
  return { corpus, groups, documents, claims, conflicts, agreements, incidents, timeline };
}
