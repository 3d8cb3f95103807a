// Document metadata read from the text itself: the title, the publication date and the outlet
// that published it. Every rule is a general pattern of Arabic news pages; no outlet is named here.
//
// Title: the first line with Arabic letters that is not boilerplate, a byline or an outlet tag,
//   when it looks like a headline (short, no closing full stop).
// Published (first that applies):
//   ar/meta/published-label   نشر في / تاريخ النشر / آخر تحديث + a full date
//   ar/meta/byline-date       a short line near the top with a name and a timestamp
//                             (`<name> 2022-01-23 06:41:00`)
//   ar/meta/dateline          `<place>، 23 كانون الثاني 2022 (<agency>) -` at the head of a line
//   ar/meta/embedded-post     `— Name (@handle) January 21, 2022` when the text also speaks of
//                             اليوم: the post is today's (inferred)
//   ar/meta/published-latest-mention   the dates the text mentions (dates/publication.ts, inferred)
//   ar/meta/published-batch   inferPublishedFromBatch: a batch of reports on one incident lends a
//                             document without a year its year and the incident's first day
// Outlet (the name that wins most rules; ties go to the more specific rule):
//   ar/meta/outlet-exclusive      `خاص-<outlet>`, `<outlet> - خاص`, `خاص لـ"<outlet>"`
//   ar/meta/outlet-copyright      `© <outlet>`, `جميع الحقوق محفوظة لـ<outlet>`
//   ar/meta/outlet-promo          `محتوى <outlet>` in a newsletter line, `نشرة <outlet> البريدية`
//   ar/meta/outlet-dateline       `<place> (<outlet>) -` at the head of the first lines
//   ar/meta/outlet-correspondent  `مراسل <outlet>` in a text that also says `مراسلنا`
//   ar/meta/outlet-told           a reporting verb, a source, then `لـ"<outlet>" أن` (told to us),
//                                 or `في تصريح/حديث لـ"<outlet>"`; not when the text cites the
//                                 same name as a third party (`صحيفة <name>`, `بحسب <name>`)
//   ar/meta/outlet-follow         `تابعوا <outlet> على`

import type { FoldedText } from '../../text/folded.js';
import { toOriginal } from '../../text/folded.js';
import type { Span } from '../../types.js';
import { matchesOf } from '../../text/matches.js';
import { insideAny, lines } from '../../text/segment.js';
import { parseIsoDate } from './dates/calendar.js';
import type { DayNumber } from './dates/calendar.js';
import { resolveDateExpressions } from './dates/index.js';
import type { DateExpression, DateMention } from './dates/index.js';
import { inferPublished } from './dates/publication.js';
import type { PublishedDate } from './dates/publication.js';
import { resolveExpression } from './dates/resolve.js';
import type { Lexicon } from './lexicon/lexicon.js';
import type { ArabicDoc } from './document.js';
import { batchStage, stage } from '../../pipeline/stage.js';

export type { PublishedDate } from './dates/publication.js';

/** What a page says about itself besides its date: its headline and its publisher. */
export interface PageMeta {
  /** The first non-boilerplate line, original offsets. */
  readonly title: { readonly start: number; readonly end: number; readonly text: string } | null;
  /** `name` is the original text of the outlet. */
  readonly outlet: {
    readonly name: string;
    readonly start: number;
    readonly end: number;
    readonly rule: string;
  } | null;
}

// ---------------------------------------------------------------------------------------------
// Shared helpers

const ARABIC = /[\u0621-\u064a]/;
const LETTER = /[\p{L}\p{M}\p{N}]/u;

interface Line extends Span {
  readonly text: string;
}

/** Non-empty lines, trimmed, in folded offsets. */
function contentLines(text: string): Line[] {
  const out: Line[] = [];
  for (const l of lines(text)) {
    let s = l.start;
    let e = l.end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  }
  return out;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => LETTER.test(w)).length;
}

// ---------------------------------------------------------------------------------------------
// Title

