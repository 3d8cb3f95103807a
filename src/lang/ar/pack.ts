// The Arabic language pack: plugs the Arabic reader into the language-free engine. A batch runs
// through `analyzePipeline` (pipeline.ts) as one: every report is read and dated on its own, then
// the batch lends publication dates to the reports that state none, and only then are dates
// resolved and claims built against each report's publication day.

import type { LanguagePack, PackDocument, PackMention, PackReading, PackResult } from '../../engine/pack.js';
import { run } from '../../pipeline/stage.js';
import { NO_TRACE } from '../../pipeline/trace.js';
import type { Trace } from '../../pipeline/trace.js';
import { fnv1a } from '../../text/hash.js';
import type { TextSpan } from '../../types.js';
import type { SpeakerMention } from './attribution/speakers.js';
import { publisherSpan, speakersAcrossBatch } from './assemble.js';
import { parseIsoDate } from './dates/calendar.js';
import type { DayNumber } from './dates/calendar.js';
import type { DateLexicon } from './dates/lexicon.js';
import {
  batchContext,
  batchLending,
  lendingGroups,
  lendPublished,
  lentDay,
  placesNamed,
  statedDays,
} from './meta/published-batch.js';
import { batchPublishedStage } from './meta/stages.js';
import { ArabicDoc } from './document.js';
import type { inferPublished } from './dates/publication.js';
import { linkSpeakers } from './entities/batch.js';
import type { Lexicon } from './lexicon/lexicon.js';
import { analyzePipeline } from './pipeline.js';

/**
 * The Arabic pack reading with `lexicon` (built once by the caller, see `loadArabicLexicon`), and
 * telling `trace` which rules fired on what.
 */
export function createArabicPack(lexicon: Lexicon, trace: Trace = NO_TRACE): LanguagePack {
  const arabicDoc = (d: PackDocument): ArabicDoc =>
    new ArabicDoc(
      d.id,
      d.text,
      { source: d.source, published: d.published, ...(d.url ? { url: d.url } : {}) },
      lexicon,
      trace,
    );
  return {
    language: 'ar',
    score: arabicShare,
    analyzeBatch(documents: readonly PackDocument[]): PackResult[] {
      const docs = documents.map(arabicDoc);
      run(analyzePipeline, docs);
      return docs.map((doc) => resultOf(doc));
    },
    readAlone(document: PackDocument): PackReading {
      const doc = arabicDoc(document);
      // A batch of one lends no publication day: the batch stage leaves the document as it is.
      run(ALONE, [doc]);
      return readingOf(doc);
    },
    finishBatch(
      alone: readonly PackReading[],
      documentOf: (k: number) => PackDocument | undefined,
    ): PackResult[] | null {
      // The batch stage batchPublishedStage, then speakersAcrossBatch over what each document kept.
      const readings = lendDays(
        alone,
        documentOf,
        arabicDoc,
        lexicon.dates,
        trace === NO_TRACE ? lendingCacheOf(lexicon) : null,
      );
      if (!readings) return null;
      const linked = linkSpeakers(
        readings.map((r) => {
          const b = r.batch as BatchOf;
          return {
            id: r.result.document.id,
            named: b.named,
            claims: r.result.claims,
            listed: new Set(b.listed),
            publisherSpan: b.publisherSpan,
          };
        }),
        lexicon,
      );
      return readings.map(({ result }) => {
        const claims = linked.claims.get(result.document.id);
        return {
          ...result,
          ...(claims ? { claims: [...claims] } : {}),
          mentions: [...result.mentions, ...(linked.mentions.get(result.document.id) ?? [])],
        };
      });
    },
  };
}

/**
 * The batch stage batchPublishedStage over documents read alone: when some reports are dated and some
 * not, the undated ones that may borrow (lendingGroups) are read again with the day their lenders
 * lend them. Null when a document's text is no longer at hand.
 */
