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

/** Visible text of an HTML page: scripts, styles and comments dropped, blocks on their own lines. */
export function htmlToText(html: string): string {
  const body = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|template|svg|iframe)[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<(br|\/p|\/div|\/h[1-6]|\/li|\/tr|\/article|\/section|\/blockquote|\/title)[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(body)
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''))
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

function tag(text: string, name: string): string | null {
  const m = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(text);
  return m ? m[1]!.trim() : null;
}

export function parseTrec(text: string): TrecArticle[] {
  const out: TrecArticle[] = [];
  for (const m of text.matchAll(/<DOC>([\s\S]*?)<\/DOC>/g)) {
    const doc = m[1]!;
    const title = tag(doc, 'TITLE');
    const body = tag(doc, 'TEXT') ?? '';
    const time = tag(doc, 'TIME');
    const date = time ? new Date(time) : null;
    out.push({
      id: tag(doc, 'DOCNO'),
      title,
      url: tag(doc, 'URL'),
      source: tag(doc, 'SRC'),
      published: date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : null,
      text: title ? `${title}\n${body}` : body,
    });
  }
  return out;
}
