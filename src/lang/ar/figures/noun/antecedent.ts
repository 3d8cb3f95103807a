// ar/noun/antecedent — a count with no noun after it, but a pronoun of the partitive (`منهم`،
// `منها`), counts the plural named before it in the sentence.
//
// must change:     `نزح آلاف السكان، وعاد 300 منهم` (السكان); `أطلقوا 9 قذائف سقطت 4 منها قرب
//                  المدرسة` (strikes, back to القذائف); `الأهالي الذين اعتقل المسلحون 5 منهم` (the
//                  relative's noun, الأهالي, not the clause's agent); `داهموا منازل الأهالي واعتقل
//                  المسلحون 5 منهم` (الأهالي: the verb's own agent is never what its object points back to)
// must not change: `زرعوا 20 لغما أزيل 5 منها` when the plural is no person, family or strike (no
//                  figure); `قتل 3 منهم` with no plural of people before it (no noun)

import type { Draft } from '../figure.js';
import type { SentenceView } from '../../read/sentence-view.js';
import { PERSON_UNITS, entityAt, isA, nounOf } from '../../read/sentence-view.js';
import { antecedent } from '../nearby.js';
import type { NounAt } from '../nearby.js';

export const ANTECEDENT = 'ar/noun/antecedent';

/**
 * `أبرز ثلاثة منها`: منها and بينها point back to a plural of things (people are منهم): a count of
 * strikes or families is one (`7 صواريخ … 3 منها`), of anything else none. False when the figure
 * counts nothing; the draft takes the noun of strikes or families.
 */
export function thingsPointedBack(view: SentenceView, d: Draft): boolean {
  const { raw } = d;
  const thing =
    !d.noun && isA(view, view.toks[raw.numEnd], 'thing-partitive') ? thingAntecedent(view, raw.qStart) : null;
  if (!thing) return true;
  const unit = thing.noun.entry.unit;
  if (unit !== 'person' && unit !== 'family' && unit !== 'strike') return false;
  if (unit !== 'person') {
    d.noun = thing.noun;
    d.nounEnd = raw.numEnd + 1;
    d.anchor = thing.index;
    d.rules.push(ANTECEDENT);
  }
  return true;
}

/** `قتل 3 منهم`: a pronoun part after the count names the plural of people before it. */
export function peoplePointedBack(view: SentenceView, d: Draft): void {
  const raw = d.raw;
  if (!isA(view, view.toks[raw.numEnd], 'partitive')) return;
  const near = antecedent(view, raw.qStart);
  const a = near && pastAgent(view, relativeHead(view, near, raw.qStart), raw.qStart);
  if (!a) return;
  d.noun = a.noun;
  d.nounEnd = raw.numEnd + 1;
  d.anchor = a.index;
  d.rules.push(ANTECEDENT);
}

/** How far before the figure a relative pronoun of people may open its clause. */
const CLAUSE_REACH = 12;

/**
 * Inside a relative clause the pronoun points back to the noun the relative follows, past the
 * clause's own nouns: `الأهالي الذين اعتقل المسلحون 5 منهم` counts الأهالي (closed class
 * people-relative). Must not: `اعتقل المسلحون 5 منهم` (no relative: the nearest plural).
 */
function relativeHead(view: SentenceView, near: NounAt, qStart: number): NounAt {
  for (let r = near.index - 1; r > 0 && qStart - r <= CLAUSE_REACH; r--) {
    if (!isA(view, view.toks[r], 'people-relative')) continue;
    const head = nounOf(view, r - 1);
    return head && PERSON_UNITS.has(head.entry.unit) && head.number !== 'sg'
      ? { noun: head, index: r - 1 }
      : near;
  }
  return near;
}

/**
 * The agent of the verb that governs the figure is never the plural its pronoun points back to:
 * `اعتقل المسلحون 5 منهم`، `المسلحون اعتقلوا 5 منهم` count people named before the agent, or none.
 */
function pastAgent(view: SentenceView, near: NounAt, qStart: number): NounAt | null {
  const verb = (k: number): boolean =>
    view.toks[k]?.kind === 'word' && (view.info(k)?.events ?? []).some((e) => e.pos === 'verb');
  // The agent's phrase: its noun and a name in construct after it (`مسلحي الحوثي`).
  const named = entityAt(view, near.index + 1);
  const end = named ? named.end : near.index + 1;
  // A verb glued to و or ف after the noun opens a clause of its own (`مع المسلحين واعتقلت 5 منهم`).
  const opens = /^[وف]/.test(view.toks[end]?.text ?? '');
  const agent = (verb(near.index - 1) && end === qStart) || (end + 1 === qStart && verb(end) && !opens);
  return agent ? antecedent(view, near.index) : near;
}

/**
 * The plural `منها`/`بينها` points back to: the nearest plural noun before the figure (`أطلق 7
 * صواريخ … 3 منها`), or null. A strike or family noun is counted; things of other units are not.
 */
function thingAntecedent(view: SentenceView, before: number): NounAt | null {
  for (let k = before - 1; k >= 0 && before - k <= 25; k--) {
    const n = nounOf(view, k);
    if (n && n.number !== 'sg') return { noun: n, index: k };
  }
  return null;
}
