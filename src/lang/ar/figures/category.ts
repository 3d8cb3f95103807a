// The category of a figure: a whole's or a list's, the noun's, the event's (category/, one rule a
// file), then the rules that tell it more closely, in the order of `REFINERS`.

import type { Category, SubjectKind } from '../../../types.js';
import type { EventEntry } from '../lexicon/lexicon.js';
import type { EventHit, SentenceView } from '../read/sentence-view.js';
import { isA, nounOf } from '../read/sentence-view.js';
import { armedAgent } from './category/armed-agent.js';
import { armedDefault } from './category/armed-default.js';
import { attackedDual, attackers } from './category/attackers.js';
import { attempted } from './category/attempted.js';
import { civilianCrowd } from './category/civilian-crowd.js';
import { civilianForce } from './category/civilian-force.js';
import { deathSentence } from './category/death-sentence.js';
import { eventSplits } from './category/event-splits.js';
import { fellVictim } from './category/fell-victim.js';
import { captives, freedCaptives, freesNoCaptive } from './category/freed-captives.js';
import { hostage } from './category/hostage.js';
import { housedPopulation } from './category/housed-population.js';
import { housedThings } from './category/housed-things.js';
import { hazard } from './category/hazard.js';
import { illness } from './category/illness.js';
import { listCategory } from './category/list.js';
import { NOUN, nounCategory } from './category/noun.js';
import { partOfCategory } from './category/part-of.js';
import { pointedBack } from './category/pointed-back.js';
import { recruits } from './category/recruits.js';
import { sport } from './category/sport.js';
import { staffLeave } from './category/staff-leave.js';
import { strikeDefault } from './category/strike-default.js';
import { surrender } from './category/surrender.js';
import { woundedDied } from './category/wounded-died.js';
import { chooseEvent } from './event.js';
import type { CategoryReading, CategoryRefiner, ChosenEvent, Draft, SentenceFigures } from './figure.js';
import { CASUALTY_NOUN, civilianCount } from './figure.js';
import { funeralCrowd } from './funeral.js';
import { funeralGoverns } from './nearby.js';

/**
 * The rules that tell a figure's category more closely, in order; each reads the category the ones
 * before it left. An illness's or a hazard's casualties are `other` before a victim's fate is read
 * (all read casualties); staff leaving read `displaced`; the attackers rule turns a count of people under an
 * attack word into fighters before the dual check drops the fighters in the oblique case; civilians recruited are `other` before
 * a list's force could drop them, and civilians who attack or storm (a crowd) `other` after it; the armed
 * agent reads the arrested and held the rules before left alone. A death sentence passed, read
 * first, is no death at all, nor an attempt (`محاولة اغتيال`); a verb of housing with no noun of people counts things, no one, and with no facility named it counts a place's people (refugees displaced);
 * fighters and strikes left in a sentence of a match, read last, are play.
 */
const REFINERS: readonly CategoryRefiner[] = [
  deathSentence,
  attempted,
  woundedDied,
  housedThings,
  housedPopulation,
  illness,
  hazard,
  fellVictim,
  staffLeave,
  attackers,
  attackedDual,
  recruits,
  civilianForce,
  civilianCrowd,
  armedAgent,
  sport,
];

/** The category: a whole's or a list's, the noun's, the event's; a default for armed nouns and strikes. */
export function categoryOf(
  s: SentenceFigures,
  d: Draft,
  partOf: number | null,
  listOf: number | null,
): { category: Category; event: ChosenEvent; nounCat: Category | null } | null {
  const { view, figures } = s;
  const { raw, noun } = d;
  const nounCat = nounCategory(view, noun, d.nounEnd);
  const civilians = civilianCount(d);
  // Handing over is a release only of captives (`سلمت 33 أسيرا`); for anyone else the figure's
  // event is another word (`اعتقال وتسليم 6 مواطنين`: arrested).
  const captive = captives(view, d, nounCat);
  const look = { civilians, captive };
  // `سلم 30 مسلحا أنفسهم`: people who hand themselves over surrendered, whatever other event is near.
  const surrendered = surrender(view, d);
  if (surrendered) return { category: surrendered, event: null, nounCat };
  let event = chooseEvent(view, raw, d.nounEnd, noun?.entry.unit ?? 'person', d.anchor, s.raws, look);
  // A crowd that marches, protests or walks in a funeral (`شارك الآلاف في تشييع …`) suffered nothing.
  if (event?.hit.entry.notes.includes('participants') || event?.hit.entry.notes.includes('members')) {
    if (!noun?.entry.armed) return null;
    event = null;
  }
  // `شيّع الآلاف جثامين القتلى`، `وشيّع المئات 3 قتلى`: a funeral's crowd is no casualty; a body
  // after a vague amount is the funeral's object, not what the amount counts (`شيّع الآلاف جثمانه`).
  if (event && funeralCrowd(view, d, nounCat, event.hit)) return null;
  // Freeing words count an escape only for captives (`تحرير 12 رهينة`), never a town's people.
  if (freesNoCaptive(event, captive)) event = null;
  let category: Category | null =
    partOfCategory(figures, d, partOf, nounCat) ??
    listCategory(figures, d, listOf, nounCat, event) ??
    ownCategory(s, d, nounCat, event, captive);
  if (!category) category = armedDefault(d) ?? strikeDefault(d);
  if (!category) return null;
  if (!noun && !d.entityAfter && !event) return null;
  const reading: CategoryReading = { view, d, event, nounCat };
  for (const refine of REFINERS) {
    category = refine(reading, category);
    if (!category) return null;
  }
  return { category, event, nounCat };
}

