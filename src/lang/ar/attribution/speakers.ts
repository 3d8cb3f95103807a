// Who says a figure, through whom, how sure: the speaker phrases. A sentence's reporting cues open
// frames (frames.ts); each frame has a speaker phrase, read here into hops, and a scope; a figure
// takes the chain of the frame that governs it.
//
// Must match: وقال المتحدث باسم المكتب الإعلامي لقسد سامر الأحمد، إن … · مصادر محلية قالت، إن … ·
//   ونقلت صحيفة "نيويورك تايمز" عن "مسؤول أميركي" … مرجحاً … · … بحسب المتحدث الرسمي ·
//   وأضاف القيادي أن … (carry-over) · حنّا أوضح أن … (surname back-reference) ·
//   نفت القيادة العامة … الأنباء التي تحدثت عن هروب نحو 200 (denied; `تحدثت` is not a new voice)
// Must not: a relative clause verb (`التي تحدثت`) as a speaker; `قد أعلنت` (past perfect) as a hedge.

import type { Hop, Stance, TextSpan } from '../../../types.js';
import type {
  CueEntry,
  DemonymEntry,
  GazetteerEntry,
  Lexicon,
  Phrase,
  RoleEntry,
} from '../lexicon/lexicon.js';
import { WORD_CUE } from '../lexicon/lexicon.js';
import type { EntityHit, TokenRange } from '../read/sentence-view.js';
import { digitsOfName, isA, isComma, isDefiniteToken } from '../read/sentence-view.js';
import type { WordClass } from '../lexicon/closed-words.js';
import { tokenReadings } from '../read/morphology.js';
import type { SentenceView } from '../read/sentence-view.js';
import { matchPhraseWords } from '../read/phrases.js';
import { phrasesToTry } from '../lexicon/second-words.js';
import { isParticleQad } from '../read/particle-qad.js';
import type { Tok } from '../quantities/numbers.js';
import { qualifierBefore } from '../quantities/numbers.js';
import {
  bodyNamedBefore,
  foldWords,
  outletByMasthead,
  rememberListed,
  rememberSpeaker,
} from './short-names.js';
import type { NamedBody } from './short-names.js';
import { plausibleName } from '../entities/people.js';
import { unknownWord } from '../entities/places.js';

export interface CueHit {
  readonly start: number;
  readonly end: number;
  readonly entry: CueEntry;
}

/** Document-level memory: the people named so far and the last voice, for carry-over. */
export interface VoiceState {
  readonly persons: Hop[];
  lastChain: Hop[] | null;
  /** Where speakers without a gazetteer entry are named or referred back to, for the entity list. */
  readonly named?: SpeakerMention[];
  /** The bodies named in full so far, latest last: `المرصد` is the one its word opens. */
  readonly bodies?: NamedBody[];
}

/**
 * A person or an unlisted body named as a speaker. `name` is the hop's name (a back-reference
 * carries the name it resolved to); `span` is what the text wrote (`حنّا`، `القيادي`).
 */
export interface SpeakerMention {
  readonly kind: 'person' | 'organization' | 'outlet';
  readonly name: string;
  readonly span: TextSpan;
  /** How the text named it: in full, by one name alone, or by role. */
  readonly form: 'name' | 'single' | 'role';
  /** A listed body the unlisted one belongs to (`مديرية صحة إدلب` has none; `المكتب الإعلامي لقسد` sdf). */
  readonly parent?: string;
}

export interface Frame {
  readonly cue: CueHit;
  readonly chain: readonly Hop[];
  readonly scopeStart: number;
  readonly scopeEnd: number;
  readonly stance: Stance;
  readonly rule: string;
}

export interface SentenceVoices {
  readonly frames: readonly Frame[];
  /** Token ranges of the speaker phrases found. */
  readonly speakers: TokenRange[];
  /** Stance markers that hold for the whole sentence (`غير مثبتة`، `لا يلقى تأكيداً`). */
  readonly sentenceStance: Stance | null;
  readonly hedges: readonly { index: number; stance: Stance }[];
}

export interface SpanMapper {
  /** Original span of tokens [start, end). */
  (start: number, end: number): TextSpan;
}

function stems(tok: Tok | undefined): string[] {
  if (!tok || tok.kind !== 'word') return [];
  return tokenReadings(tok).map((r) => r.stem);
}

/**
 * Whether the verb after `قد` is an imperfect (`قد تصل`، `قد يكون`: may), not a perfect (`قد تم`،
 * `فقد تعرض`، `قد تمكنت`: had, indeed). A perfect of forms V and VI begins with `ت` like an
 * imperfect; the class `t-perfect` names the common ones, whose imperfects begin `يت`/`تت`.
 */
function imperfectAfter(view: SentenceView, next: Tok | undefined): boolean {
  if (!next || next.kind !== 'word') return false;
  const verb = next.text.replace(/^[وف]/, '');
  if (!/^[يتن]/.test(verb)) return false;
  if (!verb.startsWith('ت')) return true;
  // The perfect's feminine or plural ending (`تعرضت`، `تمكنوا`); an imperfect ending in ت is short.
  if (verb.length >= 5 && (verb.endsWith('ت') || verb.endsWith('وا'))) return false;
  return !(isA(view, next, 't-perfect') && !/^[يتن]ت/.test(verb));
}

/**
 * `إضافة إلى`، `وإضافة إلى ذلك`، `وإضافة لما سبق` (in addition to): a list link, not the reporting
 * verb `وأضافه` its folded spelling shares. Bare, the word is always the link; after a conjunction,
 * when a preposition follows (`أضافه` reports nothing with `إلى` after it).
 */
function isListLink(view: SentenceView, i: number): boolean {
  // The class's answer kept on the word's record turns most words away before a reading is sought.
  if (!isA(view, view.toks[i], 'list-link')) return false;
  const r = view.lex.closed.reading('list-link', view.toks[i]!.text);
  if (!r) return false;
  if (!r.prefixes.some((p) => p === 'و' || p === 'ف')) return true;
  const next = view.toks[i + 1];
  return next?.kind === 'word' && (isA(view, next, 'list-link-preposition') || /^ل/.test(next.text));
}

/** Reporting and stance cues of a sentence, left to right. */
export function findCues(view: SentenceView): CueHit[] {
  const out: CueHit[] = [];
  const toks = view.toks;
  for (let i = 0; i < toks.length; i++) {
    // A word that is no cue and opens no cue phrase (most words; digits and marks) is passed over.
    if ((view.flags[i]! & WORD_CUE) === 0) continue;
    const tok = toks[i]!;
    // Phrases first (نقلا عن، على حد وصفه، لم يتسن التأكد).
    let matched: CueHit | null = null;
    const phrases = view.words[i]!.phrasesByKind.cue;
    // Only the phrases whose second word the next token can be (`في` opens eleven).
    const tried = phrasesToTry(toks, view.words, i, 'cue');
    for (let n = 0; n < (tried ? tried.length : phrases.length); n++) {
      const phrase = phrases[tried ? tried[n]! : n]!;
      if (phrase.payload.kind !== 'cue') continue;
      const j = matchPhraseWords(toks, view.words, i, phrase);
      if (j > 0 && (!matched || j - i > matched.end - matched.start))
        matched = { start: i, end: j, entry: phrase.payload.entry };
    }
    if (matched) {
      out.push(matched);
      i = matched.end - 1;
      continue;
    }
    const cues = view.info(i)?.cues ?? [];
    if (cues.length === 0) continue;
    // A verb in a relative clause (`الأنباء التي تحدثت عن`) reports nothing itself, unless it names
    // its own speaker (`الصراع الذي تقول الأمم المتحدة إنه …`).
    if (
      isA(view, toks[i - 1], 'relative') &&
      !isA(view, toks[i - 1], 'said-relative') &&
      !speaksInRelative(view, i)
    )
      continue;
    // `إضافة إلى`، `وإضافة إلى ذلك` link list items; they are not `أضاف`.
    if (isListLink(view, i)) continue;
    // `ردا على الهجوم`: the accusative of response (closed class answer-word) is an adverb, not `ردّ`.
    if (isA(view, tok, 'answer-word')) continue;
    const entry = cues.find((c) => c.pos !== 'noun') ?? cues[0]!;
    // نقل passes words on only with عن (`نقلت X عن Y`); `تم نقل 20 جريحا` is transport.
    if (entry.role === 'transmit' && entry.pos !== 'prep') {
      const window = toks.slice(i + 1, i + 12);
      if (
        isA(view, toks[i - 1], 'passive-auxiliary') ||
        !window.some((t) => isA(view, t, 'transmit-source'))
      ) {
        if (!(isA(view, toks[i - 1], 'relative') || isA(view, toks[i - 1], 'said-relative'))) continue;
      }
    }
    // `قد` before a perfect verb means "had" (`فقد تم`، `قد تعرضت`): only `قد` + imperfect hedges.
    if (entry.role === 'hedge' && isA(view, tok, 'hedge-particle')) {
      // `فقد نحو 80 شخصا` (lost) is the verb, no particle at all.
      if (isA(view, tok, 'particle-qad') && !isParticleQad(view.lex, toks, view.words, i)) continue;
      if (!imperfectAfter(view, toks[i + 1])) continue;
    }
    out.push({ start: i, end: i + 1, entry });
  }
  return out;
}

/**
 * `الحرب التي تقول الأمم المتحدة إنها أودت بحياة …`: a verb of saying after a definite relative with
 * a subject of its own (one to six words) and a complementizer after it reports in its own voice.
 * Must not: `الوزير الذي قال إن …` (the relative's noun speaks: no subject after the verb),
 * `التي تحدثت عن` (no complementizer), `مما قال` (no definite relative).
 */
export function speaksInRelative(view: SentenceView, i: number): boolean {
  const toks = view.toks;
  if (!/^ال/.test(toks[i - 1]!.text)) return false;
  for (let k = i + 1; k <= i + 7 && k < toks.length; k++) {
    const tok = toks[k]!;
    if (isA(view, tok, 'complementizer')) return k > i + 1;
    if (tok.kind !== 'word' && tok.text !== '"') return false;
  }
  return false;
}

/** The speaker phrase after a cue: up to a complementizer, a statement channel or a time word. */
export function speakerAfter(
  view: SentenceView,
  from: number,
  limit: number,
): { start: number; end: number; statement: boolean; issuer: boolean } {
  const toks = view.toks;
  const lead = speakerLead(view, from, limit);
  let i = lead.at;
  const start = i;
  let end = i;
  let words = 0;
  while (i < limit && words < 12) {
    const tok = toks[i]!;
    if (tok.kind === 'newline') break;
    // `الأمم المتحدة الأسبوع الماضي`، `منظمة هيومن رايتس ووتش الاثنين`: a date names no one.
    // A month alone may be a name's word (`تيريزا ماي`); a date with the article never is.
    if (end > start && view.excluded.has(i) && isDefiniteToken(tok)) break;
    if (tok.kind === 'number') {
      // `مراسل فرانس 24`، `قناة روسيا 24`: the digits of a channel's name are part of it.
      if (!digitsOfName(view, i)) {
        end = beforeFigure(view, i, start, end);
        break;
      }
      i++;
      end = i;
      continue;
    }
    const step =
      tok.kind === 'punct'
        ? punctInSpeaker(view, i, limit, { start, end, quoted: lead.quoted })
        : isStop(view, i)
          ? stopInSpeaker(view, i, start, end)
          : null;
    if (step) {
      ({ next: i, end } = step);
      words += step.words;
      continue;
    }
    if (tok.kind === 'punct' || isStop(view, i) || endsSpeaker(view, i, start)) break;
    i++;
    end = i;
    words++;
  }
  if (words >= 12) end = nameAfterTitle(view, start, end, limit);
  // `وكالة أعماق التابعة لـ"داعش"`، `وكالة دعائية تابعة له` cut before the complement: an
  // affiliation with nothing after it is a fragment, never part of the name.
  while (end > start + 1 && isA(view, toks[end - 1], 'affiliation')) end--;
  if (isA(view, toks[from - 1], 'publishing-verb')) end = beforePublished(view, start, end);
  return {
    start,
    end: beforeDanglingRole(view, start, end),
    statement: lead.statement,
    issuer: lead.issuer,
  };
}

/**
 * `رصدت الأمم المتحدة وجود أكثر من 700 ألف نازح`، `وسجلت السويد حوالي 400 ألف`: after a listed body,
 * the words before the figure without the article (none of them listed) and the figure's qualifier
 * are what the body reported (its object), not more of its name. Must not: `مراسل فرانس 24` (the
 * digits of a name), `شركة "كوين-تشيك" برد أكثر من` (no listed body: the phrase stays as it was).
 */
function beforeFigure(view: SentenceView, figure: number, start: number, end: number): number {
  const q = qualifierBefore(view.lex, view.toks, figure);
  const cut = q && q.start >= start && q.start < end ? q.start : end;
  const body = view.entities.findLast((e) => e.start >= start && e.end <= cut && e.end > start);
  if (!body) return end;
  let k = body.end;
  while (
    k < cut &&
    view.toks[k]!.kind === 'word' &&
    !isDefiniteToken(view.toks[k]!) &&
    !view.entities.some((e) => e.start <= k && k < e.end)
  )
    k++;
  return k === cut ? body.end : end;
}

/**
 * `رئيس عمليات حرس الحدود … في الجيش الوطني العميد هادي حمران الجعيدي`: a long office cut at the
 * phrase's length inside the name its title opens keeps the rest of that name (three words at most).
 */
function nameAfterTitle(view: SentenceView, start: number, end: number, limit: number): number {
  const toks = view.toks;
  let title = -1;
  for (let k = end - 1; k >= Math.max(start, end - 3); k--)
    if (asWritten(view, toks[k]!, 'name-title')) title = k;
  if (title < 0) return end;
  let e = end;
  while (
    e < limit &&
    e - title <= 4 &&
    toks[e]!.kind === 'word' &&
    !isStop(view, e) &&
    !endsSpeaker(view, e, start)
  )
    e++;
  return e;
}

/**
 * `اللواء جميل الشمري، المسؤول عن العمليات`: an apposition of role words cut off from their
 * complement by a stop word says what the person is, not who: the speaker ends at the comma.
 * Must not: `القيادي في قسد، خالد يوسف` (a name), `فلان، المتحدث باسم الجيش` (a whole role).
 */
function beforeDanglingRole(view: SentenceView, start: number, end: number): number {
  const toks = view.toks;
  if (end >= toks.length || !isStop(view, end)) return end;
  let comma = end - 1;
  while (comma > start && !isComma(toks[comma])) comma--;
  if (comma <= start + 1 || end - comma - 1 < 1 || end - comma - 1 > 2) return end;
  for (let k = comma + 1; k < end; k++) if (!isRole(view, k)) return end;
  return comma;
}

/**
 * `ونشر ناشطون فيديوهات تظهر`، `ونشرت الصحيفة تقريرا أشار`: after a publishing verb's subject, an
 * indefinite statement or media noun is what was published, never part of who published it.
 */
