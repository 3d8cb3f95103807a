// The frames of one sentence, as a small state machine over its reporting cues. One typed state
// (`FrameState`) goes through the steps in order:
//
//   1. stances         hedge adverbs and uncommitted phrases set the stance; the rest are report cues
//   2. headline-colon  `الأمم المتحدة: 270 ألف نازح` — a voice before a colon near the start
//   3. per cue, left to right, one of:
//        prep-forward / prep-backward   `بحسب X، …` opens a voice; `…، بحسب X` closes one
//        participle                     `مؤكداً، مشيرة` continue the current voice
//        verb: verb-subject · transmit · subject-before · subject-earlier · impersonal · carry-over,
//              then `+through` (a body speaking through a named person) and `+nested`
//   4. widen           a forward frame reaches the next frame that opened
//
// Must match: وقال المتحدث باسم الشرطة إن … · ونقلت صحيفة محلية عن مسؤول أمني أن … ·
//   … بحسب وزارة الصحة · وأضاف أن … (carry-over) · مؤكداً أن … (participle)
// Must not: `نفى الجيش صحة الأنباء الواردة في بيان الجماعة` — the statement the denial rejects is
//   not a voice of this sentence; an impersonal `ويعتقد أن` names no source (a hedge only).

import type { Hop, Stance } from '../../../types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { SentenceView, TokenRange } from '../read/sentence-view.js';
import { isA, isComma } from '../read/sentence-view.js';
import type { Tok } from '../quantities/numbers.js';
import {
  addressedOutlet,
  pastChannel,
  addresseeFirst,
  buildHop,
  ownReporter,
  findCues,
  isPrepLike,
  officeOnly,
  isSayingBackReference,
  sameName,
  speaksInRelative,
  speakerAfter,
  speakerBefore,
  subjectEarlier,
} from './speakers.js';
import type { CueHit, Frame, SentenceVoices, SpanMapper, VoiceState } from './speakers.js';

/** Everything the steps read and fill while one sentence's frames are read. */
interface FrameState {
  readonly view: SentenceView;
  readonly toks: readonly Tok[];
  readonly lex: Lexicon;
  readonly span: SpanMapper;
  /** The document's voices so far: people named, the last chain (for carry-over). */
  readonly voices: VoiceState;
  readonly publisher: Hop;
  /** Every cue of the sentence (a preposition's inner `نقلت`/`أفادت` is looked up here). */
  readonly cues: readonly CueHit[];
  /** The cues that open or continue a voice, after step 1. */
  reportCues: readonly CueHit[];
  readonly frames: Frame[];
  readonly hedges: { index: number; stance: Stance }[];
  readonly speakers: TokenRange[];
  sentenceStance: Stance | null;
  /** The chain (without publisher) of the last frame opened in this sentence. */
  current: Hop[] | null;
  /** The last contrast connective (`فيما`، `بينما`) read before the current cue. */
  contrastSince: number;
  /** Relay phrases (`نقلا عن`) a source phrase before them has read already: they open no voice. */
  readonly relayed: Set<CueHit>;
}

/** One report cue as step 3 sees it. */
interface CueAt {
  readonly cue: CueHit;
  readonly n: number;
  /** Where the next report cue starts (or the sentence ends): a frame's scope ends there. */
  readonly nextStart: number;
  /** Where the previous report cue ends (0 for the first). */
  readonly prevEnd: number;
  readonly stance: Stance;
}

/** A verb's voice as its steps find it. */
interface VerbVoice {
  chain: Hop[] | null;
  rule: string;
  scopeStart: number;
  /** The outlet the verb's pronoun subject spoke to (`وأوضحت لوكالة الأنباء`), relaying the voice carried over. */
  relay?: Hop;
}

/** Frames of one sentence, given the document's voices so far. */
export function sentenceVoices(
  view: SentenceView,
  lex: Lexicon,
  span: SpanMapper,
  voices: VoiceState,
  publisher: Hop,
): SentenceVoices {
  const cues = findCues(view);
  const st: FrameState = {
    view,
    toks: view.toks,
    lex,
    span,
    voices,
    publisher,
    cues,
    reportCues: cues,
    frames: [],
    hedges: [],
    speakers: [],
    sentenceStance: null,
    current: null,
    contrastSince: -1,
    relayed: new Set(),
  };
  splitStances(st);
  headlineColon(st);
  st.reportCues.forEach((cue, n) => readCue(st, cue, n));
  return {
    frames: widenForward(st),
    speakers: st.speakers,
    sentenceStance: st.sentenceStance,
    hedges: st.hedges,
  };
}

