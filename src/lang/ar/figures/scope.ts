// Figures cited as a war's background rather than as the incident's toll: `قتل أكثر من نصف مليون
// منذ اندلاع الحرب`، `بعد سبع سنوات من الحرب التي شردت 12 مليوناً`، `منذ بدء الانتفاضة`، `منذ عام 2011`.
// They stay claims (a researcher may want them) but are kept out of the incident's comparisons.
//
// Must match: منذ اندلاع الحرب · منذ بدء النزاع · منذ تصاعد أعمال القتال · بعد سبع سنوات من الحرب ·
//             منذ عام 2011 (in a 2018 report) · منذ سريان وقف إطلاق النار · منذ الهدنة
// Must not:   منذ بدء الهجوم · منذ يومين · منذ الأربعاء · منذ عام 2018 (in a 2018 report) ·
//             في أول هجوم كبير منذ وقف إطلاق النار
//
// A running total since an offensive began (`منذ بدء الهجوم`، `منذ انطلاق العملية`) is the
// campaign's, scope `campaign`: Must match منذ بدء الهجوم · منذ انطلاق العمليات العسكرية;
// must not: منذ بدء الحرب (background) · منذ بداية العام · بدء الهجوم (no منذ)

import { isA } from '../read/sentence-view.js';
import type { SentenceView } from '../read/sentence-view.js';

/**
 * Where the sentence says a running total since an offensive began (`منذ بدء الهجوم`، `منذ انطلاق
 * العملية العسكرية`، `منذ بداية الحملة`): the token of `منذ`, or -1. A figure under it is the
 * campaign's total, never a revision of one day's toll. A war's start is background (`isBackground`).
 */
export function campaignSince(view: SentenceView): number {
  const { toks } = view;
  for (let i = 0; i + 2 < toks.length; i++) {
    if (!isA(view, toks[i], 'war-since') || !isA(view, toks[i + 1], 'war-onset')) continue;
    if (!isA(view, toks[i + 2], 'campaign-noun')) continue;
    // `في حصيلة هي الأكثر دموية منذ بدء الهجوم`: the day's toll compared with the campaign's days.
    const compared = toks
      .slice(Math.max(0, i - 3), i)
      .some((t) => t.kind === 'word' && /^ال/.test(t.text) && isA(view, t, 'superlative'));
    if (!compared) return i;
  }
  return -1;
}

/**
 * Whether the figure at token `at` is under the running total's `منذ` at `since`: no contrast
 * between them (`غداة مقتل 21 مدنيا، فيما ارتفعت الحصيلة منذ بدء التصعيد إلى 93`: 21 is the day's),
 * no verb of change after it (`14 مدنيا، مما يرفع الحصيلة منذ بدء …`: 14 is the increment).
 */
export function underCampaignSince(view: SentenceView, since: number, at: number): boolean {
  if (since < 0) return false;
  const [from, to] = at < since ? [at, since] : [since, at];
  for (let k = from + 1; k < to; k++) {
    const tok = view.toks[k];
    if (isA(view, tok, 'contrast')) return false;
    // `أودت بحياة 14 مدنيا، مما يرفع إجمالي القتلى منذ بدء العمليات إلى 855`: 14 is what was added.
    if (at < since && isA(view, tok, 'change-verb')) return false;
  }
  return true;
}

/** Does the sentence frame its figures as the whole war's toll? */
export function isBackground(view: SentenceView, publishedYear: number | null): boolean {
  const { toks } = view;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (isA(view, t, 'war-since')) {
      if (
        isA(view, toks[i + 1], 'war-onset') &&
        (isA(view, toks[i + 2], 'war-noun') || isA(view, toks[i + 3], 'war-noun'))
      )
        return true;
      // `منذ سريان وقف إطلاق النار`، `منذ الهدنة`: a running total since a truce, not a strike's toll.
      // `في أول هجوم كبير منذ وقف إطلاق النار`: a day's figure set against the truce, not its total.
      const onset = isA(view, toks[i + 1], 'war-onset') ? 1 : 0;
      // `أكثر من 250` is an amount, not a comparison.
      let compared = false;
      for (let k = Math.max(0, i - 4); k < i; k++)
        if (isA(view, toks[k], 'superlative') && toks[k + 1]?.text !== 'من') compared = true;
      if (isA(view, toks[i + 1 + onset], 'halt-noun') && !compared) return true;
      const y = isA(view, toks[i + 1], 'year-noun') ? toks[i + 2] : toks[i + 1];
      if (publishedYear !== null && y?.kind === 'number' && /^(19|20)\d\d$/.test(y.text)) {
        if (Number(y.text) < publishedYear - 1) return true;
      }
    }
    // `سبع سنوات من الحرب`
    if (isA(view, t, 'war-span') && isA(view, toks[i + 1], 'war-of') && isA(view, toks[i + 2], 'war-noun'))
      return true;
  }
  return false;
}
