// ar/category/attackers — an attack word over a count of people names what they did (fighters who
// attacked: combatants) or were accused of (anyone else: no figure); a fighter in the oblique dual is
// the attacked, never who attacked.
//
// must change:     `شن 50 مسلحا هجمات على الحاجز` (combatants, no strikes); and with no id, for people
//                  who are no fighters, no figure: `اتهم رجلان بتنفيذ هجمات`
// must not change: `شنت الطائرات 50 غارة` (strikes counted by their own noun);
//                  `هاجم مسلحان الحاجز` (a nominative dual: the attackers, combatants)

import type { CategoryRefiner } from '../figure.js';

/**
 * Strikes are counted by their own nouns; a predicate of attack over a count of people names what
 * they did or were accused of (`متهمان … بشن هجمات`): fighters are a force's size, others nothing.
 */
export const attackers: CategoryRefiner = ({ d, nounCat }, category) => {
  const noun = d.noun;
  if (category !== 'strikes' || nounCat || noun?.entry.unit !== 'person') return category;
  if (!noun.entry.armed) return null;
  d.rules.push('ar/category/attackers');
  return 'combatants';
};

/**
 * `هاجم مسلحان` are the attackers; a dual in the oblique case (`هاجموا شرطيين`، `في زي شرطيين`)
 * is an object or after a preposition: the attacked, never who attacked (`ما لا يقل عن شخصين هاجما`:
 * the qualifier's preposition sets the case).
 */
export const attackedDual: CategoryRefiner = ({ view, d, nounCat }, category) => {
  const raw = d.raw;
  const oblique = raw.dual && raw.qStart === raw.numStart && /ين$/.test(view.toks[raw.numStart]!.text);
  return category === 'combatants' && !nounCat && oblique ? null : category;
};
