// The claim reader of one document: sentence by sentence (the stages of `sentenceStages` in
// pipeline.ts), figures with the voices that govern them become claims; then the refiners that
// need the whole document. Boilerplate sentences are never read for claims.

import type { Claim, ClaimTime, Hop, Span, Stance, TextSpan } from '../../types.js';
import { run, stage } from '../../pipeline/stage.js';
import type { Pipeline } from '../../pipeline/stage.js';
import { filled } from '../../pipeline/context.js';
import { toOriginal } from '../../text/folded.js';
import { insideAny } from '../../text/segment.js';
import { urlSpans } from '../../text/urls.js';
import type { DateMention } from './dates/index.js';
import type { ArabicDoc, EntityMentionHit } from './document.js';
import { sentenceVoices } from './attribution.js';
import type { Frame, SentenceVoices, SpanMapper, VoiceState } from './attribution.js';
import type { Figure, SentenceView } from './figures.js';
import { findFigures } from './figures.js';
import { buildSentenceView, rememberBodies } from './sentence-view.js';
import type { SentenceReading } from './sentence-view.js';
import type { GazetteerEntry } from './lexicon/lexicon.js';
import { readings } from './morphology.js';
import { linkContext, outermostNames } from './entities/link.js';
import type { LinkContext } from './entities/link.js';
import { claimPlace, dominantPlace, findPlaces } from './entities/places.js';
import type { PlaceHit } from './entities/places.js';
import { isBackground } from './scope.js';
import { CONTRAST_BREAKS } from './words.js';

/** The title and lead: where a report names the place it is about. */
const LEAD_SENTENCES = 3;

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
  readonly link: LinkContext;
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

function originalSpan(doc: ArabicDoc, start: number, end: number): TextSpan {
  const span = toOriginal(doc.folded, start, end);
  return { start: span.start, end: span.end, text: doc.text.slice(span.start, span.end) };
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
    // Shared names (`طرابلس`، `وزارة الصحة`) are decided by what the whole document names,
    // boilerplate included; claims are read from the other sentences only.
    link: linkContext(doc.sentences.flatMap((r) => outermostNames(r.names))),
    voices: { persons: [], lastChain: null, named: [] },
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
    reading.link,
  );
}

// ---------------------------------------------------------------------------------------------
// Sentence stages

/** Entities and places the sentence names, for the entity list and the claims' places. */
export const namePlaces = stage<ClaimSentence>('ar/claims/places-named', (s) => {
  const { view, reading, doc } = s;
  const places = findPlaces(view, (a, b) => originalSpan(doc, a, b).text);
  const shaped = places.filter((p) => p.shaped);
  const entities = reading.entities;
  for (const e of view.entities) {
    // A listed word inside a place named by its head (`بلدة أبو صيدا`) is not that place.
    if (shaped.some((p) => p.start <= e.start && e.end <= p.end)) continue;
    entities.push({ entry: e.entry, span: s.span(e.start, e.end) });
  }
  for (const p of shaped) entities.push({ entry: p.entry, span: s.span(p.start, p.end) });
  reading.places.seen.push(...places);
  if (reading.sentencesRead < LEAD_SENTENCES) reading.places.lead.push(...places);
  reading.sentencesRead++;
  s.places = places;
});

/** Voices first: a voice opens even without figures (carry-over needs it), and a side that
 * speaks is not taken for the side a figure counts. */
export const readVoices = stage<ClaimSentence>('ar/claims/voices', (s) => {
  const { view, reading, doc } = s;
  s.voices = sentenceVoices(view, doc.lexicon, s.span, reading.voices, reading.publisher);
  view.speakers.push(...s.voices.speakers);
});

export const readFigures = stage<ClaimSentence>('ar/claims/figures', (s) => {
  s.figures = findFigures(s.view, s.doc.lexicon);
});

/** A claim per figure: its chain, stance, side, day and scope. */
export const makeClaims = stage<ClaimSentence>('ar/claims/make', (s) => {
  const { figures, view, reading, doc } = s;
  const background = figures.length > 0 && isBackground(view.toks, reading.publishedYear);
  const sentenceSpan = originalSpan(doc, s.range.start, s.range.end);
  for (const figure of figures) {
    doc.claims.push(claimOf(s, figure, background, sentenceSpan));
    reading.places.claims.push({ claim: doc.claims.length - 1, places: s.places, at: figure.qStart });
  }
});