function beforePublished(view: SentenceView, start: number, end: number): number {
  for (let k = start + 1; k < end; k++) {
    // `وكالة أنباء`، `مكتب إعلام`: a head's complement is its name, not what it published.
    const prev = view.toks[k - 1]!;
    const head = isA(view, prev, 'outlet-head') || isA(view, prev, 'organization-head');
    if (head && !isDefiniteToken(prev)) continue;
    // `مقطع فيديو`: a published thing named by two nouns starts at the first.
    if (publishedAt(view, k)) return publishedNoun(view, k - 1) ? k - 1 : k;
  }
  return end;
}

function publishedNoun(view: SentenceView, k: number): boolean {
  const tok = view.toks[k];
  if (!tok || tok.kind !== 'word') return false;
  return view.lex.closed.has('published-thing', tok.text, true);
}

/**
 * An indefinite statement or media noun in the accusative: `تقريرا`، `بيانا`، `صورا`, or a form that
 * shows no case (`تغريدة`، `فيديوهات`، `فيديو`). Never `أنباء`، `تقرير`, which show none of it.
 */
function publishedAt(view: SentenceView, k: number): boolean {
  const tok = view.toks[k];
  if (!tok || tok.kind !== 'word' || isDefiniteToken(tok)) return false;
  const closed = view.lex.closed;
  const of = (form: string): boolean =>
    closed.has('statement-noun', form, true) || closed.has('published-thing', form, true);
  if (/[^ا]ا$/.test(tok.text) && of(tok.text.slice(0, -1))) return true;
  return /(ه|ات|و)$/.test(tok.text) && of(tok.text);
}

/** One step through a speaker phrase: the next token, the phrase's new end, the words it counted. */
interface SpeakerStep {
  readonly next: number;
  readonly end: number;
  readonly words: number;
}

/**
 * Where the speaker phrase after a cue begins: past a statement noun (`وفق إفادة المتحدث`), the
 * verb that issued it (`حصيلة صدرت عن وزارة الصحة`), and opening quotes and commas. `issuer`: the
 * phrase is the author a statement noun and its issuing verb name (`بيان صادر عن الجيش`).
 */
function speakerLead(
  view: SentenceView,
  from: number,
  limit: number,
): { at: number; statement: boolean; quoted: boolean; issuer: boolean } {
  const toks = view.toks;
  let i = from;
  let quoted = false;
  // `وفقا لما أعلنت عنه المنظمة`، `حسبما أفاد به مراسلنا`، `كشف عنه النائب`: the preposition's pronoun
  // is the thing said; the speaker follows it.
  while (i < limit - 1 && isA(view, toks[i], 'pronoun-preposition')) i++;
  // `وفق إفادة المتحدث`، `بحسب بيان الوزارة`: the statement noun is not the source.
  while (i < limit && isA(view, toks[i], 'statement-noun')) i++;
  // `حصيلة جديدة نشرها المرصد`، `حصيلة رسمية`: the statement's own adjectives name no source.
  // `التقرير السنوي`: a definite statement takes definite adjectives too.
  const definite = i > from && isDefiniteToken(toks[i - 1]!);
  const nouns = i;
  if (i > from) while (i < limit && i - from < 4 && statementAdjective(view, i, definite)) i++;
  // `بحسب الحصيلة التي قدمتها وزارة الداخلية`: a relative before the verb that issued it.
  if (i > from && isA(view, toks[i], 'relative') && isA(view, toks[i + 1], 'issued-by')) i++;
  // `في بيان أصدره ليلا`: right after a statement cue, the issuing verb's object is the statement.
  const issued =
    i < limit &&
    ((i > from && (isA(view, toks[i], 'issued-by') || isA(view, toks[i], 'issued-it'))) ||
      (i === from && isA(view, toks[from - 1], 'statement-noun') && isA(view, toks[i], 'issued-it')));
  // A definite one only before its issuing verb: `نفت صحة المعلومات الواردة في بيان التنظيم` names
  // what is denied, not who speaks.
  if (definite && !issued) i = nouns;
  // `حصيلة صدرت عن وزارة الصحة`: the author follows the issuing verb.
  if (issued) {
    i++;
    if (isA(view, toks[i], 'issuer-preposition')) i++;
  }
  // `وتقول تقارير إن …`، `التقرير الصادر بتاريخ …`: with nothing after it, the statement itself
  // is the source.
  // `التقرير الذي يغطي …`: a relative clause describes the statement, it names no author; nor does
  // an event told after it (`بحسب الحصيلة المعلنة قتل 30`).
  if (
    i > from &&
    (i >= limit ||
      isStop(view, i) ||
      toks[i]!.kind !== 'word' ||
      isA(view, toks[i], 'relative') ||
      (view.info(i)?.events.length ?? 0) > 0)
  )
    i = from;
  // After an issuing verb that opens the phrase (`في بيان أصدرته الوزارة`), the issuer follows: a speaker.
  const statement = i > from && nouns > from;
  while (i < limit && toks[i]!.kind === 'punct' && (toks[i]!.text === '"' || isComma(toks[i]))) {
    if (toks[i]!.text === '"') quoted = true;
    i++;
  }
  return { at: i, statement, quoted, issuer: statement && issued };
}

/**
 * An adjective after a statement noun (`جديدة`، `رسمية`، `حقوقية`، `رسمي`; `السنوي` after a definite
 * one): no listed name, no role, no preposition, the statement's definiteness and an adjective's ending.
 */
function statementAdjective(view: SentenceView, i: number, definite: boolean): boolean {
  const tok = view.toks[i];
  if (!tok || tok.kind !== 'word' || !ADJECTIVE_SHAPE.test(tok.text)) return false;
  if (isDefiniteToken(tok) !== definite || isA(view, tok, 'issued-by') || isA(view, tok, 'statement-noun'))
    return false;
  // `البيان الذي نشره`: a relative opens a clause about the statement, no adjective of it.
  if (isA(view, tok, 'relative')) return false;
  const info = view.info(i);
  if ((info?.roles.length ?? 0) > 0 || (info?.cues.length ?? 0) > 0) return false;
  return !view.entities.some((e) => e.start <= i && i < e.end);
}

/**
 * A name in quotes opens at `i` (`"أعماق"`، `"تحالف دعم الشرعية في اليمن"`): up to six words, none of
 * them telling or saying anything (an event or a cue), then the closing quote, whose index it
 * returns; else -1.
 */
function quotedName(view: SentenceView, i: number, limit: number): number {
  const k = quietWords(view, i, limit);
  return k > i + 1 && k - i <= 7 && view.toks[k]?.text === '"' ? k : -1;
}

/**
 * Where the words after `i` that tell or say nothing (no event, no cue) end, looking at most seven
 * tokens on and not past `limit`; -1 when one of them tells or says something.
 */
function quietWords(view: SentenceView, i: number, limit: number): number {
  let k = i + 1;
  while (k < limit && k - i <= 7 && view.toks[k]!.kind === 'word') {
    const info = view.info(k);
    if ((info?.events.length ?? 0) > 0 || (info?.cues.length ?? 0) > 0) return -1;
    k++;
  }
  return k;
}

/**
 * `صحيفة "دون"`، `قناة "الآن"`، `شبكة "السويداء 24"`: the quoted masthead right after an outlet's or a
 * body's head is its name whatever its words are (a preposition, a time word, digits), up to the
 * closing quote; the index of that quote, or -1. Must not: `وقال المسؤول "لن نسكت"` (no head before
 * the quote: words said), `صحيفة "قتل 30 شخصا"` (an event inside: a headline).
 */
function quotedMastheadEnd(view: SentenceView, i: number, limit: number): number {
  const head = view.toks[i - 1];
  if (!isA(view, head, 'outlet-head') && !isA(view, head, 'organization-head')) return -1;
  let k = i + 1;
  while (k < limit && k - i <= 5) {
    const tok = view.toks[k]!;
    if (tok.kind === 'punct' || tok.kind === 'newline') break;
    const info = view.info(k);
    if ((info?.events.length ?? 0) > 0 || (info?.cues.length ?? 0) > 0) return -1;
    k++;
  }
  return k > i + 1 && k < limit && view.toks[k]!.text === '"' ? k : -1;
}

/**
 * `قال الجيش "سنرد بقوة"`، `وقال المتحدث "لن نسكت"`: a quote opening right after a word with the
 * article (or a listed name's end) on a word without it opens the words said: a definite noun takes
 * no name in construct, and its adjective agrees with it. Must not: `صحيفة "دون"` (an indefinite
 * head in construct with its masthead), `الجيش "الحر"` (a definite adjective), a closing quote,
 * `وكالة الأنباء اليمنية "سبأ"` (one word in quotes after a name: its short name).
 */
function saidAfterDefinite(view: SentenceView, i: number, limit: number): boolean {
  const prev = view.toks[i - 1];
  const next = view.toks[i + 1];
  if (prev?.kind !== 'word' || next?.kind !== 'word' || i + 1 >= limit) return false;
  if (view.toks[i + 2]?.text === '"') return false;
  // `العميد الركن "فلان الفلاني"، قائد اللواء`، `لمركز الأبحاث "بورتون داون"، فلان`: a name in quotes
  // (no event, no cue) that a comma or a complementizer follows is the phrase's own.
  const close = quotedName(view, i, limit);
  if (close >= 0) {
    const after = view.toks[close + 1];
    if (isComma(after) || isA(view, after, 'complementizer')) return false;
  }
  return definiteEndsAt(view, i) && !definiteOpensAt(view, i + 1);
}

/** Punctuation inside a speaker phrase: a quote, a name in parentheses, an apposition; else the end. */
function punctInSpeaker(
  view: SentenceView,
  i: number,
  limit: number,
  at: { start: number; end: number; quoted: boolean },
): SpeakerStep | null {
  const toks = view.toks;
  const tok = toks[i]!;
  if (tok.text === '"') {
    // A quoted source (`عن "مسؤول أميركي"`) ends at its closing quote.
    if (at.quoted && at.end > at.start) return null;
    // `وقال مسؤول محلي "هناك 30 جريحا"`: after a phrase, a quote that does not close on a short name
    // (`وكالة "أعماق"`) opens the words said; the speaker ends at the quote mark.
    const closing = toks.slice(at.start, i).filter((t) => t.text === '"').length % 2 === 1;
    if (at.end > at.start && !closing && saidAfterDefinite(view, i, limit)) return null;
    const masthead = at.end > at.start ? quotedMastheadEnd(view, i, limit) : -1;
    if (masthead > 0) return { next: masthead + 1, end: masthead, words: masthead - i - 1 };
    if (at.end > at.start && !closing && quotedName(view, i, limit) < 0) return null;
    return { next: i + 1, end: at.end, words: 0 };
  }
  if (tok.text === '(') {
    // A name in parentheses: (سامر الأحمد)
    let k = i + 1;
    while (k < limit && toks[k]!.kind === 'word' && k - i <= 5) k++;
    if (toks[k]?.text === ')' && k > i + 1) return { next: k + 1, end: k + 1, words: 0 };
    return null;
  }
  if (isComma(tok) && at.end > at.start) {
    // `بحسب موقع الجيش، أحد أهم المعسكرات`: after an outlet's or a body's head, a phrase of «one of»
    // says what the clause is about (an outlet or a body is no one's member); a person's stays
    // (`فلان، أحد قادة الحركة`).
    const head = toks[at.start];
    if (
      isA(view, toks[i + 1], 'one-of') &&
      (isA(view, head, 'outlet-head') || isA(view, head, 'organization-head'))
    )
      return null;
    // An apposition: `القيادي في قسد، خالد يوسف، خلال`
    let k = i + 1;
    // `عن خالد عمر، مدير المكتب، قوله إن`: the saying after the last comma is no apposition.
    while (
      k < limit &&
      toks[k]!.kind === 'word' &&
      !isStop(view, k) &&
      !isAudience(view, k) &&
      !isSayingBackReference(view, toks[k]) &&
      k - i <= 9
    )
      k++;
    // `بيان صادر عن مكتب ماكرون، فقد قتل …`: a clause after the comma, not an apposition.
    const clause = (n: number): boolean =>
      isA(view, toks[n], 'clause-opener') ||
      (view.info(n)?.events.length ?? 0) > 0 ||
      ((view.info(n)?.cues.length ?? 0) > 0 && !isRole(view, n));
    for (let n = i + 1; n < k; n++) if (clause(n)) return null;
    const roleFirst = isRole(view, i + 1);
    if (
      k > i + 1 &&
      (isComma(toks[k]) || isStop(view, k) || isAudience(view, k)) &&
      (!isDefiniteToken(toks[i + 1]!) || roleFirst)
    )
      return { next: k, end: k, words: 0 };
  }
  return null;
}

/** A stop word inside a speaker phrase: kept within a listed name or before a named body; else the end. */
function stopInSpeaker(view: SentenceView, i: number, start: number, end: number): SpeakerStep | null {
  const toks = view.toks;
  // A stop word inside a listed name (`وزارة الصحة في غزة`) is part of the name.
  if (end > start && view.entities.some((e) => e.start < i && i < e.end))
    return { next: i + 1, end: i + 1, words: 1 };
  // `القيادي في قوات سوريا الديمقراطية`: في before a named body stays inside the phrase.
  if (isA(view, toks[i], 'member-preposition') && end > start && !isA(view, toks[i + 1], 'statement-noun')) {
    let n = i + 1;
    while (toks[n]?.text === '"') n++;
    const next = toks[n];
    if (next && (view.entities.some((e) => e.start === n) || isA(view, next, 'organization-head')))
      return { next: i + 1, end, words: 0 };
  }
  const named = nameAfterComplement(view, i, start, end);
  return named > 0 ? { next: named, end: named, words: named - i } : null;
}

/**
 * `المتحدث باسم الهيئة في البرلمان الإيراني، بهروز نعمتي، الثلاثاء`، `المحامية البارزة في مجال
 * الدفاع عن حقوق الإنسان، فلانة الفلانية، إن`: a role's complement on a preposition, then its
 * holder's name set off by commas: the phrase runs to the name's end (the index after it), else 0.
 * The role's words end on the article before the preposition (a name there has been given); the
 * complement says nothing (no cue, no event, no figure) in six words at most; the name is two to
 * four words the lexicon does not know, a comma or a complementizer after it. Must not: `المتحدث في
 * مؤتمر صحفي، إن` (no name after the comma), `وزير التجارة فلان في شهادة أمام الكونغرس، تمت
 * الموافقة على` (a name before the preposition; a clause after the comma).
 */
