// Figures in a sentence: where a quantity is, what it counts, and the event it belongs to.
// Input is one sentence's tokens; output is one `Figure` per counted quantity, before attribution.
//
// Must match: مقتل 28 عنصراً من خلايا داعش · 374من عناصر تنظيم داعش · هروب نحو 200سجين ·
//   121 شخصا قضوا … منهم 77 من موظفي السجن و40من مقاتليهم · فر نحو 400 سجين · غارتين جويتين ·
//   أحد المهاجمين · عددها تجاوز الـ 4000 · مئات الدواعش · بعشرات القتلى
// Must not: ثلاثة محاور · بعد ستة أيام · عام 2011 · 50 في المئة · 30 عاما (an age) · 7 مراكز

import type { Category, Quantity, SubjectKind, Unit } from '../../../types.js';
import type { DemonymEntry, EventEntry, GazetteerEntry, Lexicon, NounHit } from '../lexicon/lexicon.js';
import { isDefinite } from '../lexicon/lexicon.js';
import type { EntityHit, EventHit, SentenceView } from '../read/sentence-view.js';
import {
  PERSON_UNITS,
  digitsOfName,
  isA,
  isOfClass,
  entityAt,
  isPersonish,
  isWord,
  nounOf,
  nounPhraseAt,
} from '../read/sentence-view.js';

export type { EntityHit, EventHit, SentenceView } from '../read/sentence-view.js';
import { stripPronoun, tokenReadings } from '../read/morphology.js';
import {
  interval,
  mayOpenCardinal,
  qualifierAfter,
  qualifierRule,
  readVague,
  VAGUE_SEVERAL,
} from '../quantities/numbers.js';
import type { QuantityMention } from '../quantities/sentence.js';
import { readQuantities } from '../quantities/sentence.js';

export interface Figure {
  /** Token range of the quantity expression (qualifier + numeral), then of the counted noun. */
  readonly qStart: number;
  readonly qEnd: number;
  readonly nounStart: number;
  /** The end of the counted phrase (`مدنيين اثنين`); the counted noun itself ends at `subjectEnd`. */
  readonly nounEnd: number;
  readonly subjectEnd: number;
  readonly quantity: Quantity;
  readonly unit: Unit;
  readonly category: Category;
  readonly kind: SubjectKind;
  readonly group: GazetteerEntry | null;
  /** The noun carries a possessive pronoun (`مقاتليهم`): its group is the speaker's side. */
  readonly possessed: boolean;
  /** Index of the figure this one is a part of (`منهم 77`), within the sentence. */
  readonly partOf: number | null;
  /** The counted noun's lemma, when there is one. */
  readonly lemma: string | null;
  readonly rules: readonly string[];
  /** Who holds the people counted (`رهائن لدى التنظيم`): the captor, never their side. */
  readonly holder?: GazetteerEntry;
}

/** `وإصابة 5 آخرين`، `وأصيب 7`: the figure counts more of the people the figure before it counts. */
export function countsMoreOf(figure: Figure): boolean {
  return figure.rules.some((r) => r === 'ar/subject/others' || r === 'ar/subject/elliptical');
}

/** Whether the figure's event was read after it (`40 شخصا ربما قتلوا`), not before it. */
export function predicateAfter(figure: Figure): boolean {
  return figure.rules.some((r) => r === 'ar/event/predicate-after' || r === 'ar/event/after');
}

const CASUALTY_NOUN = new Set<Category>(['killed', 'wounded', 'killed_or_wounded', 'missing']);
/** Categories of people in someone's hands, who may name a holder. */
const HELD = new Set<Category>(['abducted', 'held', 'arrested']);

function groupOf(entry: GazetteerEntry, lex: Lexicon): GazetteerEntry {
  // A unit of a larger force counts for that force's side (قوى الأمن الداخلي → its parent).
  let current = entry;
  for (let hops = 0; hops < 3 && current.parent; hops++) {
    const parent = lex.entityById.get(current.parent);
    if (!parent || (parent.type !== 'armed_group' && parent.type !== 'government')) break;
    current = parent;
  }
  return current;
}

function isSide(entry: GazetteerEntry): boolean {
  return entry.type === 'armed_group' || entry.type === 'government';
}

/** The counted noun after a numeral: directly, after partitive `من`, through quotes and `ال`. */
function findNoun(
  view: SentenceView,
  from: number,
): { noun: NounHit | null; start: number; end: number; partitive: boolean; entity: EntityHit | null } {
  let j = from;
  let partitive = false;
  for (let skipped = 0; skipped < 3 && j < view.toks.length; skipped++) {
    const tok = view.toks[j]!;
    if (tok.kind === 'punct' && (tok.text === '"' || tok.text === "'")) {
      j++;
      continue;
    }
    if (tok.kind === 'word' && (tok.text === 'من' || tok.text === 'ال')) {
      partitive = partitive || tok.text === 'من';
      j++;
      continue;
    }
    break;
  }
  // A side's name after a partitive (`10 من جبهة النصرة`، `5 من لجان المقاومة`) is that side, even
  // when its head word is also a counted thing.
  const named = entityAt(view, j);
  if (named && partitive && isSide(named.entry) && named.end - j > 1)
    return { noun: null, start: j, end: named.end, partitive, entity: named };
  // A counted noun never opens with the conjunction: `مقتل العشرات وإصابة 200` is two figures.
  const conjoined = (n: NounHit): boolean => /^و/.test(view.toks[j]?.text ?? '') && !/^و/.test(n.entry.lemma);
  // A noun of several words (`عبوات ناسفة`) before its first word alone (`عبوات` is none).
  const phrase = nounPhraseAt(view, j);
  if (phrase && conjoined(phrase.hit)) return { noun: null, start: j, end: j, partitive, entity: null };
  if (phrase) return { noun: phrase.hit, start: j, end: phrase.end, partitive, entity: null };
  const noun = nounOf(view, j);
  if (noun && conjoined(noun)) return { noun: null, start: j, end: j, partitive, entity: null };
  // `ستة من فريقه`، `ثلاثة من اللجنة`: some of a body's people, not some bodies.
  if (noun && partitive && noun.number === 'sg' && view.lex.closed.hasStem('body-noun', noun.entry.lemma))
    return { noun: null, start: j, end: j + 1, partitive, entity: null };
  if (noun) {
    return { noun, start: j, end: j + 1, partitive, entity: null };
  }
  const people = demonymNoun(view, j);
  if (people) return { noun: people, start: j, end: j + 1, partitive, entity: null };
  const entity = entityAt(view, j);
  if (entity && partitive) return { noun: null, start: j, end: entity.end, partitive, entity };
  // `مئات الدواعش`: a side's members named by the side.
  if (entity && isSide(entity.entry) && j === from)
    return { noun: null, start: j, end: entity.end, partitive: true, entity };
  return { noun: null, start: j, end: j, partitive, entity: null };
}

/** The nationality word `j` is (`فلسطينيا`، `السوريين`), unless a gazetteer name starts there. */
function nationalityAt(view: SentenceView, j: number): DemonymEntry | undefined {
  if (view.toks[j]?.kind !== 'word' || entityAt(view, j)) return undefined;
  return view.info(j)?.demonyms[0];
}

/**
 * A nationality adjective counted as a noun (`40 فلسطينيا`، `3 فلسطينيين`، `من السوريين`): people
 * named by their nationality, not by a force — civilians of no side, as the reports count them.
 * Must not: a name after the number (`5 سوريا` is read only when no gazetteer name starts there).
 */