function claimOf(s: ClaimSentence, figure: Figure, background: boolean, sentenceSpan: TextSpan): Claim {
  const { doc, reading, voices, view } = s;
  const frame = governingFrame(voices.frames, figure);
  const chain: Hop[] = [reading.publisher, ...(frame ? frame.chain : [])].filter(
    (hop, k, all) => k === 0 || hop.name !== all[k - 1]!.name,
  );
  const rules = [...figure.rules];
  if (frame) rules.push(frame.rule);
  const stance = stanceOf(s, figure, frame, rules);
  let group = figure.group?.name ?? null;
  if (!group && figure.possessed) {
    // مقاتليهم: "their fighters" are the speaker's side.
    const speaker = chain[chain.length - 1]!;
    group = speaker.affiliation ?? null;
    if (group) rules.push('ar/subject/group-possessive');
  }
  const span = s.span(figure.qStart, figure.nounEnd);
  const subject = s.span(
    figure.nounStart < figure.nounEnd ? figure.nounStart : figure.qStart,
    figure.nounEnd,
  );
  const time = claimTime(doc.dates, s.range, figure, view);
  return {
    id: `${doc.id}#${doc.claims.length + 1}`,
    document: doc.id,
    start: span.start,
    end: span.end,
    text: span.text,
    sentence: { start: sentenceSpan.start, end: sentenceSpan.end },
    quantity: figure.quantity,
    unit: figure.unit,
    category: figure.category,
    subject: { text: subject.text, group, kind: figure.kind },
    stance,
    attribution: chain,
    ...(time ? { time } : {}),
    ...(background ? { scope: 'background' as const } : {}),
    rules: background ? [...rules, 'ar/scope/background'] : rules,
  };
}

/** The frame's stance, else a hedge before the figure (not across `لكن`), else the sentence's. */
function stanceOf(s: ClaimSentence, figure: Figure, frame: Frame | null, rules: string[]): Stance {
  const { voices, view } = s;
  const stance: Stance = frame?.stance ?? 'asserted';
  if (stance !== 'asserted') return stance;
  const from = frame ? frame.scopeStart : 0;
  const hedge = voices.hedges
    .filter((h) => h.index >= from - 1 && h.index < figure.qStart)
    .filter(
      (h) =>
        !view.toks
          .slice(h.index + 1, figure.qStart)
          .some((t) => readings(t.text).some((r) => CONTRAST_BREAKS.has(r.stem))),
    )
    .pop();
  if (hedge) {
    rules.push(`ar/stance/${hedge.stance}`);
    return hedge.stance;
  }
  if (voices.sentenceStance) {
    rules.push(`ar/stance/${voices.sentenceStance}`);
    return voices.sentenceStance;
  }
  return stance;
}

function governingFrame(frames: readonly Frame[], figure: Figure): Frame | null {
  let best: Frame | null = null;
  for (const f of frames) {
    if (figure.qStart >= f.scopeStart && figure.qStart < f.scopeEnd) {
      if (!best || f.scopeStart >= best.scopeStart) best = f;
    }
  }
  return best;
}

/**
 * The day a claim is about: the nearest resolved date in its sentence, preferring one after the
 * figure's predicate clause starts. Durations and times do not date a claim.
 */
function claimTime(
  dates: readonly DateMention[],
  sentence: Span,
  figure: Figure,
  v: SentenceView,
): ClaimTime | null {
  const at = v.toks[figure.qStart]?.start ?? sentence.start;
  let best: DateMention | null = null;
  for (const d of dates) {
    if (d.kind !== 'date' || !d.date || d.precision !== 'day') continue;
    if (d.foldedStart < sentence.start || d.foldedEnd > sentence.end) continue;
    if (!best || Math.abs(d.foldedStart - at) < Math.abs(best.foldedStart - at)) best = d;
  }
  return best && best.date ? { date: best.date, text: best.text } : null;
}

/**
 * A breakdown shares one side: `121 … منهم 77 من موظفي السجن و40 من مقاتليهم` — the whole takes
 * the side its parts name.
 */
export const groupFromParts = stage<ClaimSentence>('ar/subject/group-from-parts', (s) => {
  const claims = s.doc.claims;
  s.figures.forEach((f, k) => {
    if (f.partOf === null) return;
    const whole = claims[s.firstClaim + f.partOf];
    const part = claims[s.firstClaim + k];
    if (!whole || !part) return;
    if (!whole.subject.group && part.subject.group && part.subject.kind !== 'civilians') {
      claims[s.firstClaim + f.partOf] = {
        ...whole,
        subject: { ...whole.subject, group: part.subject.group },
        rules: [...whole.rules, 'ar/subject/group-from-parts'],
      };
    }
  });
});

