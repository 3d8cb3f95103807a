// ar/meta/outlet-copyright — `© <outlet>`, `جميع الحقوق محفوظة لـ<outlet>`.
//
// Must read: «© 2022 شبكة الأخبار» · «جميع الحقوق محفوظة لموقع المدينة»
// Must not: a name longer than five words or holding punctuation after the sign
//
// The signs are data (phrases.tsv, copyright-sign); the reserved-rights line stays a pattern: its
// optional parts (جميع، the article, النشر/الطبع) would be twelve phrases, some never written
// (`الحقوق النشر محفوظة`) that the pattern still reads.

import { matchesOf } from '../../../../text/matches.js';
import { nameAt, validName } from './names.js';
import type { OutletHit } from './names.js';
import type { Lexicon } from '../../lexicon/lexicon.js';
import type { PhraseTable } from '../../lexicon/phrases.js';

function signPattern(phrases: PhraseTable): RegExp {
  return new RegExp(
    `(?:${phrases.alternation('copyright-sign')})\\s*(?:\\d{4}\\s*(?:[-–]\\s*\\d{4}\\s*)?)?`,
    'gu',
  );
}

export function copyrightHits(text: string, lex: Lexicon): OutletHit[] {
  const out: OutletHit[] = [];
  const patterns = [
    lex.phrases.compiled(signPattern),
    /(?:جميع\s+)?(?:ال)?حقوق(?:\s+ال(?:نشر|طبع))?\s+محفوظه\s+ل\s*/gu,
  ];
  // Each pattern holds one of these words; a page without them is not scanned.
  const marked = lex.phrases.anyIn(text, 'copyright-sign');
  const reserved = text.includes('حقوق');
  for (const re of [...(marked ? [patterns[0]!] : []), ...(reserved ? [patterns[1]!] : [])]) {
    for (const m of matchesOf(text, re)) {
      const span = nameAt(lex, text, m.index + m[0].length, 4);
      if (span && validName(lex, text, span)) out.push({ ...span, rule: 'ar/meta/outlet-copyright' });
    }
  }
  return out;
}