function demonymNoun(view: SentenceView, j: number): NounHit | null {
  const demonym = nationalityAt(view, j);
  if (!demonym) return null;
  const tok = view.toks[j]!;
  const entry = {
    lemma: demonym.adjective,
    kind: 'civilians' as SubjectKind,
    unit: 'person' as Unit,
    category: null,
    armed: false,
  };
  return { entry, number: /(ين|ون)$/.test(tok.text) ? 'pl' : 'sg', construct: false };
}

/**
 * The plural `منها`/`بينها` points back to: the nearest plural noun before the figure (`أطلق 7
 * صواريخ … 3 منها`), or null. A strike or family noun is counted; things of other units are not.
 */
function thingAntecedent(view: SentenceView, before: number): { noun: NounHit; index: number } | null {
  for (let k = before - 1; k >= 0 && before - k <= 25; k--) {
    const n = nounOf(view, k);
    if (n && n.number !== 'sg') return { noun: n, index: k };
  }
  return null;
}

/** `منهم` after a figure or `عددهم` before it: the noun they point back to, in this sentence. */
function antecedent(view: SentenceView, before: number): { noun: NounHit; index: number } | null {
  for (let k = before - 1; k >= 0 && before - k <= 25; k--) {
    const n = nounOf(view, k);
    if (n && PERSON_UNITS.has(n.entry.unit) && n.number !== 'sg') return { noun: n, index: k };
    // Plural participles name people too: `الفارين`، `النازحين`، `المحتجزين`.
    const tok = view.toks[k]!;
    const event = view.info(k)?.events.find((e) => e.pos === 'noun');
    if (!n && event && tok.kind === 'word' && /(ين|ون)$/.test(tok.text)) {
      const entry = {
        lemma: event.form,
        kind: 'unknown' as SubjectKind,
        unit: 'person' as Unit,
        category: null,
        armed: false,
      };
      return { noun: { entry, number: 'pl', construct: false }, index: k };
    }
  }
  return null;
}

type RawFigure = QuantityMention;

/** The event predicates that could govern a figure, best first. */
function chooseEvent(
  view: SentenceView,
  raw: RawFigure,
  nounEnd: number,
  unit: Unit,
  anchor: number | null,
  others: readonly RawFigure[] = [],
): { hit: EventHit; rule: string } | null {
  let best: { hit: EventHit; score: number; rule: string } | null = null;
  const consider = (hit: EventHit, score: number, rule: string): void => {
    if (score > 24) return;
    if (!best || score < best.score) best = { hit, score, rule };
  };
  for (const hit of view.events) {
    // `اعتراض 13 نائبا` (objected), `أسقطت عشرات المدنيين بين قتيل وجريح`: an interception word
    // says nothing of people.
    if (unit !== 'strike' && hit.entry.notes.includes('intercepts')) continue;
    if (!funeralGoverns(view, hit, raw.qStart)) continue;
    const weak = hit.entry.category === 'strikes' || hit.entry.category === 'combatants';
    // An attack or a strike names what happened, not what a count of people suffered.
    // A toll named alone (`ارتفعت الحصيلة إلى`) yields to an event next to the figure.
    const weakPenalty = (weak && PERSON_UNITS.has(unit)) || hit.entry.notes.includes('yields') ? 6 : 0;
    if (hit.end <= raw.qStart) {
      // A comma between them ends the masdar's reach (`كثرة الإصابات، وأمضى المئات`); the commas
      // of a time or place aside do not (`وشيّعت البلدة، الجمعة، العشرات`).
      const gap = raw.qStart - hit.end + 6 * clauseCommas(view, hit.end, raw.qStart);
      // A standing population is named close to its verb (`يضم المخيم نحو 5 آلاف نازح`); far off,
      // `تضم الحديدة ميناء … الموجهة إلى ملايين السكان` says nothing of who is held.
      // Prepositions may stand between a masdar and its figure (القبض على 89، مقتل المئات).
      const reach = hit.entry.category === 'held' ? 4 : Infinity;
      if (gap <= 2) consider(hit, gap + weakPenalty, 'ar/event/governing');
      else if (gap <= reach) consider(hit, 4 + gap * 1.5 + weakPenalty, 'ar/event/before');
    } else if (hit.start >= nounEnd) {
      const gap = hit.start - nounEnd;
      // `آلاف … لتشييع جثامين 29 طفلا قتلوا`: what follows a funeral's noun tells of its dead.
      if (
        view.events.some(
          (f) => f.start >= nounEnd && f.end <= hit.start && f.entry.notes.includes('funeral-noun'),
        )
      )
        continue;
      const verb = hit.entry.pos === 'verb' || hit.entry.pos === 'phrase';
      const plural = verb && /(وا|ون|ين|ن)$/.test(view.toks[hit.start]?.text ?? '');
      // `ثلاثة أمريكيين كانوا محتجزين` were held: the stock is past, the sentence's own event counts.
      const past = isA(view, view.toks[hit.start - 1], 'past-auxiliary');
      const stock = hit.entry.category === 'held';
      if (stock && past) continue;
      if (gap <= 3) consider(hit, 1 + gap + weakPenalty, 'ar/event/predicate-after');
      // `374 من عناصر التنظيم ممن شاركوا … قتلوا`: the plural verb agreeing with the figure; a
      // standing population's verb stays next to it.
      else if (stock) continue;
      else if (plural) consider(hit, 3 + gap * 0.4 + weakPenalty, 'ar/event/predicate-after');
      else consider(hit, 5 + gap * 1.5 + weakPenalty, 'ar/event/after');
    }
    // The noun was named earlier (`الأسر النازحة … عددها تجاوز`): its own event decides.
    if (anchor !== null && Math.abs(hit.start - anchor) <= 2 && hit.start !== anchor)
      consider(hit, 0.5, 'ar/event/antecedent');
  }
  // A topic named by a count head (`الحديث عن أعداد ضحايا … ذكر 11 شخصا`), unless a figure between
  // them already answers it (`عدد القتلى وصل إلى 20 شخصا، مضيفا أن 60 شخصا أدخلوا المستشفى`).
  for (let k = 0; k < raw.qStart; k++) {
    const t = view.toks[k]!;
    if (t.kind !== 'word' || !isOfClass(view.lex, t, 'count-head')) continue;
    if (others.some((o) => o.qStart > k && o.qEnd <= raw.qStart)) continue;
    const topic = view.events.find((e) => e.start === k + 1);
    if (topic) consider(topic, 3, 'ar/event/topic');
  }
  const chosen = best as { hit: EventHit; score: number; rule: string } | null;
  return chosen ? { hit: chosen.hit, rule: chosen.rule } : null;
}

/**
 * `وشيّع في المدينة المئات الشهداء`: a vague amount with its article is no construct, so a definite
 * noun right after it is not what it counts but the verb's object (the crowd walks, the martyrs are
 * buried). Must not: `مئات الشهداء`، `المئات من الشهداء` (construct and partitive count the dead).
 */
function definiteObject(view: SentenceView, d: Draft): boolean {
  const { raw } = d;
  if (raw.quantity.qualifier !== 'vague' || raw.dual || raw.nounBefore !== null) return false;
  if (d.nounStart !== raw.numEnd) return false;
  return definiteWord(view, raw.numEnd - 1) && definiteWord(view, d.nounStart);
}

