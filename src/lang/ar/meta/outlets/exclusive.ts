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
import type { PhraseTable } from '../../lexicon/phrases.js';

/** The tag (phrases.tsv, exclusive-tag) opening or closing a line, and before `لـ"<outlet>"`. */
function exclusivePatterns(phrases: PhraseTable): { lead: RegExp; trail: RegExp; quoted: RegExp } {
  const tag = `(?:${phrases.alternation('exclusive-tag')})`;
  return {
    lead: new RegExp(`^${tag}\\s*(?:[-–:|]\\s*|\\s+ل\\s*)`),
    trail: new RegExp(`\\s*[-–|]\\s*${tag}$`),
    quoted: new RegExp(`(?<![\\p{L}])${tag}(?:ه)?\\s+ل\\s*"`, 'gu'),
  };
}

export function exclusiveHits(text: string, body: readonly Line[], lex: Lexicon): OutletHit[] {
  const out: OutletHit[] = [];
  // Every form below holds the tag itself: most pages never say it.
  if (!lex.phrases.anyIn(text, 'exclusive-tag')) return out;
  const patterns = lex.phrases.compiled(exclusivePatterns);
  for (const line of body.slice(0, 10)) {
    const lead = patterns.lead.exec(line.text);
    const trail = patterns.trail.exec(line.text);
    let span: Span | null = null;
    if (lead) span = nameAt(lex, text, line.start + lead[0].length, 5);
    else if (trail && trail.index > 0) {
      const s = nameAt(lex, text, line.start, 5);
      if (s && s.end <= line.start + trail.index) span = s;
    }
    if (span && validName(lex, text, span)) out.push({ ...span, rule: 'ar/meta/outlet-exclusive' });
  }
  for (const m of matchesOf(text, patterns.quoted)) {
    const span = nameAt(lex, text, m.index + m[0].length - 1);
    if (span && validName(lex, text, span)) out.push({ ...span, rule: 'ar/meta/outlet-exclusive' });
  }
  return out;
}
