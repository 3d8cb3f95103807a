// ar/meta/outlet-exclusive — `خاص-<outlet>`, `<outlet> - خاص`, `خاص لـ"<outlet>"`.
//
// Must read: «خاص - شبكة الأخبار» in the first lines · «شبكة الأخبار - خاص» · «خاص لـ"إذاعة المدينة"» anywhere
// Must not: «خاص» inside a sentence (`بشكل خاص`) · a generic word after the tag (`خاص - المزيد`)

import { matchesOf } from '../../../../text/matches.js';
import type { Span } from '../../../../types.js';
import type { Line } from '../lines.js';
import { nameAt, validName } from './names.js';
import type { OutletHit } from './names.js';
import type { Lexicon } from '../../lexicon/lexicon.js';

export function exclusiveHits(text: string, body: readonly Line[], lex: Lexicon): OutletHit[] {
  const out: OutletHit[] = [];
  // Every form below holds the word itself: most pages never say it.
  if (!text.includes('خاص')) return out;
  for (const line of body.slice(0, 10)) {
    const lead = /^خاص\s*(?:[-–:|]\s*|\s+ل\s*)/.exec(line.text);
    const trail = /\s*[-–|]\s*خاص$/.exec(line.text);
    let span: Span | null = null;
    if (lead) span = nameAt(lex, text, line.start + lead[0].length, 5);
    else if (trail && trail.index > 0) {
      const s = nameAt(lex, text, line.start, 5);
      if (s && s.end <= line.start + trail.index) span = s;
    }
    if (span && validName(lex, text, span)) out.push({ ...span, rule: 'ar/meta/outlet-exclusive' });
  }
  for (const m of matchesOf(text, /(?<![\p{L}])خاص(?:ه)?\s+ل\s*"/gu)) {
    const span = nameAt(lex, text, m.index + m[0].length - 1);
    if (span && validName(lex, text, span)) out.push({ ...span, rule: 'ar/meta/outlet-exclusive' });
  }
  return out;
}