/** Step 1: hedge adverbs and uncommitted phrases mark stance and open no voice. */
function splitStances(st: FrameState): void {
  st.reportCues = st.cues.filter((c) => {
    if (c.entry.role === 'hedge' && c.entry.pos !== 'verb' && c.entry.pos !== 'participle') {
      if (c.entry.stance === 'uncommitted' && !deniedClaims(st, c)) st.sentenceStance = 'uncommitted';
      else st.hedges.push({ index: c.start, stance: c.entry.stance });
      return false;
    }
    if (c.entry.stance === 'uncommitted' && c.entry.pos === 'phrase') {
      st.sentenceStance = 'uncommitted';
      return false;
    }
    return true;
  });
}

/**
 * `نفى المتحدث ادعاءات التنظيم بمقتل 40 جنديا، وقال إن 3 جنود قتلوا`: the claims a denial rejects
 * (closed class denied-content) are what it denies, never a doubt on the denier's own figures.
 */
function deniedClaims(st: FrameState, c: CueHit): boolean {
  if (!isA(st.view, st.toks[c.start], 'denied-content')) return false;
  return st.cues.some((d) => d.entry.role === 'deny' && d.end <= c.start && c.start - d.end <= 4);
}

/** Step 2, ar/attribution/headline-colon: `الأمم المتحدة: 270 ألف نازح`. */
function headlineColon(st: FrameState): void {
  const { toks, view, span, reportCues } = st;
  const colon = toks.findIndex((t, k) => k <= 6 && t.kind === 'punct' && t.text === ':');
  if (colon <= 0 || reportCues.some((c) => c.start < colon)) return;
  const range = { start: 0, end: colon };
  const hop = buildHop(view, st.lex, range, span, st.voices, null);
  const place = view.entities.some(
    (e) => e.start < colon && (e.entry.type === 'location' || e.entry.type === 'facility'),
  );
  if (!hop || hop.kind === 'unknown' || place) return;
  const cue: CueHit = {
    start: colon,
    end: colon + 1,
    entry: { form: ':', pos: 'phrase', role: 'report', stance: 'asserted' },
  };
  st.frames.push({
    cue,
    chain: [{ ...hop, cue: span(colon, colon + 1) }],
    scopeStart: colon + 1,
    scopeEnd: reportCues[0]?.start ?? toks.length,
    stance: 'asserted',
    rule: 'ar/attribution/headline-colon',
  });
  st.speakers.push(range);
  st.current = [hop];
}

/** Step 3: one report cue opens (or continues, or passes on) a frame. */
function readCue(st: FrameState, cue: CueHit, n: number): void {
  const { toks, reportCues } = st;
  if (st.relayed.has(cue)) return;
  const prevEnd = reportCues[n - 1]?.end ?? 0;
  for (let k = prevEnd; k < cue.start; k++) if (contrastAt(st, k)) st.contrastSince = k;
  let stance: Stance =
    cue.entry.role === 'deny' ? 'denied' : cue.entry.role === 'hedge' ? cue.entry.stance : 'asserted';
  // `نفت قوات الدعم السريع في بيان مقتل 120 مدنيا`: a statement phrase right after a denying or
  // hedging verb and its subject says how that verb's words came; it keeps the verb's stance.
  const previous = reportCues[n - 1];
  if (
    cue.entry.pos === 'phrase' &&
    cue.entry.role === 'report' &&
    (previous?.entry.role === 'deny' || previous?.entry.role === 'hedge')
  ) {
    const subject = speakerAfter(st.view, previous.end, cue.start);
    if (subject.start === previous.end && subject.end === cue.start && subject.end > subject.start)
      stance = previous.entry.role === 'deny' ? 'denied' : previous.entry.stance;
  }
  const at: CueAt = {
    cue,
    n,
    nextStart: reportCues[n + 1]?.start ?? toks.length,
    prevEnd,
    stance,
  };
  const prepLike =
    cue.entry.pos === 'prep' ||
    (cue.entry.pos === 'phrase' && cue.entry.role !== 'transmit' && isPrepLike(st.lex, cue));
  if ((prepLike || cue.entry.pos === 'phrase') && insideDenial(st, at)) return;
  if (prepLike) prepositionFrame(st, at);
  else if (cue.entry.pos === 'participle') participleFrame(st, at);
  else verbFrame(st, at);
}

