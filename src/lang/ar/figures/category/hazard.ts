// ar/category/hazard — people a natural hazard or an accident kills, hurts or leaves missing are no
// casualties of violence: a hazard of hazards.tsv named in the sentence (`زلزال`، `حادث سير`، `موجة
// حر`) or an event word of one (events.tsv note hazard: `غرق`), with no word of violence beside it.
//
// must change:     `مقتل 40 شخصا في زلزال ضرب البلاد` (other); `وفاة 14 شخصا جراء تصادم حافلتين`
//                  (other); `غرق 9 مهاجرين قبالة السواحل` (other); `تحطمت طائرة عسكرية ما أسفر عن
//                  مقتل 18` (the perfect of a form V noun); `انفجر بركان … مقتل 70 شخصا` (the
//                  eruption, no explosion of violence); `توفي 3 حجاج بضربات الشمس` (a hazard's
//                  own event word)
// must not change: `قتل 5 مدنيين في غارة جوية`؛ `لقي 3 أشخاص حتفهم في قصف أدى إلى حريق`؛
//                  `مقتل 12 جنديا في هجوم خلال عاصفة ترابية` (violence beside the hazard)

import { findMentions } from '../../events/mentions.js';
import { stripPronoun, tokenReadings } from '../../read/morphology.js';
import type { SentenceView } from '../../read/sentence-view.js';
import { entityInside, isA, perSentence } from '../../read/sentence-view.js';
import type { CategoryRefiner } from '../figure.js';
import { armedAgentBetween } from '../nearby.js';
import { CASUALTY_NOUN } from '../figure.js';

/** Event kinds that tell of a death or a flight, which a hazard causes as well as violence does. */
const FATES: ReadonlySet<string> = new Set(['killing', 'displacement']);

/** `other` for casualties of a natural hazard or an accident. */
export const hazard: CategoryRefiner = ({ view, d }, category) => {
  if (!CASUALTY_NOUN.has(category) || !byHazard(view)) return category;
  d.rules.push('ar/category/hazard');
  return 'other';
};

/**
 * Whether the sentence names a hazard or an accident and no violence, asked once per sentence: it
 * asks nothing of the figure, and most sentences hold several.
 */
const byHazard = perSentence((view) => {
  const named =
    view.events.some((e) => e.entry.notes.includes('hazard')) || view.toks.some((_, k) => hazardAt(view, k));
  return named && !namesViolence(view);
});

/** Whether the sentence names violence (see `violence`), asked once per sentence: the illness rule asks too. */
export const namesViolence = perSentence((view) => violence(view));

/** A hazard's noun at token `k`, followed by a word it needs (`حادث سير`), not inside a name (`سيول`). */
function hazardAt(view: SentenceView, k: number): boolean {
  const t = view.toks[k]!;
  if (t.kind !== 'word') return false;
  const hazards = view.lex.hazards;
  for (const r of tokenReadings(t)) {
    const needs = hazards.get(r.stem) ?? hazards.get(perfectNoun(r.stem));
    if (!needs) continue;
    if (entityInside(view, k)) return false;
    if (needs.size === 0) return true;
    for (let j = k + 1; j <= k + 2 && j < view.toks.length; j++) {
      const next = view.toks[j]!;
      if (next.kind === 'word' && tokenReadings(next).some((x) => isNeeded(x.stem, needs))) return true;
    }
  }
  return false;
}

/**
 * The verbal noun a form V or VI perfect of the third person feminine is written as, with its `ت`
 * (`تحطمت` → `تحطم`، `تصادمت` → `تصادم`): the perfect and the noun share their letters.
 */
function perfectNoun(stem: string): string {
  return stem.length > 4 && stem.startsWith('ت') && stem.endsWith('ت') ? stem.slice(0, -1) : '';
}

/** A word a hazard needs, also with a pronoun (`انقلاب سيارتهم`: its ة written ت before it). */
function isNeeded(stem: string, needs: ReadonlySet<string>): boolean {
  if (needs.has(stem)) return true;
  return stripPronoun(stem).some(({ base }) => needs.has(base) || needs.has(base.replace(/ت$/, 'ه')));
}

/**
 * A word of violence: an event word of a strike, shelling, an explosion, a clash, an attack, an
 * arrest or an abduction (`غارة`، `قصف`، `انفجار`), an armed group or fighter, a war or a weapon.
 */
function violence(view: SentenceView): boolean {
  const { lex, toks, words } = view;
  // `دهس قطار`، `ضربات الشمس`: the event word is a hazard's own; `انفجر بركان`: an explosion whose
  // subject is a hazard is the hazard itself (not `انفجارات وحرائق`: two events, nor `الدهس حادث
  // سير`: what someone calls the act).
  const eruption = (m: { entry: { kind: string }; end: number }): boolean =>
    m.entry.kind === 'explosion' && !/^و/.test(toks[m.end]?.text ?? '') && hazardAt(view, m.end);
  const ofViolence = (m: { entry: { kind: string }; start: number; end: number }): boolean =>
    !FATES.has(m.entry.kind) && !hazardAt(view, m.start) && !eruption(m);
  if (findMentions(lex, toks, words).some(ofViolence)) return true;
  if (view.entities.some((e) => e.entry.type === 'armed_group')) return true;
  // `انهيار منزل كان يتحصن فيه إرهابي`: a fighter who acts (not a soldier or a policeman counted),
  // outside the speaker's phrase (`خالد مجاهد` is a name).
  const speaking = (k: number): boolean => view.speakers.some((r) => r.start <= k && k < r.end);
  if (toks.some((_, k) => !speaking(k) && armedAgentBetween(view, k, k + 1))) return true;
  // `تحطمت طائرة هليكوبتر عسكرية`: a weapon word just after a hazard names what the accident befell.
  const ofHazard = (k: number): boolean => {
    for (let h = k - 1; h >= Math.max(0, k - 3); h--) if (hazardAt(view, h)) return true;
    return false;
  };
  return toks.some((t, k) => isA(view, t, 'war-noun') || (isA(view, t, 'weapon-word') && !ofHazard(k)));
}
