// The event a figure belongs to: every event word of the sentence is placed against the figure once
// (`placeOf`), scored by the rules under event/ (one rule a file), and the best score wins.

import type { Unit } from '../../../types.js';
import type { QuantityMention } from '../quantities/sentence.js';
import type { EventHit, SentenceView } from '../read/sentence-view.js';
import { PERSON_UNITS, anyOfClass, isA } from '../read/sentence-view.js';
import { after } from './event/after.js';
import { antecedentEvent } from './event/antecedent.js';
import { before } from './event/before.js';
import { governing } from './event/governing.js';
import { predicateAfter } from './event/predicate-after.js';
import { TOPIC, topicEvents } from './event/topic.js';
import type { ChosenEvent, EventPlace, EventRule } from './figure.js';
import { CASUALTY_NOUN } from './figure.js';
import { COMMA, funeralGoverns } from './nearby.js';

/**
 * The rules that score an event word, in the order they are asked. The first four place it on one
 * side of the figure and never both, so only ties between event words depend on the order: a score
 * must beat the best so far, and the first event word and rule to reach it keeps it. The antecedent
 * comes last, as a second reading of the same word.
 */
const EVENT_RULES: readonly EventRule[] = [governing, before, predicateAfter, after, antecedentEvent];

/** What a verb governing a figure of its own right after it loses for a count before it. */
const OWNED = 6;

/** A score above this names no event of the figure. */
const FARTHEST = 24;

/**
 * The event predicates that could govern a figure, best first; for civilians, no attack noun; for
 * people who were no captives, no handing over.
 */
export function chooseEvent(
  view: SentenceView,
  raw: QuantityMention,
  nounEnd: number,
  unit: Unit,
  anchor: number | null,
  others: readonly QuantityMention[] = [],
  look: { readonly civilians: boolean; readonly captive: boolean } = { civilians: false, captive: false },
): ChosenEvent {
  const { civilians, captive } = look;
  let best: { hit: EventHit; score: number; rule: string } | null = null;
  const scored: { hit: EventHit; rule: string }[] = [];
  const consider = (hit: EventHit, score: number, rule: string): void => {
    if (score > FARTHEST) return;
    scored.push({ hit, rule });
    if (!best || score < best.score) best = { hit, score, rule };
  };
  for (const hit of view.events) {
    // An attack named by its noun (`قتل خلال الهجوم 20 طفلا`) counts no force in civilians; a verb
    // may still have them as its subject (`اقتحم رجلان المنزل`). Recruitment counts whom it
    // recruits (`تجنيد 2419 طفلا`: ar/category/recruits).
    const attack = hit.entry.category === 'combatants' && !hit.entry.notes.includes('recruits');
    if (civilians && attack && hit.entry.pos === 'noun') continue;
    // Handing over (`سلّم`، `تسليم`) releases captives only: wanted men handed to a state are not.
    if (!captive && hit.entry.notes.includes('hands-over')) continue;
    // `وصل إلى 123 فلسطينيا، كما أصيب أكثر من 13 ألف آخرين`: a verb after the count that governs
    // a figure of its own right after it is that figure's event; the count takes it only when
    // nothing else tells its event.
    const owned = hit.start >= nounEnd && governsOther(view, hit, raw, others) ? OWNED : 0;
    const place = placeOf(view, hit, raw, nounEnd, unit, anchor);
    if (!place) continue;
    for (const rule of EVENT_RULES) {
      const score = rule.score(place);
      if (score !== null) consider(hit, score + owned, rule.id);
    }
  }
  // A topic named by a count head, weighed as an event three tokens off.
  for (const topic of topicEvents(view, raw, others)) consider(topic, 3, TOPIC);
  const chosen = best as { hit: EventHit; score: number; rule: string } | null;
  if (!chosen) return null;
  return verbBeforeAttack(view, chosen, scored, raw) ?? { hit: chosen.hit, rule: chosen.rule };
}

/**
 * `وقتل في الهجوم المزعوم 60 شخصا`: an attack or strike noun before the count, in a phrase right after
 * a word of what befell people (`قتل`، `مقتل`), sets the scene of that word, which governs the count
 * across it.
 */