/** Whether token `k` is a word with the article (its lexicon record keeps the answer). */
function definiteWord(view: SentenceView, k: number): boolean {
  const word = view.words[k];
  return view.toks[k]?.kind === 'word' && !!word && isDefinite(word);
}

const COMMA = /^[,،]$/;
/** Tokens an aside set between two commas may hold (`، الجمعة،`، `، في العاصمة،`). */
const ASIDE_REACH = 3;

/**
 * The commas from `from` to `to` that end a clause: all but the pairs of short asides of time (every
 * token a date's) or of place (`في` + a word, no event in it) that lead straight to the count, as in
 * `قتلت القوات، أمس، 12 مسلحا`، `وشيّعت الجماعة، السبت، في صنعاء، 12 من مقاتليها`. Must not:
 * `كثرة الإصابات، وأمضى المئات` (one comma, a new clause), `قضت المحكمة، الأحد، بسجن نائبين` and
 * `توفي فلسطينيان، السبت، متأثرين … على آلاف المحتجين` (words after the aside: the verb's own clause
 * goes on, and the count is another's).
 */
function clauseCommas(view: SentenceView, from: number, to: number): number {
  let commas = 0;
  for (let k = from; k < to; k++) if (COMMA.test(view.toks[k]!.text)) commas++;
  let close = to - 1;
  while (close > from && COMMA.test(view.toks[close]!.text)) {
    const open = asideOpen(view, from, close);
    if (open === -1) break;
    commas -= 2;
    close = open;
  }
  return commas;
}

/** The opening comma of a time or place aside closed at `close`, or -1. */
function asideOpen(view: SentenceView, from: number, close: number): number {
  let open = close - 1;
  while (open >= from && close - open <= ASIDE_REACH + 1 && !COMMA.test(view.toks[open]!.text)) open--;
  if (open < from || open === close - 1 || !COMMA.test(view.toks[open]!.text)) return -1;
  const start = open + 1;
  const toks = view.toks.slice(start, close);
  if (toks.some((t) => t.kind !== 'word')) return -1;
  const dated = toks.every((_, i) => view.excluded.has(start + i));
  const placed =
    isA(view, toks[0], 'place-preposition') && !view.events.some((e) => e.start < close && e.end > start);
  return dated || placed ? open : -1;
}

/**
 * The noun of a funeral counts the dead in construct after it (`تشييع 12 قتيلا`، `تشييع العشرات من
 * ضحايا القصف`). Must not: a count before it (`تجمع آلاف اليمنيين لتشييع جثامين …`: the crowd), one
 * after its article (`شارك في التشييع مئات من الطلبة`: no construct, the crowd again).
 */
function funeralGoverns(view: SentenceView, hit: EventHit, qStart: number): boolean {
  if (!hit.entry.notes.includes('funeral-noun')) return true;
  return hit.end <= qStart && !/^[وفبلك]?(ال|لل)/.test(view.toks[hit.start]!.text);
}

function combine(
  view: SentenceView,
  hit: EventHit,
  category: Category,
  qStart: number,
  others: readonly { qStart: number; qEnd: number }[],
): Category {
  if (category !== 'killed' && category !== 'wounded') return category;
  // مقتل وإصابة · القتلى والجرحى · قتل وجرح: one figure for both — only when the two predicates
  // stand together on the same side of it (`قتل شخصان وأصيب آخرون` is two figures).
  const other = category === 'killed' ? 'wounded' : 'killed';
  const side = (e: EventHit): boolean => e.end <= qStart;
  const near = view.events.find(
    (e) =>
      e !== hit &&
      e.entry.category === other &&
      side(e) === side(hit) &&
      funeralGoverns(view, e, qStart) &&
      (Math.abs(e.start - hit.end) <= 1 || Math.abs(hit.start - e.end) <= 1) &&
      // `مقتل جندي وإصابة 4 مدنيين`: a counted noun between the two predicates is the first's figure.
      !nounBetween(view, e, hit) &&
      // `شخصين قتلا وأصيب سبعة`: each predicate has its own figure.
      !others.some(
        (o) =>
          o.qStart !== qStart &&
          ((o.qStart >= e.end && o.qStart - e.end <= 2) || (e.start >= o.qEnd && e.start - o.qEnd <= 2)),
      ),
  );
  return near ? 'killed_or_wounded' : category;
}

/** A noun of people alone between two predicates (`مقتل جندي وإصابة`), counted by the first. */
function nounBetween(view: SentenceView, a: EventHit, b: EventHit): boolean {
  const gap = a.end < b.start ? a.end : b.end;
  const next = a.end < b.start ? b.start : a.start;
  if (next - gap !== 1) return false;
  const n = nounOf(view, gap);
  return n !== null && n.entry.unit === 'person';
}

/** Whether a figure opens at token `i`: digits, a number word or a vague amount (`العشرات`). */
function opensFigure(view: SentenceView, i: number): boolean {
  const { toks, lex } = view;
  const tok = toks[i];
  if (!tok) return false;
  return (
    tok.kind === 'number' ||
    (tok.kind === 'word' && (mayOpenCardinal(lex, tok.text) || readVague(lex, toks, i) !== null))
  );
}

function nounCategory(view: SentenceView, noun: NounHit | null, nounEnd: number): Category | null {
  if (!noun?.entry.category) return null;
  const category = noun.entry.category;
  if (category === 'killed' || category === 'wounded') {
    // قتلى وجرحى; not `عدد من الشهداء وإصابة العشرات`, a verbal noun with its own figure.
    const next = view.toks[nounEnd];
    const other = next && nounOf(view, nounEnd);
    const ownFigure = other?.number === 'sg' && opensFigure(view, nounEnd + 1);
    if (
      !ownFigure &&
      other?.entry.category &&
      other.entry.category !== category &&
      ['killed', 'wounded'].includes(other.entry.category)
    ) {
      return 'killed_or_wounded';
    }
  }
  return category;
}

/**
 * Diplomats, officials or employees who leave or are expelled (`غادر 60 دبلوماسيا`، `طرد 7 من موظفي
 * المنظمة`) leave a post, not a home: no displacement, another count.
 */
function leavesPost(category: Category, kind: SubjectKind | undefined, rules: string[]): Category {
  if (category !== 'displaced' || kind !== 'staff') return category;
  rules.push('ar/category/staff-leave');
  return 'other';
}

function resolveCategory(
  event: EventEntry | null,
  nounCat: Category | null,
  kind: SubjectKind,
): Category | null {
  if (nounCat && nounCat !== 'killed_or_wounded' && event && event.category === 'killed_or_wounded')
    return nounCat;
  // Casualty nouns (قتيل، جريح، جثة، ضحية) state their own event; status nouns (نازح، رهينة) yield
  // to the predicate that governs them (`إطلاق سراح 10 رهائن`، `مقتل 5 نازحين`).
  if (nounCat && (CASUALTY_NOUN.has(nounCat) || nounCat === 'strikes' || !event)) return nounCat;
  if (!event) return null;
  if (
    event.notes.includes('needs-prisoners') ||
    event.category === 'escaped' ||
    event.category === 'displaced'
  ) {
    if (event.notes.includes('needs-prisoners')) {
      return kind === 'prisoners' || kind === 'combatants' ? 'escaped' : 'displaced';
    }
  }
  return event.category;
}

