// Figures in a sentence: where a quantity is, what it counts, and the event it belongs to.
// Input is one sentence's tokens; output is one `Figure` per counted quantity, before attribution.
//
// Must match: مقتل 28 عنصراً من خلايا داعش · 374من عناصر تنظيم داعش · هروب نحو 200سجين ·
//   121 شخصا قضوا … منهم 77 من موظفي السجن و40من مقاتليهم · فر نحو 400 سجين · غارتين جويتين ·
//   أحد المهاجمين · عددها تجاوز الـ 4000 · مئات الدواعش · بعشرات القتلى
// Must not: ثلاثة محاور · بعد ستة أيام · عام 2011 · 50 في المئة · 30 عاما (an age) · 7 مراكز
//
// A figure is read in this order (`figureOf`): its counted noun (noun.ts, the rules under noun/),
// the kind of those counted, its links to the figures before it, its category (category.ts: the
// event, event.ts and event/, then category/), its side (side.ts, subject/). A rule id names its
// file: `ar/category/hostage` is `figures/category/hostage.ts`.

import type { Quantity, Unit } from '../../../types.js';
import type { GazetteerEntry, Lexicon } from '../lexicon/lexicon.js';
import type { SentenceView } from '../read/sentence-view.js';
import { digitsOfName, entityAt, isA, isPersonish } from '../read/sentence-view.js';
import { interval, qualifierAfter, qualifierRule, VAGUE_SEVERAL } from '../quantities/numbers.js';
import type { QuantityMention } from '../quantities/sentence.js';
import { readQuantities } from '../quantities/sentence.js';
import { FUNERAL_DEAD } from '../quantities/rules/funeral-dead.js';
import { VAGUE_SOME } from '../quantities/rules/vague-some.js';
import { armedHolder } from './category/armed-agent.js';
import { civilOperation } from './category/civil-operation.js';
import { foiled } from './category/foiled.js';
import { intercepted } from './category/intercepted.js';
import { struckTargets } from './category/struck-targets.js';
import { categoryOf } from './category.js';
import { AFTER } from './event/after.js';
import { PREDICATE_AFTER } from './event/predicate-after.js';
import type { Draft, Figure, SentenceFigures } from './figure.js';
import { HELD } from './figure.js';
import { holdingAt, isSide } from './nearby.js';
import { thingsPointedBack } from './noun/antecedent.js';
import { countedNoun, kindOfCounted, nounFromContext } from './noun.js';
import { sideOf } from './side.js';
import { ELLIPTICAL } from './subject/elliptical.js';
import { captorInConstruct } from './subject/group-after.js';
import { kindOfTopic } from './subject/kind-topic.js';
import { markMixedWholes } from './subject/mixed-whole.js';
import { OTHERS } from './subject/others.js';
import { recounted, recountNumber, recountOf } from './noun/recount.js';

export type { Figure } from './figure.js';

/** `وإصابة 5 آخرين`، `وأصيب 7`: the figure counts more of the people the figure before it counts. */
export function countsMoreOf(figure: Figure): boolean {
  return figure.rules.some((r) => r === OTHERS || r === ELLIPTICAL);
}

/** Whether the figure's event was read after it (`40 شخصا ربما قتلوا`), not before it. */
export function predicateAfter(figure: Figure): boolean {
  return figure.rules.some((r) => r === PREDICATE_AFTER || r === AFTER);
}