function verbBeforeAttack(
  view: SentenceView,
  chosen: { hit: EventHit; rule: string },
  scored: readonly { hit: EventHit; rule: string }[],
  raw: QuantityMention,
): ChosenEvent {
  const attack = chosen.hit;
  const weak =
    attack.entry.category === 'strikes' ||
    (attack.entry.category === 'combatants' && !attack.entry.notes.includes('recruits'));
  // The attack sets the count's scene only right before it (`في الهجوم المزعوم 60`).
  if (!weak || attack.entry.pos !== 'noun' || attack.end > raw.qStart || raw.qStart - attack.end > 2)
    return null;
  const verb = scored.find(
    (c) =>
      CASUALTY_NOUN.has(c.hit.entry.category) &&
      c.hit.end <= attack.start &&
      attack.start - c.hit.end <= 1 &&
      !view.toks.slice(c.hit.end, raw.qStart).some((t) => COMMA.test(t.text)),
  );
  return verb ? { hit: verb.hit, rule: verb.rule } : null;
}

/** Another figure right after the event word (at most a qualifier's two words between), no event between. */
function governsOther(
  view: SentenceView,
  hit: EventHit,
  raw: QuantityMention,
  others: readonly QuantityMention[],
): boolean {
  if (hit.entry.pos !== 'verb') return false;
  // Where the first event word after this one ends: a figure at or past it has an event between.
  let between = Infinity;
  for (const e of view.events) if (e !== hit && e.start >= hit.end && e.end < between) between = e.end;
  return others.some(
    (o) => o.qStart !== raw.qStart && o.qStart >= hit.end && o.qStart - hit.end <= 2 && o.qStart < between,
  );
}

/** Where an event word stands to the figure, or null when it can be no event of it. */
function placeOf(
  view: SentenceView,
  hit: EventHit,
  raw: QuantityMention,
  nounEnd: number,
  unit: Unit,
  anchor: number | null,
): EventPlace | null {
  // `اعتراض 13 نائبا` (objected), `أسقطت عشرات المدنيين بين قتيل وجريح`: an interception word
  // says nothing of people, nor a foiling word (`أحبطت الشرطة محاولة 5 أشخاص`: what was stopped).
  if (unit !== 'strike' && (hit.entry.notes.includes('intercepts') || hit.entry.notes.includes('foils')))
    return null;
  if (!funeralGoverns(view, hit, raw.qStart)) return null;
  // `الفريق المكون من 15 شخصا`: a body's members are the count right after the phrase, no other, and
  // a fate told right after them is theirs (`طاقم الطائرة المكون من 4 أشخاص قتلوا`).
  if (hit.entry.notes.includes('members') && !membersOf(view, hit, raw, nounEnd)) return null;
  // `سقط 132 مدنيا`، `سقط جراء القصف العشرات من المدنيين`: a fall is a death only of people counted
  // right after it; `سقطت الطائرة وعلى متنها 97 راكبا`، `سقوط حق 4` tell of things falling.
  if (hit.entry.notes.includes('falls') && !fallen(view, hit, raw, nounEnd, unit)) return null;
  // `غرق قارب يحمل 160 مهاجرا`: passengers counted after a carrying verb (closed class carry-verb)
  // suffer the vessel's fate only when a verb agreeing with them says so (`كانوا على متنه غرقوا`).
  const carried = isA(view, view.toks[raw.qStart - 1], 'carry-verb');
  if (carried && hit.end <= raw.qStart) return null;
  // Recruitment counts whom it governs (`تجنيد 300 مقاتل`، `جندت 200 طفل`); after a count it tells
  // of the people a count of something else stood for (`عرض عدد من القصص عن تجنيد الأطفال`).
  const recruits = hit.entry.notes.includes('recruits');
  if (recruits && hit.end > raw.qStart) return null;
  const weak = hit.entry.category === 'strikes' || (hit.entry.category === 'combatants' && !recruits);
  // An attack or a strike names what happened, not what a count of people suffered; recruitment
  // names what the people counted underwent (`لجأت إلى تجنيد 2400 طفل`).
  // A toll named alone (`ارتفعت الحصيلة إلى`) or a fall (`سقط`) yields to an event next to the figure.
  const yields = hit.entry.notes.includes('yields') || hit.entry.notes.includes('falls');
  const penalty = (weak && PERSON_UNITS.has(unit)) || yields ? 6 : 0;
  const stock = hit.entry.category === 'held';
  // `ألف آخرون يعانون من الهجوم`، `يعاني نحو 300 من القصف`: what people suffer from is no act of
  // theirs nor, but for an injury (`يعانون من إصابات`), their fate; nor is an event before.
  if (hit.entry.category !== 'wounded' && suffers(view, raw.qStart, nounEnd, hit.start)) return null;
  const place = { hit, penalty, anchor, plural: false, reach: Infinity };
  if (hit.end <= raw.qStart) {
    // A comma between them ends the masdar's reach (`كثرة الإصابات، وأمضى المئات`); the commas
    // of a time or place aside do not (`وشيّعت البلدة، الجمعة، العشرات`).
    const gap = raw.qStart - hit.end + 6 * clauseCommas(view, hit.end, raw.qStart);
    // A standing population is named close to its verb (`يضم المخيم نحو 5 آلاف نازح`); far off,
    // `تضم الحديدة ميناء … الموجهة إلى ملايين السكان` says nothing of who is held.
    // Prepositions may stand between a masdar and its figure (القبض على 89، مقتل المئات).
    return { ...place, side: 'before', gap, reach: stock ? 4 : Infinity };
  }
  if (hit.start < nounEnd) return { ...place, side: 'over', gap: 0 };
  const gap = hit.start - nounEnd;
  // `آلاف … لتشييع جثامين 29 طفلا قتلوا`: what follows a funeral's noun tells of its dead.
  if (
    view.events.some(
      (f) => f.start >= nounEnd && f.end <= hit.start && f.entry.notes.includes('funeral-noun'),
    )
  )
    return null;
  const verb = hit.entry.pos === 'verb' || hit.entry.pos === 'phrase';
  const plural = verb && /(وا|ون|ين|ن)$/.test(view.toks[hit.start]?.text ?? '');
  if (carried && !plural) return null;
  // `ثلاثة أمريكيين كانوا محتجزين` were held: the stock is past, the sentence's own event counts.
  if (stock && isA(view, view.toks[hit.start - 1], 'past-auxiliary')) return null;
  // `374 من عناصر التنظيم ممن شاركوا … قتلوا`: the plural verb agreeing with the figure; a
  // standing population's verb stays next to it.
  if (stock && gap > 3) return null;
  // `ضربوا 3 سجناء حتى الموت` counts the dead; `إحالة 6 شرطيين إلى المحكمة بتهمة تعذيب محتجز حتى
  // الموت` does not: an extent tells how far the verb before it went, of the figure right before it.
  if (gap > 1 && isA(view, view.toks[hit.start - 1], 'extent-word')) return null;
  // `3 مصادر مطلعة على قضية الصحفي، الذي اختفى`: a verb in a relative clause on another noun tells
  // of that noun; right after the counted noun the clause is the figure's own.
  if (anyOfClass(view, nounEnd + 1, hit.start, 'singular-relative')) return null;
  return { ...place, side: 'after', gap, plural };
}