/** Kind hints after the noun: `أشخاص مدنيين`، `شخصاً من السكان المدنيين`. */
function refineKind(view: SentenceView, kind: SubjectKind, from: number): SubjectKind {
  if (kind !== 'unknown') return kind;
  // `59 قتيلا فلسطينيا`، `ثمانية متظاهرين فلسطينيين`: people named by their nationality, no force.
  if (nationalityAt(view, from)) return 'civilians';
  for (let k = from; k < Math.min(view.toks.length, from + 5); k++) {
    const t = view.toks[k]!;
    if (t.kind === 'punct' && t.text !== '"') break;
    // `300 شخص بينهم 135 مدنيا`: a part's noun, after a partitive or its own number, is not the whole's.
    if (t.kind === 'number' || isA(view, t, 'partitive') || opensFigure(view, k)) break;
    const n = nounOf(view, k);
    if (n && (n.entry.kind === 'civilians' || n.entry.kind === 'prisoners' || n.entry.kind === 'staff'))
      return n.entry.kind;
  }
  return kind;
}

/** The side the counted people belong to: `من عناصر تنظيم داعش`، `لتنظيم داعش`، a side nearby. */
function findGroup(
  view: SentenceView,
  lex: Lexicon,
  nounEnd: number,
  qStart: number,
  consumed: Set<number>,
  held = false,
): { entry: GazetteerEntry; rule: string } | null {
  for (let k = nounEnd; k < Math.min(view.toks.length, nounEnd + 6); k++) {
    const t = view.toks[k]!;
    if (t.kind === 'punct' && t.text !== '"' && t.text !== '(' && t.text !== ')') break;
    if (t.kind === 'number') break;
    // `رهائن لدى التنظيم`: the side after a holding preposition holds them (`holderAfter`);
    // `آلاف مقاتل لدى جيش الإسلام` (not held) are its own.
    if (held && holdingAt(view, k) > 0) break;
    // `قتل 20 جنديا بحسب أعماق التابعة لداعش`: a side named after a word of reporting is the
    // speaker's, never the counted people's.
    if ((view.info(k)?.cues ?? []).some((c) => c.role !== 'hedge')) break;
    const e = entityAt(view, k);
    if (e && isSide(e.entry)) {
      consumed.add(e.start);
      return { entry: groupOf(e.entry, lex), rule: 'ar/subject/group-after' };
    }
    if ((view.info(k)?.events.length ?? 0) > 0) break;
  }
  // A side named before the figure, unless it speaks, acts on the figure (`تحتجز قسد 12 ألفاً`,
  // `وقتلت قسد عنصرين`) or already owns another figure.
  let best: EntityHit | null = null;
  for (const e of view.entities) {
    if (e.end > qStart || !isSide(e.entry) || consumed.has(e.start)) continue;
    if (view.speakers.some((r) => e.start >= r.start && e.end <= r.end)) continue;
    if (isAgent(view, e)) continue;
    if (!best || e.end > best.end) best = e;
  }
  if (best) return { entry: groupOf(best.entry, lex), rule: 'ar/subject/group-before' };
  return null;
}

/** A side right after or right before a verb of the event is its agent, not its victim. */
function isAgent(view: SentenceView, e: EntityHit): boolean {
  const isVerb = (k: number): boolean => {
    const t = view.toks[k];
    if (!t || t.kind !== 'word') return false;
    const info = view.info(k);
    return (info?.events ?? []).some((ev) => ev.pos !== 'noun');
  };
  let before = e.start - 1;
  while (view.toks[before]?.text === '"') before--;
  let after = e.end;
  while (view.toks[after]?.text === '"') after++;
  return isVerb(before) || isVerb(after);
}

function armedAgentBetween(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const n = nounOf(view, k);
    if (
      n &&
      n.entry.armed &&
      n.entry.kind === 'combatants' &&
      !view.lex.closed.hasStem('force-member', n.entry.lemma)
    )
      return true;
    const e = entityAt(view, k);
    if (e && e.entry.type === 'armed_group' && !e.entry.country) return true;
  }
  return false;
}

// Holding prepositions of one word are the closed class holding (`لدى`، `بيد`، `بأيدي`), read as
// written; `في قبضة` is read as two.
const GRIP = /^قبض/;

/** Token count of a holding preposition at `k` (`لدى`، `بيد`، `في قبضة`), or 0. */
function holdingAt(view: SentenceView, k: number): number {
  const t = view.toks[k];
  if (!t || t.kind !== 'word') return 0;
  if (t.text === 'في' && GRIP.test(view.toks[k + 1]?.text ?? '')) return 2;
  return isA(view, t, 'holding') ? 1 : 0;
}

/**
 * The side that holds the people counted (`40 شخصا لا يزالون رهائن لدى تنظيم داعش`، `محتجزون في
 * قبضة الجماعة`): a side named right after a holding preposition, within the figure's clause.
 */
function holderAfter(view: SentenceView, from: number): GazetteerEntry | undefined {
  for (let k = from; k < Math.min(view.toks.length, from + 6); k++) {
    const t = view.toks[k]!;
    if ((t.kind === 'punct' && t.text !== '"') || t.kind === 'number') return undefined;
    const n = holdingAt(view, k);
    if (n === 0) continue;
    for (let j = k + n; j < k + n + 2; j++) {
      const e = entityAt(view, j);
      if (e && isSide(e.entry)) return e.entry;
    }
    return undefined;
  }
  return undefined;
}

/** `لدى التنظيم`، `في قبضة المسلحين` right after a predicate: held by an armed group. */
function heldBy(view: SentenceView, from: number): boolean {
  const n = holdingAt(view, from);
  if (n === 0) return false;
  const k = from + n;
  return isA(view, view.toks[k], 'captor') || armedAgentBetween(view, k, k + 3);
}

/** `تحرير 300 مدني من قبضة داعش`: the counted people were captives. */
function fromCaptivity(view: SentenceView, nounEnd: number): boolean {
  for (let k = nounEnd; k < Math.min(view.toks.length - 1, nounEnd + 2); k++)
    if (view.toks[k]!.text === 'من' && isA(view, view.toks[k + 1], 'from-captivity')) return true;
  return false;
}

function illnessIn(view: SentenceView, from: number, to: number): boolean {
  const forms = view.lex.illnesses;
  for (let k = Math.max(0, from); k < Math.min(view.toks.length, to); k++) {
    const t = view.toks[k]!;
    if (t.kind === 'word' && tokenReadings(t).some((r) => forms.has(r.stem))) return true;
  }
  return false;
}

/**
 * People an illness affects or kills are no casualties of violence: `إصابة 200 شخص بالكوليرا`
 * (the illness right after the count), `مرض نادر … يصيب 6500 شخص` (an illness that afflicts, in the
 * present, is a standing fact). Must stay: `أصيب 5 بجروح`، `إصابة 12 مدنيا برصاص القناصة`.
 */
function byIllness(view: SentenceView, event: ChosenEvent, nounEnd: number): boolean {
  if (illnessIn(view, nounEnd, nounEnd + 4)) return true;
  if (!event) return false;
  const tok = view.toks[event.hit.start]!;
  // يصيب / تصيب: `afflicts`, said of a disease; the news of an attack says أصاب or أُصيب.
  if (
    event.hit.entry.category === 'wounded' &&
    /^[وف]?[يت]صيب/.test(tok.text) &&
    view.events.every((e) => e === event.hit || e.entry.category === 'other')
  )
    return true;
  if (illnessIn(view, event.hit.end, event.hit.end + 2)) return true;
  // `مرض … يصيب`: the illness is the verb's subject, before it.
  return event.hit.entry.pos === 'verb' && illnessIn(view, event.hit.start - 8, event.hit.start);
}

