// Step: the entities and places a sentence names, for the entity list and the claims' places.

import { stage } from '../../../../pipeline/stage.js';
import { findPlaces, unknownWord } from '../../entities/places.js';
import type { PlaceHit } from '../../entities/places.js';
import type { SentenceView } from '../../read/sentence-view.js';
import { isA, nounOf } from '../../read/sentence-view.js';
import { LEAD_SENTENCES, originalSpan } from '../read.js';
import { byAnswers } from '../refiners/answered.js';
import type { ClaimSentence } from '../read.js';

/** Entities and places the sentence names, for the entity list and the claims' places. */
export const namePlaces = stage<ClaimSentence>('ar/claims/places-named', (s) => {
  const { view, reading, doc } = s;
  const found = findPlaces(view, (a, b) => originalSpan(doc, a, b).text);
  const surnames = surnamesOf(view, found, s.voices.speakers);
  // Each refiner reads the flags the ones before it set (a voice locates nothing, an attacker is
  // no landmark's place), in this order.
  let places: readonly PlaceHit[] = bySpeakers(
    found.filter((p) => !surnames.includes(p)),
    s.voices.speakers,
  );
  for (const refine of PLACE_REFINERS) places = refine(view, places);
  const shaped = places.filter((p) => p.shaped);
  const entities = reading.entities;
  for (const e of view.entities) {
    // A surname is no place (`سكوت إسرائيل`).
    if (surnames.some((p) => p.start === e.start && p.end === e.end)) continue;
    // A listed word inside a place named by its head (`بلدة أبو صيدا`) is not that place.
    if (shaped.some((p) => p.start <= e.start && e.end <= p.end)) continue;
    // A place that stands for its government is named, but names no place (`voice`).
    const voice = places.some((p) => p.voice && p.start === e.start && p.end === e.end);
    // A place of what the sentence's event answers (`ردا على هجوم في دوما`) is named, but not as its place.
    const answered = places.some((p) => p.answered && p.start === e.start && p.end === e.end);
    entities.push({
      entry: e.entry,
      span: s.span(e.start, e.end),
      ...(voice ? { voice } : answered ? { answered } : {}),
    });
  }
  for (const p of shaped)
    entities.push({
      entry: p.entry,
      span: s.span(p.start, p.end),
      ...(p.answered ? { answered: true } : {}),
    });
  reading.places.seen.push(...places);
  if (reading.sentencesRead < LEAD_SENTENCES) reading.places.lead.push(...places);
  reading.sentencesRead++;
  s.places = places;
});

/** What a sentence's places stand for, beside where its events happened, in the order they are asked. */
const PLACE_REFINERS: readonly ((view: SentenceView, places: readonly PlaceHit[]) => PlaceHit[])[] = [
  byGovernments,
  byBorders,
  byLandmarks,
  byAttackers,
  byAnswers,
  byRecalled,
];

/**
 * A place that is itself the speaker (`وقالت موسكو`، `أعلنت واشنطن`، `أعلنت سوريا وروسيا`) is a
 * government's voice, not where the sentence's events happened: never the place of its figures or
 * of the report (`voice`). A place inside a longer speaker phrase (`وزارة الصحة في غزة`) stays a place.
 */
export function bySpeakers(
  places: readonly PlaceHit[],
  speakers: readonly { readonly start: number; readonly end: number }[],
): PlaceHit[] {
  if (places.length === 0) return [];
  // The speaker phrase is places only (`موسكو`، `سوريا وروسيا`), a conjunction's `و` on a place.
  const onlyPlaces = (r: { readonly start: number; readonly end: number }): boolean => {
    for (let i = r.start; i < r.end; i++) if (!places.some((p) => p.start <= i && i < p.end)) return false;
    return true;
  };
  const speaks = (p: PlaceHit): boolean =>
    speakers.some((r) => r.start <= p.start && p.end <= r.end && onlyPlaces(r));
  // A country that speaks is often where the events are too (`أفغانستان تعلن اعتقال…`): it counts
  // as a dateline does; a city or a region that speaks stands for the government seated there.
  return places.map((p) => {
    if (p.dateline || !speaks(p)) return p;
    return seat(p) ? { ...p, voice: true } : { ...p, dateline: true };
  });
}