function nameAfterComplement(view: SentenceView, i: number, start: number, end: number): number {
  const toks = view.toks;
  if (end <= start || !isA(view, toks[i], 'member-preposition')) return 0;
  if (!definiteEndsAt(view, i)) return 0;
  let role = false;
  for (let k = start; k < end; k++) if (isRole(view, k)) role = true;
  if (!role) return 0;
  const comma = quietWords(view, i, toks.length);
  // The complement's words lie between the preposition and the comma.
  const complement = comma - i - 1;
  if (comma < 0 || complement < 1 || complement > COMPLEMENT_MOST_WORDS || !isComma(toks[comma])) return 0;
  let k = comma + 1;
  while (k < toks.length && k - comma <= APPOSED_NAME_MOST_WORDS && nameWord(view, k)) k++;
  const after = toks[k];
  // `حاكم الحركة في مناطق جوبا، فلان الفلاني: "…"`: a colon before the words said closes it too.
  const closes =
    after === undefined || isComma(after) || after.text === ':' || isA(view, after, 'complementizer');
  return k - comma - 1 >= APPOSED_NAME_LEAST_WORDS && closes ? k : 0;
}

/** The most words of a role's complement before the comma of its holder's name (nameAfterComplement). */
const COMPLEMENT_MOST_WORDS = 6;
/** The fewest and the most words of the name set off by commas after a role's complement. */
const APPOSED_NAME_LEAST_WORDS = 2;
const APPOSED_NAME_MOST_WORDS = 4;

// Patterns of the per-token tests of a speaker phrase, compiled once (a regex literal inside a
// function is a new object each time it runs).
const WITH_PRONOUN = /^(.{2,}?)(ه|ها|هم|هما|هن)$/;
const VERBAL_NOUN_SHAPE = /^(ت[^ا]{2}ي[^ا]|ا[^ا]{3}ا[^ا]|است[^ا]{2}ا[^ا])$/;
/** إفعال and its hollow إفالة (`إيقاف`، `إصابة`), folded: the shape of the plural أفعال too (`أنباء`). */
const FORM_FOUR_SHAPE = /^(ا(?!ل)[^ا]{2}ا[^ا]|ا(?!ل)[^ا]ا[^ا][هة])$/;
/** A word written with the article itself (`الشرطة`، `والسلطات`), not one read so (`وكالات`). */
const WRITTEN_ARTICLE = /^[وف]?(ال|بال|لل)/;

/** Whether a definite word ends right before token `i`: one written with the article, or a listed name. */
function definiteEndsAt(view: SentenceView, i: number): boolean {
  return WRITTEN_ARTICLE.test(view.toks[i - 1]!.text) || view.entities.some((e) => e.end === i);
}

/** Whether a definite word opens at token `i`: one written with the article, or a listed name. */
function definiteOpensAt(view: SentenceView, i: number): boolean {
  return WRITTEN_ARTICLE.test(view.toks[i]!.text) || view.entities.some((e) => e.start === i);
}
const TO_PREFIX = /^(ل|لل)/;
const ADJECTIVE_SHAPE = /^[^لبو].+(ه|ي)$/;
/**
 * Verbal nouns a verb of reporting governs with ب (`بإطلاق`، `باستخدام`، `بتحقيق`; `بسماع`، `بوجود`),
 * folded: the derived forms, and فعال، فعول, which names share (`بهرام`، `برنار`): those only after a
 * complete noun phrase (`completeBefore`). A name behind the letter ب (`بنيامين`، `بيرني`) has none.
 */
const DERIVED_NOUN_SHAPE: readonly RegExp[] = [VERBAL_NOUN_SHAPE, FORM_FOUR_SHAPE];
const SIMPLE_NOUN_SHAPE = /^[^ا]{2}[او][^ا]$/;

/**
 * `قولها`، `تأكيده`: a verbal noun of saying with the speaker's pronoun points back to a speaker
 * named before it (`نقلت رويترز عن الشرطة قولها`، `وفق قولها`) and names no one itself.
 */
export function isSayingBackReference(view: SentenceView, tok: Tok | undefined): boolean {
  if (!tok || tok.kind !== 'word') return false;
  const closed = view.lex.closed;
  return tokenReadings(tok).some((r) => {
    const m = WITH_PRONOUN.exec(r.stem);
    if (!m) return false;
    const base = m[1]!;
    return (
      closed.hasStem('saying-noun', base) ||
      (base.endsWith('ت') && closed.hasStem('saying-noun', base.slice(0, -1) + 'ه'))
    );
  });
}

/**
 * Whether the word after a verbal noun can be what it governs: a count (`إصابة 9`، `إصابة ثلاثة`),
 * a noun with the article (`إيقاف البحث`) or one the lexicons know (`إيقاف عمليات البحث`). The rest
 * of a foreign name is none of these (`وزير المالية الألماني أولاف شولز`).
 */
function governsNext(view: SentenceView, i: number): boolean {
  const next = view.toks[i + 1];
  if (!next || next.kind === 'number') return next !== undefined;
  if (next.kind !== 'word') return false;
  if (WRITTEN_ARTICLE.test(next.text) || view.lex.numberWords.has(next.text)) return true;
  const info = view.words[i + 1]?.info;
  return !!info && (info.nouns.length > 0 || info.events.length > 0 || info.roles.length > 0);
}

/** A word that ends the speaker: the outlet or audience spoken to, a new cue, an event word. */
function endsSpeaker(view: SentenceView, i: number, start: number): boolean {
  const toks = view.toks;
  // `هيئة تحرير الشام`، `حركة تحرير السودان`: a word inside a listed name is the name's, whatever
  // else it may be (`تحرير` frees captives).
  if (view.entities.some((e) => e.start < i && i < e.end)) return false;
  if (isSayingBackReference(view, toks[i])) return true;
  // لـ"X" told
  if (toks[i]!.text === 'ل' && toks[i + 1]?.text === '"' && addressee(view, start, i))
    return !reporterOf(view, start, i);
  // `لفرانس برس`، `للصحفيين`: the outlet or audience spoken to ends the speaker; after a reporter
  // without the article it is the reporter's employer (`مراسل لوكالة الأنباء الفرنسية`).
  if (i > start && isAudience(view, i) && !reporterOf(view, start, i)) return true;
  // `نفى المتحدث باسم الجيش ما أعلنته …`: a relative opens the object, never the speaker's name.
  if (i > start && isA(view, toks[i], 'relative-end')) return true;
  const info = view.info(i);
  if (i > start && (info?.cues.length ?? 0) > 0 && !(info?.roles.length ?? 0)) return true;
  // `أعلنت الوزارة تسجيل 15 إصابة`: an indefinite verbal noun (تفعيل) after a definite word is
  // the object of the statement; a noun with the article takes no indefinite complement.
  // So is one of the shapes انفعال/افتعال and استفعال (`أعلنت الوزارة انتشال 35 جثة`), and إفعال and
  // its hollow إفالة written with the hamza below (`أعلنت السلطات إيقاف البحث`، `وثق المركز إصابة 9
  // مدنيين`), which the plural أفعال (`وكالات أنباء`) is not.
  // After a listed name as after the article (`وزارة الصحة في غزة ارتقاء`), and behind ب
  // (`أفاد الدفاع المدني بانتشال`).
  const definite = isDefiniteToken(toks[i - 1]!) || view.entities.some((e) => e.end === i);
  const noun = toks[i]!.text;
  // `باللغة العربية أفيخاي أدرعي إن`: a foreign first name of the shape افتعال has the rest of the
  // name after it, one word the lexicon does not know and the phrase's end (`انتهاء وقف إطلاق`،
  // `انتشال 35 جثة` are verbal nouns).
  const shaped = (w: string): boolean =>
    VERBAL_NOUN_SHAPE.test(w) && (!/^ا(?!ل)/.test(w) || !surnameEnds(view, i + 1));
  if (i > start && definite && (shaped(noun) || shaped(noun.replace(/^ب/, '')))) return true;
  // The plural أفعال after a noun without its article is the noun's complement (`وكالات أنباء`): the
  // shape ends the speaker only after a word written with the article or a listed name.
  // The verbal noun governs what follows it, a count or a noun with the article (`إيقاف البحث`،
  // `إصابة 9 مدنيين`); a foreign first name of the same shape is followed by the rest of the name
  // (`وزير المالية الألماني أولاف شولز`), which it is not.
  // `أعلنت المفوضية عدم مشاركتها`، `رصدت قوات الدفاع الجوي للتحالف عملية إطلاق`: what is said opens.
  if (i > start && definite && !isDefiniteToken(toks[i]!) && isA(view, toks[i], 'speaker-object'))
    return true;
  const written = definiteEndsAt(view, i);
  if (i > start && written && FORM_FOUR_SHAPE.test(noun) && governsNext(view, i)) return true;
  // `أعلن الجيش وضع قواته`، `نشر الجيش عناصره`: after a word with the article, a known noun with a
  // pronoun (or an indefinite word in construct with one) is what the speaker did or said; an office
  // with one is the speaker's second office (`السفير بالقاهرة ومندوبها الدائم`).
  const own = (k: number): boolean =>
    toks[k]?.kind === 'word' && !isRole(view, k) && knownWithPronoun(view, toks[k]!, false);
  if (i > start && written && !WRITTEN_ARTICLE.test(noun) && (own(i) || own(i + 1))) return true;
  // An event phrase ends it too (`بحسب تقديرات الأمم المتحدة لقي 350 ألف شخص مصرعهم`); one that
  // opens on a preposition (`في عداد المفقودين`) only where it matches: a foreign name (`كالفو`)
  // may be read as a clitic and an inflected form of it.
  const opensEvent = (p: Phrase): boolean =>
    !view.lex.closed.has('speaker-preposition', p.words[0] ?? '') ||
    matchPhraseWords(toks, view.words, i, p) > 0;
  if (
    i > start &&
    view.words[i]!.phrasesByKind.event.some(opensEvent) &&
    !view.entities.some((e) => e.start < i && i < e.end)
  )
    return true;
  if (i > start && reportedWithBa(view, start, i)) return true;
  if (i > start && circumstantialRole(view, i)) return true;
  // An event word ends the speaker (`مصادر حكومية بمقتل 3`).
  return (
    i > start && (info?.events.length ?? 0) > 0 && !(info?.roles.length ?? 0) && !(info?.nouns.length ?? 0)
  );
}

/**
 * `وقال الوزير متحدثا باللغة الإنجليزية`، `كارليس بوتشيمون متحدثا باللغة الكتالونية`: a role word in
 * the accusative without the article says how the speaker spoke (a circumstantial), no word of who.
 * Must not: `متحدث باللغة العربية باسم الخارجية` (the nominative: the office itself).
 */
function circumstantialRole(view: SentenceView, i: number): boolean {
  const tok = view.toks[i]!;
  // `ومندوبها`، `مراسلنا`: a pronoun ends in ا too.
  if (tok.kind !== 'word' || !/[^اهن]ا$/.test(tok.text) || isDefiniteToken(tok)) return false;
  return view.lex.lookup(tok.text.slice(0, -1)).roles.some((r) => r.kind === 'person');
}

/**
 * The phrase before `i` is complete: a listed body or outlet ends there, or a definite noun that is
 * no role, title or adjective (`المصادر`). Must not: `المتحدث باسم الخارجية الإيرانية` (a nisba
 * adjective), `الوزير` (a role), before which a name follows.
 */
function completeBefore(view: SentenceView, start: number, i: number): boolean {
  if (view.entities.some((e) => e.end === i && e.entry.type !== 'location')) return true;
  const prev = view.toks[i - 1];
  if (!prev || prev.kind !== 'word' || !isDefiniteToken(prev) || isRole(view, i - 1)) return false;
  if (asWritten(view, prev, 'name-title') || /(ي|يه)$/.test(prev.text)) return false;
  // `طبيب التخدير برنار شولي`: after a person's office or trade, a name.
  for (let k = start; k < i; k++) {
    const people = view.info(k)?.nouns.some((n) => n.entry.unit === 'person') ?? false;
    if (people || rolesAt(view, k).some((r) => r.kind === 'person')) return false;
  }
  return true;
}

/**
 * `أفاد مراسل سكاي نيوز عربية بسماع دوي انفجارين`، `اتهمت الرابطة الميليشيات باستخدام أكثر من`: a
 * verbal noun behind ب, without the article, that governs an indefinite word or a count is what the verb
 * reports (أفاد ب، اتهم ب), never a word of the speaker's name. Must not: `المتحدث باسم الجيش`،
 * `التحالف بقيادة السعودية` (a listed name follows), `وزارة الصحة بقطاع غزة` (a place's head),
 * `أكاديمية الشرطة بالقاهرة` (the article), `بنيامين نتنياهو` (no verbal noun's shape).
 */
function reportedWithBa(view: SentenceView, start: number, i: number): boolean {
  const tok = view.toks[i]!;
  if (tok.kind !== 'word' || !tok.text.startsWith('ب') || isDefiniteToken(tok)) return false;
  if (view.entities.some((e) => e.start === i)) return false;
  if (isA(view, tok, 'speaker-preposition') || isA(view, tok, 'member-preposition')) return false;
  const closed = view.lex.closed;
  const counted = view.toks[i + 1]?.kind === 'number';
  const noun = tokenReadings(tok).some(
    (r) =>
      r.prefixes.length === 1 &&
      r.prefixes[0] === 'ب' &&
      !r.definite &&
      (DERIVED_NOUN_SHAPE.some((shape) => shape.test(r.stem)) ||
        (SIMPLE_NOUN_SHAPE.test(r.stem) && (counted || completeBefore(view, start, i)))) &&
      !closed.hasStem('place-head', r.stem) &&
      !closed.hasStem('before-place', r.stem) &&
      !closed.hasStem('organization-head', r.stem) &&
      view.lex.lookup(r.stem).roles.length === 0,
  );
  if (!noun) return false;
  const next = view.toks[i + 1];
  if (next?.kind === 'number') return true;
  if (next?.kind !== 'word' || isDefiniteToken(next) || view.entities.some((e) => e.start === i + 1))
    return false;
  return !isStop(view, i + 1) && !isA(view, next, 'function-word');
}

/**
 * One word that may be a family name at `i`, the phrase ending after it (`أدرعي إن`، `كوهين،`), or
 * the event the speaker reports following it (`أعلن … أفيخاي أدرعي مقتل 3 جنود`).
 */
function surnameEnds(view: SentenceView, i: number): boolean {
  if (!nameWord(view, i) || isDefiniteToken(view.toks[i]!)) return false;
  const after = view.toks[i + 1];
  return after?.kind !== 'word' || isStop(view, i + 1) || (view.info(i + 1)?.events.length ?? 0) > 0;
}

/** A listed outlet opens at `i`, by its full name or by its masthead (`العربية` of `قناة العربية`). */
function quotedOutlet(view: SentenceView, i: number): boolean {
  if (view.entities.some((e) => e.start === i && e.entry.type === 'outlet')) return true;
  const words: string[] = [];
  for (let k = i; k < view.toks.length && k - i < 4 && view.toks[k]!.kind === 'word'; k++)
    words.push(view.toks[k]!.text);
  if (view.toks[i + words.length]?.text !== '"') return false;
  return words.length > 0 && outletByMasthead(view.lex, foldWords(words.join(' '))) !== null;
}

