// Scrape noise that must never yield claims: script warnings, "read also" asides and the related
// headline after them, newsletter and comment prompts, embedded-post signatures, image captions.
// Each rule matches a whole line of the folded text.
//
// Must match: Sorry, you need to enable JavaScript… · اقرأ أيضاً: … · اقرأ المزيد · قد يهمك: … ·
//   تعليق · التعليقات · — Name (@handle) January 21, 2022 · هل أعجبك المحتوى… · اشترك بنشرتنا
// Must not: ordinary sentences that mention reading or comments inside running text.

import type { Span } from '../../../types.js';
import { lines } from '../../../text/segment.js';

interface LineRule {
  readonly id: string;
  readonly pattern: RegExp;
  /** The next line is the title of a linked article (`اقرأ المزيد:` then a headline). */
  readonly takesNext?: boolean;
}

const RULES: readonly LineRule[] = [
  { id: 'ar/boilerplate/script-warning', pattern: /enable javascript|javascript (is )?disabled|cookies/ },
  {
    id: 'ar/boilerplate/read-also',
    pattern: /^\s*(اقرا|طالع|شاهد) (ايضا|المزيد|كذلك)\s*:?\s*$/,
    takesNext: true,
  },
  { id: 'ar/boilerplate/read-also-inline', pattern: /^\s*(اقرا|طالع|شاهد) (ايضا|المزيد|كذلك)\s*:/ },
  {
    id: 'ar/boilerplate/may-interest',
    pattern: /^\s*(قد يهمك|قد يعجبك|ذات صله|مواضيع ذات صله|اخبار ذات صله)\s*:?/,
  },
  { id: 'ar/boilerplate/comments', pattern: /^\s*(تعليق|التعليقات|تعليقات|اضف تعليق|اترك تعليقا)\s*:?\s*$/ },
  { id: 'ar/boilerplate/more-from', pattern: /^\s*المزيد من\s+\S+\s*$/ },
  { id: 'ar/boilerplate/related-section', pattern: /يحتوي هذا القسم|related nodes|المقالات ذات صله/ },
  {
    id: 'ar/boilerplate/newsletter',
    pattern: /نشرتنا|النشره البريديه|اشترك (في|ب)|بريدك الالكتروني|هل اعجبك المحتوي|قائمه من يقدرون/,
  },
  {
    id: 'ar/boilerplate/social',
    pattern: /^\s*(تابعونا|تابعوا|شارك|شارك المقال|مشاركه)\b.*(تويتر|فيسبوك|تلغرام|يوتيوب|انستغرام)?\s*$/u,
  },
  { id: 'ar/boilerplate/post-signature', pattern: /^\s*[—–-]\s*.*\(@\w+\)\s*\w+\s+\d{1,2},\s*\d{2,4}\s*$/ },
  {
    id: 'ar/boilerplate/caption',
    pattern: /^\s*(صوره تعبيريه|صوره ارشيفيه|الصوره:|مصدر الصوره|ارشيفيه)\s*$/,
  },
  { id: 'ar/boilerplate/copyright', pattern: /جميع الحقوق محفوظه|©|all rights reserved/ },
];

export interface BoilerplateSpan extends Span {
  readonly rule: string;
}

/** Boilerplate lines of a folded text, in folded offsets. */
export function findBoilerplate(folded: string): BoilerplateSpan[] {
  const out: BoilerplateSpan[] = [];
  const all = lines(folded);
  for (let k = 0; k < all.length; k++) {
    const line = all[k]!;
    const text = folded.slice(line.start, line.end);
    if (text.trim() === '') continue;
    const rule = RULES.find((r) => r.pattern.test(text));
    if (!rule) continue;
    out.push({ start: line.start, end: line.end, rule: rule.id });
    if (rule.takesNext) {
      // The linked headline: the next non-empty line, when it is short like a title.
      let n = k + 1;
      while (n < all.length && folded.slice(all[n]!.start, all[n]!.end).trim() === '') n++;
      const next = all[n];
      if (next && folded.slice(next.start, next.end).split(/\s+/).length <= 16) {
        out.push({ start: next.start, end: next.end, rule: rule.id });
        k = n;
      }
    }
  }
  return out;
}
