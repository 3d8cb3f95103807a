// RSS 2.0 and Atom feeds: one document per item, each with its own title, link, date and id
// (guid / Atom id). The item's HTML body is reduced to text; the title is the first line.

import { htmlToText, rfc822Date } from '../markup.js';

export interface FeedItem {
  readonly guid: string | null;
  readonly title: string | null;
  readonly link: string | null;
  readonly published: string | null;
  readonly text: string;
}

export interface Feed {
  readonly title: string | null;
  readonly items: readonly FeedItem[];
}

export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2000);
  return /<rss[\s>]/i.test(head) || /<feed[\s>][^>]*xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/i.test(head);
}

function unwrap(value: string): string {
  const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(value);
  if (cdata) return cdata[1]!;
  // Escaped HTML inside an element: one round of entity decoding gives the markup back.
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function element(xml: string, names: readonly string[]): string | null {
  for (const name of names) {
    const m = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, 'i').exec(xml);
    if (m) return unwrap(m[1]!).trim();
  }
  return null;
}

/** The calendar day of an RFC-822 (RSS) or ISO-8601 (Atom) date. */
export function feedDate(value: string | null): string | null {
  if (!value) return null;
  const iso = /^\s*(\d{4}-\d\d-\d\d)/.exec(value);
  return iso ? iso[1]! : rfc822Date(value);
}

function atomLink(xml: string): string | null {
  for (const m of xml.matchAll(/<link\b([^>]*)\/?>/gi)) {
    const attrs = m[1]!;
    const rel = /\brel="([^"]*)"/i.exec(attrs)?.[1] ?? 'alternate';
    const href = /\bhref="([^"]*)"/i.exec(attrs)?.[1];
    if (href && rel === 'alternate') return unwrap(href);
  }
  return null;
}

export function parseFeed(xml: string): Feed {
  const atom = !/<rss[\s>]/i.test(xml.slice(0, 2000));
  const itemTag = atom ? 'entry' : 'item';
  const head = xml.split(new RegExp(`<${itemTag}[\\s>]`, 'i'))[0] ?? '';
  const items: FeedItem[] = [];
  for (const m of xml.matchAll(new RegExp(`<${itemTag}(?:\\s[^>]*)?>([\\s\\S]*?)</${itemTag}>`, 'gi'))) {
    const body = m[1]!;
    const title = element(body, ['title']);
    const content = element(body, atom ? ['content', 'summary'] : ['content:encoded', 'description']);
    const text = [title ? htmlToText(title) : null, content ? htmlToText(content) : null]
      .filter((t): t is string => t !== null && t !== '')
      .join('\n');
    items.push({
      guid: element(body, atom ? ['id'] : ['guid']),
      title: title ? htmlToText(title) : null,
      link: atom ? atomLink(body) : element(body, ['link']),
      published: feedDate(
        element(body, atom ? ['published', 'updated'] : ['pubDate', 'dc:date', 'published']),
      ),
      text,
    });
  }
  const channelTitle = element(head, ['title']);
  return { title: channelTitle ? htmlToText(channelTitle) : null, items };
}