/**
 * A listed place that ends a speaker's name right after a word no lexicon knows, itself after a
 * comma or a title (`وقال شريف مقاطعة برووارد، سكوت إسرائيل، للصحفيين`: the sheriff Scott Israel) is
 * a person's surname, not a place: neither where the sentence's events happened nor a name of the
 * report's places.
 *
 * Must read as a surname: «وقال شريف المقاطعة، سكوت إسرائيل، إن…».
 * Must not:               «وقالت حكومة إسرائيل» (a head before it, no comma) · «وقال وزير خارجية
 *                         إسرائيل» · «قال مسؤول في إسرائيل» (a preposition) · «أكدت الوزارة، وقوف
 *                         البحرين إلى جانب…» (the clause goes on after it) · «مراسل "سكاي نيوز" في
 *                         بغداد،» (a preposition before it).
 */
export function surnamesOf(
  view: SentenceView,
  places: readonly PlaceHit[],
  speakers: readonly { readonly start: number; readonly end: number }[],
): PlaceHit[] {
  if (places.length === 0 || speakers.length === 0) return [];
  return places.filter((p) => {
    const k = p.start - 1;
    if (p.shaped || p.end !== p.start + 1 || !speakers.some((r) => r.start <= k && p.end === r.end))
      return false;
    if (!unknownWord(view, k) || view.entities.some((e) => e.start <= k && k < e.end)) return false;
    // `مراسل "سكاي نيوز عربية" في بغداد،`: a preposition before it makes the place.
    if (isA(view, view.toks[k], 'before-place')) return false;
    // The name stands apart: punctuation after it (`، سكوت إسرائيل،`), not a clause going on.
    const after = view.toks[p.end];
    if (after !== undefined && after.kind !== 'punct') return false;
    const before = view.toks[k - 1];
    return before !== undefined && (before.kind === 'punct' || isA(view, before, 'name-title'));
  });
}

/** A listed place inside a country (a capital, a region's seat): one that can stand for a government. */
function seat(p: PlaceHit): boolean {
  return !p.shaped && p.entry.type === 'location' && p.entry.parent !== null;
}

/**
 * A listed place inside a country that acts as a government does (a metonym for the government
 * seated there; a country that speaks is often where the events are too) is its voice: the subject or the object of a verb of saying or deciding (`موسكو ترد`، `واشنطن
 * تطلب`، `اتهمت لندن موسكو`، `تحذر لندن`، `رد موسكو`، `ترد على واشنطن`), or joined to such a place
 * (`أعلنت سوريا وروسيا`). The verbs are the reporting and denial cues and the closed class
 * `government-act`; the prepositions that aim them, `addressee-preposition`.
 *
 * Must read as a voice: «موسكو تحذر لندن» (both) · «أعلنت واشنطن» · «واتهمت بريطانيا موسكو».
 * Must not:            «قتل 5 في حلب» · «قصفت الطائرات حلب» (no verb of saying or deciding) ·
 *                      «أفغانستان تعلن اعتقال…» (a country) ·
 *                      «وفي دمشق قال مسؤول» (the place follows its preposition, not its clause's start).
 */
export function byGovernments(view: SentenceView, places: readonly PlaceHit[]): PlaceHit[] {
  const out = [...places];
  for (let k = 0; k < out.length; k++) {
    const p = out[k]!;
    if (p.voice || p.dateline || !seat(p)) continue;
    const before = out[k - 1];
    const afterVoice =
      before !== undefined &&
      (before.voice === true || actsAs(view, before.start - 1)) &&
      before.end === p.start;
    const opens = p.start === 0 || view.toks[p.start - 1]?.kind === 'punct';
    // `ترد على واشنطن`، `اتهامات إلى موسكو`: the government a statement is aimed at.
    const addressed = isA(view, view.toks[p.start - 1], 'addressee-preposition') && actsAs(view, p.start - 2);
    if (afterVoice || addressed || actsAs(view, p.start - 1) || (opens && actsAs(view, p.end)))
      out[k] = { ...p, voice: true };
  }
  return out;
}

