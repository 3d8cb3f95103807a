// A funeral's crowd suffered nothing: after a funeral word, the count that names who walked in it
// (`شيّع الآلاف`، `شيّع 300 شخص جثامين …`) is no casualty figure, while the dead it buries are.

import type { Category } from '../../../types.js';
import type { Draft } from './figure.js';
import type { QuantityMention } from '../quantities/sentence.js';
import type { EventHit, SentenceView } from '../read/sentence-view.js';
import { isA, nounOf } from '../read/sentence-view.js';
import { stripPronoun, tokenReadings } from '../read/morphology.js';
import { COMMA, definiteWord } from './nearby.js';

/** Whether the funeral event `event` makes the figure a crowd of mourners. */
export function funeralCrowd(
  view: SentenceView,
  d: Draft,
  nounCat: Category | null,
  event: EventHit,
): boolean {
  if (!event.entry.notes.includes('funeral')) return false;
  const noun = d.noun;
  const corpse = noun !== null && view.lex.closed.hasStem('corpse-noun', noun.entry.lemma);
  return (!nounCat || corpse || definiteObject(view, d)) && mourners(view, d.raw, d.nounEnd, event);
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