/**
 * A connective that opens a clause of its own (`فيما`، `بينما`), or a contrast that breaks with the
 * clause before (`، غير أن مصادر أكدت`، `إلا أن`، `لكن`): the voice after it is not inside the voice
 * before. Must not: `غير مؤكدة`، `إلا 3` (no complementizer after `غير`، `إلا`).
 */
function contrastAt(st: FrameState, k: number): boolean {
  const { view, toks } = st;
  if (isA(view, toks[k], 'contrast')) return true;
  if (!isA(view, toks[k], 'contrast-break')) return false;
  return isA(view, toks[k], 'leading-connective') || isA(view, toks[k + 1], 'complementizer');
}

/**
 * `نفى الجيش صحة الأنباء الواردة في بيان الجماعة`: the statement named inside what a denial rejects
 * is the rejected report's source, not a voice of this sentence.
 */
function insideDenial(st: FrameState, at: CueAt): boolean {
  const previous = st.reportCues[at.n - 1];
  return (
    previous?.entry.role === 'deny' &&
    st.toks.slice(previous.end, at.cue.start).some((t) => isA(st.view, t, 'denied-content'))
  );
}

/** ar/attribution/prep-forward, prep-backward: بحسب X · وفق ما نقلت X · حسبما أفادت X. */
function prepositionFrame(st: FrameState, at: CueAt): void {
  const { toks, view, span } = st;
  const { cue } = at;
  // The source phrase follows the preposition.
  let from = cue.end;
  let transmit = false;
  if (isA(view, toks[from], 'source-relative')) from++;
  // `وفق ما نشرته وكالة …`، `حسب ما أورده الموقع`: the verb's pronoun is the clause; its subject speaks.
  // `وفقا لما نقلته وكالة …`: the relative may close the cue itself, and a verb of relaying passes the
  // clause on as well; a verb that opens a cue of its own (`نقلته الصحيفة عن شهود`) stays for the relay.
  const closesCue = view.lex.closed.hasStem('source-relative', cue.entry.form.split(' ').at(-1)!);
  const ownCue = st.cues.some((c) => c.start === from);
  const issued = isA(view, toks[from], 'issued-it');
  const passedOn = !ownCue && (issued || isA(view, toks[from], 'relayed-it'));
  if (from > cue.end ? issued || passedOn : closesCue && passedOn) from++;
  // `حسبما جاء في البيان`، `وفق ما ورد في تقرير الأمم المتحدة`: the text it appeared in speaks.
  if (isA(view, toks[from], 'appears-in') && isA(view, toks[from + 1], 'appears-in-preposition')) from += 2;
  const inner = st.cues.find((c) => c.start === from);
  const relayed = inner !== undefined;
  if (inner) {
    transmit = inner.entry.role === 'transmit';
    from = inner.end;
  }
  const range = speakerAfter(view, from, toks.length);
  const hop = buildHop(view, st.lex, range, span, st.voices, span(cue.start, cue.end));
  if (!hop) {
    sayingBackReference(st, at, from);
    return;
  }
  st.speakers.push(range);
  // `بحسب مراسلنا`: the publisher's own reporter is the publisher's own voice (no hop).
  const chain = ownReporter(view, range) ? [] : [hop];
  // `حسبما نقلت فرانس برس عن مصادر طبية`: the outlet passes on the source after `عن`.
  // The inner verb is a report cue of its own: the source reaches the next cue after the outlet.
  const limit = nextCueStart(st, range.end);
  let passed = transmit && chain.length > 0 ? passedOnSource(st, range.end, limit) : null;
  // `بحسب صحيفة الغارديان نقلا عن مصادر أمنية`، `وفقا لرويترز نقلا عن شهود`: the outlet relays the
  // source its own relay phrase names.
  if (!passed && chain.length > 0) passed = relayedSource(st, range.end);
  if (passed) chain.push(passed);
  // `وبحسب X، فإن …` opens the sentence's voice; `…، بحسب X` closes a clause already said.
  const first = toks[cue.start]!;
  const conj = st.lex.readings(first.text).some((r) => r.prefixes[0] === 'و' && r.prefixes.length === 1);
  const forward = cue.start === 0 || (conj && !cue.entry.form.startsWith('و'));
  if (forward) {
    st.frames.push({
      cue,
      chain,
      scopeStart: range.end,
      scopeEnd: at.nextStart,
      stance: at.stance,
      rule: 'ar/attribution/prep-forward',
    });
  } else {
    prepositionBackward(st, at, chain, transmit || relayed, aside(st, at, range.end));
  }
  st.current = chain;
  st.voices.lastChain = st.current;
}