/** All figures of a sentence that count people, families or strikes. */
export function findFigures(view: SentenceView, lex: Lexicon): Figure[] {
  // Percentages, amounts of money and fractional measures are quantities, never claims. A numeral
  // after its noun counts only as `شخص واحد`: from two up (`انتحاريين اثنين`، `الأطفال الثلاثة`)
  // it describes people a count or a dual has already named.
  const raws = readQuantities(view).filter(
    (q) =>
      q.unit === null &&
      (q.quantity.point === null || Number.isInteger(q.quantity.point)) &&
      (q.nounBefore === null || q.quantity.point === 1) &&
      !q.rules.includes(VAGUE_SEVERAL) &&
      // `فرانس 24`، `قناة روسيا 24`: a name's digits count nothing.
      !digitsOfName(view, q.numStart),
  );
  const sentence: SentenceFigures = { view, lex, raws, figures: [], consumed: new Set<number>() };
  for (const raw of raws) {
    const figure = figureOf(sentence, raw);
    if (figure) sentence.figures.push(figure);
  }
  return markMixedWholes(sentence.figures);
}

/** What the figures of one sentence share: the quantities read, the figures so far, groups taken. */
interface SentenceFigures {
  readonly view: SentenceView;
  readonly lex: Lexicon;
  readonly raws: readonly QuantityMention[];
  readonly figures: Figure[];
  readonly consumed: Set<number>;
}

/** One figure being read: its quantity, what it counts, and the rule ids that fired, in order. */
interface Draft {
  readonly raw: QuantityMention;
  readonly rules: string[];
  noun: NounHit | null;
  nounStart: number;
  nounEnd: number;
  entityAfter: EntityHit | null;
  anchor: number | null;
  kind: SubjectKind;
}

/** The figure one quantity makes, or null when it counts no people, families or strikes. */
function figureOf(s: SentenceFigures, raw: QuantityMention): Figure | null {
  const { view, figures } = s;
  const d = countedNoun(view, raw);
  // Figures of time: durations and ages are not claims (`3 أيام`; `هجومين الأسبوع الماضي` counts).
  const next = view.toks[raw.numEnd];
  if (next?.kind === 'word' && view.lex.closed.has('time-noun', next.text, true)) return null;
  if (d.noun && !isPersonish(d.noun)) return null;
  // `المصنف 22 عالميا`، `المسيرة 21`: after a definite head that ranks or numbers a series, a number
  // with no counted noun is a rank or an edition.
  const head = view.toks[raw.qStart - 1];
  if (!d.noun && !d.entityAfter && isA(view, head, 'rank-head') && /^[وفبل]?(ال|لل)/.test(head!.text))
    return null;
  // `يعادل 5 قنابل`: a measure of force or size, not strikes made.
  if (isA(view, view.toks[raw.qStart - 1], 'equivalence') && d.noun?.entry.unit === 'strike') return null;
  // `أبرز ثلاثة منها`: منها and بينها point back to a plural of things (people are منهم): a count
  // of strikes or families is one (`7 صواريخ … 3 منها`), of anything else none.
  const thing =
    !d.noun && isA(view, view.toks[raw.numEnd], 'thing-partitive') ? thingAntecedent(view, raw.qStart) : null;
  if (thing) {
    const unit = thing.noun.entry.unit;
    if (unit !== 'person' && unit !== 'family' && unit !== 'strike') return null;
    if (unit !== 'person') {
      d.noun = thing.noun;
      d.nounEnd = raw.numEnd + 1;
      d.anchor = thing.index;
      d.rules.push('ar/noun/antecedent');
    }
  }
  // منهم / عددهم: the noun is named earlier in the sentence.
  if (!d.noun && !d.entityAfter) nounFromContext(view, d);
  kindOfCounted(view, d);
  const unit: Unit = d.noun?.entry.unit ?? (d.kind === 'families' ? 'family' : 'person');
  if (unit === 'family') d.kind = d.kind === 'unknown' ? 'families' : d.kind;
  const { partOf, listOf } = linksBefore(view, raw, figures);
  const quantity = qualifiedAfterNoun(view, d);
  const found = categoryOf(s, d, partOf, listOf);
  if (!found) return null;
  const { event, nounCat } = found;
  let category = found.category;
  if (category === 'displaced' && d.kind === 'unknown') d.kind = 'civilians';
  if (d.noun?.entry.unit === 'strike' && category !== 'strikes' && !nounCat) category = 'strikes';
  // `اعتراض 119 صاروخا`، `أسقطت الدفاعات 5 صواريخ`: missiles or shells stopped in the air never
  // landed; bombs and barrels are dropped (`أسقطت الطائرات 12 برميلا` are strikes).
  if (
    event?.hit.entry.notes.includes('intercepts') &&
    event.hit.end <= d.raw.qStart &&
    isFired(view, d.noun)
  ) {
    category = 'other';
    d.rules.push('ar/category/intercepted');
  }
  // `الحديث عن أعداد ضحايا من المدنيين … 11 شخصاً`: the topic says who was counted.
  if (event?.rule === 'ar/event/topic' && d.kind === 'unknown') {
    const refined = refineKind(view, 'unknown', event.hit.end);
    if (refined !== 'unknown') {
      d.kind = refined;
      d.rules.push('ar/subject/kind-topic');
    }
  }
  const group = sideOf(s, d, unit, category, partOf);
  const { raw: r, noun, nounStart, nounEnd, kind, rules } = d;
  const holder = HELD.has(category) ? holderAfter(view, nounEnd) : undefined;
  return {
    qStart: Math.min(r.qStart, nounStart),
    qEnd: r.qEnd,
    nounStart,
    nounEnd: Math.max(nounEnd, r.qEnd),
    subjectEnd: nounEnd,
    quantity,
    unit,
    category,
    kind,
    group,
    possessed: noun?.pronoun !== undefined && noun.pronoun !== '',
    partOf,
    lemma: noun?.entry.lemma ?? null,
    rules,
    ...(holder ? { holder } : {}),
  };
}

/** A casualty category told more closely: people an illness struck, victims who fell dead. */
function casualtyFate(
  view: SentenceView,
  category: Category,
  event: ChosenEvent,
  nounEnd: number,
  rules: string[],
): Category {
  if (
    (category === 'wounded' || category === 'killed' || category === 'killed_or_wounded') &&
    byIllness(view, event, nounEnd)
  ) {
    rules.push('ar/category/illness');
    return 'other';
  }
  if (category === 'killed_or_wounded' && event && diesVictim(view, event.hit.start)) {
    rules.push('ar/category/fell-victim');
    return 'killed';
  }
  return category;
}

/**
 * `ذهب 12 مدنيا ضحية القصف`، `سقط ضحايا الغارة`: a victim noun after a verb of falling victim that
 * tells of death (within four words, its subject between). Must not: `وقع 5 أشخاص ضحية هجوم`.
 */
function diesVictim(view: SentenceView, at: number): boolean {
  if (!isA(view, view.toks[at], 'victim-noun')) return false;
  for (let v = at - 1; v >= Math.max(0, at - 4); v--) {
    const t = view.toks[v]!;
    if (t.kind === 'punct' && t.text !== '"') return false;
    if (isA(view, t, 'dies-victim')) return true;
  }
  return false;
}

