// One Arabic document, end to end: fold → boilerplate → sentences → tokens → lexicon look-ups →
// dates → figures → voices → claims. Order matters: boilerplate is found on lines before sentences
// are cut (a "read also" headline is one line), and dates are read before figures so that a day
// or a year is never counted.

import type { Claim, ClaimTime, Diagnostic, DocumentInfo, Hop, Span, Stance, TextSpan } from '../../types.js';
import type { DateMention } from './dates/index.js';
import type { FoldedText } from '../../text/folded.js';
import { toOriginal } from '../../text/folded.js';
import { insideAny, sentences } from '../../text/segment.js';
import { urlSpans } from '../../text/urls.js';
import { sentenceVoices } from './attribution.js';
import type { Frame, SpeakerMention, VoiceState } from './attribution.js';
import { findBoilerplate } from './boilerplate.js';
import type { BoilerplateSpan } from './boilerplate.js';
import type { PackDocument } from '../../engine/pack.js';
import type { Figure, SentenceView } from './figures.js';
import { findFigures } from './figures.js';
import { buildSentenceView, readSentence, rememberBodies } from './sentence-view.js';
import type { GazetteerEntry } from './lexicon/index.js';
import { arabicLexicon } from './lexicon/index.js';
import { readings } from './morphology.js';
import { normalize } from './normalize/index.js';
import { linkContext, outermostNames } from './entities/link.js';
import { claimPlace, dominantPlace, findPlaces } from './entities/places.js';
import type { PlaceHit } from './entities/places.js';
import { isBackground } from './scope.js';
import { CONTRAST_BREAKS } from './words.js';

/** The title and lead: where a report names the place it is about. */
const LEAD_SENTENCES = 3;

export interface EntityMentionHit {
  readonly entry: GazetteerEntry;
  readonly span: TextSpan;
}