/** Where the next report cue at or after `from` opens, else the sentence's end: a source reaches it. */
function nextCueStart(st: FrameState, from: number): number {
  return st.reportCues.find((c) => c.start >= from)?.start ?? st.toks.length;
}

/** A relay phrase ending on `عن` (`نقلا عن`) right after a source's phrase, a comma between them allowed. */
function relayPhraseAt(st: FrameState, at: number): CueHit | null {
  const k = isComma(st.toks[at]) ? at + 1 : at;
  const cue = st.reportCues.find((c) => c.start === k);
  if (!cue || cue.entry.role !== 'transmit' || cue.entry.pos !== 'phrase') return null;
  return isA(st.view, st.toks[cue.end - 1], 'transmit-source') ? cue : null;
}

/**
 * The source a relay phrase right after a source's phrase passes on (`نقلا عن مصادر أمنية`), up to
 * the next cue, or null; the phrase is then read and opens no voice of its own.
 */
function relayedSource(st: FrameState, at: number): Hop | null {
  const relay = relayPhraseAt(st, at);
  if (!relay) return null;
  const source = passedOnSource(st, relay.end - 1, nextCueStart(st, relay.end));
  if (source) st.relayed.add(relay);
  return source;
}

/** The source an outlet passes on (`عن مصدر أمني`) right after the outlet's phrase, or null. */
function passedOnSource(st: FrameState, at: number, limit: number): Hop | null {
  const { toks, view } = st;
  let k = at;
  while (toks[k]?.kind === 'punct' && toks[k]!.text === '"') k++;
  if (!isA(view, toks[k], 'transmit-source')) return null;
  const range = speakerAfter(view, k + 1, limit);
  if (range.end <= range.start) return null;
  const source = buildHop(view, st.lex, range, st.span, st.voices, null);
  if (!source || source.kind === 'unknown') return null;
  st.speakers.push(range);
  return source;
}

/**
 * `…، وفق قولها`: the pronoun of the saying noun points back to the voice already speaking in the
 * sentence, else to the last one the report named; with neither, no voice opens.
 */
function sayingBackReference(st: FrameState, at: CueAt, from: number): void {
  if (!isSayingBackReference(st.view, st.toks[from])) return;
  const chain = st.current ?? st.voices.lastChain;
  if (!chain || chain.length === 0) return;
  st.frames.push({
    cue: at.cue,
    chain,
    scopeStart: 0,
    scopeEnd: at.cue.start,
    stance: at.stance,
    rule: 'ar/attribution/prep-backward',
  });
}

/**
 * `ويعتبر المعسكر، بحسب موقع الجيش، أحد أهم المعسكرات`: a source set off by commas inside its clause
 * speaks for the whole clause, on both sides; the reach ends at the next cue. Must not: `…، بحسب
 * المرصد.` (the clause ends with it), `…، بحسب المرصد، فيما قال الجيش` (a new clause follows).
 */
function aside(st: FrameState, at: CueAt, sourceEnd: number): boolean {
  const { toks, view } = st;
  if (!isComma(toks[at.cue.start - 1]) || !isComma(toks[sourceEnd])) return false;
  const next = toks[sourceEnd + 1];
  if (next?.kind !== 'word' || isA(view, next, 'contrast') || isA(view, next, 'clause-opener')) return false;
  // `في حين`: a clause of its own.
  return !(
    isA(view, next, 'other-clause-preposition') && isA(view, toks[sourceEnd + 2], 'other-clause-head')
  );
}

/** Backward: the clause before the preposition is the source's (or passed on by it). */
function prepositionBackward(
  st: FrameState,
  at: CueAt,
  chain: Hop[],
  passedOn: boolean,
  inside = false,
): void {
  const { frames } = st;
  const { cue } = at;
  const wrapped = frames.filter(
    (f) => f.scopeEnd >= cue.start && f.scopeStart >= at.prevEnd - 1 && f.chain.length > 0,
  );
  // `أعلنت الجماعة مسؤوليتها … حسب ما أعلنته الوكالة`: the source passed on the clause's voice; so
  // does an outlet named after a clause another voice said (`وقال فلان إن …، وفق وكالة الأناضول`).
  const outlet = chain.length === 1 && chain[0]!.kind === 'outlet';
  // Only a voice that opens its clause (`وقال فلان إن …`) said the whole of it: a cue after a figure
  // (`اعتقلت السلطات 67 شخصا ضمن حملة أقرها فلان، وفقاً لوكالة …`) leaves the figure to the outlet.
  const firstNumber = st.toks.findIndex((t) => t.kind === 'number');
  const relays = (f: Frame): boolean =>
    f.cue.start === st.reportCues[0]?.start &&
    (firstNumber < 0 || firstNumber >= f.cue.start) &&
    !f.chain.some((h) => h.kind === 'outlet' || sameName(h.name, chain[0]!.name));
  if (wrapped.length > 0 && (passedOn || (outlet && wrapped.every(relays))) && chain.length > 0) {
    for (const f of wrapped) {
      const idx = frames.indexOf(f);
      frames[idx] = {
        ...f,
        chain: [...chain, ...f.chain],
        scopeEnd: Math.min(f.scopeEnd, cue.start),
        rule: f.rule + '+transmit',
      };
    }
    return;
  }
  frames.push({
    cue,
    chain,
    scopeStart: 0,
    scopeEnd: inside ? at.nextStart : cue.start,
    stance: at.stance,
    rule: 'ar/attribution/prep-backward',
  });
}