/** A strike noun of something fired through the air (a missile, a shell), which may be intercepted. */
function isFired(view: SentenceView, noun: NounHit | null): boolean {
  if (noun?.entry.unit !== 'strike') return false;
  const means = view.lex.strikeMeans.get(noun.entry.lemma);
  return means === 'missile' || means === 'artillery';
}

/** The noun a quantity counts: the dual itself, a noun before the numeral, or the noun after it. */
function countedNoun(view: SentenceView, raw: QuantityMention): Draft {
  const d: Draft = {
    raw,
    rules: [...raw.rules],
    noun: null,
    nounStart: raw.numEnd,
    nounEnd: raw.numEnd,
    entityAfter: null,
    anchor: null,
    kind: 'unknown',
  };
  if (raw.dual) {
    d.noun = nounOf(view, raw.numStart);
    d.nounStart = raw.numStart;
    d.nounEnd = raw.numStart + 1;
  } else if (raw.nounBefore !== null) {
    d.noun = nounOf(view, raw.nounBefore);
    d.nounStart = raw.nounBefore;
    d.nounEnd = raw.qEnd;
  } else {
    const found = findNoun(view, raw.numEnd);
    d.noun = found.noun;
    d.nounStart = found.start;
    d.nounEnd = found.noun ? found.end : raw.numEnd;
    d.entityAfter = found.entity;
    if (found.partitive && found.noun) d.rules.push('ar/noun/partitive');
  }
  return d;
}

/** A count with no noun after it: a pronoun part (`منهم`) or a count head (`عدد`) names it earlier. */
function nounFromContext(view: SentenceView, d: Draft): void {
  const raw = d.raw;
  const pronounPart = view.toks[raw.numEnd];
  if (isA(view, pronounPart, 'partitive')) {
    const a = antecedent(view, raw.qStart);
    if (a) {
      d.noun = a.noun;
      d.nounEnd = raw.numEnd + 1;
      d.anchor = a.index;
      d.rules.push('ar/noun/antecedent');
    }
  }
  for (let k = raw.qStart - 1; !d.noun && k >= Math.max(0, raw.qStart - 10); k--) {
    const t = view.toks[k]!;
    if (t.kind !== 'word' || !isOfClass(view.lex, t, 'count-head')) continue;
    const direct = nounOf(view, k + 1);
    if (direct && PERSON_UNITS.has(direct.entry.unit)) {
      d.noun = direct;
      d.anchor = k + 1;
      d.rules.push('ar/noun/count-head');
    } else {
      const a = antecedent(view, k);
      if (a) {
        d.noun = a.noun;
        d.anchor = a.index;
        d.rules.push('ar/noun/count-antecedent');
      }
    }
  }
}

/** The kind of those counted: the noun's, those a casualty noun describes, a side's, the words after. */
function kindOfCounted(view: SentenceView, d: Draft): void {
  const raw = d.raw;
  d.kind = d.noun?.entry.kind ?? 'unknown';
  // `حراس السجن القتلى فاق عددهم 20 قتيلاً`: the casualty noun takes the kind of those counted.
  if (d.kind === 'unknown' && d.noun?.entry.category) {
    for (let k = raw.qStart - 1; k >= Math.max(0, raw.qStart - 3); k--) {
      if (!isA(view, view.toks[k], 'count-pronoun')) continue;
      let a = antecedent(view, k);
      // `حراس السجن القتلى فاق عددهم`: past the casualty word to the people it describes.
      while (a && a.noun.entry.kind === 'unknown' && a.noun.entry.category) a = antecedent(view, a.index);
      if (a && a.noun.entry.kind !== 'unknown') {
        d.kind = a.noun.entry.kind;
        d.rules.push('ar/subject/kind-antecedent');
      }
      break;
    }
  }
  if (d.entityAfter && isSide(d.entityAfter.entry)) d.kind = 'combatants';
  d.kind = refineKind(view, d.kind, d.nounEnd);
}

/** Parts of a previous figure: `منهم 77`، `بينهم أربعة أطفال`، a list joined by و / إضافة إلى. */
function linksBefore(
  view: SentenceView,
  raw: QuantityMention,
  figures: readonly Figure[],
): { partOf: number | null; listOf: number | null } {
  const none = { partOf: null, listOf: null };
  const prevTok = view.toks[raw.qStart - 1];
  if (figures.length === 0) return none;
  const prevFigure = figures.length - 1;
  const prev = figures[prevFigure]!;
  const between = raw.qStart - prev.nounEnd;
  if (between > 8) return none;
  if (isA(view, prevTok, 'partitive')) {
    return { partOf: prev.partOf ?? prevFigure, listOf: null };
  }
  const first = view.toks[raw.qStart];
  const startsWithAnd = first?.text.startsWith('و') && first.text !== 'و' ? true : prevTok?.text === 'و';
  const linked =
    startsWithAnd || isA(view, prevTok, 'list-link') || isWord(view.toks[raw.qStart - 2], 'اضافه');
  if (!linked) return none;
  // `منهم 77 … و40 … بالإضافة إلى أربعة`: later items of a breakdown are parts too.
  return { partOf: prev.partOf !== null ? prev.partOf : null, listOf: prevFigure };
}

/** `قتل 39 شخصا على الأقل`: a qualifier after the counted noun. */
function qualifiedAfterNoun(view: SentenceView, d: Draft): Quantity {
  const quantity = d.raw.quantity;
  if (quantity.qualifier !== 'exact' || quantity.point === null || d.nounEnd <= d.raw.qEnd) return quantity;
  const after = qualifierAfter(view.lex, view.toks, d.nounEnd);
  if (!after) return quantity;
  d.rules.push(qualifierRule(after.qualifier));
  return interval(quantity.point, after.qualifier);
}

type ChosenEvent = ReturnType<typeof chooseEvent>;

/** A killed or wounded predicate right next to the figure, which splits an unsplit casualty noun. */
function splits(event: NonNullable<ChosenEvent>): boolean {
  const category = event.hit.entry.category;
  return (
    (category === 'killed' || category === 'wounded') &&
    (event.rule === 'ar/event/governing' || event.rule === 'ar/event/predicate-after')
  );
}

/**
 * After the verb of a funeral, the crowd that walks in it: a vague amount (`شيّع الآلاف`), or a count
 * before the dead or their bodies (`شيّع 300 شخص جثامين`، `شيّع المئات 3 قتلى`، `شيّع 300 شخص
 * الشهداء`: the definite dead are the object). Must not: the dead themselves (`شيّعت الجماعة 35
 * شخصا من مسلحيها`).
 */
function mourners(view: SentenceView, raw: QuantityMention, nounEnd: number, verb: EventHit): boolean {
  if (deadAsPronoun(view, verb)) return true;
  if (raw.quantity.qualifier === 'vague' && !subjectNamed(view, verb, raw.qStart)) return true;
  for (let k = nounEnd; k < Math.min(view.toks.length, nounEnd + 3); k++) {
    const t = view.toks[k]!;
    if (t.kind === 'punct') return false;
    if (isA(view, t, 'corpse-noun') || t.kind === 'number' || definiteDead(view, k)) return true;
  }
  return false;
}

/** `الشهداء`، `القتلى`: the dead named with the article, a funeral's object rather than a count's noun. */
function definiteDead(view: SentenceView, k: number): boolean {
  const noun = nounOf(view, k);
  return !!noun && definiteWord(view, k) && noun.entry.category === 'killed';
}

/** Tokens from a funeral verb to the amount it governs as its object (the subject and its asides). */
const SUBJECT_REACH = 10;

