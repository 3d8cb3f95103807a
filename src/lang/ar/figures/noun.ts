// What a figure counts: the noun after the count (past a partitive, noun/partitive.ts), a noun of
// several words, a nationality, a side; a noun named earlier (noun/antecedent.ts, count-head.ts,
// count-antecedent.ts); and the kind of those counted (subject/kind-antecedent.ts).

import type { SubjectKind, Unit } from '../../../types.js';
import type { NounHit } from '../lexicon/lexicon.js';
import type { QuantityMention } from '../quantities/sentence.js';
import type { EntityHit, SentenceView } from '../read/sentence-view.js';
import { entityAt, isOfClass, nounOf, nounPhraseAt } from '../read/sentence-view.js';
import type { Draft } from './figure.js';
import { isSide, nationalityAt, refineKind } from './nearby.js';
import { peoplePointedBack } from './noun/antecedent.js';
import { countAntecedentNoun } from './noun/count-antecedent.js';
import { countHeadNoun } from './noun/count-head.js';
import { PARTITIVE, pastPartitive } from './noun/partitive.js';
import { civilService } from './subject/civil-service.js';
import { securityForce } from './subject/security-force.js';
import { kindOfAntecedent } from './subject/kind-antecedent.js';

interface FoundNoun {
  noun: NounHit | null;
  start: number;
  end: number;
  partitive: boolean;
  entity: EntityHit | null;
}

/** The counted noun after a numeral: directly, after partitive `من`, through quotes and `ال`. */
function findNoun(view: SentenceView, from: number): FoundNoun {
  const { start: j, partitive } = pastPartitive(view, from);
  const none = { noun: null, start: j, end: j, partitive, entity: null };
  // A side's name after a partitive (`10 من جبهة النصرة`، `5 من لجان المقاومة`) is that side, even
  // when its head word is also a counted thing.
  const named = entityAt(view, j);
  if (named && partitive && isSide(named.entry) && named.end - j > 1)
    return { noun: null, start: j, end: named.end, partitive, entity: named };
  // Nor with the preposition `ل` and the article: `850 ألفا للصاروخ` is a price per missile.
  if (!partitive && /^[وف]?لل/.test(view.toks[j]?.text ?? '')) return none;
  // A counted noun never opens with the conjunction: `مقتل العشرات وإصابة 200` is two figures.
  const conjoined = (n: NounHit): boolean => /^و/.test(view.toks[j]?.text ?? '') && !/^و/.test(n.entry.lemma);
  // A noun of several words (`عبوات ناسفة`) before its first word alone (`عبوات` is none).
  const phrase = nounPhraseAt(view, j);
  if (phrase && conjoined(phrase.hit)) return none;
  if (phrase) return { noun: phrase.hit, start: j, end: phrase.end, partitive, entity: null };
  const noun = nounOf(view, j);
  if (noun && conjoined(noun)) return none;
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
  return none;
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

/** The noun a quantity counts: the dual itself, a noun before the numeral, or the noun after it. */
export function countedNoun(view: SentenceView, raw: QuantityMention): Draft {
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
    if (found.partitive && found.noun) d.rules.push(PARTITIVE);
  }
  return d;
}

/** A count with no noun after it: a pronoun part (`منهم`) or a count head (`عدد`) names it earlier. */
export function nounFromContext(view: SentenceView, d: Draft): void {
  const raw = d.raw;
  peoplePointedBack(view, d);
  for (let k = raw.qStart - 1; !d.noun && k >= Math.max(0, raw.qStart - 10); k--) {
    const t = view.toks[k]!;
    if (t.kind !== 'word' || !isOfClass(view.lex, t, 'count-head')) continue;
    if (!countHeadNoun(view, k, d)) countAntecedentNoun(view, k, d);
  }
}

/** The kind of those counted: the noun's, those a casualty noun describes, a side's, the words after. */
export function kindOfCounted(view: SentenceView, d: Draft): void {
  d.kind = d.noun?.entry.kind ?? 'unknown';
  // `حراس السجن القتلى فاق عددهم 20 قتيلاً`: the casualty noun takes the kind of those counted.
  if (d.kind === 'unknown' && d.noun?.entry.category) kindOfAntecedent(view, d);
  if (d.entityAfter && isSide(d.entityAfter.entry)) d.kind = 'combatants';
  civilService(view, d);
  securityForce(view, d);
  d.kind = refineKind(view, d.kind, d.nounEnd);
}