/** All figures of a sentence that count people, families or strikes. */
export function findFigures(view: SentenceView, lex: Lexicon): Figure[] {
  // Percentages, amounts of money and fractional measures are quantities, never claims. A numeral
  // after its noun counts only as `شخص واحد`: from two up (`انتحاريين اثنين`، `الأطفال الثلاثة`)
  // it describes people a count or a dual has already named, but for the dead a funeral buries
  // (`وشيع الآلاف الشهداء الثلاثة`: the sentence's one count of them).
  const raws = readQuantities(view).filter(
    (q) =>
      q.unit === null &&
      (q.quantity.point === null || Number.isInteger(q.quantity.point)) &&
      (q.nounBefore === null || q.quantity.point === 1 || q.rules.includes(FUNERAL_DEAD)) &&
      !q.rules.includes(VAGUE_SEVERAL) &&
      // `فرانس 24`، `قناة روسيا 24`: a name's digits count nothing.
      !digitsOfName(view, q.numStart),
  );
  const sentence: SentenceFigures = { view, lex, raws, figures: [], consumed: new Set<number>() };
  for (let i = 0; i < raws.length; i++) {
    const figure = figureOf(sentence, raws[i]!);
    if (!figure) continue;
    // `عدد من المدنيين تجاوز عددهم 15 مدنيا`: the number counts the vague amount's people again.
    const again = recountOf(view, figure, raws, i + 1);
    if (!again) {
      sentence.figures.push(figure);
      continue;
    }
    const d = countedNoun(view, again);
    const quantity = qualifiedAfterNoun(view, d);
    sentence.figures.push(recounted(figure, { ...again, quantity, rules: d.rules }, d.nounEnd));
    i = raws.indexOf(again);
  }
  return markMixedWholes(sentence.figures);
}