/** ar/attribution/participle: `مؤكداً، مشيرة، مرجحاً` continue the current voice. */
function participleFrame(st: FrameState, at: CueAt): void {
  const acting = actingSubject(st, at);
  if (acting) {
    st.current = acting;
    st.voices.lastChain = acting;
  }
  st.frames.push({
    cue: at.cue,
    chain: acting ?? st.current ?? st.voices.lastChain ?? [],
    scopeStart: at.cue.end,
    scopeEnd: at.nextStart,
    stance: at.stance,
    rule: acting ? 'ar/attribution/participle+acting' : 'ar/attribution/participle',
  });
}

/** What may follow a verb's subject: a mark, a preposition of its complement, a word behind ب. */
function subjectEnds(st: FrameState, at: number): boolean {
  const tok = st.toks[at];
  if (!tok || tok.kind !== 'word') return true;
  return isA(st.view, tok, 'addressee-preposition') || /^ب/.test(tok.text);
}

/**
 * A preposition or the article glued to a participle (`بمذكرة`، `المشيرة`): governed, no circumstantial.
 * Not ل or ك, which open participles of their own (`لافتاً`، `كاشفاً`).
 */
const GOVERNED_PARTICIPLE = /^و?(ب|ال)/;

/**
 * `ودعا الوزير إلى وقف القتال، مؤكداً أن …`، `وطالب المرصد بتحقيق، مشيراً إلى …`: a circumstantial
 * participle keeps the subject of the verb its clause opened on, and a verb of calling, condemning or
 * deciding (closed class government-act) opens no voice of its own: its subject speaks, not the voice
 * carried over. Must not: `ودعا إلى وقف القتال، مؤكداً` (the verb's pronoun: the voice carried over),
 * `قال الوزير إن … ودعا المجلس إلى …، مؤكدا` (the participle after a report cue keeps that voice).
 */
function actingSubject(st: FrameState, at: CueAt): Hop[] | null {
  const { view, toks } = st;
  // A circumstantial is indefinite and governed by nothing: `بمذكرة`، `المؤكدة` are none.
  if (GOVERNED_PARTICIPLE.test(toks[at.cue.start]!.text)) return null;
  const verb = governmentVerbBefore(st, at);
  // After the sentence's own report cue, the participle goes on in that cue's voice.
  if (verb < 0 || at.n > 0 || isA(view, toks[verb - 1], 'relative')) return null;
  let range = speakerAfter(view, verb + 1, at.cue.start);
  if (range.end <= range.start) return null;
  // `وأدانت منظمة العفو الدولية الهجوم`: after a listed body the verb's object follows.
  const body = view.entities.find((e) => e.start === range.start && e.entry.type !== 'location');
  if (body && body.end < range.end) range = { ...range, end: body.end };
  // `ورفض فلان الإفصاح عن …`: the verb's object may run on in a phrase of words; only one the verb's
  // complement follows (a mark, `إلى`، `على`، a word behind ب) is the subject alone.
  if (!body && range.end - range.start > 1 && !subjectEnds(st, range.end)) return null;
  const hop = verbSubjectHop(st, range);
  if (!hop) return null;
  st.speakers.push(range);
  return ownReporter(view, range) ? [] : [hop];
}

/**
 * The verb of calling, condemning or deciding (closed class government-act) nearest before the
 * participle in its clause, commas allowed between them, or -1 (another mark first, or none).
 */
function governmentVerbBefore(st: FrameState, at: CueAt): number {
  const { view, toks } = st;
  for (let k = at.cue.start - 1; k >= at.prevEnd; k--) {
    if (toks[k]!.kind === 'punct' && !isComma(toks[k])) return -1;
    if (isA(view, toks[k], 'government-act')) return k;
  }
  return -1;
}

