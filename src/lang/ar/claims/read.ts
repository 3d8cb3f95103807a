// The claim reader of one document: sentence by sentence through `sentenceStages` (pipeline.ts;
// one file per step under steps/, one file per rule under refiners/), figures with the voices
// that govern them become claims. Boilerplate sentences are never read for claims.

import type { Claim, Hop, Span, TextSpan } from '../../../types.js';
import { run } from '../../../pipeline/stage.js';
import type { Pipeline } from '../../../pipeline/stage.js';
import { filled } from '../../../pipeline/context.js';
import { toOriginal } from '../../../text/folded.js';
import { insideAny } from '../../../text/segment.js';
import { urlSpans } from '../../../text/urls.js';
import type { ArabicDoc, EntityMentionHit } from '../document.js';
import type { SentenceVoices, SpanMapper, VoiceState } from '../attribution/speakers.js';
import type { Figure } from '../figures/figures.js';
import type { SentenceView } from '../read/sentence-view.js';
import { buildSentenceView } from '../read/sentence-view.js';
import type { SentenceReading } from '../read/sentence-view.js';
import type { GazetteerEntry } from '../lexicon/lexicon.js';
import { linkContext, outermostNames, paragraphContexts } from '../entities/link.js';
import type { LinkContext } from '../entities/link.js';
import type { PlaceHit } from '../entities/places.js';

/** The title and lead: where a report names the place it is about. */
export const LEAD_SENTENCES = 3;

/** Where each claim's place is decided from, once every sentence is read. */
export interface PlaceEvidence {
  /** Places named in the title and lead. */
  readonly lead: PlaceHit[];
  /** Places named anywhere in the sentences read. */
  readonly seen: PlaceHit[];
  /** Each claim with the places of its sentence and its figure's token. */
  readonly claims: { readonly claim: number; readonly places: readonly PlaceHit[]; readonly at: number }[];
}

/** What the claim reader carries from one sentence to the next. */
export interface ClaimReading {
  readonly doc: ArabicDoc;
  /** The outermost hop of every claim: the publisher, or the document itself when unknown. */
  readonly publisher: Hop;
  readonly publishedYear: number | null;
  /** Folded spans never counted: dates, times, durations and web addresses. */
  readonly excluded: readonly Span[];
  /** What the whole document names: decides names several bodies share. */
  /** Each sentence's context for shared names: the document's, its paragraph's in front. */
  readonly links: ReadonlyMap<SentenceReading, LinkContext>;
  readonly voices: VoiceState;
  /** Bodies last named by each head word, for `التنظيم` in later sentences. */
  readonly anaphora: Map<string, GazetteerEntry>;
  /** The armed group named last, for `التنظيم` without a head word of its own. */
  lastArmedGroup: GazetteerEntry | null;
  /** Sentences read so far: the first few are the lead. */
  sentencesRead: number;
  readonly places: PlaceEvidence;
  /** Gazetteer entities and shaped places named so far. */
  readonly entities: EntityMentionHit[];
}

/** One sentence of the claim reader; the sentence stages fill it in order. */
export class ClaimSentence {
  #voices: SentenceVoices | undefined;
  #figures: readonly Figure[] | undefined;
  #places: readonly PlaceHit[] | undefined;
  /** Index in `doc.claims` of the sentence's first claim. */
  readonly firstClaim: number;

  constructor(
    readonly reading: ClaimReading,
    readonly range: Span,
    readonly view: SentenceView,
  ) {
    this.firstClaim = reading.doc.claims.length;
  }

  get doc(): ArabicDoc {
    return this.reading.doc;
  }

  /** The original span of tokens [a, b). */
  readonly span: SpanMapper = (a, b) => {
    const toks = this.view.toks;
    return originalSpan(this.doc, toks[a]!.start, toks[Math.max(a, b - 1)]!.end);
  };

  /** The reporting frames, hedges and stance of the sentence. */
  get voices(): SentenceVoices {
    return filled(this.#voices, 'the voices', this.doc.id);
  }
  set voices(value: SentenceVoices) {
    this.#voices = value;
  }

  get figures(): readonly Figure[] {
    return filled(this.#figures, 'the figures', this.doc.id);
  }
  set figures(value: readonly Figure[]) {
    this.#figures = value;
  }

  get places(): readonly PlaceHit[] {
    return filled(this.#places, 'the places', this.doc.id);
  }
  set places(value: readonly PlaceHit[]) {
    this.#places = value;
  }

  /** The claims this sentence has made so far. */
  get claims(): readonly Claim[] {
    return this.doc.claims.slice(this.firstClaim);
  }
}

export function originalSpan(doc: ArabicDoc, start: number, end: number): TextSpan {
  const span = toOriginal(doc.folded, start, end);
  return { start: span.start, end: span.end, text: doc.text.slice(span.start, span.end) };
}

/** Each sentence's context for shared names (see `paragraphContexts`). */
function sentenceLinks(doc: ArabicDoc): Map<SentenceReading, LinkContext> {
  const link = linkContext(doc.sentences.flatMap((r) => outermostNames(r.names)));
  const links = paragraphContexts(link, doc.sentences, doc.folded.text);
  return new Map(doc.sentences.map((r, k) => [r, links[k]!]));
}

/** The claim reader's memory at the start of a document. */
function startReading(doc: ArabicDoc): ClaimReading {
  const source = doc.given.source ?? doc.meta.outlet?.name ?? null;
  const published = doc.published?.date ?? null;
  return {
    doc,
    publisher: source
      ? { name: source, kind: 'outlet' }
      : { name: doc.id, kind: 'unknown', role: 'publisher' },
    publishedYear: published ? Number(published.slice(0, 4)) : null,
    excluded: [
      ...doc.dates.map((d) => ({ start: d.foldedStart, end: d.foldedEnd })),
      ...urlSpans(doc.folded.text),
    ],
    // Shared names (`طرابلس`، `وزارة الصحة`) are decided by what the paragraph, then the whole
    // document names, boilerplate included; claims are read from the other sentences only.
    links: sentenceLinks(doc),
    voices: { persons: [], lastChain: null, named: [], bodies: [] },
    anaphora: new Map(),
    lastArmedGroup: null,
    sentencesRead: 0,
    places: { lead: [], seen: [], claims: [] },
    entities: [],
  };
}

/** Reads the claims of every sentence outside boilerplate, through `sentenceStages`. */
export function readClaims(doc: ArabicDoc, sentenceStages: Pipeline<ClaimSentence>): void {
  const reading = startReading(doc);
  const kept = doc.sentences.filter((r) => !insideAny(r.range, doc.boilerplate));
  doc.claims = [];
  doc.claimSentences = kept.map((r) => r.range);
  for (const sentence of kept) {
    const view = viewOf(reading, sentence);
    if (view.toks.length === 0) continue;
    run(sentenceStages, [new ClaimSentence(reading, sentence.range, view)]);
  }
  doc.entities = reading.entities;
  doc.speakers = reading.voices.named ?? [];
  doc.placeEvidence = reading.places;
}

function viewOf(reading: ClaimReading, sentence: SentenceReading): SentenceView {
  const { doc } = reading;
  return buildSentenceView(
    sentence,
    doc.lexicon,
    reading.excluded,
    reading.lastArmedGroup,
    reading.anaphora,
    reading.links.get(sentence)!,
  );
}
