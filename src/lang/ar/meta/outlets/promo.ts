// ar/meta/outlet-promo — `محتوى <outlet>` in a newsletter line, `نشرة <outlet> البريدية`.
//
// Must read: «اشترك في نشرة شبكة الأخبار البريدية» · «محتوى شبكة الأخبار في بريدك»
// Must not: «محتوى» in a line that promotes nothing · `نشرة الأخبار المسائية` (no البريدية-type
// adjective closes the name)

import { matchesOf } from '../../../../text/matches.js';
import type { Line } from '../lines.js';
import { nameAt, validName } from './names.js';
import type { OutletHit } from './names.js';
import type { Lexicon } from '../../lexicon/lexicon.js';
import type { PhraseTable } from '../../lexicon/phrases.js';

/** The patterns of a newsletter line, of the words of phrases.tsv (promo-word … newsletter-adjective). */
function promoPatterns(phrases: PhraseTable): {
  promo: RegExp;
  content: RegExp;
  newsletter: RegExp;
  adjective: RegExp;
} {
  const head = (cls: 'promo-content-head' | 'newsletter-head'): RegExp =>
    new RegExp(`(?<![\\p{L}])(?:${phrases.alternation(cls)})\\s+`, 'gu');
  return {
    promo: new RegExp(`(?<![\\p{L}])(?:${phrases.alternation('promo-word')})(?![\\p{L}])`, 'u'),
    content: head('promo-content-head'),
    newsletter: head('newsletter-head'),
    adjective: new RegExp(`^ال(?:${phrases.alternation('newsletter-adjective')})$`),
  };
}

export function promoHits(text: string, body: readonly Line[], lex: Lexicon): OutletHit[] {
  const out: OutletHit[] = [];
  // A page holding no promoting word has no newsletter line.
  if (!lex.phrases.anyIn(text, 'promo-word')) return out;
  const { promo, content, newsletter, adjective } = lex.phrases.compiled(promoPatterns);
  for (const line of body) {
    if (!promo.test(line.text)) continue;
    for (const m of matchesOf(line.text, content)) {
      const span = nameAt(lex, text, line.start + m.index + m[0].length, 4);
      if (span && validName(lex, text, span)) out.push({ ...span, rule: 'ar/meta/outlet-promo' });
    }
    for (const m of matchesOf(line.text, newsletter)) {
      const span = nameAt(lex, text, line.start + m.index + m[0].length, 4);
      if (!span) continue;
      const words = text.slice(span.start, span.end).split(' ');
      // `نشرة <outlet> البريدية`: the adjective closes the name.
      const adj = words.findIndex((w) => adjective.test(w));
      if (adj <= 0) continue;
      const end = span.start + words.slice(0, adj).join(' ').length;
      const named = { start: span.start, end };
      if (validName(lex, text, named)) out.push({ ...named, rule: 'ar/meta/outlet-promo' });
    }
  }
  return out;
}