/** A figure's own category, from its event and noun, when it is no part of a whole or a list. */
function ownCategory(
  s: SentenceFigures,
  d: Draft,
  nounCat: Category | null,
  event: ChosenEvent,
  captive: boolean,
): Category | null {
  const { view } = s;
  if (pointedBack(d, nounCat, event)) nounCat = null;
  // `197 حالة اختطاف، و167 حالة إخفاء قسري`: a noun of several words that carries its category
  // (`حالة اختطاف`، `غارة جوية`) states its event, as a casualty noun does.
  const stated = !!nounCat && !!d.noun?.entry.lemma.includes(' ');
  let category = resolveCategory(event?.hit.entry ?? null, nounCat, d.kind, stated);
  category = freedCaptives(d, event, captive) ?? hostage(d, nounCat, category) ?? category;
  const split = eventSplits(d, event);
  if (split !== undefined) return split;
  if (nounCat) d.rules.push(NOUN);
  else if (event) {
    d.rules.push(event.rule);
    category = combine(view, event.hit, category ?? event.hit.entry.category, d.raw.qStart, s);
  }
  return category;
}

function combine(
  view: SentenceView,
  hit: EventHit,
  category: Category,
  qStart: number,
  s: SentenceFigures,
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
      // `ماتوا جراء التسمم`: a word between them other than a conjunction makes one the other's cause.
      joined(view, e, hit) &&
      // `مات اختناقا`، `يموتون غرقا`: a bare accusative verbal noun after the verb says how they died.
      !manner(view, hit, e) &&
      // `شخصين قتلا وأصيب سبعة`: each predicate has its own figure — also one read before with a
      // qualifier after its noun (`25 مدنيا على الأقل قتلوا وأصيب أكثر من 40 آخرين`).
      !s.raws.some(
        (o) =>
          o.qStart !== qStart &&
          ((o.qStart >= e.end && o.qStart - e.end <= 2) || (e.start >= o.qEnd && e.start - o.qEnd <= 2)),
      ) &&
      !s.figures.some((f) => f.qStart !== qStart && e.start >= f.nounEnd && e.start - f.nounEnd <= 2),
  );
  return near ? 'killed_or_wounded' : category;
}

/** Two predicates side by side, or with only `و` or `أو` between them (`مقتل و إصابة`، `قتل أو جرح`). */
function joined(view: SentenceView, a: EventHit, b: EventHit): boolean {
  // `تعرضوا للاختناق فتوفي منهم ثمانية`: a predicate opening with `ف` follows from the one before.
  const later = a.start > b.start ? a : b;
  const glued = /^ف/.test(view.toks[later.start]?.text ?? '') && !/^ف/.test(later.entry.form);
  if (glued && later.entry.pos === 'verb') return false;
  const between = oneBetween(a, b);
  if (between < 0) return true;
  const tok = view.toks[between];
  return tok?.text === 'و' || isA(view, tok, 'alternative');
}

/**
 * `مات طفل اختناقا`: a verbal noun in the indefinite accusative right after a verb is the verb's manner
 * (its alif of the accusative, no article, no conjunction), never a second predicate.
 */
function manner(view: SentenceView, verb: EventHit, noun: EventHit): boolean {
  if (verb.entry.pos !== 'verb' || noun.entry.pos !== 'noun' || noun.start !== verb.end) return false;
  const text = view.toks[noun.start]?.text ?? '';
  // The alif is the accusative's, not the word's own (`ضحايا`).
  if (noun.entry.form.endsWith('ا')) return false;
  return noun.end - noun.start === 1 && /[^ا]اً?$/.test(text) && !/^[وف]|^ال/.test(text);
}

/** A noun of people alone between two predicates (`مقتل جندي وإصابة`), counted by the first. */
function nounBetween(view: SentenceView, a: EventHit, b: EventHit): boolean {
  const between = oneBetween(a, b);
  if (between < 0) return false;
  const n = nounOf(view, between);
  return n !== null && n.entry.unit === 'person';
}

/** The token between two predicates when exactly one stands there, else -1. */
function oneBetween(a: EventHit, b: EventHit): number {
  const gap = a.end < b.start ? a.end : b.end;
  const next = a.end < b.start ? b.start : a.start;
  return next - gap === 1 ? gap : -1;
}

function resolveCategory(
  event: EventEntry | null,
  nounCat: Category | null,
  kind: SubjectKind,
  stated: boolean,
): Category | null {
  if (nounCat && nounCat !== 'killed_or_wounded' && event && event.category === 'killed_or_wounded')
    return nounCat;
  // Casualty nouns (قتيل، جريح، جثة، ضحية) state their own event; status nouns (نازح، رهينة) yield
  // to the predicate that governs them (`إطلاق سراح 10 رهائن`، `مقتل 5 نازحين`).
  if (nounCat && (CASUALTY_NOUN.has(nounCat) || nounCat === 'strikes' || stated || !event)) return nounCat;
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