/**
 * A stem of a correspondent noun (phrases.tsv correspondent-noun: `مراسل`، `مصور`), its feminine
 * ending set aside: stems are folded, so `مراسلة` ends in ه.
 */
function isCorrespondent(view: SentenceView, stem: string): boolean {
  return view.lex.phrases.forms('correspondent-noun').includes(stem.replace(/[ةه]$/, ''));
}

/**
 * The one test of a reporter's word for every reader of the speaker phrase: `مراسل`، `ومراسلة` under
 * any reading (the phrase's head: reporterHop, reporterOf), or with `told` only ل before it without the
 * article (`لمراسل الوكالة`، `لمراسلة سكاي نيوز`: another outlet's reporter was spoken to).
 */
function correspondentWord(view: SentenceView, tok: Tok | undefined, told = false): boolean {
  if (!tok || tok.kind !== 'word') return false;
  return tokenReadings(tok).some(
    (r) => (!told || (r.prefixes.includes('ل') && !r.definite)) && isCorrespondent(view, r.stem),
  );
}

/** `لوكالة`، `لقناة`: an outlet's head with the preposition ل (the outlet spoken to, or worked for). */
function outletHeadWithL(view: SentenceView, tok: Tok | undefined): boolean {
  if (!tok || tok.kind !== 'word') return false;
  return view.lex
    .readings(tok.text)
    .some((r) => r.prefixes.includes('ل') && view.lex.closed.hasStem('outlet-head', r.stem));
}

/**
 * `مراسل لوكالة الأنباء الفرنسية`، `مراسل للأناضول`: an outlet with ل right after a reporter named
 * without the article is the outlet the reporter works for, no audience. Must not: `المراسل لوكالة
 * …`، `مسؤول لفرانس برس` (told), `مراسل للصحفيين` (no outlet).
 */
function reporterOf(view: SentenceView, start: number, i: number): boolean {
  const first = view.toks[start];
  if (i !== start + 1 || !first || first.kind !== 'word' || isDefiniteToken(first)) return false;
  if (!correspondentWord(view, first)) return false;
  if (isA(view, view.toks[i], 'audience')) return false;
  return true;
}

/**
 * `لـ"X"` after a complete speaker phrase is the outlet spoken to (`وأضاف المتحدث لـ"العربية"`,
 * `مصادر محلية لـ"الجزيرة نت"`), and so is a listed outlet after any phrase; after a body noun it is the
 * body's name (`المكتب الإعلامي لـ"الجيش"`).
 */
function addressee(view: SentenceView, start: number, at: number): boolean {
  const last = view.toks[at - 1];
  if (!last || last.kind !== 'word') return true;
  // `المتحدث باسم الجيش لـ"العربية"`: a listed outlet in the quotes was told, whatever comes before.
  if (quotedOutlet(view, at + 2)) return true;
  if (isA(view, last, 'organization-head') || isRole(view, at - 1)) return false;
  if (isA(view, last, 'body-adjective')) return false;
  void start;
  return true;
}

/**
 * `وأوضحت لوكالة الأنباء الفرنسية أن`، `وأضاف لـ"العربية"`: an outlet or audience spoken to right after
 * the verb is no subject; the subject is the verb's pronoun. Must not: `وقال مسؤول لفرانس برس`.
 */
export function addresseeFirst(view: SentenceView, i: number): boolean {
  const tok = view.toks[i];
  if (tok?.text === 'ل' && view.toks[i + 1]?.text === '"') return true;
  return isAudience(view, i);
}

/** A word with the preposition ل naming an outlet or an audience (`لفرانس برس`، `للصحفيين`). */
function isAudience(view: SentenceView, i: number): boolean {
  const tok = view.toks[i];
  if (!tok || tok.kind !== 'word' || !TO_PREFIX.test(tok.text)) return false;
  const withL = tokenReadings(tok).filter((r) => r.prefixes.includes('ل'));
  // `قال مسؤول لمراسلنا`: the publisher's own reporter is spoken to.
  if (withL.some((r) => ownRoleStem(view, r.stem, true))) return true;
  // `لمراسل الوكالة`، `لمراسلة سكاي نيوز`: another outlet's reporter was told.
  if (correspondentWord(view, tok, true)) return true;
  const closed = view.lex.closed;
  if (withL.some((r) => closed.hasStem('audience', r.stem) || closed.hasStem('outlet-head', r.stem)))
    return true;
  const entity = view.entities.find((e) => e.start === i);
  return entity !== undefined && entity.entry.type === 'outlet' && withL.length > 0;
}

/**
 * `في تصريح لوكالة …`، `في حديث خاص لقناة …`: past the channel of a statement (a preposition, the
 * statement noun and up to two indefinite adjectives) to the word with ل after it; else `at`.
 */
export function pastChannel(view: SentenceView, at: number): number {
  const toks = view.toks;
  if (!isA(view, toks[at], 'channel-preposition') || !isA(view, toks[at + 1], 'statement-noun')) return at;
  let i = at + 2;
  for (let n = 0; n < 2 && i < toks.length; n++, i++) {
    const tok = toks[i]!;
    if (tok.kind !== 'word' || TO_PREFIX.test(tok.text) || isDefiniteToken(tok) || isStop(view, i)) break;
  }
  return i < toks.length && TO_PREFIX.test(toks[i]!.text) ? i : at;
}

/** The outlet a speaker addressed, right after its phrase: a relay between publisher and speaker. */
export function addressedOutlet(view: SentenceView, at: number, span: SpanMapper): Hop | null {
  let i = at;
  while (view.toks[i]?.text === '"' || view.toks[i]?.text === 'ل' || isComma(view.toks[i])) i++;
  // `لوكالة فرانس برس`: the outlet head with its ل, then the outlet.
  const head = i;
  const headed = outletHeadWithL(view, view.toks[i]);
  // `لمراسل العربية`، `لمراسل وكالة الأناضول`: the outlet whose reporter was told.
  if (correspondentWord(view, view.toks[i], true)) {
    i++;
    if (isA(view, view.toks[i], 'outlet-head') && !isDefiniteToken(view.toks[i]!)) i++;
    const listed = view.entities.find((e) => e.start === i || e.start === i - 1);
    if (listed?.entry.type === 'outlet')
      return {
        name: cleanName(span(listed.start, listed.end).text),
        kind: 'outlet',
        entity: listed.entry.id,
      };
    const words: string[] = [];
    for (let k = i; k < view.toks.length && k - i < 3 && view.toks[k]!.kind === 'word'; k++)
      words.push(view.toks[k]!.text);
    for (let n = words.length; n > 0; n--) {
      const outlet = outletByMasthead(view.lex, foldWords(words.slice(0, n).join(' ')));
      if (outlet) return { name: cleanName(span(i, i + n).text), kind: 'outlet', entity: outlet.id };
    }
    return null;
  }
  if (headed) i++;
  const entity = view.entities.find((e) => e.start === i || e.start === at);
  if (!entity || entity.entry.type !== 'outlet')
    return headed && !isA(view, view.toks[at - 1], 'affiliation') ? unlistedOutlet(view, head, span) : null;
  return {
    // `للجزيرة نت` is ل + `الجزيرة نت`, the article's alef dropped in writing.
    name: cleanName(span(entity.start, entity.end).text).replace(/^لل/, 'ال').replace(/^ل/, ''),
    kind: 'outlet',
    entity: entity.entry.id,
  };
}

/**
 * `لصحيفة التيار`، `لموقع "سبايس"`، `لقناة التلفزيون الحكومية`: an outlet no list holds, named by its
 * head with ل and the words of its name after it, up to the words said. Must not: `للصحيفة` alone
 * (the paper named before), `لموقع الحادث` (a word of no name: no outlet), `تابع لوكالة …` (the
 * speaker's own body, never checked here: the caller sees `تابع`).
 */
function unlistedOutlet(view: SentenceView, head: number, span: SpanMapper): Hop | null {
  const range = speakerAfter(view, head, view.toks.length);
  if (range.start !== head || range.end - range.start < 2) return null;
  const nameWords: number[] = [];
  for (let k = head + 1; k < range.end; k++) if (view.toks[k]!.kind === 'word') nameWords.push(k);
  if (nameWords.length === 0) return null;
  // A word the lexicon knows as a noun of events, people or places is no masthead (`لموقع الحادث`).
  const named = nameWords.some((k) => {
    const info = view.info(k);
    const tok = view.toks[k]!;
    return (
      !isA(view, tok, 'generic-outlet-word') &&
      (info?.nouns.length ?? 0) + (info?.events.length ?? 0) + (info?.cues.length ?? 0) === 0 &&
      !isA(view, tok, 'function-word')
    );
  });
  if (!named) return null;
  const name = cleanName(span(head, range.end).text).replace(/^لل/, 'ال').replace(/^ل/, '');
  return { name, kind: 'outlet' };
}

function asWritten(view: SentenceView, tok: Tok, cls: WordClass): boolean {
  return view.lex.closed.hasStem(cls, tok.text);
}

function isStop(view: SentenceView, i: number): boolean {
  const tok = view.toks[i];
  if (!tok || tok.kind !== 'word') return true;
  if (givenYaName(view, i)) return false;
  if (isA(view, tok, 'complementizer')) return true;
  if (!isA(view, tok, 'speaker-stop')) return false;
  // `سامر العلي`: a preposition (`على`) never takes the article; the word is a name's.
  if (!tok.text.startsWith('ال')) return true;
  return !view.lex.closed.isArticledPreposition(tok.text);
}

/**
 * `وقال أحمد علي إن`، `علي عبدالله صالح`، `الناشط علي الكوكباني`: `علي` written with ي (yaSpelled)
 * is the given name, not the preposition `على` it folds to, where a name goes on after it (`بن`، a
 * word the lexicon does not know) or one ends on it after a given name. Must not: `على` written
 * with ى; `أكد علي أن`، `يتعين علي`، `أكد علي ضرورة التحقيق`، `أبي أحمد علي القيام` (a word that
 * ends no name follows).
 */
export function givenYaName(view: SentenceView, i: number): boolean {
  if (!view.yaSpelled.has(i)) return false;
  const next = view.toks[i + 1];
  if (next?.kind === 'word') {
    if (isA(view, next, 'lineage-word') || asWritten(view, next, 'name-joining')) return true;
    // `علي ضرورة التحقيق`، `علي خلفية الأحداث`: a feminine noun in construct with a definite one is
    // what the preposition governs (folded, ة ends in ه).
    const after = view.toks[i + 2];
    const construct = next.text.endsWith('ه') && after !== undefined && isDefiniteToken(after);
    if (nameWord(view, i + 1) && !construct) return true;
  }
  // After a given name, the name ends on `علي`: a mark, a complementizer or a role follows.
  // `عبد العزيز علي`: the second word of a compound has the article.
  const compound = i >= 2 && asWritten(view, view.toks[i - 2]!, 'name-joining');
  if (!nameWord(view, i - 1) || (isDefiniteToken(view.toks[i - 1]!) && !compound)) return false;
  return !next || next.kind !== 'word' || isStop(view, i + 1) || isRole(view, i + 1);
}

/**
 * What a name is made of: a word no lexicon lists (`unknownWord` of entities/places.ts: no noun,
 * event, cue, role or demonym, no function word or time noun), of two letters or more, outside a
 * listed name, and no grammar word of the speaker phrase.
 */
function nameWord(view: SentenceView, i: number): boolean {
  const tok = view.toks[i];
  if (!tok || tok.text.length < 2 || view.excluded.has(i) || !unknownWord(view, i)) return false;
  if (view.entities.some((e) => e.start <= i && i < e.end)) return false;
  return !(
    isA(view, tok, 'complementizer') ||
    asWritten(view, tok, 'speaker-stop') ||
    isA(view, tok, 'speaker-preposition') ||
    isA(view, tok, 'name-complementizer') ||
    isA(view, tok, 'relative') ||
    isA(view, tok, 'count-head') ||
    isSayingBackReference(view, tok)
  );
}

/**
 * A noun phrase that can be a verb's subject opens at `i` (`أن القوات`، `أن مسؤولين`، `أن إيران`،
 * `أن قوات الدفاع الجوي`): a word with the article, a listed name, a role or an unnamed source, a
 * body's or an outlet's head. Must not: `أن تحقيقا جديدا`، `أن يعبر` (no body, no one named: a word
 * the reader cannot tell from a verb or a common noun).
 */
function nounPhraseOpens(view: SentenceView, i: number): boolean {
  const tok = view.toks[i];
  if (!tok || tok.kind !== 'word') return false;
  if (definiteOpensAt(view, i)) return true;
  if (isRole(view, i) || isA(view, tok, 'organization-head') || isA(view, tok, 'outlet-head')) return true;
  return tokenReadings(tok).some((r) => view.lex.closed.hasStem('anonymous-head', r.stem));
}

/**
 * `أن`، `بأن`، `وإن`، `لأن`: the complementizer's own lemma, with no pronoun (`أنه`، `إنها`), so the
 * subject is the noun phrase after it; `لأن` (because) opens a clause whose subject follows it too.
 * One clitic at most, and not `كأن` (as if), which opens a comparison, nor `الآن` (now), which folds
 * to the article and the same letters.
 */
function bareComplementizer(view: SentenceView, tok: Tok): boolean {
  const r = view.lex.closed.reading('complementizer', tok.text);
  return (
    r !== null &&
    !r.definite &&
    r.prefixes.length <= 1 &&
    r.prefixes[0] !== 'ك' &&
    r.stem === view.lex.fold('أن')
  );
}

