// ar/subject/kind-antecedent — a casualty noun of no kind counted after a count pronoun (`عددهم`)
// takes the kind of the people the pronoun points back to, past the casualty words describing them.
//
// must change:     `عناصر الشرطة الجرحى بلغ عددهم 9 جرحى` (the wounded are combatants)
// must not change: `بلغ عدد الجرحى 9` (no pronoun); `الجرحى بلغ عددهم 9 جرحى` (no kind named)

import type { Draft } from '../figure.js';
import type { SentenceView } from '../../read/sentence-view.js';
import { isA } from '../../read/sentence-view.js';
import { antecedent } from '../nearby.js';

/** The kind of those a count pronoun within three tokens before the count points back to. */
export function kindOfAntecedent(view: SentenceView, d: Draft): void {
  const raw = d.raw;
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