export interface ArabicDocumentResult {
  readonly document: DocumentInfo;
  readonly claims: readonly Claim[];
  readonly mentions: readonly EntityMentionHit[];
  /** People and unlisted bodies named as speakers, linked into entities across the batch. */
  readonly named: readonly SpeakerMention[];
  readonly diagnostics: readonly Diagnostic[];
  readonly folded: FoldedText;
  /** The sentences read, in folded offsets. */
  readonly sentences: readonly Span[];
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

function governingFrame(frames: readonly Frame[], figure: Figure): Frame | null {
  let best: Frame | null = null;
  for (const f of frames) {
    if (figure.qStart >= f.scopeStart && figure.qStart < f.scopeEnd) {
      if (!best || f.scopeStart >= best.scopeStart) best = f;
    }
  }
  return best;
}

export interface AnalyzeOptions {
  /** The folded text, when the caller already has it. */
  readonly folded?: FoldedText;
  /** Date, time and duration mentions: kept out of figures, and the source of claim times. */
  readonly dates?: readonly DateMention[];
  readonly title?: string | null;
  /** Boilerplate lines (folded offsets), when the caller already found them. */
  readonly boilerplate?: readonly BoilerplateSpan[];
}

/** Analyzes one Arabic document. Never throws on text: odd input yields fewer claims. */
export function analyzeArabic(input: PackDocument, options: AnalyzeOptions = {}): ArabicDocumentResult {
  const lex = arabicLexicon();
  const folded = options.folded ?? normalize(input.text);
  const diagnostics: Diagnostic[] = [];
  const boiler = options.boilerplate ?? findBoilerplate(folded.text);
  const dates = options.dates ?? [];
  const excludedSpans: Span[] = [
    ...dates.map((d) => ({ start: d.foldedStart, end: d.foldedEnd })),
    ...urlSpans(folded.text),
  ];
  const publisher: Hop = input.source
    ? { name: input.source, kind: 'outlet' }
    : { name: input.id, kind: 'unknown', role: 'publisher' };
  const state: VoiceState = { persons: [], lastChain: null, named: [] };
  const publishedYear = input.published ? Number(input.published.slice(0, 4)) : null;
  const claims: Claim[] = [];
  const mentions: EntityMentionHit[] = [];
  let lastArmedGroup: GazetteerEntry | null = null;
  const anaphora = new Map<string, GazetteerEntry>();
  const placesSeen: PlaceHit[] = [];
  const leadPlaces: PlaceHit[] = [];
  const placeOf: { claim: number; places: readonly PlaceHit[]; at: number }[] = [];
  let sentenceIndex = 0;
  // Shared names (`طرابلس`، `وزارة الصحة`) are decided by what the whole document names,
  // boilerplate included; claims are read from the other sentences only.
  const read = sentences(folded.text).map((range) => readSentence(folded, lex, range));
  const link = linkContext(read.flatMap((r) => outermostNames(r.names)));
  const orig = (s: number, e: number): TextSpan => {
    const span = toOriginal(folded, s, e);
    return { start: span.start, end: span.end, text: input.text.slice(span.start, span.end) };
  };

  const kept = read.filter((r) => !insideAny(r.range, boiler));
  const ranges = kept.map((r) => r.range);
  for (const reading of kept) {
    const sentence = reading.range;
    const v = buildSentenceView(reading, lex, excludedSpans, lastArmedGroup, anaphora, link);
    if (v.toks.length === 0) continue;
    const tokSpan = (a: number, b: number): TextSpan => {
      const s = v.toks[a]!.start;
      const e = v.toks[Math.max(a, b - 1)]!.end;
      return orig(s, e);
    };
    const places = findPlaces(v, (s, e) => orig(s, e).text);
    const shaped = places.filter((p) => p.shaped);
    for (const e of v.entities) {
      // A listed word inside a place named by its head (`بلدة أبو صيدا`) is not that place.
      if (shaped.some((p) => p.start <= e.start && e.end <= p.end)) continue;
      mentions.push({ entry: e.entry, span: tokSpan(e.start, e.end) });
    }
    for (const p of shaped) mentions.push({ entry: p.entry, span: tokSpan(p.start, p.end) });
    placesSeen.push(...places);
    if (sentenceIndex < LEAD_SENTENCES) leadPlaces.push(...places);
    sentenceIndex++;
    // Voices first: new voices open even in sentences without figures (carry-over needs them),
    // and a side that speaks is not taken for the side a figure counts.
    const voices = sentenceVoices(v, lex, tokSpan, state, publisher);
    v.speakers.push(...voices.speakers);
    const figures = findFigures(v, lex);
    const background = figures.length > 0 && isBackground(v.toks, publishedYear);
    const sentenceSpan = orig(sentence.start, sentence.end);
    const firstClaim = claims.length;
    for (const figure of figures) {
      const frame = governingFrame(voices.frames, figure);
      const chain: Hop[] = [publisher, ...(frame ? frame.chain : [])].filter(
        (hop, k, all) => k === 0 || hop.name !== all[k - 1]!.name,
      );
      let stance: Stance = frame?.stance ?? 'asserted';
      const rules = [...figure.rules];
      if (frame) rules.push(frame.rule);
      if (stance === 'asserted') {
        const from = frame ? frame.scopeStart : 0;
        const hedge = voices.hedges
          .filter((h) => h.index >= from - 1 && h.index < figure.qStart)
          .filter(
            (h) =>
              !v.toks
                .slice(h.index + 1, figure.qStart)
                .some((t) => readings(t.text).some((r) => CONTRAST_BREAKS.has(r.stem))),
          )
          .pop();
        if (hedge) {
          stance = hedge.stance;
          rules.push(`ar/stance/${hedge.stance}`);
        } else if (voices.sentenceStance) {
          stance = voices.sentenceStance;
          rules.push(`ar/stance/${voices.sentenceStance}`);
        }
      }
      let group = figure.group?.name ?? null;
      if (!group && figure.possessed) {
        // مقاتليهم: "their fighters" are the speaker's side.
        const speaker = chain[chain.length - 1]!;
        group = speaker.affiliation ?? null;
        if (group) rules.push('ar/subject/group-possessive');
      }
      const span = tokSpan(figure.qStart, figure.nounEnd);
      const subject = tokSpan(
        figure.nounStart < figure.nounEnd ? figure.nounStart : figure.qStart,
        figure.nounEnd,
      );
      const time = claimTime(dates, sentence, figure, v);
      claims.push({
        id: `${input.id}#${claims.length + 1}`,
        document: input.id,
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
      });
      placeOf.push({ claim: claims.length - 1, places, at: figure.qStart });
    }
    // A breakdown shares one side: `121 … منهم 77 من موظفي السجن و40 من مقاتليهم` — the whole takes
    // the side its parts name, and parts with no side of their own take the whole's.
    figures.forEach((f, k) => {
      if (f.partOf === null) return;
      const whole = claims[firstClaim + f.partOf];
      const part = claims[firstClaim + k];
      if (!whole || !part) return;
      if (!whole.subject.group && part.subject.group && part.subject.kind !== 'civilians') {
        claims[firstClaim + f.partOf] = {
          ...whole,
          subject: { ...whole.subject, group: part.subject.group },
          rules: [...whole.rules, 'ar/subject/group-from-parts'],
        };
      }
    });
    figures.forEach((f, k) => {
      if (f.partOf === null) return;
      const whole = claims[firstClaim + f.partOf];
      const part = claims[firstClaim + k];
      if (
        !whole ||
        !part ||
        part.subject.group ||
        part.subject.kind === 'civilians' ||
        part.subject.kind === 'families'
      )
        return;
      if (whole.subject.group) {
        claims[firstClaim + k] = {
          ...part,
          subject: { ...part.subject, group: whole.subject.group },
          rules: [...part.rules, 'ar/subject/group-from-whole'],
        };
      }
    });
    figures.forEach((f, k) => {
      const whole = f.partOf === null ? undefined : claims[firstClaim + f.partOf];
      const part = claims[firstClaim + k];
      if (whole && part) claims[firstClaim + k] = { ...part, partOf: whole.id };
    });
    const armed = v.entities.filter((e) => e.entry.type === 'armed_group');
    if (armed.length > 0) lastArmedGroup = armed[armed.length - 1]!.entry;
    // `قتلوا 30 جندياً وأطلقوا سراح أكثر من 100 سجين خلال هجومهم`: prisoners an armed group frees while
    // it fights their custodian escaped custody by force (CLAIMS: escaped), and are that group's own.
    for (let k = firstClaim; k < claims.length; k++) {
      const c = claims[k]!;
      if (c.category !== 'released' || c.subject.kind !== 'prisoners') continue;
      const speaker = c.attribution[c.attribution.length - 1];
      const body = speaker?.entity ? lex.entityById.get(speaker.entity) : undefined;
      if (!body || body.type !== 'armed_group') continue;
      const fighting = claims
        .slice(firstClaim)
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
    rememberBodies(v, anaphora);
  }

  // Prisoners are one population through a report: a count of prisoners with no side named takes the
  // side of the prisoners counted before it (or of the fighters in the same event slot).
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
  // Where each claim happened: the nearest place in its sentence, else the report's own place.
  const dominant = dominantPlace(leadPlaces, placesSeen, lex);
  for (const { claim, places, at } of placeOf) {
    const place = claimPlace(places, at, dominant, lex);
    const c = claims[claim];
    if (!place || !c) continue;
    const { rules, ...rest } = c;
    claims[claim] = { ...rest, location: { name: place.name, entity: place.id }, rules };
  }
  const boilerplate = boiler.map((b) => {
    const s = toOriginal(folded, b.start, b.end);
    return { start: s.start, end: s.end };
  });
  const document: DocumentInfo = {
    id: input.id,
    source: input.url ? { name: input.source, url: input.url } : { name: input.source },
    published: input.published,
    title: options.title ?? null,
    language: 'ar',
    boilerplate,
  };
  return { document, claims, mentions, named: state.named ?? [], diagnostics, folded, sentences: ranges };
}
