// Scrape noise that must never yield claims: script warnings, "read also" asides and the related
// headline after them, newsletter and comment prompts, embedded-post signatures, image captions.
// Each rule matches a whole line of the folded text; its words are data (phrases.tsv, the classes
// read-also-* and boilerplate-*), its shape (where on the line, what follows) is the rule's.
//
// Must match: Sorry, you need to enable JavaScript… · اقرأ أيضاً: … · اقرأ المزيد · قد يهمك: … ·
//   تعليق · التعليقات · — Name (@handle) January 21, 2022 · هل أعجبك المحتوى… · اشترك بنشرتنا ·
//   تابعونا على تويتر وفيسبوك · شارك المقال · مشاركة:
// Must not: ordinary sentences that mention reading or comments inside running text · شارك آلاف
//   المحتجين في مسيرة … · شارك الداعية في الجدل الذي اشتعل على موقع "تويتر" … (a news line)

import { IsnadError } from '../../../errors.js';
import type { Span } from '../../../types.js';
import { lines } from '../../../text/segment.js';
import type { PhraseClass, PhraseTable } from '../lexicon/phrases.js';

interface LineRule {
  readonly id: string;
  readonly pattern: RegExp;
  /** The next line is the title of a linked article (`اقرأ المزيد:` then a headline). */
  readonly takesNext?: boolean;
  /** The pattern is a class's phrases found anywhere on the line (no anchor, no flag). */
  readonly anywhere?: boolean;
}

/** The rules, and the same without those of phrases found anywhere, with one pattern for all of these. */
interface LineRules {
  readonly all: readonly LineRule[];
  readonly anchored: readonly LineRule[];
  /** Matches a line where some `anywhere` rule's pattern matches, and only there. */
  readonly anywhere: RegExp;
}

/** The rules in order (the first that matches a line names it), their words from `phrases`. */
function rules(phrases: PhraseTable): LineRules {
  const all = ruleList(phrases);
  const anywhere = all.filter((r) => r.anywhere);
  // Joined by their sources, the patterns would lose a flag of their own without a word.
  for (const r of anywhere)
    if (r.pattern.flags !== '')
      throw new IsnadError(
        'rule_invalid',
        `${r.id}: a pattern found anywhere is joined to the others by its source, so it takes no flag (it has «${r.pattern.flags}»)`,
      );
  return {
    all,
    anchored: all.filter((r) => !r.anywhere),
    anywhere: new RegExp(anywhere.map((r) => r.pattern.source).join('|')),
  };
}

function ruleList(phrases: PhraseTable): readonly LineRule[] {
  const any = (cls: PhraseClass): string => phrases.alternation(cls);
  const readAlso = `^\\s*(${any('read-also-verb')}) (${any('read-also-what')})\\s*`;
  return [
    { id: 'ar/boilerplate/script-warning', pattern: new RegExp(any('boilerplate-script')), anywhere: true },
    { id: 'ar/boilerplate/read-also', pattern: new RegExp(`${readAlso}:?\\s*$`), takesNext: true },
    { id: 'ar/boilerplate/read-also-inline', pattern: new RegExp(`${readAlso}:`) },
    {
      id: 'ar/boilerplate/may-interest',
      pattern: new RegExp(`^\\s*(${any('boilerplate-may-interest')})\\s*:?`),
    },
    {
      id: 'ar/boilerplate/comments',
      pattern: new RegExp(`^\\s*(${any('boilerplate-comments')})\\s*:?\\s*$`),
    },
    {
      id: 'ar/boilerplate/more-from',
      pattern: new RegExp(`^\\s*(?:${any('boilerplate-more-from')})\\s+\\S+\\s*$`),
    },
    {
      id: 'ar/boilerplate/related-section',
      pattern: new RegExp(any('boilerplate-related')),
      anywhere: true,
    },
    { id: 'ar/boilerplate/newsletter', pattern: new RegExp(any('boilerplate-newsletter')), anywhere: true },
    {
      // A short line (eight words at most) opened by the verb as a whole word (`\b` is ASCII's, so
      // the end of an Arabic word is no letter after it), alone or naming a network: a news line
      // opened by `شارك` (`شارك آلاف الفلسطينيين في تشييع …`) is none.
      id: 'ar/boilerplate/social',
      pattern: new RegExp(
        `^(?=\\s*(?:\\S+(?:\\s+|$)){1,8}$)\\s*(${any('boilerplate-social-verb')})(?![\\p{L}\\p{N}_])` +
          `(?:\\s*:?\\s*$|.*(${any('boilerplate-social-network')}))`,
        'u',
      ),
    },
    {
      id: 'ar/boilerplate/post-signature',
      pattern: /^\s*[—–-]\s*.*\(@\w+\)\s*\w+\s+\d{1,2},\s*\d{2,4}\s*$/,
    },
    { id: 'ar/boilerplate/caption', pattern: new RegExp(`^\\s*(${any('boilerplate-caption')})\\s*$`) },
    { id: 'ar/boilerplate/copyright', pattern: new RegExp(any('boilerplate-copyright')), anywhere: true },
  ];
}

export interface BoilerplateSpan extends Span {
  readonly rule: string;
}

/** Boilerplate lines of a folded text, in folded offsets; `phrases` are the lexicon's. */
export function findBoilerplate(folded: string, phrases: PhraseTable): BoilerplateSpan[] {
  const RULES = phrases.compiled(rules);
  const out: BoilerplateSpan[] = [];
  const all = lines(folded);
  for (let k = 0; k < all.length; k++) {
    const line = all[k]!;
    const text = folded.slice(line.start, line.end);
    if (text.trim() === '') continue;
    // Most lines hold no phrase of the rules that look anywhere on the line: one pass says so, and
    // the anchored rules alone are tried (the same first match, as those could not match).
    const pool = RULES.anywhere.test(text) ? RULES.all : RULES.anchored;
    const rule = pool.find((r) => r.pattern.test(text));
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