/**
 * `وشيّعت المحافظة عشرات من الشبان`، `شيّع أهالي البلدة العشرات من الضحايا`: the verb of a funeral
 * names who held it right after it, so a vague amount further on is its object, the dead. Must
 * not: `شيّع الآلاف`، `شيّع اليوم الآلاف`، `شيّع في المدينة المئات` (the amount is the subject: the
 * word after the verb is a preposition or a time word, closed class speaker-stop or time-noun),
 * `وشيّع المشيعون بالآلاف` (an amount glued to ب says how many walked).
 */
function subjectNamed(view: SentenceView, verb: EventHit, qStart: number): boolean {
  const next = view.toks[verb.end];
  const count = view.toks[qStart];
  if (!next || !count || verb.end >= qStart || next.kind !== 'word') return false;
  if (isA(view, next, 'speaker-stop') || isA(view, next, 'time-noun')) return false;
  if (/^ب/.test(count.text) && count.kind === 'word') return false;
  // The subject, then what the funeral's time or place adds (`، الثلاثاء، في العاصمة`); no clause ends.
  for (let k = verb.end; k < qStart; k++) {
    const t = view.toks[k]!;
    if (t.kind !== 'word' && !(t.kind === 'punct' && COMMA.test(t.text))) return false;
  }
  return qStart - verb.end <= SUBJECT_REACH;
}

/**
 * `وشيّعه 300 شخص`، `يشيعونها`: the verb of a funeral with its object a pronoun has the dead named
 * already; a count it governs is its subject, the crowd. Must not: `شيّعت الجماعة 35 من مسلحيها`.
 */
function deadAsPronoun(view: SentenceView, verb: EventHit): boolean {
  if (verb.end - verb.start !== 1) return false;
  return tokenReadings(view.toks[verb.start]!).some((r) =>
    stripPronoun(r.stem).some(({ base }) => view.lex.lookup(base).events.includes(verb.entry)),
  );
}

/** With no category from elsewhere: armed nouns count fighters, strike nouns strikes. */
function defaultCategory(d: Draft): Category | null {
  const { noun, raw, rules } = d;
  // `في زي شرطيين`، `تضرب جنديين`: a dual names two people, never a force's size.
  if (noun?.entry.armed && !raw.dual) {
    rules.push('ar/category/armed-default');
    return 'combatants';
  }
  if (noun?.entry.unit === 'strike') {
    rules.push('ar/category/strike-default');
    return 'strikes';
  }
  return null;
}

/** Whether people arrested or held are held by an armed group rather than an authority. */
function heldByArmedGroup(view: SentenceView, d: Draft, category: Category, event: ChosenEvent): boolean {
  const { raw } = d;
  // Hostages (`احتجز الإرهابيون 250 عائلة`), or people still held `لدى التنظيم` after the count
  // (`30 شخصا ما زالوا محتجزين لدى التنظيم`).
  return (
    (category === 'arrested' &&
      !!event &&
      event.hit.end <= raw.qStart &&
      armedAgentBetween(view, event.hit.end, raw.qStart)) ||
    ((category === 'arrested' || category === 'held') &&
      !!event &&
      event.hit.start >= d.nounEnd &&
      heldBy(view, event.hit.end))
  );
}

/** The category: a whole's or a list's, the noun's, the event's; a default for armed nouns and strikes. */
function categoryOf(
  s: SentenceFigures,
  d: Draft,
  partOf: number | null,
  listOf: number | null,
): { category: Category; event: ChosenEvent; nounCat: Category | null } | null {
  const { view, figures } = s;
  const { raw, noun, rules } = d;
  const nounCat = nounCategory(view, noun, d.nounEnd);
  let event = chooseEvent(view, raw, d.nounEnd, noun?.entry.unit ?? 'person', d.anchor, s.raws);
  // A crowd that marches, protests or walks in a funeral (`شارك الآلاف في تشييع …`) suffered nothing.
  if (event?.hit.entry.notes.includes('participants')) {
    if (!noun?.entry.armed) return null;
    event = null;
  }
  // `شيّع الآلاف جثامين القتلى`، `وشيّع المئات 3 قتلى`: a funeral's crowd is no casualty; a body
  // after a vague amount is the funeral's object, not what the amount counts (`شيّع الآلاف جثمانه`).
  const corpse = noun !== null && view.lex.closed.hasStem('corpse-noun', noun.entry.lemma);
  if (
    event?.hit.entry.notes.includes('funeral') &&
    (!nounCat || corpse || definiteObject(view, d)) &&
    mourners(view, raw, d.nounEnd, event.hit)
  )
    return null;
  // Freeing words count an escape only for captives (`تحرير 12 رهينة`), never a town's people.
  const captive = nounCat === 'abducted' || d.kind === 'prisoners' || fromCaptivity(view, d.nounEnd);
  if (event?.hit.entry.notes.includes('frees') && !captive && event.hit.entry.category === 'escaped')
    event = null;
  let category: Category | null = null;
  if (partOf !== null && !nounCat) {
    category = figures[partOf]!.category;
    rules.push('ar/category/part-of');
  } else if (listOf !== null && !nounCat && (!event || event.rule !== 'ar/event/governing')) {
    category = figures[listOf]!.category;
    rules.push('ar/category/list');
  } else {
    category = resolveCategory(event?.hit.entry ?? null, nounCat, d.kind);
    if (captive && event?.hit.entry.notes.includes('frees') && event.hit.end <= raw.qStart) {
      category = 'escaped';
      rules.push('ar/category/freed-captives');
    } else if (nounCat === 'abducted' && (category === 'arrested' || category === 'held')) {
      // A hostage is held by whoever took it, never arrested by an authority (`40 رهينة في قبضة الخاطفين`).
      category = 'abducted';
      rules.push('ar/category/hostage');
    }
    if (noun?.entry.category === 'killed_or_wounded' && event && splits(event)) {
      // `مقتل 12 ضحية`، `تشييع العشرات من ضحايا القصف`: the predicate says which casualties.
      category = event.hit.entry.category;
      rules.push('ar/category/event-splits');
    } else if (nounCat) rules.push('ar/category/noun');
    else if (event) {
      rules.push(event.rule);
      category = combine(view, event.hit, category ?? event.hit.entry.category, raw.qStart, s.raws);
    }
  }
  if (!category) category = defaultCategory(d);
  if (!category) return null;
  if (!noun && !d.entityAfter && !event) return null;
  category = casualtyFate(view, category, event, d.nounEnd, rules);
  category = leavesPost(category, noun?.entry.kind, rules);
  // Strikes are counted by their own nouns; a predicate of attack over a count of people names what
  // they did or were accused of (`متهمان … بشن هجمات`): fighters are a force's size, others nothing.
  if (category === 'strikes' && !nounCat && noun?.entry.unit === 'person') {
    if (!noun.entry.armed) return null;
    category = 'combatants';
    rules.push('ar/category/attackers');
  }
  // `هاجم مسلحان` are the attackers; a dual in the oblique case (`هاجموا شرطيين`، `في زي شرطيين`)
  // is an object or after a preposition: the attacked, never who attacked (`ما لا يقل عن شخصين هاجما`:
  // the qualifier's preposition sets the case).
  const oblique = raw.dual && raw.qStart === raw.numStart && /ين$/.test(view.toks[raw.numStart]!.text);
  if (category === 'combatants' && !nounCat && oblique) return null;
  if (heldByArmedGroup(view, d, category, event)) {
    category = 'abducted';
    rules.push('ar/category/armed-agent');
  }
  return { category, event, nounCat };
}