/**
 * The hop of the words after a verb that may be its subject, or null. After a verb with its pronoun
 * for subject the object follows (`رفض قرار المحكمة`): only a listed or headed body, or someone named
 * with an office or rank (`وزير الخارجية فلان`), is its subject; a phrase read as anything else is
 * forgotten, as though never read (the voices it named are taken back).
 */
function verbSubjectHop(st: FrameState, range: TokenRange): Hop | null {
  const voices = st.voices;
  const marks = { named: voices.named?.length ?? 0, persons: voices.persons.length };
  const hop = buildHop(st.view, st.lex, range, st.span, voices, null);
  const office = hop?.kind === 'person' || hop?.kind === 'anonymous' ? hop.role !== undefined : false;
  if (hop && (hop.entity !== undefined || hop.kind === 'organization' || hop.kind === 'outlet' || office))
    return hop;
  if (voices.named) voices.named.length = marks.named;
  voices.persons.length = marks.persons;
  return null;
}

/** Verbs: VSO speaker after the verb, else SVO before it, else the voice carried over. */
function verbFrame(st: FrameState, at: CueAt): void {
  const { cue } = at;
  const voice = verbSubject(st, at);
  if (!voice.chain) subjectBeforeVerb(st, at, voice);
  if (!voice.chain && at.n === 0) {
    // `خرج فلان، المتحدث باسم X، بتصريح قال فيه`: the subject stands earlier in the sentence.
    const back = subjectEarlier(st.view, st.lex, cue.start, st.span, st.voices, st.span(cue.start, cue.end));
    if (back) {
      voice.chain = [back.hop];
      st.speakers.push(back.range);
      voice.rule = 'ar/attribution/subject-earlier';
    }
  }
  if (!voice.chain && cue.entry.role === 'hedge') {
    // `ويعتقد أن 400 ألف شخص قتلوا`، `يقدر عددهم`: an impersonal hedge names no source.
    st.hedges.push({ index: cue.start, stance: cue.entry.stance });
    return;
  }
  if (!voice.chain && impersonal(st, at)) {
    voice.chain = [];
    voice.rule = 'ar/attribution/impersonal';
    voice.scopeStart = cue.end;
  }
  if (!voice.chain) {
    voice.chain = st.current ?? st.voices.lastChain ?? [];
    voice.rule = 'ar/attribution/carry-over';
    voice.scopeStart = cue.end;
    // Nothing to carry over: the verb opens no voice of its own.
    if (voice.chain.length === 0) return;
    const relay = voice.relay;
    if (relay && !voice.chain.some((h) => sameName(h.name, relay.name)))
      voice.chain = [relay, ...voice.chain];
  } else if (voice.chain.length > 0) {
    throughPerson(st, at, voice);
    nest(st, at, voice);
  }
  const chain = voice.chain;
  st.frames.push({
    cue,
    chain,
    scopeStart: voice.scopeStart,
    scopeEnd: at.nextStart,
    stance: at.stance,
    rule: voice.rule,
  });
  // `نفى المتحدث ما أعلنته الجماعة …، مؤكداً أن …`: the voice quoted in the object of another's
  // verb is what is answered; the sentence's voice (and the next participle's) stays the answerer.
  // So does the voice of a relative clause (`الصراع الذي تقول الأمم المتحدة إنه …`).
  const before = cue.start - 1;
  if (
    at.n > 0 &&
    st.current &&
    (isA(st.view, st.toks[before], 'object-relative') || definiteRelative(st, before))
  )
    return;
  st.current = chain;
  // The publisher's own reporter (an empty chain) ends the voice carried over, as a named one does.
  st.voices.lastChain = chain;
}

/**
 * ar/attribution/impersonal: `ويذكر أن …` — the passive of saying with nothing before it in its
 * sentence opens the publisher's own background; the voice last heard does not carry over.
 * Must not: `وأضاف أن` (its subject is the voice carried over), `وذكر المصدر أن` (a subject named).
 */
function impersonal(st: FrameState, at: CueAt): boolean {
  const { view, toks } = st;
  const { cue } = at;
  if (cue.end - cue.start !== 1 || !isA(view, toks[cue.start], 'impersonal-report')) return false;
  for (let k = 0; k < cue.start; k++) if (toks[k]!.kind === 'word') return false;
  // `يذكر أن`: what was said follows at once.
  return isA(view, toks[cue.end], 'complementizer');
}

