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

/** What every promoting word below holds: a page holding none of these has no newsletter line. */
const PROMO_PARTS = ['نشر', 'اشترك', 'بريد', 'قدرون', 'اعجبك'];

export function promoHits(text: string, body: readonly Line[], lex: Lexicon): OutletHit[] {
  const out: OutletHit[] = [];
  if (!PROMO_PARTS.some((part) => text.includes(part))) return out;
  for (const line of body) {
    const promo =
      /(?<![\p{L}])(?:نشرتنا|النشره|نشره|اشترك|اشتركوا|البريديه|بريدك|يقدرون|تقدرون|اعجبك)(?![\p{L}])/u.test(
        line.text,
      );
    if (!promo) continue;
    for (const m of matchesOf(line.text, /(?<![\p{L}])محتوي\s+/gu)) {
      const span = nameAt(lex, text, line.start + m.index + m[0].length, 4);
      if (span && validName(lex, text, span)) out.push({ ...span, rule: 'ar/meta/outlet-promo' });
    }
    for (const m of matchesOf(line.text, /(?<![\p{L}])نشره\s+/gu)) {
      const span = nameAt(lex, text, line.start + m.index + m[0].length, 4);
      if (!span) continue;
      const words = text.slice(span.start, span.end).split(' ');
      // `نشرة <outlet> البريدية`: the adjective closes the name.
      const adj = words.findIndex((w) => /^ال(?:بريديه|اخباريه|يوميه|اسبوعيه)$/.test(w));
      if (adj <= 0) continue;
      const end = span.start + words.slice(0, adj).join(' ').length;
      const named = { start: span.start, end };
      if (validName(lex, text, named)) out.push({ ...named, rule: 'ar/meta/outlet-promo' });
    }
  }
  return out;
}
