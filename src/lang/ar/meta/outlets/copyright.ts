// ar/meta/outlet-copyright — `© <outlet>`, `جميع الحقوق محفوظة لـ<outlet>`.
//
// Must read: «© 2022 شبكة الأخبار» · «جميع الحقوق محفوظة لموقع المدينة»
// Must not: a name longer than five words or holding punctuation after the sign
//
// The words are data (phrases.tsv): the signs (copyright-sign), and the reserved-rights line's
// words slot by slot (copyright-all جميع, copyright-rights حقوق, copyright-kind نشر/طبع after the
// article, copyright-reserved محفوظة); the line's shape (which slots are optional, the article,
// the ل before the name) is this rule's.

import { matchesOf } from '../../../../text/matches.js';
import { nameAt, validName } from './names.js';
import type { OutletHit } from './names.js';
import type { Lexicon } from '../../lexicon/lexicon.js';
import type { PhraseClass, PhraseTable } from '../../lexicon/phrases.js';

/** `جميع الحقوق محفوظة لـ`، `حقوق النشر محفوظة ل`: the reserved-rights line up to the name. */
function reservedPattern(phrases: PhraseTable): RegExp {
  const any = (cls: PhraseClass): string => phrases.alternation(cls);
  return new RegExp(
    `(?:(?:${any('copyright-all')})\\s+)?(?:ال)?(?:${any('copyright-rights')})` +
      `(?:\\s+ال(?:${any('copyright-kind')}))?\\s+(?:${any('copyright-reserved')})\\s+ل\\s*`,
    'gu',
  );
}

function signPattern(phrases: PhraseTable): RegExp {
  return new RegExp(
    `(?:${phrases.alternation('copyright-sign')})\\s*(?:\\d{4}\\s*(?:[-–]\\s*\\d{4}\\s*)?)?`,
    'gu',
  );
}

export function copyrightHits(text: string, lex: Lexicon): OutletHit[] {
  const out: OutletHit[] = [];
  const patterns = [lex.phrases.compiled(signPattern), lex.phrases.compiled(reservedPattern)];
  // Each pattern holds one of these words; a page without them is not scanned.
  const marked = lex.phrases.anyIn(text, 'copyright-sign');
  const reserved = lex.phrases.anyIn(text, 'copyright-rights');
  for (const re of [...(marked ? [patterns[0]!] : []), ...(reserved ? [patterns[1]!] : [])]) {
    for (const m of matchesOf(text, re)) {
      const span = nameAt(lex, text, m.index + m[0].length, 4);
      if (span && validName(lex, text, span)) out.push({ ...span, rule: 'ar/meta/outlet-copyright' });
    }
  }
  return out;
}
