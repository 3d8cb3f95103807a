// Step: a claim per figure, with the frame that governs it. Rules decided here:
// `ar/subject/group-possessive` (مقاتليهم: "their fighters" are the speaker's side),
// `ar/stance/<stance>` (a hedge before the figure, else the sentence's stance) and
// `ar/scope/background` (a figure recalled from earlier years) and `ar/scope/campaign` (a running
// total since an offensive began: `منذ بدء الهجوم`).

import { parseIsoDate } from '../../dates/calendar.js';
import { OPEN_SPAN_RULE } from '../../dates/extractors/open-span.js';
import type { Claim, ClaimTime, Hop, Span, Stance, StrikeMeans, TextSpan } from '../../../../types.js';
import { stage } from '../../../../pipeline/stage.js';
import type { DateMention } from '../../dates/index.js';
import type { Frame } from '../../attribution/speakers.js';
import type { Figure } from '../../figures/figures.js';
import type { SentenceView } from '../../read/sentence-view.js';
import type { PlaceHit } from '../../entities/places.js';
import { predicateAfter } from '../../figures/figures.js';
import { isA, isOfClass } from '../../read/sentence-view.js';
import { campaignSince, isBackground, underCampaignSince } from '../../figures/scope.js';
import { originalSpan } from '../read.js';
import type { ClaimSentence } from '../read.js';

/** A claim per figure: its chain, stance, side, day and scope. */
export const makeClaims = stage<ClaimSentence>('ar/claims/make', (s) => {
  const { figures, view, reading, doc } = s;
  const background = figures.length > 0 && isBackground(view, reading.publishedYear);
  const since = figures.length > 0 && !background ? campaignSince(view) : -1;
  const sentenceSpan = originalSpan(doc, s.range.start, s.range.end);
  for (const figure of figures) {
    const campaign = underCampaignSince(view, since, figure.qStart);
    const claim = claimOf(s, figure, background ? 'background' : campaign ? 'campaign' : null, sentenceSpan);
    doc.claims.push(claim);
    if (doc.trace.on) traceClaim(s, claim, figure, sentenceSpan);
    reading.places.claims.push({
      claim: doc.claims.length - 1,
      places: ownClause(
        view,
        s.places,
        figure.qStart,
        figures.map((f) => f.qStart),
      ),
      at: figure.qStart,
    });
  }
});

/**
 * The places of a figure's own clause: a clause that `فيما`، `بينما` or `في حين` open after the
 * figure and that counts nothing of its own tells of something else (a ceremony, a reaction,
 * another front), and its places are not where the figure's event happened; when only such places
 * are named, the figure takes the report's place, as one whose sentence names none. A clause that
 * counts (`قتل 4 فيما جرح 7 في المخيم`) goes on telling the event, and its place stays the
 * figure's. Places before the figure stay (a sentence often names its place first: «في غزة، قتل…»).
 *
 * Must read the report's place: «قتل 52 فلسطينيا برصاص الجيش الإسرائيلي، فيما افتتحت الولايات
 * المتحدة سفارتها في القدس» (not Jerusalem). Must not: «قتل 5 في حلب، فيما أصيب 3 في إدلب» (the
 * first figure's Aleppo is in its own clause); «لقي 4 أشخاص مصرعهم فيما جرح 7 إثر سقوط قذيفة على
 * المخيم» (the camp); «قتل 5 حين سقطت قذيفة على حلب» (`حين` alone: when).
 */
export function ownClause(
  view: SentenceView,
  places: readonly PlaceHit[],
  at: number,
  figures: readonly number[],
): readonly PlaceHit[] {
  const opens: number[] = [];
  for (let k = at + 1; k < view.toks.length; k++) if (opensClause(view, k)) opens.push(k);
  for (let i = 0; i < opens.length; i++) {
    const start = opens[i]!;
    const end = opens[i + 1] ?? view.toks.length;
    if (figures.some((f) => f > start && f < end)) continue;
    return places.filter((p) => p.start < start);
  }
  return places;
}

/** Token `k` opens a clause of something else: `other-clause`, or `other-clause-head` after its preposition. */
function opensClause(view: SentenceView, k: number): boolean {
  const tok = view.toks[k];
  if (isA(view, tok, 'other-clause')) return true;
  return isA(view, tok, 'other-clause-head') && isA(view, view.toks[k - 1], 'other-clause-preposition');
}

