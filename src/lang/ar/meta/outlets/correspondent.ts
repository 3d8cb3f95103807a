// ar/meta/outlet-correspondent — `مراسل <outlet>` in a text that also says `مراسلنا`.
//
// Must read: «وقال مراسلنا …» with «ونقل مراسل شبكة الأخبار …»
// Must not: `مراسل <outlet>` without `مراسلنا` (another outlet's reporter) · `مراسل حربي` (a kind of reporter)

import { matchesOf } from '../../../../text/matches.js';
import { nameAt, validName } from './names.js';
import type { OutletHit } from './names.js';
import type { Lexicon } from '../../lexicon/lexicon.js';
import type { PhraseTable } from '../../lexicon/phrases.js';

/**
 * The noun (phrases.tsv, correspondent-noun) with our pronoun (`مراسلنا`، `مراسلتنا`), and before a
 * name, behind و or ب, masculine or feminine (`ونقل مراسل …`، `بمراسلة …`).
 */
function correspondentPatterns(phrases: PhraseTable): { ours: RegExp; named: RegExp } {
  const noun = `(?:${phrases.alternation('correspondent-noun')})`;
  return {
    ours: new RegExp(`(?<![\\p{L}])${noun}(?:نا|تنا|ينا|ونا)(?![\\p{L}])`, 'u'),
    named: new RegExp(`(?<![\\p{L}])[وب]?${noun}(?:ه)?\\s+`, 'gu'),
  };
}

export function correspondentHits(text: string, lex: Lexicon): OutletHit[] {
  if (!lex.phrases.anyIn(text, 'correspondent-noun')) return [];
  const patterns = lex.phrases.compiled(correspondentPatterns);
  if (!patterns.ours.test(text)) return [];
  const out: OutletHit[] = [];
  for (const m of matchesOf(text, patterns.named)) {
    const span = nameAt(lex, text, m.index + m[0].length, 3);
    if (!span || !validName(lex, text, span)) continue;
    const first = text.slice(span.start, span.end).split(' ')[0]!;
    // A kind of correspondent (`مراسل حربي`), not an outlet.
    if (lex.closed.has('correspondent-kind', first)) continue;
    out.push({ ...span, rule: 'ar/meta/outlet-correspondent' });
  }
  return out;
}