/** Parts with no side of their own take the whole's (civilians and families keep none). */
export const groupFromWhole = stage<ClaimSentence>('ar/subject/group-from-whole', (s) => {
  const claims = s.doc.claims;
  s.figures.forEach((f, k) => {
    if (f.partOf === null) return;
    const whole = claims[s.firstClaim + f.partOf];
    const part = claims[s.firstClaim + k];
    if (
      !whole ||
      !part ||
      part.subject.group ||
      part.subject.kind === 'civilians' ||
      part.subject.kind === 'families'
    )
      return;
    if (whole.subject.group) {
      claims[s.firstClaim + k] = {
        ...part,
        subject: { ...part.subject, group: whole.subject.group },
        rules: [...part.rules, 'ar/subject/group-from-whole'],
      };
    }
  });
});

/** Each part names the claim it is a part of. */
export const linkParts = stage<ClaimSentence>('ar/claims/part-of', (s) => {
  const claims = s.doc.claims;
  s.figures.forEach((f, k) => {
    const whole = f.partOf === null ? undefined : claims[s.firstClaim + f.partOf];
    const part = claims[s.firstClaim + k];
    if (whole && part) claims[s.firstClaim + k] = { ...part, partOf: whole.id };
  });
});

/** The armed group named last, for `التنظيم` in the sentences after. */
export const rememberArmedGroup = stage<ClaimSentence>('ar/claims/last-armed-group', (s) => {
  const armed = s.view.entities.filter((e) => e.entry.type === 'armed_group');
  if (armed.length > 0) s.reading.lastArmedGroup = armed[armed.length - 1]!.entry;
});

/**
 * `قتلوا 30 جندياً وأطلقوا سراح أكثر من 100 سجين خلال هجومهم`: prisoners an armed group frees while
 * it fights their custodian escaped custody by force (CLAIMS: escaped), and are that group's own.
 */
export const freedByForce = stage<ClaimSentence>('ar/category/freed-by-force', (s) => {
  const { doc } = s;
  const claims = doc.claims;
  for (let k = s.firstClaim; k < claims.length; k++) {
    const c = claims[k]!;
    if (c.category !== 'released' || c.subject.kind !== 'prisoners') continue;
    const speaker = c.attribution[c.attribution.length - 1];
    const body = speaker?.entity ? doc.lexicon.entityById.get(speaker.entity) : undefined;
    if (!body || body.type !== 'armed_group') continue;
    const fighting = claims
      .slice(s.firstClaim)
      .some(
        (o) =>
          o !== c && o.category === 'killed' && o.subject.group !== null && o.subject.group !== body.name,
      );
    if (!fighting) continue;
    claims[k] = {
      ...c,
      category: 'escaped',
      subject: { ...c.subject, group: c.subject.group ?? body.name },
      rules: [...c.rules, 'ar/category/freed-by-force'],
    };
  }
});

/** The bodies the sentence names by their head word, for `التنظيم` in later sentences. */
export const rememberNamedBodies = stage<ClaimSentence>('ar/claims/named-bodies', (s) => {
  rememberBodies(s.view, s.reading.anaphora);
});

// ---------------------------------------------------------------------------------------------
// Document stages after the claims

/**
 * Prisoners are one population through a report: a count of prisoners with no side named takes the
 * side of the prisoners counted before it (or of the fighters in the same event slot).
 */
export const groupContinuity = stage<ArabicDoc>('ar/subject/group-continuity', (doc) => {
  const claims = doc.claims;
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k]!;
    if (c.subject.group || c.subject.kind !== 'prisoners') continue;
    for (let p = k - 1; p >= 0; p--) {
      const prev = claims[p]!;
      if (!prev.subject.group) continue;
      if (
        prev.subject.kind === 'prisoners' ||
        (prev.category === c.category && prev.subject.kind === 'combatants')
      ) {
        claims[k] = {
          ...c,
          subject: { ...c.subject, group: prev.subject.group },
          rules: [...c.rules, 'ar/subject/group-continuity'],
        };
        break;
      }
    }
  }
});

/** Where each claim happened: the nearest place in its sentence, else the report's own place. */
export const placeClaims = stage<ArabicDoc>('ar/claims/place', (doc) => {
  const lex = doc.lexicon;
  const evidence = doc.placeEvidence;
  const dominant = dominantPlace(evidence.lead, evidence.seen, lex);
  for (const { claim, places, at } of evidence.claims) {
    const place = claimPlace(places, at, dominant, lex);
    const c = doc.claims[claim];
    if (!place || !c) continue;
    const { rules, ...rest } = c;
    doc.claims[claim] = { ...rest, location: { name: place.name, entity: place.id }, rules };
  }
});
