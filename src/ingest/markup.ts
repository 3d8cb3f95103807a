// Text out of markup: HTML pages and TREC-style tagged articles (<DOC><TITLE>…<TEXT>…</DOC>).
// The extracted text becomes the document's text, and spans point into it.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

export function looksLikeHtml(text: string): boolean {
  return (
    /^\s*(<!doctype html|<html[\s>])/i.test(text) || /<(p|div|article|body)[\s>]/i.test(text.slice(0, 5000))
  );
}

export function looksLikeTrec(text: string): boolean {
  return /^\s*<DOC>/.test(text) && /<TEXT>/.test(text);
}

const BLOCK =
  /^(br|p|div|h[1-6]|li|tr|article|section|blockquote|title|header|footer|ul|ol|table|figure|figcaption)$/i;
const HIDDEN = /^(script|style|noscript|template|svg|iframe|object)$/i;

/**
 * Visible text of an HTML page: scripts, styles and comments dropped, blocks on their own lines.
 * One linear scan that honours quoted attribute values (`onerror="a('>')"`); an unclosed comment or
 * hidden element swallows the rest of the page rather than leaking code into the text.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  const n = html.length;
  let i = 0;
  let textStart = 0;
  const flush = (end: number): void => {
    if (end > textStart) out.push(html.slice(textStart, end));
  };
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      flush(lt);
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? n : close + 3;
      textStart = i;
      continue;
    }
    const nameMatch = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(lt, lt + 40));
    if (!nameMatch && html[lt + 1] !== '!' && html[lt + 1] !== '?') {
      i = lt + 1; // a bare `<` in text
      continue;
    }
    flush(lt);
    // Find the tag's end, skipping quoted attribute values.
    let j = lt + 1;
    let quote: string | null = null;
    while (j < n) {
      const ch = html[j]!;
      if (quote) {
        if (ch === quote) quote = null;
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '>') break;
      j++;
    }
    const name = nameMatch?.[1] ?? '';
    const closing = html[lt + 1] === '/';
    i = j < n ? j + 1 : n;
    if (!closing && HIDDEN.test(name)) {
      const close = html.toLowerCase().indexOf(`</${name.toLowerCase()}`, i);
      i = close < 0 ? n : html.indexOf('>', close) + 1 || n;
    }
    if (BLOCK.test(name) && (closing || /^br$/i.test(name))) out.push('\n');
    textStart = i;
  }
  flush(n);
  return decodeEntities(out.join(''))
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l, k, all) => l !== '' || (k > 0 && all[k - 1] !== ''))
    .join('\n')
    .trim();
}

export interface TrecArticle {
  readonly id: string | null;
  readonly title: string | null;
  readonly url: string | null;
  readonly source: string | null;
  readonly published: string | null;
  readonly text: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The calendar day an RFC-822 date states, in its own time zone (`Tue, 27 Feb 2018 02:03:32 +0400`). */
export function rfc822Date(value: string): string | null {
  const m = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})/.exec(value);
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]!.toLowerCase());
  if (month < 0) return null;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

/**
 * What stands between the first `<name>` from `from` on and the `</name>` after it, and where that
 * closing tag ends; null when either is missing. Found by search, not by a pattern made for each tag
 * (the reader asks five tags of every article).
 */
function between(text: string, name: string, from = 0): { inner: string; end: number } | null {
  const open = `<${name}>`;
  const close = `</${name}>`;
  const start = text.indexOf(open, from);
  if (start < 0) return null;
  const end = text.indexOf(close, start + open.length);
  return end < 0 ? null : { inner: text.slice(start + open.length, end), end: end + close.length };
}

/** The trimmed text of a document's first `<name>` tag, or null. */
function tag(text: string, name: string): string | null {
  return between(text, name)?.inner.trim() ?? null;
}

/** The bodies of a file's `<DOC>…</DOC>` articles, in order. */
function trecDocs(text: string): string[] {
  const out: string[] = [];
  for (let doc = between(text, 'DOC'); doc !== null; doc = between(text, 'DOC', doc.end)) out.push(doc.inner);
  return out;
}

export function parseTrec(text: string): TrecArticle[] {
  const out: TrecArticle[] = [];
  for (const doc of trecDocs(text)) {
    const title = tag(doc, 'TITLE');
    const body = tag(doc, 'TEXT') ?? '';
    const time = tag(doc, 'TIME');
    out.push({
      id: tag(doc, 'DOCNO'),
      title,
      url: tag(doc, 'URL'),
      source: tag(doc, 'SRC'),
      published: time ? rfc822Date(time) : null,
      text: title ? `${title}\n${body}` : body,
    });
  }
  return out;
}