/** ar/attribution/verb-subject, transmit: the speaker after the verb (`نقلت X عن Y`: X passes on Y). */
function verbSubject(st: FrameState, at: CueAt): VerbVoice {
  const { toks, view, span } = st;
  const { cue } = at;
  const cueSpan = span(cue.start, cue.end);
  const after = speakerAfter(view, cue.end, at.nextStart);
  const voice: VerbVoice = { chain: null, rule: 'ar/attribution/verb-subject', scopeStart: after.end };
  if (addresseeFirst(view, after.start)) {
    const relay = addressedOutlet(view, after.start, span);
    if (relay && !sameName(relay.name, st.publisher.name)) voice.relay = relay;
    return voice;
  }
  // After a verb, `صحة المعلومات الواردة في بيان التنظيم` is what is said, not who says it; but
  // a statement and its issuer (`وذكر بيان صادر عن الجيش أن`) is the subject of a verb of saying.
  // `الأرقام مفبركة لتبرير …`، `لا صحة لما …`: what follows a denying phrase is its complement.
  const afterHasWords =
    after.end > after.start &&
    !deniedThing(cue) &&
    (!after.statement || (after.issuer && cue.entry.role === 'report'));
  if (afterHasWords && cue.entry.role === 'transmit') {
    const outlet = buildHop(view, st.lex, after, span, st.voices, cueSpan);
    let k = after.end;
    while (toks[k]?.kind === 'punct' && toks[k]!.text === '"') k++;
    // `نقل البيان الذي نشره مركزها الإعلامي عن مصدر عسكري`: a relative clause describing the
    // statement stands between it and the source it passes on.
    if (isA(view, toks[k], 'relative')) {
      for (let j = k + 1; j < Math.min(at.nextStart, k + 8) && toks[j]!.kind === 'word'; j++) {
        if (isA(view, toks[j], 'transmit-source')) {
          k = j;
          break;
        }
      }
    }
    if (isA(view, toks[k], 'transmit-source')) {
      const srcRange = speakerAfter(view, k + 1, at.nextStart);
      const source = buildHop(view, st.lex, srcRange, span, st.voices, null);
      if (outlet && source) {
        st.speakers.push(after, srcRange);
        voice.chain = [outlet, source];
        voice.scopeStart = srcRange.end;
        voice.rule = 'ar/attribution/transmit';
      }
    }
    if (!voice.chain && outlet) voice.chain = [outlet];
  } else if (afterHasWords && ownReporter(view, after)) {
    voice.chain = [];
    st.speakers.push(after);
  } else if (afterHasWords) {
    const hop = buildHop(view, st.lex, after, span, st.voices, cueSpan);
    // What follows a verb is its subject only if it can speak: `نفت صحة المعلومات` has an
    // object there, and `كشفت حصيلة الخسائر` too.
    if (hop && hop.kind !== 'unknown') {
      voice.chain = [hop];
      st.speakers.push(after);
      // `قال المتحدث … لفرانس برس`، `قال المحافظ في تصريح لوكالة …`: the outlet spoken to passes the
      // words on, unless it publishes them (`pastChannel` is the phrase's end when no channel follows).
      const relay = addressedOutlet(view, pastChannel(view, after.end), span);
      if (relay && !sameName(relay.name, st.publisher.name)) voice.chain = [relay, hop];
    } else if (hop) relayingSubject(st, after, hop, voice);
  }
  return voice;
}

/**
 * `وأوردت الأوبزرفر نقلا عن شهود أن …`: a name the lexicon does not know, right before a relay phrase
 * (`نقلا عن`), relays the source after it: it is an outlet. Must not: `وأكد نقلا عن شهود` (no name).
 */
function relayingSubject(st: FrameState, after: TokenRange, hop: Hop, voice: VerbVoice): void {
  const source = relayedSource(st, after.end);
  if (!source) return;
  st.speakers.push(after);
  voice.chain = [{ ...hop, kind: 'outlet' }, source];
  voice.scopeStart = after.end;
  voice.rule = 'ar/attribution/transmit';
}

/**
 * A denying phrase with no verb (`مفبركة`، `لا صحة`): the figures or reports before it are what it
 * denies (`الأرقام مفبركة`), and no speaker follows it.
 */
function deniedThing(cue: CueHit): boolean {
  return cue.entry.pos === 'phrase' && cue.entry.role === 'deny';
}

