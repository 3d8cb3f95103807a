// ar/subject/group-self — a count whose noun is a side's own name for its members (`الدواعش`), or
// the nisba of a side's name (`35 حوثيا`، `12 داعشيا`: Lexicon.nisbaSides, nouns.tsv's `side`), or a
// noun of fighters with that nisba as its adjective (`5 مقاتلين حوثيين`، `7 عناصر حمساوية`), counts
// that side.
//
// must change:     `قتل عشرات الحوثيين` when the gazetteer names the Houthis by that word; `قتل 35
//                  حوثيا` (the nisba of الحوثي); `قتل 12 قاعديا`; `اعتقل 7 عناصر حمساوية`
// must not change: `قتل عشرات المسلحين` (a noun of no side); `قتل 35 إرهابيا` (a nisba of no side);
//                  `قتل 5 مدنيين يمنيين` (a nationality: no side)

import type { GazetteerEntry } from '../../lexicon/lexicon.js';
import type { SentenceFigures, SideRule } from '../figure.js';
import { groupOf, isSide } from '../nearby.js';

export const groupSelf: SideRule = ({ s, d, self }) => {
  const noun = d.noun;
  const side =
    self && isSide(self.entry)
      ? self.entry
      : noun
        ? (s.lex.nisbaSides.get(noun.entry) ?? (noun.entry.armed ? adjectiveSide(s, d.nounEnd) : undefined))
        : undefined;
  if (!side) return undefined;
  d.rules.push('ar/subject/group-self');
  return groupOf(side, s.lex);
};

/** The side a nisba adjective right after the counted noun names (`مقاتلين حوثيين`). */
function adjectiveSide(s: SentenceFigures, at: number): GazetteerEntry | undefined {
  const tok = s.view.toks[at];
  return tok?.kind === 'word' ? s.lex.nisbaAdjectives.get(tok.text) : undefined;
}
