// The main text of a news page: the article without the site around it (menus, related links,
// share bars, comment and newsletter boxes, footers, scripts). Mozilla's Readability finds the
// article on a linkedom DOM; before it runs, blocks that are made of links (related-article lists,
// `اقرأ أيضاً` asides whose words are a linked headline) and forms (newsletter sign-ups) are taken
// out, since Readability keeps such blocks when they sit inside the article's body. Lines of scrape
// noise that remain in running text (a newsletter line, a read-also label) are marked by the
// reader's boilerplate rules and yield no claims.
//
// When Readability finds no article, or one much shorter than the page's text, the whole page's
// visible text is used (`method: "page"`), as before.

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToText } from '../markup.js';

export interface ArticleText {
  readonly text: string;
  /** `readability`: the article found on the page; `page`: the page's visible text (fallback). */
  readonly method: 'readability' | 'page';
  readonly title: string | null;
}

/** Readability's article under this many characters is no article (a gallery, a video page). */
const MIN_ARTICLE = 140;

const NOISE = 'nav, footer, form, button, input, select, textarea, iframe, noscript, script, style, template';

interface Node {
  readonly textContent: string | null;
  readonly parentNode: Node | null;
  querySelectorAll(selector: string): Iterable<Node>;
  remove(): void;
  readonly tagName?: string;
}

const words = (text: string): number => text.split(/\s+/).filter((w) => w !== '').length;

/**
 * Link-made blocks: a list item, paragraph or division whose words are mostly link words and
 * that is short (a linked headline or a row of links), not a paragraph that cites a link.
 */
function dropLinkBlocks(root: Node): void {
  for (const el of [...root.querySelectorAll('li, p, div, section, aside, ul, ol')]) {
    if (!el.parentNode) continue;
    const text = el.textContent ?? '';
    const all = words(text);
    if (all === 0) continue;
    let linked = 0;
    for (const a of el.querySelectorAll('a')) linked += words(a.textContent ?? '');
    const tag = el.tagName?.toLowerCase();
    const short = tag === 'ul' || tag === 'ol' || tag === 'aside' || all <= 40;
    if (short && linked / all >= 0.5) el.remove();
  }
}

/** The article of an HTML page as text, blocks on their own lines. Never throws on markup. */
export function articleText(html: string): ArticleText {
  try {
    return readArticle(html);
  } catch {
    return { text: htmlToText(html), method: 'page', title: null };
  }
}

function readArticle(html: string): ArticleText {
  const page = htmlToText(html);
  const doc = parseHTML(html).document;
  const body = doc.body as unknown as Node | null;
  if (!body) return { text: page, method: 'page', title: null };
  // The headline as the page shows it (Readability drops a heading that repeats the title).
  const h1 = [...body.querySelectorAll('article h1, main h1, h1')][0]?.textContent
    ?.replace(/\s+/g, ' ')
    .trim();
  // A sign-up box: the short block around a form goes with it (its prompt is no story).
  for (const form of [...body.querySelectorAll('form')]) {
    const box = form.parentNode;
    if (box && box !== body && words(box.textContent ?? '') <= 30) box.remove();
  }
  for (const el of [...body.querySelectorAll(NOISE)]) el.remove();
  dropLinkBlocks(body);
  const article = new Readability(doc as unknown as ConstructorParameters<typeof Readability>[0], {
    charThreshold: MIN_ARTICLE,
  }).parse();
  const title = h1 || article?.title?.trim() || null;
  const content = article?.content ? htmlToText(article.content) : '';
  // An "article" that holds a small part of a text-rich page missed the story: keep the page.
  if (content.length < MIN_ARTICLE || (page.length > 4 * MIN_ARTICLE && content.length < page.length / 8))
    return { text: page, method: 'page', title };
  const text = title && !content.startsWith(title) ? `${title}\n${content}` : content;
  return { text, method: 'readability', title };
}