/** An outlet tag line (`خاص-<outlet>`), never a title. */
const EXCLUSIVE_LINE = /^خاص\s*[-–:|]|[-–|]\s*خاص$|^خاص\s+ل/;
/** A numeric or written date on a short line: a byline, never a title. */
const DATE_LIKE = /\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{1,2}:\d{2}/;

/** The headline: the first line with Arabic letters that is no boilerplate, byline or outlet tag. */
export function detectTitle(folded: FoldedText, boiler: readonly Span[]): PageMeta['title'] {
  for (const line of contentLines(folded.text).slice(0, 12)) {
    if (insideAny(line, boiler)) continue;
    if (!ARABIC.test(line.text)) continue;
    if (EXCLUSIVE_LINE.test(line.text)) continue;
    if (DATE_LIKE.test(line.text) && wordCount(line.text) <= 12) continue;
    const words = wordCount(line.text);
    if (line.text.length > 220 || words > 35 || (/[.]$/.test(line.text) && !/\.\.$/.test(line.text)))
      return null;
    const span = toOriginal(folded, line.start, line.end);
    return { start: span.start, end: span.end, text: folded.original.slice(span.start, span.end) };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Publication date

const LABEL =
  /(?:تاريخ النشر|نشر في|نشر بتاريخ|تم النشر|اخر تحديث|تاريخ التحديث|published|updated|posted)\s*(?:في|بتاريخ|on)?\s*:?\s*$/u;

function isFull(m: DateMention): boolean {
  return (
    m.kind === 'date' &&
    m.precision === 'day' &&
    m.date !== null &&
    !m.relative &&
    m.stated.year &&
    m.stated.month &&
    m.stated.day
  );
}

function stated(
  folded: FoldedText,
  dates: readonly DateMention[],
  boiler: readonly Span[],
): PublishedDate | null {
  const all = contentLines(folded.text);
  const head = all.filter((l) => !insideAny(l, boiler)).slice(0, 6);
  const tail = all.slice(-5);
  const full = dates.filter(isFull);
  const make = (m: DateMention, rule: string): PublishedDate => ({
    date: m.date!,
    start: m.start,
    end: m.end,
    rule,
    confidence: 'stated',
  });
  for (const line of [...head, ...tail]) {
    for (const m of full) {
      if (m.foldedStart < line.start || m.foldedEnd > line.end) continue;
      if (LABEL.test(folded.text.slice(line.start, m.foldedStart))) return make(m, 'ar/meta/published-label');
    }
  }
  // Bylines sit between the title and the body; a dateline opens the first body paragraph. Dated
  // lines further down are list headings or asides (`14 فبراير 2018` above a list item).
  const firstBody = head.findIndex((l) => wordCount(l.text) >= 20);
  const bylineZone = firstBody < 0 ? head : head.slice(0, firstBody);
  for (const line of bylineZone) {
    if (line.text.includes('(@')) continue;
    for (const m of full) {
      if (m.foldedStart < line.start || m.foldedEnd > line.end) continue;
      // `<name> 2022-01-23 06:41:00`, `23 يناير 2022 | <name>`: a date at one end of a short line.
      const before = folded.text.slice(line.start, m.foldedStart);
      const after = folded.text.slice(m.foldedEnd, line.end);
      const atEnd = wordCount(after.replace(/\d{1,2}:\d{2}(?::\d{2})?/g, '')) === 0;
      const atStart = wordCount(before) === 0;
      if ((atEnd || atStart) && wordCount(before) + wordCount(after) <= 6 && !/\.\s*$/.test(line.text)) {
        return make(m, 'ar/meta/byline-date');
      }
    }
  }
  const lead = firstBody >= 0 ? head[firstBody] : undefined;
  if (lead) {
    for (const m of full) {
      if (m.foldedStart < lead.start || m.foldedEnd > lead.end || m.foldedStart - lead.start > 80) continue;
      const after = folded.text.slice(m.foldedEnd, Math.min(lead.end, m.foldedEnd + 40));
      if (/^\s*(?:\([^()]{2,40}\))?\s*-/.test(after)) return make(m, 'ar/meta/dateline');
    }
  }
  return null;
}

function embeddedPost(
  folded: FoldedText,
  dates: readonly DateMention[],
  exprs: readonly DateExpression[],
): PublishedDate | null {
  const speaksOfToday = exprs.some((e) => e.anchor.type === 'day-offset' && e.anchor.days === 0);
  if (!speaksOfToday) return null;
  let best: DateMention | null = null;
  for (const line of contentLines(folded.text)) {
    const handle = line.text.search(/\(@[a-z0-9_]+\)/);
    if (handle < 0 || !/^[-–—]/.test(line.text)) continue;
    for (const m of dates) {
      if (!isFull(m) || m.foldedStart < line.start + handle || m.foldedEnd > line.end) continue;
      if (best === null || m.date! > best.date!) best = m;
    }
  }
  return best
    ? {
        date: best.date!,
        start: best.start,
        end: best.end,
        rule: 'ar/meta/embedded-post',
        confidence: 'inferred',
      }
    : null;
}

// ---------------------------------------------------------------------------------------------
// Outlet

interface OutletHit {
  /** Folded span of the name. */
  readonly start: number;
  readonly end: number;
  readonly rule: string;
}

const PRIORITY: Readonly<Record<string, number>> = {
  'ar/meta/outlet-exclusive': 1,
  'ar/meta/outlet-copyright': 2,
  'ar/meta/outlet-promo': 3,
  'ar/meta/outlet-dateline': 4,
  'ar/meta/outlet-correspondent': 5,
  'ar/meta/outlet-told': 6,
  'ar/meta/outlet-follow': 7,
};

/** Words that end a name read from running text (prepositions, complementizers, time words). */
const STOP = new Set([
  'في',
  'من',
  'الي',
  'علي',
  'عن',
  'ان',
  'بان',
  'لان',
  'الذي',
  'التي',
  'الذين',
  'قال',
  'و',
  'او',
  'مع',
  'حول',
  'خلال',
  'بعد',
  'قبل',
  'منذ',
  'حيث',
  'كما',
  'لكن',
  'ثم',
  'اليوم',
  'امس',
  'هذا',
  'هذه',
  'عبر',
  'وفق',
  'بحسب',
  'حسب',
  'نقلا',
  'لدي',
  'بين',
  'عند',
  'اثناء',
  'صباح',
  'مساء',
  'ليل',
  'فجر',
  'ظهر',
]);
/** Adjectives that close a title before لـ (`القائد العام لـ"X"` is "of X", not "told X"). */
const TITLE_TAIL =
  /^(?:العام|العامه|الرسمي|الرسميه|الاعلامي|الاعلاميه|باسم|الاعلي|التابع|التابعه|العليا|المركزي|المشترك|الميداني|الاول|رئيس|قائد|مدير|عضو)$/;
/** Words after مراسل that are a kind of correspondent, not an outlet. */
const CORRESPONDENT_KIND = /^(?:ال)?(?:حربي|ميداني|صحفي|خاص|محلي|عسكري|سابق|مستقل)$/;
const GENERIC_NAME =
  /^(?:ال)?(?:اخر|اخبار|اهم|كل|جميع|المزيد|تغطيه|صفحه|صفحتنا|حسابنا|قناتنا|نشرتنا|مباشره|مصادر|مصدر|اي|هذا|هذه|نا|ه|ها|هم|هما)$/;

/** Reads a name starting at `from`: a quoted string, or up to `maxWords` words before a stop. */
function nameAt(text: string, from: number, maxWords = 4): Span | null {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  if (text[i] === '"') {
    const close = text.indexOf('"', i + 1);
    if (close < 0 || close - i - 1 > 40 || text.slice(i + 1, close).includes('\n')) return null;
    return { start: i + 1, end: close };
  }
  const start = i;
  let end = i;
  let words = 0;
  while (i < text.length && words < maxWords) {
    let j = i;
    while (j < text.length && LETTER.test(text[j]!)) j++;
    if (j === i) break;
    const word = text.slice(i, j);
    if (STOP.has(word)) break;
    if (words > 0 && /^[وبل]/.test(word) && word.length >= 4 && !/^(?:ال)/.test(word)) break;
    end = j;
    words++;
    i = j;
    if (text[i] !== ' ') break;
    while (i < text.length && text[i] === ' ') i++;
  }
  return end > start ? { start, end } : null;
}

function validName(text: string, span: Span): boolean {
  const name = text.slice(span.start, span.end).trim();
  if (name.length < 2 || name.length > 40 || !/\p{L}/u.test(name)) return false;
  if (/[.،,:؟?!\n]/.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length > 5) return false;
  return !GENERIC_NAME.test(words[0]!) && !STOP.has(words[0]!);
}

function nameKey(text: string, span: Span): string {
  return text.slice(span.start, span.end).replace(/["']/g, '').replace(/\s+/g, ' ').trim();
}

/** A verb of saying by the lexicon (data/ar/cues.tsv, role report). */
function isReportVerb(lex: Lexicon, word: string): boolean {
  return lex.lookup(word).cues.some((c) => c.pos === 'verb' && c.role === 'report');
}

/** Up to `n` words before `index`, nearest first, not crossing a sentence end. */
function wordsBefore(text: string, index: number, n: number): string[] {
  const out: string[] = [];
  let i = index;
  while (out.length < n && i > 0) {
    while (i > 0 && /[ \t"]/.test(text[i - 1]!)) i--;
    if (i === 0 || /[.!?\u061f\n:]/.test(text[i - 1]!)) break;
    let s = i;
    while (s > 0 && LETTER.test(text[s - 1]!)) s--;
    if (s === i) {
      // Other punctuation (a comma, a bracket) is stepped over.
      i--;
      continue;
    }
    out.push(text.slice(s, i));
    i = s;
  }
  return out;
}

function exclusiveHits(text: string, body: readonly Line[]): OutletHit[] {
  const out: OutletHit[] = [];
  for (const line of body.slice(0, 10)) {
    const lead = /^خاص\s*(?:[-–:|]\s*|\s+ل\s*)/.exec(line.text);
    const trail = /\s*[-–|]\s*خاص$/.exec(line.text);
    let span: Span | null = null;
    if (lead) span = nameAt(text, line.start + lead[0].length, 5);
    else if (trail && trail.index > 0) {
      const s = nameAt(text, line.start, 5);
      if (s && s.end <= line.start + trail.index) span = s;
    }
    if (span && validName(text, span)) out.push({ ...span, rule: 'ar/meta/outlet-exclusive' });
  }
  for (const m of matchesOf(text, /(?<![\p{L}])خاص(?:ه)?\s+ل\s*"/gu)) {
    const span = nameAt(text, m.index + m[0].length - 1);
    if (span && validName(text, span)) out.push({ ...span, rule: 'ar/meta/outlet-exclusive' });
  }
  return out;
}

function copyrightHits(text: string): OutletHit[] {
  const out: OutletHit[] = [];
  const patterns = [
    /(?:©|\(c\)|copyright)\s*(?:\d{4}\s*(?:[-–]\s*\d{4}\s*)?)?/gu,
    /(?:جميع\s+)?(?:ال)?حقوق(?:\s+ال(?:نشر|طبع))?\s+محفوظه\s+ل\s*/gu,
  ];
  for (const re of patterns) {
    for (const m of matchesOf(text, re)) {
      const span = nameAt(text, m.index + m[0].length, 4);
      if (span && validName(text, span)) out.push({ ...span, rule: 'ar/meta/outlet-copyright' });
    }
  }
  return out;
}

function promoHits(text: string, body: readonly Line[]): OutletHit[] {
  const out: OutletHit[] = [];
  for (const line of body) {
    const promo =
      /(?<![\p{L}])(?:نشرتنا|النشره|نشره|اشترك|اشتركوا|البريديه|بريدك|يقدرون|تقدرون|اعجبك)(?![\p{L}])/u.test(
        line.text,
      );
    if (!promo) continue;
    for (const m of matchesOf(line.text, /(?<![\p{L}])محتوي\s+/gu)) {
      const span = nameAt(text, line.start + m.index + m[0].length, 4);
      if (span && validName(text, span)) out.push({ ...span, rule: 'ar/meta/outlet-promo' });
    }
    for (const m of matchesOf(line.text, /(?<![\p{L}])نشره\s+/gu)) {
      const span = nameAt(text, line.start + m.index + m[0].length, 4);
      if (!span) continue;
      const words = text.slice(span.start, span.end).split(' ');
      // `نشرة <outlet> البريدية`: the adjective closes the name.
      const adj = words.findIndex((w) => /^ال(?:بريديه|اخباريه|يوميه|اسبوعيه)$/.test(w));
      if (adj <= 0) continue;
      const end = span.start + words.slice(0, adj).join(' ').length;
      const named = { start: span.start, end };
      if (validName(text, named)) out.push({ ...named, rule: 'ar/meta/outlet-promo' });
    }
  }
  return out;
}

function datelineHits(text: string, body: readonly Line[]): OutletHit[] {
  const out: OutletHit[] = [];
  for (const line of body.slice(0, 5)) {
    const m = /^[^\n()"]{2,60}?\(([^()\n]{2,30})\)\s*-/u.exec(line.text);
    if (!m || /^\d/.test(m[1]!)) continue;
    const open = line.text.indexOf('(', 0);
    const span = { start: line.start + open + 1, end: line.start + open + 1 + m[1]!.length };
    if (validName(text, span)) out.push({ ...span, rule: 'ar/meta/outlet-dateline' });
  }
  return out;
}

function correspondentHits(text: string): OutletHit[] {
  if (!/(?<![\p{L}])مراسل(?:نا|تنا|ينا|ونا)(?![\p{L}])/u.test(text)) return [];
  const out: OutletHit[] = [];
  for (const m of matchesOf(text, /(?<![\p{L}])[وب]?مراسل(?:ه)?\s+/gu)) {
    const span = nameAt(text, m.index + m[0].length, 3);
    if (!span || !validName(text, span)) continue;
    const first = text.slice(span.start, span.end).split(' ')[0]!;
    if (CORRESPONDENT_KIND.test(first)) continue;
    out.push({ ...span, rule: 'ar/meta/outlet-correspondent' });
  }
  return out;
}

function toldHits(text: string, lex: Lexicon): OutletHit[] {
  const out: OutletHit[] = [];
  // `وأضاف X لـ"<outlet>" أن`, `وأفادت مصادر لـ"<outlet>" أن`. Only quoted names: unquoted, a word
  // after ل is as often a name that begins with ل (لافروف، لندن) or a genitive (لحقوق الإنسان).
  const quoted = /(?<![\p{L}\p{N}])ل\s*(?="[^"\n]{2,40}"\s*(?:ان|بان|:)(?![\p{L}]))/gu;
  const check = (at: number, span: Span | null): void => {
    if (!span || !validName(text, span)) return;
    const first = text.slice(span.start, span.end).split(' ')[0]!;
    if (/^ل/.test(first)) return;
    const before = wordsBefore(text, at, 8);
    if (before.length === 0 || TITLE_TAIL.test(before[0]!)) return;
    if (!before.some((word) => isReportVerb(lex, word))) return;
    out.push({ ...span, rule: 'ar/meta/outlet-told' });
  };
  for (const m of matchesOf(text, quoted)) check(m.index, nameAt(text, m.index + 1));
  // `في تصريح خاص لـ"<outlet>"`, `في حديث لـ"<outlet>"`.
  for (const m of matchesOf(
    text,
    /(?<![\p{L}])(?:تصريح|تصريحات|حديث|مقابله|اتصال\s+هاتفي)(?:\s+(?:خاص|خاصه|صحفي|صحفيه))?\s+ل\s*(?=")/gu,
  )) {
    const span = nameAt(text, m.index + m[0].length);
    if (span && validName(text, span)) {
      out.push({ ...span, rule: 'ar/meta/outlet-told' });
    }
  }
  return out;
}

function followHits(text: string): OutletHit[] {
  const out: OutletHit[] = [];
  for (const m of matchesOf(text, /(?<![\p{L}])تابعوا\s+/gu)) {
    const span = nameAt(text, m.index + m[0].length, 4);
    if (!span || !validName(text, span)) continue;
    if (!/^\s+(?:علي|عبر)(?![\p{L}])/u.test(text.slice(span.end))) continue;
    out.push({ ...span, rule: 'ar/meta/outlet-follow' });
  }
  return out;
}

/** A name the text cites as a third party (`صحيفة X`, `بحسب X`, `نقلت X`) is not the publisher. */
function citedAsThirdParty(text: string, key: string): boolean {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(
    `(?:(?<![\\p{L}])(?:صحيفه|وكاله|قناه|موقع|شبكه|مجله|اذاعه|جريده|بحسب|حسب|وفق|وفقا ل|نقلا عن|نقلت|ذكرت|اوردت)\\s*"?\\s*)${escaped}`,
    'u',
  );
  return re.test(text);
}

/** The outlet that published the page: the name most rules find (ties to the more specific rule). */
export function detectOutlet(folded: FoldedText, boiler: readonly Span[], lex: Lexicon): PageMeta['outlet'] {
  const text = folded.text;
  const body = contentLines(text);
  const head = body.filter((l) => !insideAny(l, boiler));
  const hits: OutletHit[] = [
    ...exclusiveHits(text, body),
    ...copyrightHits(text),
    ...promoHits(text, body),
    ...datelineHits(text, head),
    ...correspondentHits(text),
    ...toldHits(text, lex).filter((h) => !citedAsThirdParty(text, nameKey(text, h))),
    ...followHits(text),
  ];
  if (hits.length === 0) return null;
  const groups = new Map<string, OutletHit[]>();
  for (const h of hits) {
    const key = nameKey(text, h);
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(h);
  }
  const rank = (list: OutletHit[]): number => Math.min(...list.map((h) => PRIORITY[h.rule] ?? 9));
  const best = [...groups.values()].sort(
    (a, b) => b.length - a.length || rank(a) - rank(b) || a[0]!.start - b[0]!.start,
  )[0]!;
  const hit = [...best].sort(
    (a, b) => (PRIORITY[a.rule] ?? 9) - (PRIORITY[b.rule] ?? 9) || a.start - b.start,
  )[0]!;
  const span = toOriginal(folded, hit.start, hit.end);
  return {
    name: folded.original.slice(span.start, span.end).trim(),
    start: span.start,
    end: span.end,
    rule: hit.rule,
  };
}

// ---------------------------------------------------------------------------------------------
// Entry points

/**
 * The publication date the text states (a labelled date, a byline, a dateline), else the date of an
 * embedded post that speaks of today, else the latest the text's own dates allow (inferred).
 * `dates` are the document's dates resolved with no reference: only fully stated ones are used.
 */
export function detectPublished(
  folded: FoldedText,
  dates: readonly DateMention[],
  exprs: readonly DateExpression[],
  boilerplate: readonly Span[],
): PublishedDate | null {
  return (
    stated(folded, dates, boilerplate) ?? embeddedPost(folded, dates, exprs) ?? inferPublished(folded, exprs)
  );
}

export interface BatchDocument {
  readonly folded: FoldedText;
  /** The publication date the document has (the caller's or its own), or null. */
  readonly published: PublishedDate | null;
  /** The document's date expressions. */
  readonly exprs: readonly DateExpression[];
}

/** Batch dates are looked for this many days before the earliest known publication date. */
const BATCH_LOOKBACK = 14;

/**
 * Publication dates for a batch of reports on one incident. Documents that already have a date keep
 * it. For the others:
 *  1. The batch's known publication dates (stated or inferred with a year) give a reference: their
 *     median resolves day-and-month dates without a year in every document (nearest year).
 *  2. The incident's first day is the earliest day-precision date any document states within
 *     BATCH_LOOKBACK days before the earliest known publication date (or that date itself).
 *  3. Each undated document is searched from that first day (inferPublished with a batch context):
 *     its weekdays, its dated days and its elapsed times (`بعد ستة أيام من …`) rule days out; of
 *     the consistent days the one nearest the median known date wins. The result is `inferred`,
 *     rule ar/meta/published-batch.
 * With no known date in the batch nothing changes.
 */
export function inferPublishedFromBatch(docs: readonly BatchDocument[]): (PublishedDate | null)[] {
  const known = docs.map((d) => (d.published ? parseIsoDate(d.published.date) : null));
  const lent = batchLending(known);
  if (!lent) return docs.map((d) => d.published);
  const context = batchContext(
    lent,
    docs.map((d, k) => statedDays(d.exprs, known[k] ?? lent.median)),
  );
  return docs.map((d) => d.published ?? inferPublished(d.folded, d.exprs, context));
}

/** The batch's known days, when some documents have one and some not (else it lends nothing). */
export function batchLending(
  known: readonly (DayNumber | null)[],
): { earliest: DayNumber; latest: DayNumber; median: DayNumber } | null {
  const days = known.filter((d): d is DayNumber => d !== null).sort((a, b) => a - b);
  if (days.length === 0 || days.length === known.length) return null;
  return { earliest: days[0]!, latest: days[days.length - 1]!, median: days[Math.floor(days.length / 2)]! };
}

/** The days a document's calendar dates state, resolved against `reference`, in text order. */
export function statedDays(exprs: readonly DateExpression[], reference: DayNumber): DayNumber[] {
  const out: DayNumber[] = [];
  for (const e of exprs) {
    if (e.kind !== 'date' || e.anchor.type !== 'calendar' || e.anchor.day === undefined || e.future) continue;
    const day = resolveExpression(e, reference).date;
    if (day !== null) out.push(day);
  }
  return out;
}

/** The incident's first day (step 2 above) from every document's stated days, in batch order. */
export function batchContext(
  lent: { earliest: DayNumber; latest: DayNumber; median: DayNumber },
  days: readonly (readonly DayNumber[])[],
): { start: DayNumber; startStated: boolean; expected: DayNumber } {
  let start = lent.earliest;
  let startStated = false;
  for (const list of days)
    for (const day of list)
      if (day >= lent.earliest - BATCH_LOOKBACK && day <= lent.latest && day <= start) {
        start = day;
        startStated = true;
      }
  return { start, startStated, expected: lent.median };
}

/** A document's publication day as the batch leaves it, with the diagnostic when it was inferred. */
export function lendPublished(doc: ArabicDoc, inferred: PublishedDate | null): void {
  doc.published = inferred;
  if (!doc.given.published && inferred?.confidence === 'inferred') {
    doc.diagnostics.push({
      code: 'published_inferred',
      document: doc.id,
      message: `publication date ${inferred.date} inferred (${inferred.rule}), not stated`,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Stages

/**
 * The publication day: the caller's (`published`, or extract's reference date), else what the text
 * states or implies. Needs the date expressions and the boilerplate.
 */
export const publishedStage = stage<ArabicDoc>('ar/meta/published', (doc) => {
  const given = doc.given.published;
  if (given) {
    doc.published = { date: given, rule: 'caller', confidence: 'stated' };
    return;
  }
  const { folded, expressions, boilerplate } = doc;
  const unresolved = resolveDateExpressions(folded, expressions, null);
  doc.published = detectPublished(folded, unresolved, expressions, boilerplate);
});

/** The headline and the outlet the page names itself by. */
export const pageMetaStage = stage<ArabicDoc>('ar/meta/page', (doc) => {
  doc.meta = {
    title: detectTitle(doc.folded, doc.boilerplate),
    outlet: detectOutlet(doc.folded, doc.boilerplate, doc.lexicon),
  };
});

/**
 * Publication dates missing from some reports, lent by the batch (inferPublishedFromBatch); a date
 * isnad inferred rather than read is reported as a diagnostic.
 */
export const batchPublishedStage = batchStage<ArabicDoc>('ar/meta/published-batch', (docs) => {
  const published = inferPublishedFromBatch(
    docs.map((doc) => ({ folded: doc.folded, published: doc.published, exprs: doc.expressions })),
  );
  docs.forEach((doc, k) => lendPublished(doc, published[k] ?? null));
});