/** The side counted: named after the count, by the noun itself, nearby, or by a parallel mention. */
function sideOf(
  s: SentenceFigures,
  d: Draft,
  unit: Unit,
  category: Category,
  partOf: number | null,
): GazetteerEntry | null {
  const { figures } = s;
  let group = groupNamed(s, d, unit, HELD.has(category));
  // `قتل سبعة آخرون`، `وإصابة 45 آخرين`: "others" are of the kind of the figure before them.
  let othersOf: Figure | null = null;
  if (d.noun && s.view.lex.closed.hasStem('others-noun', d.noun.entry.lemma) && figures.length > 0) {
    const prev = figures[figures.length - 1]!;
    if (d.kind === 'unknown') d.kind = prev.kind;
    othersOf = prev;
    d.rules.push('ar/subject/others');
  } else if (d.kind === 'unknown' && partOf === null && (othersOf = ellipticalOf(s, d, category))) {
    d.kind = othersOf.kind;
    d.rules.push('ar/subject/elliptical');
  }
  // A part with no kind of its own (`بينهم أربعة آلاف أجنبي`) is of the whole's kind.
  if (d.kind === 'unknown' && partOf !== null && figures[partOf]) d.kind = figures[partOf]!.kind;
  if (d.kind === 'unknown' && group && category !== 'displaced') d.kind = 'combatants';
  if (partOf !== null && figures[partOf] && !group && d.kind !== 'civilians') group = figures[partOf]!.group;
  if (othersOf && !group && d.kind !== 'civilians') group = othersOf.group;
  // `قتل 4 من مقاتلي داعش وأصيب 7 في المعارك مع الجيش`: the bare count is more of the same side,
  // not of a side named later in its clause.
  if (othersOf && othersOf.group && d.rules.includes('ar/subject/elliptical')) group = othersOf.group;
  return group;
}

/**
 * `قتل 4 من مقاتلي التنظيم وأصيب 7 بجروح`: a bare count of the other casualty fate, joined by و right
 * after a count of people of a known kind, counts more of them (the noun is left out, not changed).
 * Must not: `وأصيب 7 أشخاص` (a noun of its own), `قتل 4 جنود، وفي حادث آخر أصيب 7` (a new clause),
 * a count of the same fate (`قتل 4 جنود وقتل 7` repeats no noun it shares).
 */
function ellipticalOf(s: SentenceFigures, d: Draft, category: Category): Figure | null {
  const prev = s.figures[s.figures.length - 1];
  if (!prev || d.noun || d.entityAfter || prev.kind === 'unknown') return null;
  if (!CASUALTY_NOUN.has(category) || !CASUALTY_NOUN.has(prev.category) || prev.category === category)
    return null;
  // `4 من مقاتلي داعش وأصيب 7`: the side named after the noun belongs to it.
  const from = s.view.entities.find((e) => e.start === prev.nounEnd)?.end ?? prev.nounEnd;
  const between = s.view.toks.slice(from, d.raw.qStart);
  if (between.length === 0 || between.length > 2 || between.some((t) => t.kind !== 'word')) return null;
  return between[0]!.text.startsWith('و') ? prev : null;
}

/**
 * `10 سودانيين من صفوف داعش`، `12 تونسيا يقاتلون في صفوف التنظيم`، `6 مصريين من عناصر الجماعة`:
 * people counted by nationality in the ranks of a force are its fighters; the side after the ranks
 * word (a closed class) is theirs. Must not: `10 سودانيين في القصف`، `قتل 10 سودانيين على يد قوات
 * الدعم السريع` (no ranks word: the side named is the agent), a clause after punctuation or a number,
 * a part after a partitive (`4 فلسطينيين بينهم 3 من عناصر حماس`: only the part is the group's).
 */
function ranksSide(view: SentenceView, from: number): { entry: GazetteerEntry | null } | null {
  for (let k = from; k < Math.min(view.toks.length, from + 4); k++) {
    const t = view.toks[k]!;
    if (t.kind !== 'word' || (view.info(k)?.events.length ?? 0) > 0) return null;
    // `أربعة فلسطينيين بينهم ثلاثة من عناصر حماس`: a part counted apart is no rank of the whole.
    if (isA(view, t, 'partitive') || opensFigure(view, k)) return null;
    if (!isA(view, t, 'ranks-noun')) continue;
    const e = entityAt(view, k + 1);
    if (e && isSide(e.entry)) return { entry: e.entry };
    // `في صفوف التنظيم` with no body named before it: a side still, which one the text does not say.
    return shortSideName(view, k + 1) ? { entry: null } : null;
  }
  return null;
}

/** `التنظيم`، `الجماعة`، `الحركة`: the short name a report calls an armed body by, with its article. */
function shortSideName(view: SentenceView, k: number): boolean {
  const t = view.toks[k];
  if (t?.kind !== 'word') return false;
  return tokenReadings(t).some((r) => r.definite && view.lex.closed.hasStem('anaphoric-head', r.stem));
}

/** The side the words around a count name: a side after it, the noun itself, one nearby or parallel. */
function groupNamed(s: SentenceFigures, d: Draft, unit: Unit, held: boolean): GazetteerEntry | null {
  const { view, lex, figures } = s;
  const { raw, noun, kind, rules } = d;
  if (d.entityAfter && isSide(d.entityAfter.entry)) {
    rules.push('ar/subject/group-partitive');
    return groupOf(d.entityAfter.entry, lex);
  }
  const ranks = kind === 'civilians' && nationalityAt(view, d.nounStart) ? ranksSide(view, d.nounEnd) : null;
  if (ranks) {
    d.kind = 'combatants';
    rules.push('ar/subject/nationals-in-ranks');
    return ranks.entry ? groupOf(ranks.entry, lex) : null;
  }
  if (kind === 'civilians' || kind === 'families' || unit === 'strike') return null;
  const self = entityAt(view, d.nounStart);
  const g = findGroup(view, lex, d.anchor !== null ? d.anchor + 1 : d.nounEnd, raw.qStart, s.consumed, held);
  const parallel = noun
    ? [...figures].reverse().find((f) => f.group && f.lemma === noun.entry.lemma)
    : undefined;
  if (self && isSide(self.entry)) {
    // `مئات الدواعش`: the noun names the side itself.
    rules.push('ar/subject/group-self');
    return groupOf(self.entry, lex);
  }
  if (g && g.rule !== 'ar/subject/group-before') {
    rules.push(g.rule);
    return g.entry;
  }
  if (parallel) {
    // `قتلت عنصرين من خلايا التنظيم … وألقت القبض على 5 عناصر`: a parallel mention, one side.
    rules.push('ar/subject/group-parallel');
    return parallel.group;
  }
  if (g && kind !== 'unknown') {
    // A generic noun (`شخص`) does not take a side merely named before it.
    rules.push(g.rule);
    return g.entry;
  }
  return null;
}

/** A whole whose parts differ in kind is `mixed`; it takes the side its non-civilian parts share. */
function markMixedWholes(figures: readonly Figure[]): Figure[] {
  return figures.map((f, idx) => {
    const parts = figures.filter((p) => p.partOf === idx);
    if (parts.length < 2) return f;
    const kinds = new Set(parts.map((p) => p.kind));
    if (kinds.size < 2 || f.kind !== 'unknown') return f;
    return { ...f, kind: 'mixed', rules: [...f.rules, 'ar/subject/mixed-whole'] };
  });
}
