// ar/meta/outlet-copyright — `© <outlet>`, `جميع الحقوق محفوظة لـ<outlet>`.
//
// Must read: «© 2022 شبكة الأخبار» · «جميع الحقوق محفوظة لموقع المدينة»
// Must not: a name longer than five words or holding punctuation after the sign

import { matchesOf } from '../../../../text/matches.js';
import { nameAt, validName } from './names.js';
import type { OutletHit } from './names.js';
import type { Lexicon } from '../../lexicon/lexicon.js';

export function copyrightHits(text: string, lex: Lexicon): OutletHit[] {
  const out: OutletHit[] = [];
  const patterns = [
    /(?:©|\(c\)|copyright)\s*(?:\d{4}\s*(?:[-–]\s*\d{4}\s*)?)?/gu,
    /(?:جميع\s+)?(?:ال)?حقوق(?:\s+ال(?:نشر|طبع))?\s+محفوظه\s+ل\s*/gu,
  ];
  // Each pattern holds one of these words; a page without them is not scanned.
  const marked = ['©', '(c)', 'copyright'].some((w) => text.includes(w));
  const reserved = text.includes('حقوق');
  for (const re of [...(marked ? [patterns[0]!] : []), ...(reserved ? [patterns[1]!] : [])]) {
    for (const m of matchesOf(text, re)) {
      const span = nameAt(lex, text, m.index + m[0].length, 4);
      if (span && validName(lex, text, span)) out.push({ ...span, rule: 'ar/meta/outlet-copyright' });
    }
  }
  return out;
}