/** A subject before the verb, from the clause start: `مصادر محلية قالت`، `حنّا أوضح`. */
export function speakerBefore(view: SentenceView, cueStart: number, floor: number): TokenRange | null {
  const toks = view.toks;
  // `نفى المتحدث ما أعلنته الجماعة`: a verb after the relative `ما` has its subject after it.
  if (isA(view, toks[cueStart - 1], 'object-relative')) return null;
  let k = cueStart;
  while (k > floor) {
    const t = toks[k - 1]!;
    if (t.kind === 'punct' && t.text !== '"') break;
    if (t.kind === 'number') return null;
    if (isA(view, t, 'contrast')) break;
    if ((view.info(k - 1)?.events.length ?? 0) > 0) return null;
    k--;
  }
  // Skip a leading connective (`ثم`، `كما`), and a connective of contrast with its `أن` (`بيد أن
  // المرصد قال`، `غير أن مسؤولا أعلن`): the subject starts after them.
  while (k < cueStart && isA(view, toks[k], 'leading-connective')) k++;
  if (k + 2 < cueStart && isA(view, toks[k], 'contrast-break') && isA(view, toks[k + 1], 'complementizer'))
    k += 2;
  // `وكتب المتحدث في تغريدة`، `وعلق الوزير في تصريح`: a verb of writing opens the clause whose setting
  // is the cue; the speaker is its subject after it.
  if (k + 1 < cueStart && toks[k]!.kind === 'word' && isA(view, toks[k], 'writing-verb')) k++;
  // `ونشرت الصحيفة تقريرا أشار إلى`: the publisher is the subject, what it published is not.
  if (k + 1 < cueStart && isA(view, toks[k], 'publishing-verb')) k++;
  const published = k > 0 && isA(view, toks[k - 1], 'publishing-verb');
  // `وكان الحوثيون قد أعلنوا`: the particle of the past perfect closes the subject, outside it.
  let end = published ? beforePublished(view, k, cueStart) : cueStart;
  while (end > k && isA(view, toks[end - 1], 'perfect-particle')) end--;
  // `وقالت المنظمة إنها وثقت`، `قال إنه سيطلق …`: after a complementizer with a pronoun the subject
  // is that pronoun, the voice already speaking (no new speaker: null); after a bare one it is the
  // noun phrase that opens right after it, never the words before it.
  for (let c = end - 1; c >= k; c--)
    if (isA(view, toks[c], 'complementizer')) {
      if (!bareComplementizer(view, toks[c]!) || !nounPhraseOpens(view, c + 1)) return null;
      k = c + 1;
      break;
    }
  if (k >= end) return null;
  // `وكان العقيد الركن فلان الفلاني المتحدث باسم التحالف قال`: a subject a rank or title opens may
  // carry the name and its office in apposition before the verb.
  const titled = asWritten(view, toks[k]!, 'name-title');
  if (end - k > (titled ? MAX_TITLED_SUBJECT_WORDS : MAX_SUBJECT_WORDS)) return null;
  return { start: k, end };
}

/** The longest subject before its verb (`مصادر محلية قالت`). */
const MAX_SUBJECT_WORDS = 6;
/** … when a rank or title opens it: ranks, a name of up to four words and a role of three. */
const MAX_TITLED_SUBJECT_WORDS = 10;

/** Builds a hop from a speaker phrase (token range), resolving back-references to named people. */
export function buildHop(
  view: SentenceView,
  lex: Lexicon,
  range: TokenRange,
  span: SpanMapper,
  state: VoiceState,
  cue: TextSpan | null,
): Hop | null {
  if (relativeLead(view, range)) return null;
  const p = hopPhrase(view, lex, range, span, state, cue);
  if (!p) return null;
  const hop =
    documentHop(p) ??
    shortNameHop(p) ??
    outletHop(p) ??
    reporterHop(p) ??
    anonymousHop(p) ??
    personHop(p) ??
    roleBackReference(p) ??
    titledFamilyName(p) ??
    organizationHop(p) ??
    familyNameHop(p) ??
    titleHop(p) ??
    p.withCue({ name: p.text, kind: 'unknown' });
  if (state.bodies && (hop.kind === 'organization' || hop.kind === 'outlet') && !p.personRole) {
    if (p.entity && p.entities[0]?.start === p.first)
      rememberListed(state.bodies, p.entity, groupName(p.entity, lex), lex);
    else if (!hop.entity) rememberSpeaker(state.bodies, hop);
  }
  return hop;
}

/**
 * `بما فيها`، `كما أعلن`، `الذي`: a phrase that opens on a relative (closed class relative, as
 * written or behind a glued ب or ك) is a clause, never someone who speaks. Must not: `بلدية` (a
 * name's own first letter), `لما فقيه` (ل + ما is also a given name).
 */
function relativeLead(view: SentenceView, range: TokenRange): boolean {
  let k = range.start;
  while (k < range.end && view.toks[k]!.kind !== 'word') k++;
  const tok = view.toks[k];
  if (!tok || k >= range.end || tok.kind !== 'word') return false;
  if (isA(view, tok, 'relative')) return true;
  return /^[بك]/.test(tok.text) && view.lex.closed.hasStem('relative', tok.text.slice(1));
}

/**
 * `وأضاف المرصد`، `وقالت الوزارة`، `منظمة العفو`: the first words of a body's name the report gave in
 * full before (short-names.ts). A lone word with the article; no role, no listed name of its own.
 */
function shortNameHop(p: HopPhrase): Hop | null {
  const bodies = p.state.bodies;
  if (!bodies || bodies.length === 0 || p.personRole || p.words.length > 3) return null;
  // `قوات سوريا` after `قوات سوريا الديمقراطية`: a place inside the words is part of the short
  // name; a listed body's name, or a place the phrase opens with, is named as it stands.
  if (p.entities.some((e) => e.entry.type !== 'location' || e.start === p.first)) return null;
  if (p.words.length === 1 && !isDefiniteToken(p.view.toks[p.first]!)) return null;
  const body = bodyNamedBefore(bodies, p.text);
  return body ? p.withCue({ ...body }) : null;
}

/** A speaker phrase read for its hop: its words, cleaned name, listed bodies, demonym and roles. */
interface HopPhrase {
  readonly view: SentenceView;
  readonly lex: Lexicon;
  readonly span: SpanMapper;
  readonly state: VoiceState;
  readonly words: readonly number[];
  readonly first: number;
  readonly last: number;
  readonly text: string;
  readonly entities: readonly EntityHit[];
  readonly entity: GazetteerEntry | null;
  readonly demonym: DemonymEntry | null;
  readonly firstStems: readonly string[];
  readonly roleHere: boolean;
  /**
   * A role a person or an unnamed source holds stands in the phrase (`المتحدث`، `مصدر`), not only a
   * body's own head (`وزارة`، `المكتب الإعلامي`, roles of kind organization): such a phrase names no
   * body a short name can refer back to, and is no short name itself.
   */
  readonly personRole: boolean;
  /** What an outlet's head opening the phrase heads instead (`headNotOutlet`), asked by two hops. */
  readonly notOutlet: 'agency' | 'thing' | null;
  readonly withCue: (hop: Hop) => Hop;
}

function hopPhrase(
  view: SentenceView,
  lex: Lexicon,
  range: TokenRange,
  span: SpanMapper,
  state: VoiceState,
  cue: TextSpan | null,
): HopPhrase | null {
  const toks = view.toks;
  const words: number[] = [];
  for (let i = range.start; i < range.end; i++) if (toks[i]!.kind === 'word') words.push(i);
  if (words.length === 0) return null;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const entities = view.entities.filter((e) => e.start >= range.start && e.end <= range.end);
  const entity: GazetteerEntry | null = entities[0]?.entry ?? null;
  // `قناة روسيا 24`: the digits of the name end it.
  const textEnd = digitsOfName(view, range.end - 1) ? range.end : last + 1;
  const text = hopName(view, lex, first, cleanName(span(first, textEnd).text), entity, entities);
  const demonym = words.map((i) => view.info(i)?.demonyms[0]).find((d) => d !== undefined) ?? null;
  const firstStems = stems(toks[first]);
  const roleHere = words.some((i) => isRole(view, i) || ownRole(view, toks[i]!));
  const personRole =
    roleHere &&
    words.some((i) => rolesAt(view, i).some((r) => r.kind !== 'organization') || ownRole(view, toks[i]!));
  const withCue = (hop: Hop): Hop => (cue ? { ...hop, cue } : hop);
  const notOutlet = headNotOutlet(view, words);
  return {
    view,
    lex,
    span,
    state,
    words,
    first,
    last,
    text,
    entities,
    entity,
    demonym,
    firstStems,
    roleHere,
    personRole,
    notOutlet,
    withCue,
  };
}

/**
 * `مراسلنا`، `مندوبنا`، `مراسلتنا`: a role with the pronoun «our» is the publisher's own, a role all
 * the same. Must not: `أمينا` (no role before `نا`), `مراسل الوكالة` (another's reporter).
 */
function ownRole(view: SentenceView, tok: Tok | undefined, person = false): boolean {
  if (!tok || tok.kind !== 'word') return false;
  return tokenReadings(tok).some((r) => ownRoleStem(view, r.stem, person));
}

/** `person`: a role a person holds (`مراسل`، `مندوب`), not an unnamed source (`مصادرنا`). */
function ownRoleStem(view: SentenceView, stem: string, person = false): boolean {
  if (stem.length <= 4 || !stem.endsWith('نا')) return false;
  const base = stem.slice(0, -2);
  // The feminine ending is written ت before a pronoun: `مراسلتنا` is `مراسلة` + نا.
  const bases = base.endsWith('ت') ? [base, view.lex.fold(base.slice(0, -1) + 'ة')] : [base];
  return bases.some((b) => view.lex.lookup(b).roles.some((role) => !person || role.kind === 'person'));
}

/**
 * `وأفاد مراسلنا في المدينة بأن …`، `بحسب مندوبنا`: the publisher's own reporter is the publisher
 * speaking in its own voice (CLAIMS.md: a chain of one hop), not a third party. The phrase's head
 * is the role with «our»; a place after it (`مراسلنا في الحديدة`) is where it reports from.
 * Must not: `مراسل قناة الجزيرة` (another outlet's reporter), `قال مسؤول لمراسلنا` (spoken to us),
 * `قالت مصادرنا` (unnamed sources the publisher heard: a hop of their own).
 */
export function ownReporter(view: SentenceView, range: TokenRange): boolean {
  let k = range.start;
  while (k < range.end && view.toks[k]!.kind !== 'word') k++;
  return k < range.end && ownRole(view, view.toks[k], true);
}

