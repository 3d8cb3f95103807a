// Event mentions: the words of a report that tell of an event (a killing, a strike, an arrest, a
// displacement…), with or without a figure, from data/ar/event-mentions.tsv. Each mention carries
// its sentence's place and date as the reader found them, where the report tells it (headline,
// lead, body) and, when it tells of no event of the report's own days, why (`aside`). A report
// whose headline or lead looks back (`الذكرى الثانية`، `عام على`) and tells of no event of its own
// is marked `retrospective`: its figures are recalled.
//
// Must tell:  «مقتل فلسطيني برصاص الجيش الإسرائيلي شرق غزة» (killing, غزة) · «غارات على ريف إدلب»
//             (strike) · «الضربات في سوريا»، «هجوم دوما» (a figurative word aimed at a place) · «اعتقال ناشط في القدس» (arrest) · «في ذكرى يوم الأرض.. مقتل فلسطيني» (the
//             anniversary is the day's setting; the killing is the report's own).
// Must not:   «شن هجوما لاذعا على الحكومة» (figurative) · «خرق وقف إطلاق النار» (ceasefire) ·
//             «قضت المحكمة بالإعدام» (verdict) · «هجوم الفريق في الشوط الثاني» (sport) ·
//             «من قتل القذافي؟» (question) · «لم يقتل أحد» (unrealized) · «مقتل 3 في 15 تموز 2016»
//             in a report of 2018 (recalled) · «عام على حريق البرج» (retrospective).

import { stage } from '../../../pipeline/stage.js';
import { toOriginal } from '../../../text/folded.js';
import { insideAny } from '../../../text/segment.js';
import type { EventAside, EventMention, Span, TextSpan } from '../../../types.js';
import type { ArabicDoc } from '../document.js';
import type { LexWord, Lexicon, MentionEntry } from '../lexicon/lexicon.js';
import { parseIsoDate } from '../dates/calendar.js';
import type { Tok } from '../quantities/numbers.js';
import { tokenReadings } from '../read/morphology.js';
import { isA, recordOf } from '../read/sentence-view.js';

/** A sentence dated this many days before its report tells of an earlier event. */
export const RECALLED_DAYS = 30;
/** Tokens before an event word where a negation, a threat or a fear still governs it. */
const UNREALIZED_BEFORE = 3;
/** Tokens before an execution where a court's word makes it a verdict. */
const VERDICT_BEFORE = 4;
/** Tokens after a figurative event word where its qualifier stands (`هجوما لاذعا`، `خطف الأضواء`). */
const QUALIFIER_AFTER = 2;

/** Punctuation that ends a clause: a look-back cue governs no further. */
const CLAUSE_END = /^[.:،,;؛!?؟|\-–—"«»()]+$/;
const QUESTION = /[?؟]/;

interface Found {
  readonly entry: MentionEntry;
  /** Token range [start, end). */
  readonly start: number;
  readonly end: number;
}

/**
 * The event words of a sentence: the longest phrase at a token, else its word. `words` are the
 * sentence's lexicon records (`SentenceReading.words`): what a word can open is kept on its record.
 */
export function findMentions(
  lex: Lexicon,
  toks: readonly Tok[],
  words: readonly (LexWord | null)[],
): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    const word = words[i];
    if (tok.kind !== 'word' || !word) continue;
    const starts = lex.startsOf(word);
    let best: Found | null = null;
    for (const entry of starts.phrases) {
      const end = i + entry.words.length;
      if (end > toks.length) continue;
      let ok = true;
      for (let k = 1; k < entry.words.length && ok; k++) {
        const t = toks[i + k]!;
        ok = t.kind === 'word' && tokenReadings(t).some((x) => x.stem === entry.words[k]);
      }
      if (ok && (!best || end > best.end)) best = { entry, start: i, end };
    }
    if (!best) {
      const entry = starts.words[0];
      if (entry) best = { entry, start: i, end: i + 1 };
    }
    if (best) {
      out.push(best);
      i = best.end - 1;
    }
  }
  return out;
}

const CASUALTY: ReadonlySet<string> = new Set([
  'killed',
  'wounded',
  'killed_or_wounded',
  'abducted',
  'arrested',
  'displaced',
  'missing',
]);

/**
 * A word of violence that is no event word: a casualty noun (`قتلى`، `جرحى`), an armed member or body
 * (`مسلحين`، a group's name), a weapon or arms (`كيماوي`، `صواريخ`، `عسكرية`).
 *
 * Not the victim test's `tellsOfViolenceItself` (read/sentence-view.ts), on purpose: beside a
 * figurative event word, event words are weighed apart (`supported`: only one that needs no support
 * counts, so two figurative words never prop each other up), and so this counts none, nor a war
 * noun or a government; it does count an armed member (`مسلحين`), a casualty noun's kin.
 */
