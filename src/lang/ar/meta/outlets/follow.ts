// ar/meta/outlet-follow — `تابعوا <outlet> على`.
//
// Must read: «تابعوا شبكة الأخبار على تويتر»
// Must not: «تابعوا» without على/عبر after the name (`تابعوا التطورات`)

import { matchesOf } from '../../../../text/matches.js';
import { nameAt, validName } from './names.js';
import type { OutletHit } from './names.js';
import type { Lexicon } from '../../lexicon/lexicon.js';

export function followHits(text: string, lex: Lexicon): OutletHit[] {
  const out: OutletHit[] = [];
  if (!text.includes('تابعوا')) return out;
  for (const m of matchesOf(text, /(?<![\p{L}])تابعوا\s+/gu)) {
    const span = nameAt(lex, text, m.index + m[0].length, 4);
    if (!span || !validName(lex, text, span)) continue;
    if (!/^\s+(?:علي|عبر)(?![\p{L}])/u.test(text.slice(span.end))) continue;
    out.push({ ...span, rule: 'ar/meta/outlet-follow' });
  }
  return out;
}
