// The metadata a news page states about itself: publication date (article:published_time,
// JSON-LD NewsArticle datePublished, <time datetime>), outlet (og:site_name, JSON-LD publisher),
// author, title and canonical URL. The page's text comes from the markup reader.

export interface PageMeta {
  readonly published?: string;
  readonly source?: string;
  readonly url?: string;
  readonly author?: string;
  readonly title?: string;
}

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([a-zA-Z_:-]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/g))
    out.set(m[1]!.toLowerCase(), m[3] ?? m[4] ?? m[5] ?? '');
  return out;
}

const day = (value: string | undefined): string | undefined =>
  value ? /^\s*(\d{4}-\d\d-\d\d)/.exec(value)?.[1] : undefined;

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value && typeof value === 'object') {
    const name = (value as Record<string, unknown>).name;
    return typeof name === 'string' ? name : undefined;
  }
  return undefined;
}

function jsonLdArticles(html: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    const type = o['@type'];
    const types = Array.isArray(type) ? type : [type];
    if (types.some((t) => typeof t === 'string' && /Article|NewsArticle|ReportageNewsArticle/.test(t)))
      out.push(o);
    if (o['@graph']) visit(o['@graph']);
  };
  for (const m of html.matchAll(
    /<script[^>]*type\s*=\s*["']application\/ld\+json["'][^>]*>([\s\S]*?)<\/script>/gi,
  )) {
    try {
      visit(JSON.parse(m[1]!));
    } catch {
      // a broken JSON-LD block says nothing
    }
  }
  return out;
}

export function pageMeta(html: string): PageMeta {
  const meta = new Map<string, string>();
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    const a = attributes(m[0]);
    const key = (a.get('property') ?? a.get('name') ?? a.get('itemprop') ?? '').toLowerCase();
    const content = a.get('content');
    if (key && content !== undefined && !meta.has(key)) meta.set(key, content);
  }
  let canonical: string | undefined;
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const a = attributes(m[0]);
    if ((a.get('rel') ?? '').toLowerCase() === 'canonical' && a.get('href')) {
      canonical = a.get('href');
      break;
    }
  }
  const ld = jsonLdArticles(html)[0];
  const time = /<time\b[^>]*\bdatetime\s*=\s*["']([^"']+)["']/i.exec(html)?.[1];
  const published =
    day(meta.get('article:published_time')) ??
    day(typeof ld?.datePublished === 'string' ? ld.datePublished : undefined) ??
    day(meta.get('datepublished')) ??
    day(meta.get('date')) ??
    day(time);
  const source = meta.get('og:site_name') ?? nameOf(ld?.publisher);
  const url = canonical ?? meta.get('og:url') ?? (typeof ld?.url === 'string' ? ld.url : undefined);
  const author = nameOf(ld?.author) ?? meta.get('author') ?? meta.get('article:author');
  const title = meta.get('og:title') ?? (typeof ld?.headline === 'string' ? ld.headline : undefined);
  return {
    ...(published ? { published } : {}),
    ...(source ? { source: source.trim() } : {}),
    ...(url ? { url } : {}),
    ...(author ? { author: author.trim() } : {}),
    ...(title ? { title: title.trim() } : {}),
  };
}