function lendDays(
  alone: readonly PackReading[],
  documentOf: (k: number) => PackDocument | undefined,
  arabicDoc: (d: PackDocument) => ArabicDoc,
  dates: DateLexicon,
  cache: LendingCache | null,
): readonly PackReading[] | null {
  const known = alone.map((r) => (r.batch as BatchOf).day);
  const groups = lendingGroups(
    known,
    alone.map((r) => new Set((r.batch as BatchOf).places)),
  );
  if (groups.every((g) => g === null)) return alone;
  // Only the undated documents a day may be lent to, and the undated lenders beside them, are read
  // again: in a feed most undated reports have nobody to borrow from.
  const needed = new Set(groups.flatMap((g) => g ?? []));
  // A document read here for its dates is kept (unchanged past BEFORE_LENDING) for its reading.
  const undated = new Map<
    number,
    { key: string; document: PackDocument; read: DatesRead; doc?: ArabicDoc }
  >();
  for (const [k, r] of alone.entries()) {
    if ((r.batch as BatchOf).day !== null || !needed.has(k)) continue;
    const document = documentOf(k);
    if (!document) return null;
    const key = documentKey(document);
    const remembered = cache?.dates.get(key);
    if (remembered) {
      undated.set(k, { key, document, read: remembered });
      continue;
    }
    const doc = arabicDoc(document);
    run(BEFORE_LENDING, [doc]);
    const read = { folded: doc.folded, expressions: doc.expressions, published: doc.published };
    remember(cache?.dates, key, read);
    undated.set(k, { key, document, read, doc });
  }
  // Documents that borrow from one group share its lending (a batch within one span: every one).
  const shared = new Map<readonly number[], ReturnType<typeof lendingOf>>();
  const lendingOf = (group: readonly number[]) => {
    const lent = batchLending(group.map((j) => known[j] ?? null));
    if (!lent) return null;
    const context = batchContext(
      lent,
      group.map((j) => {
        const other = undated.get(j);
        return other ? statedDays(other.read.expressions, lent.median) : (alone[j]!.batch as BatchOf).days;
      }),
    );
    return { context, earliest: lent.earliest, key: JSON.stringify([context, lent.earliest]) };
  };
  return alone.map((r, k) => {
    const mine = undated.get(k);
    const group = groups[k];
    if (!mine || !group) return r;
    if (!shared.has(group)) shared.set(group, lendingOf(group));
    const lending = shared.get(group);
    if (!lending) return r;
    const { folded, expressions, published } = mine.read;
    const inferredKey = `${mine.key}\u0000${lending.key}`;
    const day =
      published ??
      cache?.days.get(inferredKey) ??
      lentDay(dates, folded, expressions, lending.context, lending.earliest);
    if (!published) remember(cache?.days, inferredKey, day);
    // The reading depends on the text and the day lent: a day lent again gives the same reading.
    const readingKey = `${mine.key}\u0000${JSON.stringify(day)}`;
    const cached = cache?.readings.get(readingKey);
    if (cached) return cached;
    const doc = mine.doc ?? arabicDoc(mine.document);
    if (!mine.doc) run(BEFORE_LENDING, [doc]);
    lendPublished(doc, day);
    run(AFTER_LENDING, [doc]);
    const reading = readingOf(doc);
    remember(cache?.readings, readingKey, reading);
    return reading;
  });
}

/** What the lending needs of an undated document's own reading. */
interface DatesRead {
  readonly folded: ArabicDoc['folded'];
  readonly expressions: ArabicDoc['expressions'];
  readonly published: ArabicDoc['published'];
}

/**
 * Readings of undated documents kept across batches on their lexicon (a store lends days at every
 * linking of a case): their dates as read alone, and their readings by the day lent. Bounded.
 */
interface LendingCache {
  readonly dates: Map<string, DatesRead>;
  /** The day inferred for a document in a lending context. */
  readonly days: Map<string, ReturnType<typeof inferPublished>>;
  readonly readings: Map<string, PackReading>;
}

const LENDING_CACHE_SIZE = 4000;

/** A lexicon's lending cache, empty until first asked (kept on the lexicon: `lendingCacheOf`). */
function newLendingCache(): LendingCache {
  return { dates: new Map(), days: new Map(), readings: new Map() };
}

function lendingCacheOf(lexicon: Lexicon): LendingCache {
  return lexicon.kept(newLendingCache);
}

function remember<V>(map: Map<string, V> | undefined, key: string, value: V): void {
  if (!map) return;
  if (map.size >= LENDING_CACHE_SIZE) map.delete(map.keys().next().value as string);
  map.set(key, value);
}

