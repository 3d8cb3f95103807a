// Figures cited as a war's background rather than as the incident's toll: `قتل أكثر من نصف مليون
// منذ اندلاع الحرب`، `بعد سبع سنوات من الحرب التي شردت 12 مليوناً`، `منذ بدء الانتفاضة`، `منذ عام 2011`.
// They stay claims (a researcher may want them) but are kept out of the incident's comparisons.
//
// Must match: منذ اندلاع الحرب · منذ بدء النزاع · منذ تصاعد أعمال القتال · بعد سبع سنوات من الحرب ·
//             منذ عام 2011 (in a 2018 report)
// Must not:   منذ بدء الهجوم · منذ يومين · منذ الأربعاء · منذ عام 2018 (in a 2018 report)

import type { Tok } from '../quantities/numbers.js';
import { fold } from '../normalize/index.js';
import { isA, stems } from '../read/sentence-view.js';
import type { SentenceView } from '../read/sentence-view.js';

const SINCE = fold('منذ');
const OF = fold('من');

function stemsOf(tok: Tok | undefined): string[] {
  return tok?.kind === 'word' ? stems(tok.text) : [];
}

/** Does the sentence frame its figures as the whole war's toll? */
export function isBackground(view: SentenceView, publishedYear: number | null): boolean {
  const { toks } = view;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind === 'word' && stemsOf(t).includes(SINCE)) {
      if (
        isA(view, toks[i + 1], 'war-onset') &&
        (isA(view, toks[i + 2], 'war-noun') || isA(view, toks[i + 3], 'war-noun'))
      )
        return true;
      const y = isA(view, toks[i + 1], 'year-noun') ? toks[i + 2] : toks[i + 1];
      if (publishedYear !== null && y?.kind === 'number' && /^(19|20)\d\d$/.test(y.text)) {
        if (Number(y.text) < publishedYear - 1) return true;
      }
    }
    // `سبع سنوات من الحرب`
    if (isA(view, t, 'war-span') && stemsOf(toks[i + 1]).includes(OF) && isA(view, toks[i + 2], 'war-noun'))
      return true;
  }
  return false;
}