/** Whether token `i` is a verb (or its verbal noun) of saying, denying or deciding. */
function actsAs(view: SentenceView, i: number): boolean {
  const tok = view.toks[i];
  if (tok === undefined || tok.kind !== 'word') return false;
  if (isA(view, tok, 'government-act')) return true;
  const info = view.info(i);
  return (
    info !== null && info.cues.some((c) => c.pos === 'verb' && (c.role === 'report' || c.role === 'deny'))
  );
}

/**
 * A country named after a border and its preposition (`قرب الحدود مع العراق`، `على الحدود مع
 * إسرائيل`، `المنطقة الحدودية مع الأردن`) is the neighbour across it: where the sentence's events
 * happened only when the report names no other place (`across`). A place below a country stays a
 * place (`على الحدود مع قطاع غزة`: the strip's edge is where the protests are).
 *
 * Must read as across: «قتل جنديان قرب الحدود مع العراق» · «على الحدود مع إسرائيل».
 * Must not:            «قتل جنديان قرب الحدود العراقية» · «الحدود مع قطاع غزة» (not a country) ·
 *                      «اتفاق مع إسرائيل» (no border).
 */
export function byBorders(view: SentenceView, places: readonly PlaceHit[]): PlaceHit[] {
  return places.map((p) => {
    const country = !p.shaped && p.entry.parent === null && p.entry.country !== null;
    if (!country || p.start < 2) return p;
    const across =
      isA(view, view.toks[p.start - 1], 'border-preposition') &&
      isA(view, view.toks[p.start - 2], 'border-noun');
    return across ? { ...p, across: true } : p;
  });
}

/**
 * A place named after another place and a word of nearness or direction (`في دوما قرب دمشق`، `مطار
 * التيفور بالقرب من حمص`، `على مقربة من`، `بلدة … شمال حلب`) says where the first one lies: a
 * landmark, where the sentence's events happened only when the report names no other place.
 *
 * Must read as a landmark: «هجوم في دوما قرب دمشق» · «مطار التيفور العسكري بالقرب من حمص» (the word
 *                          between the two places may be one adjective of the first) ·
 *                          «مارع شمال حلب».
 * Must not:                «قتل 5 قرب دمشق» (no place before it) · «دوما ودمشق» (no nearness) ·
 *                          «في دوما، وقرب دمشق» (a list of two places).
 */
export function byLandmarks(view: SentenceView, places: readonly PlaceHit[]): PlaceHit[] {
  return places.map((p) => {
    let i = p.start - 1;
    if (isA(view, view.toks[i], 'near-noun-preposition') && isA(view, view.toks[i - 1], 'near-noun')) i -= 2;
    else if (isA(view, view.toks[i], 'landmark-word')) i -= 1;
    else return p;
    // `شمال شرق حلب`: two directions.
    if (isA(view, view.toks[i], 'landmark-word')) i -= 1;
    // `وقرب دمشق`: a second place of a list, not a landmark.
    if (/^[وف]/.test(view.toks[i + 1]?.text ?? '')) return p;
    // The place it locates ends right before, or one adjective (`العسكري`) before.
    const between = view.toks[i];
    const adjective = between?.kind === 'word' && between.text.startsWith('ال');
    // A neighbour across a border, a voice or a dateline locates nothing (`قرب الحدود مع العراق
    // جنوب شرقي تركيا`: south-east Turkey is where the event is).
    const located = places.some(
      (q) =>
        q !== p && !q.across && !q.voice && !q.dateline && (q.end === i + 1 || (q.end === i && adjective)),
    );
    return located ? { ...p, landmark: true } : p;
  });
}

/**
 * A place that is the subject of a verb launching or carrying out strikes (`launch-act`: right after
 * it, `أطلقت الولايات المتحدة 105 صواريخ`، `غارات نفذتها إسرائيل`; or opening the clause before it,
 * `روسيا تشن غارات`) is the attacker: where the strikes fell only when the report names no other place.
 *
 * Must read as the attacker: «أطلقت الولايات المتحدة 105 صواريخ على دمشق» · «غارات نفذتها إسرائيل» ·
 *                            «صاروخ أطلق من اليمن باتجاه جازان» (where it was launched from) ·
 *                            «إسرائيل تشن غارات على غزة» · «قال إن الولايات المتحدة أطلقت 85 صاروخا».
 * Must not:                  «قصفت الطائرات حلب» (a target) · «في روسيا تشن الشرطة حملة» (after a
 *                            preposition) · «أطلقت روسيا مبادرة» · «أطلقت إيران سراح 5» (no strikes
 *                            launched) · «قتل 5 في غزة».
 */