/** ar/attribution/subject-before, subject-earlier: the speaker before the verb (SVO). */
function subjectBeforeVerb(st: FrameState, at: CueAt, voice: VerbVoice): void {
  const { toks, view, span } = st;
  const { cue } = at;
  const cueSpan = span(cue.start, cue.end);
  const before = speakerBefore(view, cue.start, at.prevEnd);
  if (!before) return;
  if (ownReporter(view, before)) {
    voice.chain = [];
    st.speakers.push(before);
    return;
  }
  const hop = buildHop(view, st.lex, before, span, st.voices, cueSpan);
  // `أصدر التنظيم بياناً أعلن فيه`: the statement's issuer speaks, not the statement.
  const inIt = isA(view, toks[cue.end], 'in-it');
  const earlier =
    hop && (hop.kind === 'organization' || officeOnly(hop) || (hop.kind === 'document' && inIt)) && at.n === 0
      ? subjectEarlier(view, st.lex, before.start, span, st.voices, cueSpan)
      : null;
  if (earlier && (earlier.hop.kind === 'person' || hop?.kind === 'document')) {
    voice.chain = [earlier.hop];
    st.speakers.push(earlier.range, before);
    voice.rule = 'ar/attribution/subject-earlier';
  } else if (hop && hop.kind !== 'unknown' && !(deniedThing(cue) && hop.kind === 'document')) {
    voice.chain = [hop];
    st.speakers.push(before);
    voice.rule = 'ar/attribution/subject-before';
  }
  // `أن القوات رصدت إطلاق صاروخين`: with its subject after the complementizer, what follows the verb
  // is what it says (the phrase read after it named no one).
  if (voice.chain && isA(view, toks[before.start - 1], 'complementizer')) voice.scopeStart = cue.end;
}

/** `+through`: `عبر المتحدث الإعلامي (فلان)` — the body speaks through a named person. */
function throughPerson(st: FrameState, at: CueAt, voice: VerbVoice): void {
  const { toks } = st;
  const chain = voice.chain!;
  for (let k = voice.scopeStart; k < Math.min(at.nextStart, voice.scopeStart + 6); k++) {
    if (!isA(st.view, toks[k], 'through-word')) continue;
    const via = speakerAfter(st.view, k + 1, at.nextStart);
    const person = buildHop(st.view, st.lex, via, st.span, st.voices, null);
    if (person?.kind === 'person') {
      const body = chain[chain.length - 1]!;
      voice.chain = [
        ...chain.slice(0, -1),
        { ...person, affiliation: person.affiliation ?? body.name, ...(body.cue ? { cue: body.cue } : {}) },
      ];
      voice.scopeStart = via.end;
      voice.rule += '+through';
    }
    break;
  }
}

/**
 * `الصراع الذي تقول الأمم المتحدة إنه`: the cue at `k + 1` opens a relative clause with a speaker of its
 * own (not `ما أعلنته`, whose subject is what is answered, nor `الذي نقلت عنه الصحيفة`, a relay).
 */
function definiteRelative(st: FrameState, k: number): boolean {
  return isA(st.view, st.toks[k], 'relative') && speaksInRelative(st.view, k + 1);
}

/**
 * `+nested`: a voice inside another's report nests (`أفاد الموقع أن … ورجحت الحركة أن`), unless a
 * contrast connective opened a new clause (`فيما قال …`).
 */
function nest(st: FrameState, at: CueAt, voice: VerbVoice): void {
  const current = st.current;
  // `… الصراع الذي تقول الأمم المتحدة إنه …`: a voice a relative clause names is the report's aside.
  const relative = definiteRelative(st, at.cue.start - 1);
  const nests =
    current !== null &&
    st.contrastSince < at.prevEnd &&
    at.n > 0 &&
    !relative &&
    voice.rule !== 'ar/attribution/transmit';
  if (!nests || !current) return;
  const chain = voice.chain!;
  const inner = chain[chain.length - 1]!;
  const outer = current.filter((h) => h.name !== inner.name);
  voice.chain = [...outer, ...chain.filter((h) => !outer.some((o) => o.name === h.name))];
  voice.rule += '+nested';
}

/**
 * Step 4: a forward frame reaches the next frame that opened, not merely the next cue word (a hedge
 * inside a quote, `كنا نتوقع`, opens none).
 */
function widenForward(st: FrameState): Frame[] {
  const { frames, toks } = st;
  const forward = frames.filter((f) => f.scopeStart >= f.cue.start).sort((a, b) => a.cue.start - b.cue.start);
  return frames.map((f) => {
    if (f.scopeStart < f.cue.start) return f;
    const next = forward.find((g) => g.cue.start > f.cue.start);
    return { ...f, scopeEnd: next ? next.cue.start : toks.length };
  });
}