function violentNonEvent(lex: Lexicon, tok: Tok): boolean {
  if (tok.kind !== 'word') return false;
  if (isA(lex, tok, 'weapon-word')) return true;
  const info = recordOf(tok)?.info ?? lex.lookup(tok.text);
  return (
    info.nouns.some((n) => n.entry.armed || (n.entry.category !== null && CASUALTY.has(n.entry.category))) ||
    info.entities.some((e) => e.type === 'armed_group')
  );
}

/**
 * Whether a figurative event word stands beside violence in its sentence: another event word that
 * needs no such support, a casualty noun, an armed body or a weapon.
 */
function supported(lex: Lexicon, toks: readonly Tok[], m: Found, all: readonly Found[]): boolean {
  if (all.some((o) => o !== m && o.entry.note !== 'figurative')) return true;
  return toks.some((t, k) => (k < m.start || k >= m.end) && violentNonEvent(lex, t));
}

/** A sentence of a match or of a film: its event words are play, whatever they are. */
function settingOf(lex: Lexicon, toks: readonly Tok[]): EventAside | null {
  if (toks.some((t) => isA(lex, t, 'sport-word'))) return 'sport';
  if (toks.some((t) => isA(lex, t, 'fiction-word'))) return 'fiction';
  return null;
}

/**
 * Whether a place follows the event word, at once or after a preposition (`هجوم دوما`، `الضربات في
 * سوريا`، `الهجوم على حمص`): a strike or an attack on a place is one of arms, not of words.
 */
function aimedAtPlace(
  lex: Lexicon,
  toks: readonly Tok[],
  m: Found,
  placeAt: (k: number) => boolean,
): boolean {
  if (placeAt(m.end)) return true;
  const next = toks[m.end];
  return (
    (isA(lex, next, 'addressee-preposition') || isA(lex, next, 'place-preposition')) && placeAt(m.end + 1)
  );
}

/** Why a mention tells of no event, from its own sentence's words; null when it tells of one. */
export function asideOf(
  lex: Lexicon,
  toks: readonly Tok[],
  m: Found,
  all: readonly Found[] = [m],
  setting: EventAside | null = settingOf(lex, toks),
  placeAt: (k: number) => boolean = () => false,
): EventAside | null {
  // A question asks: the clause from the mention to its end closes with a question mark.
  for (let k = m.end; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.kind !== 'punct') continue;
    if (QUESTION.test(t.text)) return 'question';
    if (CLAUSE_END.test(t.text) && t.text !== '،' && t.text !== ',') break;
  }
  if (setting) return setting;
  const note = m.entry.note;
  if (note === 'figurative') {
    for (let k = m.end; k < Math.min(toks.length, m.end + QUALIFIER_AFTER); k++)
      if (isA(lex, toks[k], 'figurative-qualifier')) return 'figurative';
    if (!supported(lex, toks, m, all) && !aimedAtPlace(lex, toks, m, placeAt)) return 'figurative';
  }
  const next = toks[m.end];
  if (
    note === 'quote' &&
    next?.kind === 'word' &&
    lex.readings(next.text).some((r) => r.prefixes.includes('ب'))
  )
    return 'figurative';
  if (note === 'ceasefire' && isA(lex, toks[m.start - 1], 'halt-noun')) return 'ceasefire';
  if (note === 'verdict')
    for (let k = Math.max(0, m.start - VERDICT_BEFORE); k < m.start; k++)
      if (isA(lex, toks[k], 'verdict-word')) return 'verdict';
  for (let k = Math.max(0, m.start - UNREALIZED_BEFORE); k < m.start; k++)
    if (isA(lex, toks[k], 'unrealized')) return 'unrealized';
  return null;
}

/** `السجن عشر سنوات على ناشط`: a count of years after a court's word is a prison term, not a look back. */
function prisonTerm(lex: Lexicon, toks: readonly Tok[], i: number): boolean {
  return toks.slice(Math.max(0, i - 3), i).some((t) => isA(lex, t, 'verdict-word'));
}

/**
 * Token ranges a look-back cue governs in a headline or lead: from `ذكرى`, or from a count of
 * years followed by `على` (`عام على`، `سبع سنوات على`), to the end of its clause.
 */
export function lookBacks(lex: Lexicon, toks: readonly Tok[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < toks.length; i++) {
    const cue =
      isA(lex, toks[i], 'anniversary-noun') ||
      (isA(lex, toks[i], 'years-noun') && isA(lex, toks[i + 1], 'years-on') && !prisonTerm(lex, toks, i));
    if (!cue) continue;
    let end = i + 1;
    while (end < toks.length && !(toks[end]!.kind === 'punct' && CLAUSE_END.test(toks[end]!.text))) end++;
    out.push({ start: i, end });
    i = end;
  }
  return out;
}