/**
 * `--trace`: each rule of a new claim with the text it read. The readers of numbers, nouns, events
 * and sides read the figure (number to noun); a frame's rule read its cue and speaker phrase; stance
 * and scope rules read the sentence.
 */
function traceClaim(s: ClaimSentence, claim: Claim, figure: Figure, sentence: TextSpan): void {
  const frame = governingFrame(s.voices.frames, figure);
  const figureSpan = s.span(
    figure.nounStart < figure.qStart ? figure.nounStart : figure.qStart,
    figure.nounEnd,
  );
  for (const rule of claim.rules) {
    s.doc.trace.record(() => {
      let at: { start: number; end: number } = figureSpan;
      if (frame && rule === frame.rule) {
        const { cue, scopeStart } = frame;
        at = s.span(cue.start, scopeStart > cue.end ? scopeStart : cue.end);
      } else if (rule.startsWith('ar/stance/') || rule.startsWith('ar/scope/')) at = sentence;
      return { subject: claim.id, rule, start: at.start, end: at.end };
    });
  }
}

function claimOf(
  s: ClaimSentence,
  figure: Figure,
  scope: 'background' | 'campaign' | null,
  sentenceSpan: TextSpan,
): Claim {
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
    // A side that speaks for itself (`قال الجيش الإسرائيلي إن 3 من جنوده`) owns them too. In a
    // claim a voice passes on to deny it (`نفى المتحدث باسم قسد ما أعلنه التنظيم عن مقتل 50 من
    // مقاتليها`), the pronoun is the denier's: it is the denier's sentence.
    const relayed = chain.length > 2 && deniesHere(voices.frames, chain[chain.length - 2]!);
    const speaker = chain[chain.length - (relayed ? 2 : 1)]!;
    const body = speaker.entity ? doc.lexicon.entityById.get(speaker.entity) : undefined;
    const side = body && (body.type === 'armed_group' || body.type === 'government') ? body.name : null;
    group = speaker.affiliation ?? side;
    if (group) rules.push('ar/subject/group-possessive');
  }
  const span = s.span(figure.qStart, figure.nounEnd);
  const subject = s.span(
    figure.nounStart < figure.nounEnd ? figure.nounStart : figure.qStart,
    figure.nounStart < figure.subjectEnd ? figure.subjectEnd : figure.nounEnd,
  );
  const time = claimTime(doc.dates, s.range, figure, view, doc.published?.date ?? null);
  const evidence = bodyCount(s, figure);
  if (evidence.evidence) rules.push('ar/evidence/bodies');
  return {
    id: `${doc.id}#${doc.claims.length + 1}`,
    document: doc.id,
    start: span.start,
    end: span.end,
    text: span.text,
    sentence: { start: sentenceSpan.start, end: sentenceSpan.end },
    quantity: figure.quantity,
    unit: figure.unit,
    ...strikeMeans(s, figure),
    ...evidence,
    ...(figure.holder ? { holder: { name: figure.holder.name, entity: figure.holder.id } } : {}),
    category: figure.category,
    subject: { text: subject.text, group, kind: figure.kind },
    stance,
    attribution: chain,
    ...(time ? { time } : {}),
    ...(scope ? { scope } : {}),
    rules: scope ? [...rules, `ar/scope/${scope}`] : rules,
  };
}

/** Whether a voice denies something in the sentence (a frame of its own with the stance denied). */
function deniesHere(frames: readonly Frame[], hop: Hop): boolean {
  return frames.some((f) => f.stance === 'denied' && f.chain[f.chain.length - 1]?.name === hop.name);
}

/** For a strike, the weapon its noun names (`غارة` air, `قذيفة` artillery); nothing when it says none. */
function strikeMeans(s: ClaimSentence, figure: Figure): { means?: StrikeMeans } {
  if (figure.unit !== 'strike' || figure.lemma === null) return {};
  const means = s.doc.lexicon.strikeMeans.get(figure.lemma);
  return means ? { means } : {};
}

/**
 * `ar/evidence/bodies`: `انتشال 35 جثة`، `العثور على جثث 11 شخصا` — bodies found or recovered
 * are counted by whoever holds the ground, evidence rather than a claim of kills.
 */