/** The figure one quantity makes, or null when it counts no people, families or strikes. */
function figureOf(s: SentenceFigures, raw: QuantityMention): Figure | null {
  const { view, figures } = s;
  const d = countedNoun(view, raw);
  // Figures of time: durations and ages are not claims (`3 أيام`; `هجومين الأسبوع الماضي` counts).
  const next = view.toks[raw.numEnd];
  if (next?.kind === 'word' && view.lex.closed.has('time-noun', next.text, true)) return null;
  // `قتل اثنين من الظباء`، `25 حيوانا مفقودا`: animals counted are no people (closed class animal-noun).
  if (!d.noun && countsAnimals(view, raw.qEnd)) return null;
  // `قصف 60 وكرا`: targets a strike word hits are counted as strikes on them.
  if (d.noun && !isPersonish(d.noun) && !struckTargets(view, d)) return null;
  // `المصنف 22 عالميا`، `المسيرة 21`: after a definite head that ranks or numbers a series, a number
  // with no counted noun is a rank or an edition.
  const head = view.toks[raw.qStart - 1];
  if (!d.noun && !d.entityAfter && isA(view, head, 'rank-head') && /^[وفبل]?(ال|لل)/.test(head!.text))
    return null;
  // `عمليات إنقاذ`، `عملية جراحية`: operations that strike nothing are no figure of conflict.
  if (civilOperation(view, d)) return null;
  // `يعادل 5 قنابل`: a measure of force or size, not strikes made.
  if (isA(view, view.toks[raw.qStart - 1], 'equivalence') && d.noun?.entry.unit === 'strike') return null;
  // `أبرز ثلاثة منها`: a count of things a pronoun points back to counts strikes or families only.
  if (!thingsPointedBack(view, d)) return null;
  // `عددا من` as an object: before a word the lexicon does not count it is a number of things (`تضم
  // عددا من المواهب`، `علق عدداً من الحسابات`: what a verb acts on is mostly things), and counted again
  // right after (`عدداً من حراس السجن القتلى فاق عددهم 20`) it is no figure of its own. As a subject
  // (`عدد من مرافقيه`) it is read as it was.
  if (d.raw.rules.includes(VAGUE_SOME) && /ا$/.test(view.toks[d.raw.numStart]!.text)) {
    if (!d.noun && !d.entityAfter) return null;
    if (recountNumber(view, d.nounEnd) >= 0) return null;
  }
  // منهم / عددهم: the noun is named earlier in the sentence.
  if (!d.noun && !d.entityAfter) nounFromContext(view, d);
  kindOfCounted(view, d);
  const unit: Unit = d.noun?.entry.unit ?? (d.kind === 'families' ? 'family' : 'person');
  if (unit === 'family') d.kind = d.kind === 'unknown' ? 'families' : d.kind;
  const { partOf, listOf } = linksBefore(view, raw, figures, s.raws);
  const quantity = qualifiedAfterNoun(view, d);
  const found = categoryOf(s, d, partOf, listOf);
  if (!found) return null;
  const { event, nounCat } = found;
  let category = found.category;
  if (category === 'displaced' && d.kind === 'unknown') d.kind = 'civilians';
  if (d.noun?.entry.unit === 'strike' && category !== 'strikes' && !nounCat) category = 'strikes';
  // `اعتراض 119 صاروخا`، `أسقطت الدفاعات 5 صواريخ`: missiles or shells stopped in the air never
  // landed; bombs and barrels are dropped (`أسقطت الطائرات 12 برميلا` are strikes).
  category = intercepted(view, d, event) ?? category;
  // `أحبطت الأجهزة عددا من الهجمات`: attacks foiled were never made.
  category = foiled(d, event) ?? category;
  // `الحديث عن أعداد ضحايا من المدنيين … 11 شخصاً`: the topic says who was counted.
  kindOfTopic(view, d, event);
  const group = sideOf(s, d, unit, category, partOf);
  const { raw: r, noun, nounStart, nounEnd, kind, rules } = d;
  // Who holds them: a side after a holding preposition, or the armed side that took them.
  const holder = HELD.has(category)
    ? (holderAfter(view, nounEnd) ?? captorInConstruct(view, d) ?? armedHolder(view, d, event, s.figures))
    : undefined;
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

/**
 * Parts of a previous figure: `منهم 77`، `بينهم أربعة أطفال`، a list joined by و / إضافة إلى. A part
 * belongs to the count right before it: past a number that made no figure (`قتل 5 بينهم طفلان كما
 * أصيب حتى الآن 37 بينهم ستة أطفال`) it is that number's, no part of the figure before.
 */
function linksBefore(
  view: SentenceView,
  raw: QuantityMention,
  figures: readonly Figure[],
  raws: readonly QuantityMention[],
): { partOf: number | null; listOf: number | null } {
  const none = { partOf: null, listOf: null };
  const prevTok = view.toks[raw.qStart - 1];
  if (figures.length === 0) return none;
  const prevFigure = figures.length - 1;
  const prev = figures[prevFigure]!;
  const between = raw.qStart - prev.nounEnd;
  if (between > 8) return none;
  if (raws.some((q) => q.qStart >= prev.nounEnd && q.qEnd <= raw.qStart)) return none;
  if (isA(view, prevTok, 'partitive')) {
    return { partOf: prev.partOf ?? prevFigure, listOf: null };
  }
  const first = view.toks[raw.qStart];
  const startsWithAnd = first?.text.startsWith('و') && first.text !== 'و' ? true : prevTok?.text === 'و';
  const linked =
    startsWithAnd || isA(view, prevTok, 'list-link') || isA(view, view.toks[raw.qStart - 2], 'addition-word');
  if (!linked) return none;
  // `منهم 77 … و40 … بالإضافة إلى أربعة`: later items of a breakdown are parts too.
  return { partOf: prev.partOf !== null ? prev.partOf : null, listOf: prevFigure };
}

/** Whether the word after a count, or after its partitive `من`, names animals (heads only right after it). */
function countsAnimals(view: SentenceView, k: number): boolean {
  const t = view.toks[k];
  const partitive = isA(view, t, 'count-partitive');
  const noun = partitive ? view.toks[k + 1] : t;
  if (!noun || noun.kind !== 'word') return false;
  // `300 رأس من الماشية`: heads counted right after the number; `5 من رأس العين` names a place.
  if (!partitive && isA(view, noun, 'head-count')) return true;
  // The accusative alif of a count's noun (`25 حيوانا`).
  const bare = noun.text.endsWith('ا') ? noun.text.slice(0, -1) : null;
  return isA(view, noun, 'animal-noun') || (bare !== null && view.lex.closed.hasStem('animal-noun', bare));
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