/** The day a mention's sentence gives: the nearest dated expression before it, else after it. */
function dayNear(
  dates: readonly { foldedStart: number; date: string }[],
  range: Span,
  at: number,
): string | undefined {
  let before: string | undefined;
  let after: string | undefined;
  for (const d of dates) {
    if (d.foldedStart < range.start || d.foldedStart >= range.end) continue;
    if (d.foldedStart <= at) before = d.date;
    else if (after === undefined) after = d.date;
  }
  return before ?? after;
}

/** The place a mention happened: in its sentence, the nearest after the event word, else before it. */
function placeNear(
  places: readonly { start: number; name: string; entity: string }[],
  sentence: Span,
  span: Span,
): EventMention['place'] {
  let place: EventMention['place'];
  let best = Infinity;
  for (const p of places) {
    if (p.start < sentence.start || p.start >= sentence.end) continue;
    // The place after the event word (`مقتل فلسطيني في غزة`) before one ahead of it.
    const distance = p.start >= span.end ? p.start - span.end : 10_000 + span.start - p.start;
    if (distance < best) {
      best = distance;
      place = { name: p.name, entity: p.entity };
    }
  }
  return place;
}

/** Event mentions of every sentence, and whether the report looks back (see the file's head). */
export const eventMentionsStage = stage<ArabicDoc>('ar/events/mentions', (doc) => {
  const { folded, lexicon: lex } = doc;
  const title = doc.meta.title;
  const published = parseIsoDate(doc.published?.date ?? null);
  const dates = doc.dates
    .filter((d) => d.kind === 'date' && d.date !== null && (d.precision === 'day' || d.precision === 'week'))
    .map((d) => ({ foldedStart: d.foldedStart, date: d.date! }))
    .sort((a, b) => a.foldedStart - b.foldedStart);
  const places = doc.entities
    .filter((e) => e.entry.type === 'location' && !e.voice)
    .map((e) => ({ start: e.span.start, name: e.entry.name, entity: e.entry.id }));
  const mentions: EventMention[] = [];
  let retrospective: TextSpan | undefined;
  let lead = false;
  let headOwn = false;
  for (const sentence of doc.sentences) {
    if (insideAny(sentence.range, doc.boilerplate) || sentence.toks.length === 0) continue;
    const orig = toOriginal(folded, sentence.range.start, sentence.range.end);
    const inTitle = title !== null && orig.start < title.end && orig.end > title.start;
    let where: EventMention['where'] = 'body';
    if (inTitle) where = 'title';
    else if (!lead) {
      // The lead: the first sentence after the headline that says something (a byline does not).
      if (sentence.toks.filter((t) => t.kind === 'word').length < 4) continue;
      lead = true;
      where = 'lead';
    }
    const { toks } = sentence;
    const backs = where === 'body' ? [] : lookBacks(lex, toks);
    if (backs.length > 0 && retrospective === undefined && (where === 'title' || title === null)) {
      const cue = toks[backs[0]!.start]!;
      const s = toOriginal(folded, cue.start, cue.end);
      retrospective = { start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) };
    }
    const found = findMentions(lex, toks, sentence.words);
    const setting = found.length > 0 ? settingOf(lex, toks) : null;
    // A token that names a place (a clitic on it included: `بسوريا`).
    const placeAt = (k: number): boolean => {
      const t = toks[k];
      if (t === undefined || t.kind !== 'word') return false;
      const o = toOriginal(folded, t.start, t.end);
      return places.some((p) => p.start >= o.start && p.start < o.end);
    };
    for (const m of found) {
      const first = toks[m.start]!;
      const last = toks[m.end - 1]!;
      const span = toOriginal(folded, first.start, last.end);
      const date = dayNear(dates, sentence.range, first.start);
      let aside = asideOf(lex, toks, m, found, setting, placeAt);
      if (!aside && backs.some((b) => m.start >= b.start && m.start < b.end)) aside = 'retrospective';
      const day = parseIsoDate(date ?? null);
      if (!aside && day !== null && published !== null && day < published - RECALLED_DAYS) aside = 'recalled';
      const place = placeNear(places, orig, span);
      // Whether the report tells of an event of its own is its headline's to say (its lead's when
      // it has none): a lead may go on from the anniversary to the event it recalls.
      if (!aside && (where === 'title' || (where === 'lead' && title === null))) headOwn = true;
      mentions.push({
        start: span.start,
        end: span.end,
        text: doc.text.slice(span.start, span.end),
        kind: m.entry.kind,
        sentence: orig,
        where,
        ...(date ? { date } : {}),
        ...(place ? { place } : {}),
        ...(aside ? { aside } : {}),
      });
    }
  }
  // A headline that looks back and tells of no event of its own: the report is a retrospective.
  doc.info = {
    ...doc.info,
    ...(mentions.length > 0 ? { eventMentions: mentions } : {}),
    ...(retrospective !== undefined && !headOwn ? { retrospective } : {}),
  };
});
