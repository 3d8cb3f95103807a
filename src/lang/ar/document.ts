// One Arabic document as the reader's stages see it (pipeline.ts gives their order): the language-
// free context (text, folded view, sentences, dates, metadata, lexicon, trace) and the parts only
// the Arabic stages fill. A part read before its stage has run is an error, never a default.

import { DocContext, filled } from '../../pipeline/context.js';
import type { Trace } from '../../pipeline/trace.js';
import type { Claim, Diagnostic, DocumentInfo, ExtractedEntity, ExtractedQuantity } from '../../types.js';
import type { PackMention, PackTime } from '../../engine/pack.js';
import type { PlaceEvidence } from './claims/read.js';
import type { SpeakerMention } from './attribution/speakers.js';
import type { BoilerplateSpan } from './read/boilerplate.js';
import type { Line } from './meta/lines.js';
import type { DateExpression, DateMention } from './dates/index.js';
import type { PublishedDate } from './dates/publication.js';
import type { PageMeta } from './meta/title.js';
import type { GazetteerEntry, Lexicon } from './lexicon/lexicon.js';
import type { SentenceReading } from './read/sentence-view.js';
import type { Span, TextSpan } from '../../types.js';

/** What the caller knows of a document besides its text; the caller's word wins over the text's. */
export interface GivenMeta {
  /** The publisher's name. */
  readonly source: string | null;
  /** YYYY-MM-DD: the publication day, or (for `extract`) the reference day. */
  readonly published: string | null;
  readonly url?: string;
}

export interface EntityMentionHit {
  readonly entry: GazetteerEntry;
  readonly span: TextSpan;
  /** A place standing for the government seated there (`موسكو ترد`): named, but no place of events. */
  readonly voice?: true;
  /** A place inside an answer clause (`ردا على هجوم في دوما`): the answered event's, not the report's. */
  readonly answered?: true;
}

/** What the caller asks the reader to show. */
export interface ReadOptions {
  /** Add the matching (folded) view of every mention (`extract --normalized`). */
  readonly normalized: boolean;
}

/** What `extract` lists: every quantity and entity, no claim logic. */
export interface Mentions {
  readonly quantities: readonly ExtractedQuantity[];
  readonly entities: readonly ExtractedEntity[];
}

export class ArabicDoc extends DocContext<Lexicon, SentenceReading, DateMention, PageMeta> {
  /** Problems the stages found in the text (`date_inconsistent`, `published_inferred`), in order. */
  readonly diagnostics: Diagnostic[] = [];
  /** Its headline or lead tells of an event by a toxic gas or chemical arms (events/toxic.ts). */
  toxic = false;
  #boilerplate: readonly BoilerplateSpan[] | undefined;
  #lines: readonly Line[] | undefined;
  #expressions: readonly DateExpression[] | undefined;
  #published: PublishedDate | null | undefined;
  #claims: Claim[] | undefined;
  #entities: readonly EntityMentionHit[] | undefined;
  #speakers: readonly SpeakerMention[] | undefined;
  #claimSentences: readonly Span[] | undefined;
  #times: readonly PackTime[] | undefined;
  #info: DocumentInfo | undefined;
  #mentions: Mentions | undefined;
  #placeEvidence: PlaceEvidence | undefined;
  #speakerEntities: readonly PackMention[] | undefined;

  constructor(
    id: string,
    text: string,
    readonly given: GivenMeta,
    lexicon: Lexicon,
    trace: Trace,
    readonly options: ReadOptions = { normalized: false },
  ) {
    super(id, text, lexicon, trace);
  }

  /** Boilerplate lines (folded offsets): never read for claims. */
  get boilerplate(): readonly BoilerplateSpan[] {
    return filled(this.#boilerplate, 'the boilerplate', this.id);
  }
  set boilerplate(value: readonly BoilerplateSpan[]) {
    this.#boilerplate = value;
  }

  /** The text's non-empty lines, trimmed, in folded offsets: what the page's metadata is read from. */
  get lines(): readonly Line[] {
    return filled(this.#lines, 'the lines', this.id);
  }
  set lines(value: readonly Line[]) {
    this.#lines = value;
  }

  /** Date expressions before resolution: resolved again whenever the reference day changes. */
  get expressions(): readonly DateExpression[] {
    return filled(this.#expressions, 'the date expressions', this.id);
  }
  set expressions(value: readonly DateExpression[]) {
    this.#expressions = value;
  }

  /** The publication day: the caller's, else read from the text, else lent by the batch; or none. */
  get published(): PublishedDate | null {
    return filled(this.#published, 'the publication date', this.id);
  }
  set published(value: PublishedDate | null) {
    this.#published = value;
  }

  /** The claims, in text order; refiners replace claims with refined copies. */
  get claims(): Claim[] {
    return filled(this.#claims, 'the claims', this.id);
  }
  set claims(value: Claim[]) {
    this.#claims = value;
  }

  /** Gazetteer entities and shaped places named in the sentences read for claims. */
  get entities(): readonly EntityMentionHit[] {
    return filled(this.#entities, 'the entity mentions', this.id);
  }
  set entities(value: readonly EntityMentionHit[]) {
    this.#entities = value;
  }

  /** People and unlisted bodies named as speakers, linked into entities across the batch. */
  get speakers(): readonly SpeakerMention[] {
    return filled(this.#speakers, 'the speakers', this.id);
  }
  set speakers(value: readonly SpeakerMention[]) {
    this.#speakers = value;
  }

  /** The sentences read for claims (boilerplate left out), in original offsets. */
  get claimSentences(): readonly Span[] {
    return filled(this.#claimSentences, 'the claim sentences', this.id);
  }
  set claimSentences(value: readonly Span[]) {
    this.#claimSentences = value;
  }

  /** Dates and durations with their sentences, for the timeline. */
  get times(): readonly PackTime[] {
    return filled(this.#times, 'the times', this.id);
  }
  set times(value: readonly PackTime[]) {
    this.#times = value;
  }

  /** The document as the JSON contract lists it. */
  get info(): DocumentInfo {
    return filled(this.#info, 'the document info', this.id);
  }
  set info(value: DocumentInfo) {
    this.#info = value;
  }

  /** The places named around each claim, for deciding where it happened. */
  get placeEvidence(): PlaceEvidence {
    return filled(this.#placeEvidence, 'the place evidence', this.id);
  }
  set placeEvidence(value: PlaceEvidence) {
    this.#placeEvidence = value;
  }

  /** The entities of the people and unlisted bodies this document names, linked over the batch. */
  get speakerEntities(): readonly PackMention[] {
    return filled(this.#speakerEntities, 'the speaker entities', this.id);
  }
  set speakerEntities(value: readonly PackMention[]) {
    this.#speakerEntities = value;
  }

  /** What `extract` lists. */
  get mentions(): Mentions {
    return filled(this.#mentions, 'the mentions', this.id);
  }
  set mentions(value: Mentions) {
    this.#mentions = value;
  }
}