/** A document's identity for the cache: everything the reading depends on. */
function documentKey(d: PackDocument): string {
  return JSON.stringify([d.id, d.source, d.published, d.url ?? null, d.text.length, fnv1a(d.text) >>> 0]);
}

/** What a document read alone keeps for the batch stages: its days, its speakers. */
interface BatchOf {
  /** Its publication day, if it has one. */
  readonly day: DayNumber | null;
  /** The days its calendar dates state, against its own publication day (dated documents). */
  readonly days: readonly DayNumber[];
  /** The places it names below the country (placesNamed), for lending days. */
  readonly places: readonly string[];
  readonly named: readonly SpeakerMention[];
  readonly listed: readonly string[];
  readonly publisherSpan: TextSpan | null;
}

function readingOf(doc: ArabicDoc): PackReading {
  const day = parseIsoDate(doc.published?.date ?? null);
  const batch: BatchOf = {
    day,
    days: day === null ? [] : statedDays(doc.expressions, day),
    places: [...placesNamed(doc)],
    named: doc.speakers,
    listed: [...new Set(doc.entities.map((m) => m.entry.id))],
    publisherSpan: publisherSpan(doc),
  };
  return { result: { ...resultOf(doc, []), claims: [...doc.claims] }, dated: day !== null, batch };
}

/** The analysis of one document up to the speakers linked across the batch. */
const ALONE = analyzePipeline.filter((s) => s !== speakersAcrossBatch);
const LENDING = analyzePipeline.indexOf(batchPublishedStage);
const BEFORE_LENDING = analyzePipeline.slice(0, LENDING);
const AFTER_LENDING = analyzePipeline.slice(LENDING + 1).filter((s) => s !== speakersAcrossBatch);

/**
 * Share of the text's letters that are Arabic, 0..1: of its first 20,000 units, the units in the
 * Arabic blocks (U+0600–U+06FF, U+0750–U+077F, U+FB50–U+FDFF, U+FE70–U+FEFF, whatever they are) over
 * the letters (\p{L}, a surrogate pair counting once). One pass with a table, not two matches.
 */
export function arabicShare(text: string): number {
  const end = Math.min(text.length, 20000);
  let letters = 0;
  let arabic = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    const k = unitClass(c);
    if (k & ARABIC_UNIT) arabic++;
    if (k & LETTER_UNIT) letters++;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (ASTRAL_LETTER.test(text.slice(i, i + 2))) letters++;
        i++;
      }
    }
  }
  return letters === 0 ? 0 : arabic / letters;
}

const LETTER_UNIT = 1;
const ARABIC_UNIT = 2;
const KNOWN_UNIT = 4;
/** Per UTF-16 unit, learnt on first sight: KNOWN_UNIT, and LETTER_UNIT / ARABIC_UNIT when it is one. */
const UNIT_CLASSES = new Uint8Array(0x10000);
const ONE_LETTER = /^\p{L}$/u;
const ONE_ARABIC = /^[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]$/;
const ASTRAL_LETTER = /^\p{L}$/u;

function unitClass(c: number): number {
  const known = UNIT_CLASSES[c]!;
  if (known !== 0) return known;
  const ch = String.fromCharCode(c);
  const value =
    KNOWN_UNIT | (ONE_LETTER.test(ch) ? LETTER_UNIT : 0) | (ONE_ARABIC.test(ch) ? ARABIC_UNIT : 0);
  UNIT_CLASSES[c] = value;
  return value;
}

/** What the engine receives of one document. */
function resultOf(doc: ArabicDoc, speakerEntities: readonly PackMention[] = doc.speakerEntities): PackResult {
  return {
    document: doc.info,
    claims: doc.claims,
    diagnostics: doc.diagnostics,
    mentions: [
      ...doc.entities.map((m) => ({
        entityId: m.entry.id,
        type: m.entry.type,
        name: m.entry.name,
        aliases: m.entry.aliases,
        span: m.span,
        ...(m.entry.parent ? { parent: m.entry.parent } : {}),
        ...(m.entry.country ? { country: m.entry.country } : {}),
        ...(m.voice ? { role: 'voice' as const } : m.answered ? { role: 'answered' as const } : {}),
      })),
      ...speakerEntities,
    ],
    times: doc.times,
    ...(doc.toxic ? { toxic: true } : {}),
  };
}