export function byAttackers(view: SentenceView, places: readonly PlaceHit[]): PlaceHit[] {
  return places.map((p) => {
    if (p.voice || p.dateline) return p;
    // Opening a clause: the sentence's start, punctuation, or `إن`/`أن` (`قال إن الولايات المتحدة أطلقت`).
    const before = view.toks[p.start - 1];
    const opens =
      before === undefined ||
      before.kind === 'punct' ||
      isA(view, before, 'complementizer') ||
      isA(view, before, 'clause-opener');
    // What it launches is strikes: a strike noun near the verb (not `أطلقت مبادرة`، `أطلق سراح`).
    let attacker = false;
    if (isA(view, before, 'launch-act'))
      attacker =
        strikeNear(view, p.end, p.end + WITHIN) || strikeNear(view, p.start - 1 - WITHIN, p.start - 1);
    else if (opens && isA(view, view.toks[p.end], 'launch-act'))
      attacker = strikeNear(view, p.end + 1, p.end + 1 + WITHIN);
    // `صاروخ باليستي أطلق من اليمن باتجاه جازان`: where the strikes were launched from, the
    // attacker's ground, not where they fell.
    else if (isA(view, before, 'origin-preposition') && isA(view, view.toks[p.start - 2], 'launch-act'))
      attacker = strikeNear(view, p.start - 2 - WITHIN, p.start - 2);
    return attacker ? { ...p, attacker: true } : p;
  });
}

/** Tokens between a launch verb and what it launches (`أطلقت الولايات المتحدة ليلة أمس 105 صواريخ`). */
const WITHIN = 4;

/** Whether a noun counting strikes (`صواريخ`، `غارات`) stands among tokens [from, to). */
function strikeNear(view: SentenceView, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to && i < view.toks.length; i++)
    if (nounOf(view, i)?.entry.category === 'strikes') return true;
  return false;
}

/**
 * The end of a named event's year: past the bracket it opens (`هجمات باريس (2015، التي راح ضحيتها
 * 130 شخصا)`: what the brackets say is of that event), else right after it.
 */
function bracketEnd(view: SentenceView, year: number): number {
  if (view.toks[year - 1]?.text !== '(') return year + 1;
  for (let k = year + 1; k < Math.min(view.toks.length, year + MAX_BRACKET); k++)
    if (view.toks[k]!.text === ')') return k + 1;
  return year + 1;
}

/** Tokens a bracket after a named event's year may hold. */
const MAX_BRACKET = 20;

/** Tokens between an event's place and the year that names the event (`هجوم باريس عام 2015`). */
const YEAR_REACH = 3;

/**
 * A place named right after an event noun and before a year (`هجوم باريس عام 2015`، `هجمات باريس
 * (2015`، `تفجيرات لندن 2005`) names an earlier event by its place and year: like the place of an
 * event the report's event answers (`answered`), it is never the report's place nor the place of a
 * figure outside the name.
 *
 * Must read as recalled: «آخر منفذي هجمات باريس (2015، التي راح ضحيتها 130 شخصا)» (the 130 are
 *                        of that event) · «المهاجم الناجي من هجوم باريس عام 2015».
 * Must not:              «هجوم على باريس أمس» (no year) · «قتل 5 في باريس عام 2015» (no event noun
 *                        before the place) · «هجوم باريس» (no year).
 */
export function byRecalled(view: SentenceView, places: readonly PlaceHit[]): PlaceHit[] {
  return places.map((p) => {
    const word = view.words[p.start - 1];
    if (p.answered || p.shaped || !word || !view.lex.startsOf(word).words.some((e) => e.pos === 'noun'))
      return p;
    for (let k = p.end; k < Math.min(view.toks.length, p.end + YEAR_REACH); k++) {
      const t = view.toks[k]!;
      if (t.kind === 'number' && /^(19|20)\d\d$/.test(t.text))
        return { ...p, answered: { start: p.start - 1, end: bracketEnd(view, k) } };
      if (t.kind === 'word' && !isA(view, t, 'year-word')) return p;
    }
    return p;
  });
}