/** The phrase's name without a glued conjunction (`ومصادر`) or preposition (`للجيش المالي`). */
function hopName(
  view: SentenceView,
  lex: Lexicon,
  first: number,
  cleaned: string,
  entity: GazetteerEntry | null,
  entities: readonly EntityHit[],
): string {
  const toks = view.toks;
  let text = cleaned;
  // A conjunction glued to the phrase (`ومصادر`) is not part of the name; `وكالة` keeps its و.
  const head = toks[first]!.text;
  if (
    head.startsWith('و') &&
    !lex.closed.hasStem('outlet-head', head) &&
    !lex.closed.hasStem('organization-head', head)
  ) {
    const bare = head.slice(1);
    const known = lex.lookup(bare);
    const knownBare =
      lex.closed.hasStem('outlet-head', bare) ||
      lex.closed.hasBareOrDefinite('organization-head', bare) ||
      known.roles.length + known.entities.length + known.nouns.length > 0;
    const knownWhole = lex.lookup(head);
    if (
      knownBare &&
      knownWhole.roles.length + knownWhole.entities.length === known.roles.length + known.entities.length
    ) {
      text = text.replace(/^[\s"“”]*و/, '');
    }
  }
  // A preposition glued to a body (`للجيش المالي` after `وفقاً لبيان`) is not part of its name.
  // `للجيش` is ل + الجيش with the article's alef dropped in writing: the name is `الجيش`.
  if (entities.some((e) => e.start === first) || (entity && /^لل/.test(head))) {
    if (/^لل/.test(head)) text = text.replace(/^([\s"“”]*)لل/, '$1ال');
    else if (/^ل/.test(head)) text = text.replace(/^ل/, '');
    return text;
  }
  return /^ل/.test(head) ? withoutPreposition(lex, toks[first]!, text) : text;
}

/**
 * `وفقا لمصادر محلية`، `وفقا لمنظمة الهجرة`، `وفقاً للجنة الطوارئ`: the ل of the cue glued to a
 * speaker that no listed name starts is no letter of its name, when the word without it is a head,
 * a role or a word the lexicon knows and the word as written is none (`لجنة`). `للجنة` is ل + `لجنة`;
 * `للمرصد` is ل + `المرصد`, the article's alef dropped in writing.
 */
function withoutPreposition(lex: Lexicon, tok: Tok, text: string): string {
  const closed = lex.closed;
  const head = (stem: string): boolean =>
    (['organization-head', 'outlet-head', 'anonymous-head', 'statement-noun'] as const).some(
      (cls) => closed.hasStem(cls, stem) || closed.hasStem(cls, `ال${stem}`),
    );
  const known = (stem: string): boolean => {
    if (head(stem)) return true;
    const info = lex.lookup(stem);
    return info.roles.length + info.entities.length + info.nouns.length > 0;
  };
  if (head(tok.text)) return text;
  // The article first (`للمصادر` is ل + المصادر); ل + a stem that begins with ل only when the stem is a
  // head itself (`للجنة`), not a word read again with ل as its clitic (`لمصادر`).
  const readings = tokenReadings(tok).filter(
    (r) => r.prefixes[0] === 'ل' && r.prefixes.length === (r.definite ? 2 : 1),
  );
  const r =
    readings.find((r) => r.definite && known(r.stem)) ??
    readings.find((r) => !r.definite && (r.stem.startsWith('ل') ? head(r.stem) : known(r.stem)));
  if (!r) return text;
  // `للمرصد`: ل + the article, whose alef is not written.
  if (r.definite && tok.text.startsWith('لل') && !r.stem.startsWith('ل'))
    return text.replace(/^([\s"“”]*)لل/, '$1ال');
  return text.replace(/^([\s"“”]*)ل/, '$1');
}

/** A document speaks: `أشار التقرير`، `قال البيان`. */
function documentHop(p: HopPhrase): Hop | null {
  if (!isA(p.view, p.view.toks[p.first], 'statement-noun') || p.words.length > 4 || p.entity) return null;
  return p.withCue({ name: p.text.replace(/^لل/, 'ال'), kind: 'document' });
}

/** Outlets: صحيفة/وكالة/موقع … or a gazetteer outlet. */
function outletHop(p: HopPhrase): Hop | null {
  if (!isA(p.view, p.view.toks[p.first], 'outlet-head') && p.entity?.type !== 'outlet') return null;
  if (p.entity?.type !== 'outlet' && p.notOutlet) return null;
  // `شبكة أطباء السودان`: a listed body whose name opens with an outlet's head word is that body.
  const named = p.entities[0];
  if (named && named.start === p.first && named.entry.type !== 'outlet' && named.entry.type !== 'location')
    return null;
  const hop: Hop = { name: p.text, kind: 'outlet' };
  // `موقع X الإخباري` with X a town is no listed body; a lone `الموقع` refers back, naming none.
  const body = p.entities.find((e) => e.entry.type === 'outlet' || e.entry.type === 'organization');
  if (body) return p.withCue({ ...hop, entity: body.entry.id });
  // `معرفات داعش`، `حسابات تابعة للحركة`: a party's accounts and channels speak for the party.
  const party = p.entities.find((e) => e.entry.type === 'armed_group' || e.entry.type === 'government');
  if (p.words.length > 1 && !p.roleHere)
    p.state.named?.push({ kind: 'outlet', name: p.text, span: p.span(p.first, p.last + 1), form: 'name' });
  return p.withCue(party ? { ...hop, affiliation: party.entry.name } : hop);
}

/**
 * `وكالة الاستخبارات المركزية`، `وكالات إنسانية`: an outlet's head before the field of a body is that
 * body's head (`agency`); `مواقع عسكرية`، `شبكات الكهرباء`، `محطة وقود`: before a thing or a place, it
 * heads no outlet (`thing`). Must not: `وكالة الأنباء`، `شبكة شام الإخبارية`، `مواقع إخبارية`.
 */
function headNotOutlet(view: SentenceView, words: readonly number[]): 'agency' | 'thing' | null {
  if (words.length < 2 || !isA(view, view.toks[words[0]!], 'thing-outlet-head')) return null;
  const next = view.toks[words[1]!];
  if (isA(view, next, 'agency-field')) return 'agency';
  return isA(view, next, 'not-media') ? 'thing' : null;
}

/**
 * `مراسل العربية`، `مراسلة الحدث`: a reporter of an outlet named by its masthead alone speaks for the
 * outlet, as `مراسل قناة العربية` does (outletHop). Must not: `مراسل حربي` (a kind of reporter, no
 * outlet), `مراسل الوكالة` (no masthead: the role alone).
 */
function reporterHop(p: HopPhrase): Hop | null {
  if (p.words.length < 2 || p.entity) return null;
  // The first word's stems (clitics read off by the lexicon), the feminine `مراسلة` as `مراسل`.
  if (!correspondentWord(p.view, p.view.toks[p.first])) return null;
  // `مراسل حربي`، `مراسل حربي روسي`: a kind of reporter, unnamed, of the country named if any.
  const rest = p.words.slice(1);
  const kindOf = (i: number): boolean =>
    p.view.lex.closed.has('correspondent-kind', p.view.toks[i]!.text) ||
    (i !== rest[0] && (p.view.info(i)?.demonyms.length ?? 0) > 0);
  if (rest.every(kindOf)) {
    const country = p.demonym?.country;
    return p.withCue(
      country
        ? { name: p.text, kind: 'anonymous', affiliation: country }
        : { name: p.text, kind: 'anonymous' },
    );
  }
  // `مراسل لوكالة الأنباء الفرنسية`: the employer's head with ل (reporterOf) opens no masthead.
  const employer = outletHeadWithL(p.view, p.view.toks[p.words[1]!]);
  const told = p.view.toks[p.words[1]!]!.text === 'ل';
  const from = (employer || told) && p.words.length > 2 ? p.words[2]! : p.words[1]!;
  const outlet = outletByMasthead(p.lex, foldWords(p.span(from, p.last + 1).text));
  return outlet ? p.withCue({ name: p.text, kind: 'outlet', entity: outlet.id }) : null;
}

/** Anonymous sources: مصادر محلية، مسؤول أميركي، شهود عيان. */
function anonymousHop(p: HopPhrase): Hop | null {
  // `أطباء وشهود عيان`: every conjunct unnamed; `عيان` after `شهود` is no one's name.
  const closed = p.view.lex.closed;
  const conjunctHead = p.words.some(
    (i, k) =>
      k > 0 &&
      /^و/.test(p.view.toks[i]!.text) &&
      closed.hasStem('anonymous-head', p.view.toks[i]!.text.slice(1)),
  );
  // `مصادرنا`: the publisher's own unnamed sources.
  const own = (s: string): boolean => s.endsWith('نا') && closed.hasStem('anonymous-head', s.slice(0, -2));
  if (!p.firstStems.some((s) => closed.hasStem('anonymous-head', s) || own(s)) && !conjunctHead) return null;
  // `أطباء بلا حدود` is a listed body, not unnamed doctors.
  if (p.entity && p.entities[0]?.start === p.first && p.entity.type !== 'location') return null;
  const affiliation = p.entity?.name ?? p.demonym?.country;
  const hop: Hop = { name: p.text, kind: 'anonymous' };
  return p.withCue(affiliation ? { ...hop, affiliation } : hop);
}

/**
 * A name run that is no person's name for the head word before it: `غرفة طوارئ أمبدة`، `مكتب إعلام
 * حلب` (words in construct with a body's head that opens the phrase name the body), `وزارة الصحة
 * ومصادر أمنية` (one word after an unnamed source's head is its adjective). Must not: `ضابط شرطة أحمد
 * حسن` (an officer's name after his role).
 */
function notPersonAfterHead(p: HopPhrase, nameRun: TokenRange): boolean {
  const view = p.view;
  const head = view.toks[nameRun.start - 1];
  if (head?.kind !== 'word' || nameRun.start - 1 < p.first) return false;
  if (nameRun.start - 1 === p.first && !isDefiniteToken(head) && isA(view, head, 'organization-head'))
    return true;
  return (
    nameRun.end - nameRun.start === 1 &&
    tokenReadings(head).some((r) => view.lex.closed.hasStem('anonymous-head', r.stem))
  );
}

/** A person: role words, then a name made of words that are neither roles, bodies nor articles. */
function personHop(p: HopPhrase): Hop | null {
  const { view, span, state } = p;
  // A name after the role's comma (`الخبير العسكري، العميد فلان`) before one that precedes it.
  const after = appositionName(view, p.words, p.entities);
  const lead =
    leadingName(view, p.words, p.entities) ?? (after ? null : nameBeforeRole(view, p.words, p.entities));
  const nameRun = lead ?? after ?? findNameRun(view, p.words, p.entities);
  if (!nameRun) return null;
  // `صواريخ أرض جو`، `شرطة هونغ كونغ`: after words that hold no role, title or nationality, the
  // run is their complement, no one's name.
  if (!lead && !after && nameRun.start > p.first && !titledBefore(p, nameRun.start)) return null;
  // `مدينة الملك عبدالله الاقتصادية`، `مطار الملك خالد`: a name after a place's head names the place.
  // The title stands right after the head (`قائد عمليات محافظة ديالى الفريق الركن مزهر العزاوي` has a
  // place's name between them: the title is the person's).
  const titleAfter = (k: number): boolean => {
    const between = p.words.filter((i) => i > k && i < nameRun.start);
    return between.length > 0 && between.every((i) => asWritten(view, view.toks[i]!, 'name-title'));
  };
  const placeHead = (i: number): boolean =>
    isA(view, view.toks[i], 'place-head') && !officeOfPlace(view, i) && titleAfter(i);
  if (p.words.some((i) => i < nameRun.start && placeHead(i))) return null;
  if (!lead && !after && notPersonAfterHead(p, nameRun)) return null;
  const name = cleanName(span(nameRun.start, nameRun.end).text);
  // `صفحتها الرسمية`، `بمساعدتها`: a word with a pronoun suffix is no one's name.
  if (!plausibleName(p.lex, name)) return null;
  const roleText = lead
    ? cleanName(span(lead.end, p.last + 1).text).replace(/^[،,\s]+/, '')
    : nameRun.start > p.first
      ? cleanName(span(p.first, nameRun.start).text)
      : '';
  // A lone word naming someone met before (`حنّا`، `برايس`): the same person. A lone unknown
  // word is a name only after a role or set off by quotes or parentheses; otherwise it is
  // likelier an adjective (`جماعة تابعة`، `بيانات مقتضبة`).
  const nameSpan = span(nameRun.start, nameRun.end);
  if (nameRun.end - nameRun.start === 1) {
    const known = findPerson(state, name);
    if (known && !roleText) {
      state.named?.push({ kind: 'person', name: known.name, span: nameSpan, form: 'single' });
      return p.withCue({ ...known });
    }
    // `"حنّا"`، `(برايس)`: set off on both sides; `وأضاف "تبين أنه …` opens the words said.
    const mark = view.toks[nameRun.start - 1]?.text ?? '';
    const close = view.toks[nameRun.end]?.text ?? '';
    const marked = (mark === '"' && close === '"') || (mark === '(' && close === ')');
    // Only a role word or a title makes a lone word after it a name (`المتحدث باسم الوحدات بروسك`،
    // `الملك سلمان`); after other words it is their adjective or object (`مجموعة مراقبة مستقلة`،
    // `أعلنت الوزارة انتشال`).
    const roleBefore = p.words.some(
      (i) => i < nameRun.start && (isRole(view, i) || asWritten(view, view.toks[i]!, 'name-title')),
    );
    // `وكان كالفو يشير`، `وكانت ماي صرحت`: the subject between a clause's glued verb and a cue.
    const before = nameRun.start - 1;
    const opener = isA(view, view.toks[before], 'leading-connective') || gluedOpener(view, before);
    const subject = opener && (view.info(nameRun.end)?.cues.length ?? 0) > 0;
    if (!known && !roleBefore && !marked && !subject) return null;
  }
  let hop: Hop = { name, kind: 'person' };
  if (roleText) hop = { ...hop, role: roleText };
  // `تركي الفيصل`: a nationality word read as the given name says no affiliation.
  const inName = (i: number): boolean =>
    i >= nameRun.start && i < nameRun.end && view.info(i)?.demonyms[0] === p.demonym;
  const demonym = p.words.some(inName) ? null : p.demonym;
  const affiliation = p.entity ? groupName(p.entity, p.lex) : demonym?.country;
  if (affiliation) hop = { ...hop, affiliation };
  if (!state.persons.some((q) => q.name === hop.name)) state.persons.push(hop);
  const form = nameRun.end - nameRun.start === 1 ? 'single' : 'name';
  state.named?.push({ kind: 'person', name, span: nameSpan, form });
  return p.withCue(hop);
}

/**
 * Whether a word before a name run says whose name it is: a role (`الرئيس`، `مراسلنا`), a title
 * (`الدكتورة`), a nationality (`الإعلامية البحرينية`) or an unnamed source's head.
 */
function titledBefore(p: HopPhrase, start: number): boolean {
  const { view } = p;
  // `الأمين العام للأمم المتحدة أنطونيو غوتيريش`: a listed body's office names whose name follows.
  if (p.entities.some((e) => e.start < start && e.entry.type !== 'location')) return true;
  return p.words.some((i) => {
    if (i >= start) return false;
    const tok = view.toks[i]!;
    const info = view.info(i);
    return (
      isRole(view, i) ||
      view.words[i]!.phrasesByKind.role.length > 0 ||
      ownRole(view, tok) ||
      asWritten(view, tok, 'name-title') ||
      (info?.demonyms.length ?? 0) > 0 ||
      isA(view, tok, 'anonymous-head') ||
      // `الضابط محمد يوسف`: a person's noun with the article, or in construct with a definite word
      (isDefiniteToken(tok) && (info?.nouns.some((n) => n.entry.unit === 'person') ?? false)) ||
      // (`ضابط الشرطة أحمد علي`), a noun of a kind of people only (`حالة الإنذار` counts anyone).
      (constructBefore(view, i, start) &&
        (info?.nouns.some((n) => n.entry.unit === 'person' && n.entry.kind !== 'unknown') ?? false))
    );
  });
}

/** `ضابط الشرطة`: the word after `i`, still before the name at `start`, carries the article. */
function constructBefore(view: SentenceView, i: number, start: number): boolean {
  const next = view.toks[i + 1];
  return i + 1 < start && next !== undefined && isDefiniteToken(next);
}

/**
 * A role alone refers back to the person last named with it (`وأضاف القيادي`، `بحسب المتحدث
 * الرسمي باسم قسد`), when the body matches too.
 */
function roleBackReference(p: HopPhrase): Hop | null {
  if (!p.roleHere) return null;
  const { view, words } = p;
  const at = words.findIndex((i) => isRole(view, i));
  const roleWord = at >= 0 ? view.toks[words[at]!]! : undefined;
  // `وزير الدفاع` after `وزير الخارجية فلان`: a role without the article is in construct with the
  // word after it, which says whose office it is; the person named before holds that one too.
  const complement =
    roleWord && !isDefiniteToken(roleWord) && at + 1 < words.length ? view.toks[words[at + 1]!]! : null;
  const group = p.entity ? groupName(p.entity, p.lex) : null;
  const known = [...p.state.persons]
    .reverse()
    .find(
      (q) =>
        q.role &&
        roleWord &&
        sharesWord(q.role, roleWord.text) &&
        (!complement || sharesWord(view.lex.fold(q.role), complement.text)) &&
        (!group || !q.affiliation || q.affiliation === group),
    );
  if (!known) return null;
  return namedBack(p, known, p.last + 1, 'role');
}

/** A person named before, read back at the phrase's words up to `end`: remembered there (`form`). */
function namedBack(p: HopPhrase, known: Hop, end: number, form: 'single' | 'role'): Hop {
  p.state.named?.push({ kind: 'person', name: known.name, span: p.span(p.first, end), form });
  return p.withCue({ ...known });
}

/** A listed body, a body headed by an office word, or a role naming no one met before. */
function organizationHop(p: HopPhrase): Hop | null {
  const { entity, text } = p;
  const headed =
    isA(p.view, p.view.toks[p.first], 'organization-head') || institution(p) || p.notOutlet === 'agency';
  if (!entity && !headed && !p.roleHere && !bodyByHead(p)) return null;
  // `المحامية البارزة`، `خبير عسكري`: a role that names no one and no body is an unnamed source.
  if (!entity && !headed && unnamedRole(p)) {
    const affiliation = p.demonym?.country;
    return p.withCue(
      affiliation ? { name: text, kind: 'anonymous', affiliation } : { name: text, kind: 'anonymous' },
    );
  }
  if (!headed && officeAlone(p)) return p.withCue(officialHop(p));
  // `القيادي الحوثي`، `قائد قوات التحالف العربي`، `متحدث باسم شرطة نيويورك`: a phrase that opens on
  // a role and names no one (personHop read no name in it) is one of the body's people, not the body.
  if (!headed && openedByRole(p)) {
    if (!rolesAt(p.view, p.first).every((r) => r.kind === 'anonymous')) return p.withCue(officialHop(p));
    const affiliation = p.entity?.name ?? p.demonym?.country;
    return p.withCue(
      affiliation ? { name: text, kind: 'anonymous', affiliation } : { name: text, kind: 'anonymous' },
    );
  }
  let hop: Hop = { name: text, kind: 'organization' };
  // A place names no speaker (`مديرية صحة إدلب` is not Idlib), and a body headed by its own
  // office word before a listed one (`المكتب الإعلامي لقسد`) is a body of its own within it.
  const body = p.entities.find((e) => e.entry.type !== 'location' && e.entry.type !== 'facility');
  const subBody = body !== undefined && body.start > p.first && headed;
  if (body && !subBody) hop = { ...hop, entity: body.entry.id };
  if (entity && entity.name !== text) hop = { ...hop, affiliation: groupName(entity, p.lex) };
  if ((!body || subBody) && headed) {
    const parent = subBody ? { parent: body.entry.id } : {};
    p.state.named?.push({
      kind: 'organization',
      name: text,
      span: p.span(p.first, p.last + 1),
      form: 'name',
      ...parent,
    });
  }
  return p.withCue(hop);
}

/**
 * `مدينة الملك عبدالله الطبية`، `مجمع ناصر الطبي`، `المدينة الجامعية`: a place head whose name an
 * institution's adjective closes is a body (a hospital, a university) that speaks. Must not: `مدينة
 * حلب` (no such adjective), `الطبية` alone.
 */
function institution(p: HopPhrase): boolean {
  const { view } = p;
  if (p.words.length < 2 || !isA(view, view.toks[p.first], 'place-head')) return false;
  const last = view.toks[p.last]!;
  return isDefiniteToken(last) && isA(view, last, 'institution-adjective');
}

/**
 * `محافظ الحسكة`، `وزير الخارجية الفرنسي`، `المتحدث باسم الجيش`: the phrase opens on an office one
 * person holds (roles.tsv kind `person`) and names no one; the body after it is whose office it is.
 * Must not: `القيادة العامة لقسد` (a body), `مسؤول في الوزارة` (an unnamed source: anonymous already).
 */
function officeAlone(p: HopPhrase): boolean {
  const first = rolesAt(p.view, p.first);
  if (first.length === 0 || !first.every((r) => r.kind === 'person')) return false;
  // `العقيد المالكي`: a rank before a family name names the person; `العقيد` alone names none.
  if (p.words.length > 1 && asWritten(p.view, p.view.toks[p.first]!, 'name-title')) return false;
  return !p.words.some((i) => i > p.first && mayBeName(p, i));
}

/** The phrase opens on a role a person or an unnamed source holds (`قائد`، `القيادي`، `ولي العهد`). */
function openedByRole(p: HopPhrase): boolean {
  const first = rolesAt(p.view, p.first);
  return first.length > 0 && first.every((r) => r.kind !== 'organization');
}

/**
 * `العقيد المالكي`، `اللواء المسماري`: a rank or title before one word with the article that the
 * lexicon does not know is a person called by the family name: the one the report named so, else
 * the name with its title as the role.
 */
function titledFamilyName(p: HopPhrase): Hop | null {
  const { view } = p;
  if (p.words.length !== 2 || p.entities.length > 0) return null;
  const [title, family] = [p.words[0]!, p.words[1]!];
  if (!asWritten(view, view.toks[title]!, 'name-title') || !isDefiniteToken(view.toks[family]!)) return null;
  const info = view.info(family);
  if (!info || info.roles.length + info.nouns.length + info.demonyms.length + info.events.length > 0)
    return null;
  if (isA(view, view.toks[family], 'anaphoric-head') || isA(view, view.toks[family], 'organization-head'))
    return null;
  const name = cleanName(p.span(family, family + 1).text);
  const known = findPerson(p.state, name);
  if (known) return namedBack(p, known, p.last + 1, 'single');
  const hop: Hop = { name, kind: 'person', role: cleanName(p.span(title, title + 1).text) };
  p.state.persons.push(hop);
  return namedBack(p, hop, p.last + 1, 'single');
}

/**
 * A word of the phrase that may be a name (`حاكم الولاية سايمون لولانغ`، `العقيد المالكي`، `أمير
 * حاتمي، وزير الدفاع`): a comma, a title, or a word without the article that the lexicon does not
 * know and no listed name holds. The office's own words are known or agree with it (`الجديد`).
 */
function mayBeName(p: HopPhrase, i: number): boolean {
  const { view } = p;
  const tok = view.toks[i]!;
  if (isComma(tok) || asWritten(view, tok, 'name-title')) return true;
  if (tok.kind !== 'word' || isDefiniteToken(tok)) return false;
  if (p.entities.some((e) => i >= e.start && i < e.end)) return false;
  const info = view.info(i);
  const known =
    !!info &&
    info.roles.length + info.nouns.length + info.demonyms.length + info.entities.length + info.events.length >
      0;
  return !known && !isA(view, tok, 'speaker-preposition') && !isA(view, tok, 'member-preposition');
}

/**
 * An office without its holder's name is an official of its body (CLAIMS.md: `مسؤول أميركي كبير` is
 * anonymous, with the side it speaks for): the role is the office, the affiliation its body's side.
 */
function officialHop(p: HopPhrase): Hop {
  const affiliation = p.entity ? groupName(p.entity, p.lex) : p.demonym?.country;
  const body = p.entities.find((e) => e.entry.type !== 'location' && e.entry.type !== 'facility');
  let hop: Hop = { name: p.text, kind: 'anonymous', role: p.text };
  if (body) hop = { ...hop, entity: body.entry.id };
  return affiliation ? { ...hop, affiliation } : hop;
}

/** A hop of an office named without its holder (`officialHop`): it may be the person named before. */
export function officeOnly(hop: Hop): boolean {
  return hop.kind === 'anonymous' && hop.role === hop.name;
}

/** Every role word of the phrase is one an unnamed source holds (roles.tsv kind `anonymous`). */
function unnamedRole(p: HopPhrase): boolean {
  const roles = p.words.flatMap((i) => rolesAt(p.view, i));
  return roles.length > 0 && roles.every((r) => r.kind === 'anonymous');
}

/**
 * `زعمت الجماعة`، `قالت الحركة`: a body's head word with the article, alone, speaks for a body the
 * report has not named (a named one resolves to its entry before this).
 */
function bodyByHead(p: HopPhrase): boolean {
  if (p.words.length !== 1) return false;
  return p.view.lex
    .readings(p.view.toks[p.first]!.text)
    .some((r) => r.definite && p.view.lex.closed.hasStem('anaphoric-head', r.stem));
}

/**
 * `وقال الملك`، `الملك السعودي`، `الأميرة البريطانية`: a title of names (`الملك`، `الأمير`) with no
 * name after it is the person the report named with it, else an official of the country or body
 * named beside it. Must not: `الملك سلمان` (a name, personHop), `مطار الملك` (no title opens it).
 */
function titleHop(p: HopPhrase): Hop | null {
  const { view } = p;
  if (!asWritten(view, view.toks[p.first]!, 'name-title')) return null;
  const rest = p.words.slice(1);
  const described = (i: number): boolean =>
    isDefiniteToken(view.toks[i]!) &&
    ((view.info(i)?.demonyms.length ?? 0) > 0 || p.entities.some((e) => i >= e.start && i < e.end));
  if (!rest.every(described)) return null;
  const title = view.toks[p.first]!.text;
  const group = p.entity ? groupName(p.entity, p.lex) : (p.demonym?.country ?? null);
  const known = [...p.state.persons]
    .reverse()
    .find(
      (q) => q.role && sharesWord(q.role, title) && (!group || !q.affiliation || q.affiliation === group),
    );
  if (known) return namedBack(p, known, p.last + 1, 'role');
  return p.withCue(officialHop(p));
}

/** A lone family name with its article (`وقال المسماري`) is the person the report named so. */
function familyNameHop(p: HopPhrase): Hop | null {
  if (p.words.length !== 1 || !isDefiniteToken(p.view.toks[p.first]!)) return null;
  const known = findPerson(p.state, p.text);
  if (!known) return null;
  return namedBack(p, known, p.first + 1, 'single');
}

/** The side a body speaks for: an office's parent, a command's or unit's force (`القيادة العامة لقسد` → قسد). */
export function groupName(entity: GazetteerEntry, lex: Lexicon): string {
  const parent = entity.parent ? lex.entityById.get(entity.parent) : undefined;
  if (!parent) return entity.name;
  if (entity.type === 'organization' || entity.type === 'outlet') return parent.name;
  const side = (e: GazetteerEntry): boolean => e.type === 'armed_group' || e.type === 'government';
  let current = entity;
  for (let hops = 0; hops < 3 && side(current) && current.parent; hops++) {
    const up = lex.entityById.get(current.parent);
    if (!up || !side(up)) break;
    current = up;
  }
  return current.name;
}

function sharesWord(a: string, b: string): boolean {
  const fa = new Set(foldWords(a));
  return foldWords(b).some((w) => fa.has(w));
}

function findPerson(state: VoiceState, name: string): Hop | undefined {
  const key = foldWords(name)[0];
  if (!key) return undefined;
  return [...state.persons].reverse().find((p) => foldWords(p.name).includes(key));
}

function cleanName(text: string): string {
  const name = text
    .replace(/^[\s"'“”«»″(]+|[\s"'“”«»″)(,،:]+$/g, '')
    .replace(/["“”«»″]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  // `وكالة الأنباء السورية (سانا)`: the closing parenthesis the trim took belongs to the name.
  return name.lastIndexOf('(') > name.lastIndexOf(')') ? name + ')' : name;
}

/** A word that may be part of a name set off by commas: no body, role, cue, event or grammar word. */
function appositionWord(view: SentenceView, i: number, entities: readonly TokenRange[]): boolean {
  const tok = view.toks[i]!;
  const info = view.info(i);
  if (!info || tok.text.length < 2 || view.excluded.has(i)) return false;
  if (entities.some((e) => i >= e.start && i < e.end)) return false;
  if (info.cues.length > 0 || info.events.length > 0 || isRole(view, i)) return false;
  if (isA(view, tok, 'speaker-preposition')) return false;
  if (
    asWritten(view, tok, 'speaker-stop') ||
    isA(view, tok, 'name-complementizer') ||
    isA(view, tok, 'function-word')
  )
    return false;
  return !(
    isA(view, tok, 'organization-head') ||
    isA(view, tok, 'outlet-head') ||
    isA(view, tok, 'statement-noun') ||
    isA(view, tok, 'anaphoric-head') ||
    isA(view, tok, 'count-head') ||
    isA(view, tok, 'time-noun')
  );
}

/**
 * Token `i` is a role word (`المتحدث`، `وزير`) or opens a role of words whose first is none
 * alone (`ولي العهد`، `النائب العام`): the lexicon lists a role for it.
 */
function isRole(view: SentenceView, i: number): boolean {
  return rolesAt(view, i).length > 0;
}

/**
 * The roles token `i` holds: its own, else a person's or an unnamed source's role of several words
 * that opens on it (`ولي العهد`). Bodies (`المكتب الإعلامي`) stay the body readers'.
 */
function rolesAt(view: SentenceView, i: number): readonly RoleEntry[] {
  const own = view.info(i)?.roles ?? [];
  if (own.length > 0) return own;
  const phrases = view.words[i]?.phrasesByKind.role ?? [];
  for (const phrase of phrases) {
    const payload = phrase.payload;
    if (payload.kind !== 'role' || payload.entry.kind === 'organization') continue;
    if (matchPhraseWords(view.toks, view.words, i, phrase) > 0) return [payload.entry];
  }
  return [];
}

/**
 * The first or the last comma between a phrase's first and last words (`المتحدث باسم التحالف، العقيد
 * تركي المالكي`، `ألدر سلطانوف، المتحدث باسم …`), or -1.
 */
function commaInPhrase(view: SentenceView, words: readonly number[], which: 'first' | 'last'): number {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (which === 'first') {
    for (let i = first + 1; i < last; i++) if (isComma(view.toks[i])) return i;
  } else {
    for (let i = last - 1; i > first; i--) if (isComma(view.toks[i])) return i;
  }
  return -1;
}

/**
 * A role's apposition set off by a comma (`المتحدث باسم وزارة الصحة، خالد مجاهد`، `المتحدث باسم
 * التحالف، العقيد الركن تركي المالكي`): after the ranks, the words up to the phrase's end are a
 * person's name even where a word is also a noun or a demonym (`مجاهد`، `تركي`). Must not: a tail
 * with the article only (`المتحدث باسم الجيش، الثلاثاء`), a body or a place after the comma.
 */
function appositionName(
  view: SentenceView,
  words: readonly number[],
  entities: readonly TokenRange[],
): TokenRange | null {
  const toks = view.toks;
  const last = words[words.length - 1]!;
  const comma = commaInPhrase(view, words, 'last');
  if (comma < 0) return null;
  if (!words.some((i) => i < comma && isRole(view, i))) return null;
  const tail = words.filter((i) => i > comma);
  // Ranks and titles before the name (`العقيد الركن`، `اللواء`): roles, or words with the article.
  const k = tail.findIndex((i) => !isRole(view, i) && !isDefiniteToken(toks[i]!));
  if (k < 0 || tail.length - k > 4) return null;
  const name = tail.slice(k);
  if (!name.every((i) => appositionWord(view, i, entities))) return null;
  return { start: name[0]!, end: last + 1 };
}

/** The fewest words titles before a name leave: a name's word and a role word at least. */
const NAME_AND_ROLE = 2;

/**
 * A name of two words or more before its role (`محمد الأحمد، المتحدث باسم الجيش`، `سامر الأحمد
 * المتحدث`): the name opens the phrase and a role word follows it. Must not: a role before the name
 * (`المتحدث سامر الأحمد`, read by findNameRun), a body (`وزارة الدفاع`), a lone word.
 */
function leadingName(
  view: SentenceView,
  words: readonly number[],
  entities: readonly TokenRange[],
): TokenRange | null {
  // `العقيد الركن فلان الفلاني المتحدث باسم التحالف`: ranks and titles written before the name
  // (`العقيد`، `الركن`) are no role the name comes before; the role is sought after them.
  let titles = 0;
  while (titles < words.length - NAME_AND_ROLE && asWritten(view, view.toks[words[titles]!]!, 'name-title'))
    titles++;
  let role = words.findIndex((i, k) => k >= titles && isRole(view, i));
  // `سالم الحربي، أحد نشطاء القبيلة`: one of a people is the role's, not the name's.
  if (role > 0 && oneOfPeople(view, words[role - 1]!)) role--;
  // `الفرنسي زين الدين زيدان مدرب …`: a nationality or title with the article before the name is no part of it.
  let from = 0;
  while (from < role - 2 && isDefiniteToken(view.toks[words[from]!]!) && titleWord(view, words[from]!))
    from++;
  if (role - from < 2) return null;
  const before = words.slice(from, role);
  const run = findNameRun(view, before, entities);
  if (!run || run.start !== before[0] || run.end !== before[before.length - 1]! + 1) return null;
  return run.end - run.start >= 2 ? run : null;
}

/** A nationality (`الفرنسي`) or a title (`الدكتور`) before a name. */
function titleWord(view: SentenceView, i: number): boolean {
  return (view.info(i)?.demonyms.length ?? 0) > 0 || asWritten(view, view.toks[i]!, 'name-title');
}

/**
 * `ألدر سلطانوف، المتحدث باسم مكتب المحامي العام`، `الجنرال كينيث ماكنزي، مدير هيئة الأركان`: a
 * name set off by a comma before a role is a person's, even where its words are also nouns or a
 * nationality (`أمير`، `تركي`); titles before it are no part of it. Must not: a body before the
 * comma (`شرطة العاصمة، لندن`), a word of no name (`الأمم المتحدة، بينهم`), a role after no comma.
 */
function nameBeforeRole(
  view: SentenceView,
  words: readonly number[],
  entities: readonly TokenRange[],
): TokenRange | null {
  const toks = view.toks;
  const comma = commaInPhrase(view, words, 'first');
  const after = words.find((i) => i > comma);
  if (comma < 0 || after === undefined || !(isRole(view, after) || oneOfPeople(view, after))) return null;
  const before = words.filter((i) => i < comma);
  let k = 0;
  // `الجنرال`، `الأمير`: a title has the article or is one; `أمير حاتمي` is a name.
  const title = (i: number): boolean =>
    asWritten(view, toks[i]!, 'name-title') || (isRole(view, i) && isDefiniteToken(toks[i]!));
  // `العقيد الركن`: a word with the article after a title is the title's.
  while (k < before.length - 1 && (title(before[k]!) || (k > 0 && isDefiniteToken(toks[before[k]!]!)))) k++;
  const name = before.slice(k);
  if (name.length < (k > 0 ? 1 : 2) || name.length > 4) return null;
  // A name has a word without the article (`كينيث`، `تركي`); words that all have it are adjectives.
  if (name.every((i) => isDefiniteToken(toks[i]!))) return null;
  // `أمير حاتمي، وزير الدفاع`: a role word without the article opens a name whose other words are
  // names (one the lexicon does not know); `مسؤول أمريكي، المتحدث` is no name.
  const givenRole = (i: number, n: number): boolean =>
    n === 0 &&
    isRole(view, i) &&
    !isDefiniteToken(toks[i]!) &&
    name.slice(1).some((j) => nameWord(view, j)) &&
    name.slice(1).every((j) => appositionWord(view, j, entities));
  if (!name.every((i, n) => appositionWord(view, i, entities) || givenRole(i, n))) return null;
  return { start: name[0]!, end: name[name.length - 1]! + 1 };
}

/** `أحد نشطاء العشيرة`، `إحدى الناشطات`: one of a people, an office all the same in apposition. */
function oneOfPeople(view: SentenceView, i: number): boolean {
  if (!isA(view, view.toks[i], 'one-of')) return false;
  const people = view.info(i + 1)?.nouns.some((n) => n.entry.unit === 'person') ?? false;
  return people || isRole(view, i + 1);
}

/**
 * `تركي الفيصل`، `الأمير تركي آل الشيخ`، `المتحدث تركي المالكي`: a word that is also a nationality
 * (`تركي`) opening the phrase, after a title, or after a role's words ending on one with the article,
 * before a name of two words or one with the article, is a given name: an
 * adjective follows the noun it describes and agrees with it in definiteness. Must not: `مسؤول تركي
 * رفيع` (after a noun it describes it), `الأتراك`، `تركية` (the article, the feminine, a plural).
 */
function givenNameDemonym(view: SentenceView, words: readonly number[], runFrom: number): boolean {
  const given = runFrom - 1;
  if (given < 0 || runFrom >= words.length) return false;
  const tok = view.toks[words[given]!]!;
  const demonym = view.info(words[given]!)?.demonyms[0];
  if (!demonym || isDefiniteToken(tok) || view.lex.fold(tok.text) !== view.lex.fold(demonym.adjective))
    return false;
  if (given > 0 && !asWritten(view, view.toks[words[given - 1]!]!, 'name-title')) {
    // `المتحدث تركي المالكي`، `المتحدث باسم التحالف تركي المالكي`: after a word with the article (or
    // a listed name's end) the word without it cannot be its adjective; a role there has the name.
    const prev = words[given - 1]!;
    const definite = definiteEndsAt(view, prev + 1);
    if (!definite || !words.slice(0, given).some((i) => isRole(view, i))) return false;
  }
  return runFrom + 1 < words.length || isDefiniteToken(view.toks[words[runFrom]!]!);
}

/** The trailing run of name words: not a role, body, function word or known noun. */
function findNameRun(
  view: SentenceView,
  words: readonly number[],
  entities: readonly TokenRange[],
): TokenRange | null {
  const toks = view.toks;
  const isBare = (i: number): boolean => {
    const tok = toks[i]!;
    const info = view.info(i);
    if (entities.some((e) => i >= e.start && i < e.end)) return false;
    if (!info) return false;
    if (givenYaName(view, i)) return true;
    if (info.cues.length > 0 || info.events.length > 0 || info.demonyms.length > 0 || isRole(view, i))
      return false;
    if (info.nouns.length > 0) return false;
    if (isA(view, tok, 'speaker-preposition') || isA(view, tok, 'lineage-word')) return false;
    if (
      isA(view, tok, 'organization-head') ||
      isA(view, tok, 'outlet-head') ||
      isA(view, tok, 'statement-noun')
    )
      return false;
    if (
      asWritten(view, tok, 'speaker-stop') ||
      isA(view, tok, 'name-complementizer') ||
      isA(view, tok, 'function-word')
    )
      return false;
    if (tok.text.length < 2 || gluedOpener(view, i)) return false;
    if (isA(view, tok, 'anaphoric-head') || view.excluded.has(i)) return false;
    // `عددها`، `قولها`: a count or a saying that points back is no one's name.
    if (isA(view, tok, 'count-head') || isSayingBackReference(view, tok)) return false;
    // `بيان رسمي صدر عن`: the verb that issued a statement is no word of a name.
    if (isA(view, tok, 'issued-by') || isA(view, tok, 'issued-it')) return false;
    return !knownWithPronoun(view, tok);
  };
  // The name starts at a word without the article and runs to the end of the phrase
  // (`سامر الأحمد`، `نور الدين الحسن`), or is the phrase's parenthesized tail.
  let startIdx = -1;
  let runFrom = words.length;
  for (let k = words.length - 1; k >= 0; k--) {
    const i = words[k]!;
    // `محمد بن سلمان`، `سلمان بن عبد العزيز`: a lineage word between two words of the name is in it,
    // never its first word.
    const lineage = k > 0 && k < words.length - 1 && runFrom === k + 1 && isA(view, toks[i], 'lineage-word');
    // Not after a verb with a glued conjunction (`وتابع بن جاسم`); after `فهد`، `وليد` it is.
    if (lineage && isBare(words[k - 1]!)) continue;
    // `بن علي يلدريم`، `رئيس الوزراء التركي بن علي يلدريم`، `بن جاسم`: a lineage word before a name
    // of one or two words and after no word of one (the phrase's start, a role) opens the name; a
    // longer run after it is a name and what was said (`أكد بن سلمان ضرورة المساواة`).
    const after = words.length - k - 1;
    if (runFrom === k + 1 && after >= 1 && after <= 2 && isA(view, toks[i], 'lineage-word')) {
      runFrom = k;
      startIdx = k;
      break;
    }
    if (!isBare(i)) break;
    runFrom = k;
    if (!articleInName(toks[i]!)) startIdx = k;
  }
  if ((startIdx < 0 || startIdx === runFrom) && givenNameDemonym(view, words, runFrom))
    startIdx = runFrom - 1;
  if (startIdx < 0) return null;
  const start = words[startIdx]!;
  // `سجن غويران`، `حي الزهور`: a word after a place head names a place; `السلطات في لاوس` one after
  // a preposition too. Not a head with the article after an office (`حاكم الولاية سايمون لولانغ`):
  // it completes the office, and the name after it is its holder's.
  if (isA(view, toks[start - 1], 'place-head') && !officeOfPlace(view, start - 1)) return null;
  if (start > words[0]! && isA(view, toks[start - 1], 'place-preposition')) return null;
  // `عبد`-style compounds keep their second word even when it has the article.
  const end = words[words.length - 1]! + 1;
  return end - start - lineageLength(view, start, end) > 4 ? null : { start, end };
}

/**
 * `قواته`، `عناصرها`، `بيانهم`: a word the lexicon knows (a counted noun, a role, a body's or an
 * outlet's head, a statement) with a pronoun after it is a noun of someone's, never a name
 * (`أعلن الجيش وضع قواته`). A pronoun takes no article, and ة folds to the letter of «his»: a
 * bare ه counts only after the plural's `ات` (`قرى`، `مقاتلي` + ه fold alike with other words).
 * Must not: `عبد الله`، `وجيه`، `طه` (no known word before the ending), `المراقبة`، `مراقبة`،
 * `لقرية` (the feminine ending, folded).
 */
function knownWithPronoun(view: SentenceView, tok: Tok, roles = true): boolean {
  if (tok.kind !== 'word') return false;
  const closed = view.lex.closed;
  return tokenReadings(tok).some((r) => {
    const m = WITH_PRONOUN.exec(r.stem);
    if (r.definite || !m || m[1]!.length < 3) return false;
    const base = m[1]!;
    if (m[2] === 'ه' && !base.endsWith('ات')) return false;
    const bases = base.endsWith('ت') ? [base, view.lex.fold(base.slice(0, -1) + 'ة')] : [base];
    return bases.some((b) => {
      const info = view.lex.lookup(b);
      return (
        info.nouns.length + (roles ? info.roles.length : 0) > 0 ||
        (['organization-head', 'outlet-head', 'statement-noun', 'anonymous-head'] as const).some((cls) =>
          closed.hasStem(cls, b),
        )
      );
    });
  });
}

/**
 * Whether a word of a name run has the article: `الأحمد`، `والحسن`. A word read as ب/ك/ل + the
 * article before a stem of two letters only (`كالفو`، `بالمر`) is a foreign name's own letters: a
 * speaker's name takes no preposition, and Arabic stems are longer (`للاتصالات`، `بالعاصمة`).
 */
function articleInName(tok: Tok): boolean {
  return tokenReadings(tok).some(
    (r) => r.definite && (r.stem.length > 2 || !r.prefixes.some((p) => p === 'ب' || p === 'ك' || p === 'ل')),
  );
}

/** Grammar a word with a glued و or ف may be (`وكان`، `وفي`، `ولم`، `وذلك`): never a name's word. */
const GLUED_GRAMMAR: readonly WordClass[] = [
  'function-word',
  'leading-connective',
  'speaker-stop',
  'speaker-preposition',
  'complementizer',
];

/**
 * `وكان ترامب`، `وتابع كيم`، `وفي وقت سابق`: a word with a glued و or ف whose bare word is grammar,
 * or a word with و that opens its clause (news prose opens a clause on و and a verb, `وتابع`،
 * `ودعا`، `ووصفت`), is no person's name. Must not: `وقال وليد بن خالد`، `فهد بن سلمان` after a cue
 * (the name opens no clause), `فلاديمير بوتين` (ف, a word that is no grammar).
 */
function gluedOpener(view: SentenceView, i: number): boolean {
  const tok = view.toks[i];
  if (!tok || tok.kind !== 'word' || tok.text.length < 3 || !/^[وف]/.test(tok.text)) return false;
  const bare = tok.text.slice(1);
  if (GLUED_GRAMMAR.some((cls) => view.lex.closed.has(cls, bare))) return true;
  const prev = view.toks[i - 1];
  return tok.text.startsWith('و') && (prev === undefined || (prev.kind !== 'word' && prev.text !== '('));
}

/**
 * `حاكم الولاية`، `دائرة صحة المحافظة`: a place head with its article completes the phrase before
 * it; a place's own name follows its head without the article (`ولاية كادونا`).
 */
function officeOfPlace(view: SentenceView, head: number): boolean {
  return isDefiniteToken(view.toks[head]!) && head > 0;
}

/**
 * `محمد بن راشد آل مكتوم`، `عبد الله بن عبد العزيز آل سعود`: in a name of lineage the lineage words,
 * and the first words of compounds (`عبد`), do not count towards its length. 0 with no lineage word.
 */
function lineageLength(view: SentenceView, start: number, end: number): number {
  let lineage = 0;
  let joined = 0;
  for (let i = start; i < end; i++) {
    if (isA(view, view.toks[i], 'lineage-word')) lineage++;
    else if (i + 1 < end && asWritten(view, view.toks[i]!, 'name-joining')) joined++;
  }
  return lineage > 0 ? lineage + joined : 0;
}

/**
 * The subject of a statement verb named earlier in the sentence: a person's name segment between
 * commas (with the role in the next segment), else the nearest named body.
 */
export function subjectEarlier(
  view: SentenceView,
  lex: Lexicon,
  cueStart: number,
  span: SpanMapper,
  state: VoiceState,
  cue: TextSpan,
): { hop: Hop; range: TokenRange } | null {
  const toks = view.toks;
  const segments: TokenRange[] = [];
  let end = cueStart;
  for (let k = cueStart - 1; k >= -1; k--) {
    if (k === -1 || isComma(toks[k]) || toks[k]!.text === '(' || toks[k]!.text === ')') {
      if (end > k + 1) segments.push({ start: k + 1, end });
      end = k;
    }
  }
  for (const [idx, whole] of segments.slice(0, 4).entries()) {
    // `وكتب مراسلنا في بيان`: the verb of writing is no part of the name.
    const verb = whole.end - whole.start > 1 && isA(view, toks[whole.start], 'writing-verb');
    const seg = verb ? { start: whole.start + 1, end: whole.end } : whole;
    const words = seg.end - seg.start;
    if (words < 1 || words > 4) continue;
    const hop = buildHop(view, lex, seg, span, state, cue);
    if (hop?.kind !== 'person' || hop.name.split(/\s+/).length < 2) continue;
    // The role in the next segment: `فلان، المتحدث باسم المكتب الإعلامي لقسد بتصريح`.
    const roleSeg = segments[idx - 1];
    if (roleSeg && isRole(view, roleSeg.start)) {
      let roleEnd = roleSeg.end;
      for (let k = roleSeg.start; k < roleSeg.end; k++) {
        if (isA(view, toks[k], 'statement-noun')) {
          roleEnd = k;
          break;
        }
      }
      const role = cleanName(span(roleSeg.start, roleEnd).text);
      const entity = view.entities.find((e) => e.start >= roleSeg.start && e.end <= roleEnd);
      let withRole: Hop = { ...hop, role };
      if (entity && !hop.affiliation) withRole = { ...withRole, affiliation: groupName(entity.entry, lex) };
      const known = state.persons.findIndex((p) => p.name === hop.name);
      if (known >= 0) state.persons[known] = withRole;
      return { hop: withRole, range: seg };
    }
    return { hop, range: seg };
  }
  const entity = [...view.entities]
    .reverse()
    .find((e) => e.end <= cueStart && ['armed_group', 'government', 'organization'].includes(e.entry.type));
  if (entity) {
    const hop: Hop = {
      name: cleanName(span(entity.start, entity.end).text),
      kind: 'organization',
      entity: entity.entry.id,
      cue,
    };
    return { hop, range: { start: entity.start, end: entity.end } };
  }
  return null;
}

export function sameName(a: string, b: string): boolean {
  const fa = foldWords(a).join(' ');
  const fb = foldWords(b).join(' ');
  return fa !== '' && (fa.includes(fb) || fb.includes(fa));
}

export function isPrepLike(lex: Lexicon, cue: CueHit): boolean {
  return (
    cue.entry.role === 'report' &&
    cue.entry.pos === 'phrase' &&
    cue.end - cue.start <= 3 &&
    lex.closed.has('source-preposition', cue.entry.form.split(' ')[0]!)
  );
}
