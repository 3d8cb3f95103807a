// ar/meta/outlet-follow — `تابعوا <outlet> على`.
//
// Must read: «تابعوا شبكة الأخبار على تويتر»
// Must not: «تابعوا» without على/عبر after the name (`تابعوا التطورات`)

import { matchesOf } from '../../../../text/matches.js';
import { nameAt, validName } from './names.js';
import type { OutletHit } from './names.js';
import type { Lexicon } from '../../lexicon/lexicon.js';
import type { PhraseTable } from '../../lexicon/phrases.js';

/** The verb before the name and the preposition after it (phrases.tsv: follow-verb, follow-via). */
function followPatterns(phrases: PhraseTable): { verb: RegExp; via: RegExp } {
  return {
    verb: new RegExp(`(?<![\\p{L}])(?:${phrases.alternation('follow-verb')})\\s+`, 'gu'),
    via: new RegExp(`^\\s+(?:${phrases.alternation('follow-via')})(?![\\p{L}])`, 'u'),
  };
}

export function followHits(text: string, lex: Lexicon): OutletHit[] {
  const out: OutletHit[] = [];
  if (!lex.phrases.anyIn(text, 'follow-verb')) return out;
  const { verb, via } = lex.phrases.compiled(followPatterns);
  for (const m of matchesOf(text, verb)) {
    const span = nameAt(lex, text, m.index + m[0].length, 4);
    if (!span || !validName(lex, text, span)) continue;
    if (!via.test(text.slice(span.end))) continue;
    out.push({ ...span, rule: 'ar/meta/outlet-follow' });
  }
  return out;
}