function bodyCount(s: ClaimSentence, figure: Figure): { evidence?: 'bodies' } {
  if (figure.category !== 'killed') return {};
  const closed = s.view.lex.closed;
  if (figure.lemma !== null && closed.hasStem('corpse-noun', figure.lemma)) return { evidence: 'bodies' };
  const before = s.view.toks.slice(Math.max(0, figure.qStart - 2), figure.qStart);
  return before.some((t) => isA(s.view, t, 'corpse-noun')) ? { evidence: 'bodies' } : {};
}

/** The frame's stance, else a hedge before the figure (not across `لكن`), else the sentence's. */
function stanceOf(s: ClaimSentence, figure: Figure, frame: Frame | null, rules: string[]): Stance {
  const { voices, view } = s;
  const stance: Stance = frame?.stance ?? 'asserted';
  if (stance !== 'asserted') return stance;
  const from = frame ? frame.scopeStart : 0;
  const hedge =
    voices.hedges
      .filter((h) => h.index >= from - 1 && h.index < figure.qStart)
      .filter(
        (h) =>
          !view.toks.slice(h.index + 1, figure.qStart).some((t) => isOfClass(view.lex, t, 'contrast-break')),
      )
      .pop() ?? hedgeAfter(s, figure);
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

/**
 * A hedge between the figure and its predicate (`40 شخصا ربما قتلوا`، `300 ألف شخص قد يتعرضون
 * للنزوح`، `20 شخصا على الأقل قد يكونون قتلوا`): within three words of the counted noun, no
 * punctuation between, an event word right after it. Must not: `قتل 30 شخصا وربما أكثر` (the hedge
 * is on the more, not on the 30).
 */
function hedgeAfter(s: ClaimSentence, figure: Figure): { index: number; stance: Stance } | undefined {
  const { voices, view } = s;
  // `ألقت القبض على عشرة يشتبه بانتمائهم`: the event governing the figure stands before it, the
  // hedge is on something else.
  if (!predicateAfter(figure)) return undefined;
  return voices.hedges.find(
    (h) =>
      h.index >= figure.nounEnd &&
      h.index - figure.nounEnd <= 3 &&
      view.toks.slice(figure.nounEnd, h.index + 1).every((t) => t.kind === 'word') &&
      view.events.some((e) => e.start > h.index && e.start - h.index <= 3),
  );
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
 * figure's predicate clause starts. Durations and times do not date a claim. A day after `منذ`
 * opens a span up to the report: the figure counts from that day on, an open span with no last
 * day (`start` alone), never that day's toll.
 *
 * Must open a span: «أوقعت المواجهات 25 قتيلا منذ السبت» (published Tuesday) → start Saturday.
 * Must not:         «قتل 25 السبت» (that day's); «قتل 25 منذ صباح اليوم» or «منذ مساء أمس» (the
 *                   event's own toll, told the next day at the latest).
 */
function claimTime(
  dates: readonly DateMention[],
  sentence: Span,
  figure: Figure,
  v: SentenceView,
  published: string | null,
): ClaimTime | null {
  const at = v.toks[figure.qStart]?.start ?? sentence.start;
  let best: DateMention | null = null;
  for (const d of dates) {
    if (d.kind !== 'date' || !d.date || d.precision !== 'day') continue;
    if (d.foldedStart < sentence.start || d.foldedEnd > sentence.end) continue;
    if (planned(d, v)) continue;
    if (!best || Math.abs(d.foldedStart - at) < Math.abs(best.foldedStart - at)) best = d;
  }
  if (best && best.date) {
    const reported = parseIsoDate(published);
    const day = parseIsoDate(best.date);
    const open = since(best, v) && reported !== null && day !== null && reported - day >= SPAN_DAYS;
    return open ? { start: best.date, text: best.text } : { date: best.date, text: best.text };
  }
  return periodTime(dates, sentence, at, v) ?? recentSpanTime(dates, sentence, published);
}

/** Words before a day within which a plan word makes it the plan's day (`المقرر أن تبدأ عملها اليوم`). */
const PLAN_REACH = 5;

/**
 * The day is a plan's: a plan word (`المقرر`، `المزمع`) stands at most PLAN_REACH words before it.
 * The day something is to start dates no figure of the sentence.
 *
 * Must skip: «والمقرر أن تبدأ عملها اليوم السبت للتحقيق في هجوم أسفر عن مقتل 40».
 * Must not:  «قتل 40 اليوم السبت»; «ومن المقرر أن تبدأ البعثة عملها، وقتل 40 يوم السبت» (far from it).
 */
function planned(d: DateMention, v: SentenceView): boolean {
  return lastWordsBefore(v, d.foldedStart, PLAN_REACH).some((t) => isA(v, t, 'plan-word'));
}

type ViewToken = SentenceView['toks'][number];

/**
 * The last `n` words of the sentence that start before `offset`, nearest first: the words before a
 * date, found from the date's token back (the tokens are in text order), never from either end.
 */
function lastWordsBefore(v: SentenceView, offset: number, n: number): ViewToken[] {
  const toks = v.toks;
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  const out: ViewToken[] = [];
  for (let i = lo - 1; i >= 0 && out.length < n; i--) if (toks[i]!.kind === 'word') out.push(toks[i]!);
  return out;
}

/** Units whose uncounted span up to the report holds several days; the past hours are the day's. */
const SPAN_UNITS: ReadonlySet<string> = new Set(['day', 'week', 'month', 'year']);

/**
 * A claim no day or period dates, counted over an uncounted span up to the report (`خلال الأيام
 * الماضية`، `في الأسابيع الأخيرة`: open-span.ts): an open span that ends on the report's day and
 * whose first day is unsaid (`end` alone), so that its figure, a toll of several days, is never
 * set against one day's toll. `حتى الآن` (the toll so far of what the sentence tells) and `خلال
 * الساعات الماضية` (the day's own toll) are no such span.
 *
 * Must open a span: «وخلال الأيام الماضية، قتل 39 شخصا في اشتباكات» → end: the report's day.
 * Must not:         «قتل 39 شخصا حتى الآن»; «قتل 16 عنصرا خلال الساعات الماضية»; «قد يرتفع العدد في
 *                   الأيام المقبلة» (ahead of the report).
 */
function recentSpanTime(
  dates: readonly DateMention[],
  sentence: Span,
  published: string | null,
): ClaimTime | null {
  if (published === null) return null;
  const span = dates.find(
    (d) =>
      d.open === 'past' &&
      d.rules.includes(OPEN_SPAN_RULE) &&
      d.openUnit !== undefined &&
      SPAN_UNITS.has(d.openUnit) &&
      d.foldedStart >= sentence.start &&
      d.foldedEnd <= sentence.end,
  );
  return span ? { end: published, text: span.text } : null;
}

/**
 * A claim no day dates: the month, the part of a month or the year its sentence names, stated with
 * its year (`في تشرين الثاني 2015`، `أواخر أيار 2015`، `هجمات عام 2015 التي أسفرت عن مقتل 130`), as
 * its first and last day; a figure of another
 * year is recalled, not news of the report's days. `منذ عام 2011` starts a span up to now, which
 * has no last day: it dates nothing.
 *
 * Must date: «وقتل 130 شخصا في هجمات باريس عام 2015» → 2015-01-01 … 2015-12-31.
 * Must not:  «قتل 500 ألف منذ عام 2011»; «خلال الشهر الماضي» (no year stated).
 */
function periodTime(
  dates: readonly DateMention[],
  sentence: Span,
  at: number,
  v: SentenceView,
): ClaimTime | null {
  let best: DateMention | null = null;
  for (const d of dates) {
    if (d.kind !== 'date' || !d.range || d.relative || !d.stated.year) continue;
    if (d.precision !== 'week' && d.precision !== 'month' && d.precision !== 'year') continue;
    if (d.foldedStart < sentence.start || d.foldedEnd > sentence.end) continue;
    if (since(d, v)) continue;
    if (!best || Math.abs(d.foldedStart - at) < Math.abs(best.foldedStart - at)) best = d;
  }
  return best?.range ? { start: best.range.start, end: best.range.end, text: best.text } : null;
}

/** A span since a day this many days before the report or more: `منذ أمس` is the event's own toll. */
const SPAN_DAYS = 2;

/** The date opens a span up to now (`منذ عام 2011`، `ومنذ مارس 2011`: closed class war-since). */
function since(d: DateMention, v: SentenceView): boolean {
  // A word the date starts inside (tokens never overlap: one at most) is the date's own.
  const prev = lastWordsBefore(v, d.foldedStart, 2).find((t) => t.end <= d.foldedStart);
  return prev !== undefined && isA(v, prev, 'war-since');
}