/** Whether a phrase of a body's members (note members) counts the figure: right before it, no fate after. */
function membersOf(view: SentenceView, hit: EventHit, raw: QuantityMention, nounEnd: number): boolean {
  if (hit.end > raw.qStart || raw.qStart - hit.end > 1) return false;
  return !view.events.some(
    (e) => e.start >= nounEnd && e.start - nounEnd <= 1 && CASUALTY_NOUN.has(e.entry.category),
  );
}

/** Tokens a qualifier may set between a verb and the count it governs (`يعاني حوالي ألف`). */
const SUFFER_REACH = 3;

/** A verb of suffering that the count is the subject of, before it or after its noun (`suffer-verb`). */
function suffers(view: SentenceView, qStart: number, nounEnd: number, eventStart: number): boolean {
  return (
    anyOfClass(view, qStart - SUFFER_REACH, qStart, 'suffer-verb') ||
    anyOfClass(view, nounEnd, eventStart, 'suffer-verb')
  );
}

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
 * People counted right after a fall (`سقوط`، `سقط`), at most two words between, a noun of them after
 * the count: the fall's subject. A plural verb has its subject already (`سقطوا جراء تمرد لعشرات
 * المعتقلين`), and a count after a preposition is none (`لعشرات`).
 */
function fallen(
  view: SentenceView,
  hit: EventHit,
  raw: QuantityMention,
  nounEnd: number,
  unit: Unit,
): boolean {
  if (hit.end > raw.qStart || !PERSON_UNITS.has(unit) || nounEnd <= raw.qEnd) return false;
  if (raw.qStart - hit.end > 2 || clauseCommas(view, hit.end, raw.qStart) > 0) return false;
  if (hit.entry.pos === 'verb' && /وا$/.test(view.toks[hit.start]?.text ?? '')) return false;
  return !/^[لب]/.test(view.toks[raw.qStart]?.text ?? '');
}
