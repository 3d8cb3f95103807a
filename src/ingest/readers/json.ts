// Article dumps as scrapers write them: a JSON array (or {articles|items|data: [...]}, or one
// object) or NDJSON/JSONL, one article per object: {id?, title?, text|content|body, url?,
// date|published|datePublished?, source|site?}. A bad line or object is a diagnostic, not a lost file.

import type { Diagnostic, InputDocument } from '../../types.js';
import { htmlToText, looksLikeHtml } from '../markup.js';
import { feedDate } from './feed.js';

export interface DumpRead {
  readonly documents: InputDocument[];
  readonly diagnostics: Diagnostic[];
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

function article(value: unknown, fallbackId: string, where: string, out: DumpRead): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    out.diagnostics.push({
      code: 'json_item_invalid',
      document: fallbackId,
      message: `${where} is not an object`,
    });
    return;
  }
  const o = value as Record<string, unknown>;
  const raw = str(o.text) ?? str(o.content) ?? str(o.body);
  if (raw === null) {
    out.diagnostics.push({
      code: 'json_item_invalid',
      document: fallbackId,
      message: `${where} has no "text", "content" or "body"`,
    });
    return;
  }
  const body = looksLikeHtml(raw) ? htmlToText(raw) : raw;
  const title = str(o.title);
  const id = str(o.id) ?? (typeof o.id === 'number' ? String(o.id) : null) ?? fallbackId;
  const published = feedDate(str(o.published) ?? str(o.date) ?? str(o.datePublished));
  const url = str(o.url) ?? str(o.link);
  const source = str(o.source) ?? str(o.site) ?? str(o.publisher);
  out.documents.push({
    id,
    text: title && !body.startsWith(title) ? `${title}\n${body}` : body,
    ...(source ? { source } : {}),
    ...(published ? { published } : {}),
    ...(url ? { url } : {}),
  });
}

/** Reads a JSON or NDJSON dump (`lines`: one object per line). */
export function readDump(text: string, id: string, lines: boolean): DumpRead {
  const out: DumpRead = { documents: [], diagnostics: [] };
  if (lines) {
    text.split(/\r?\n/).forEach((line, n) => {
      if (line.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        out.diagnostics.push({ code: 'json_invalid', document: id, message: `line ${n + 1} is not JSON` });
        return;
      }
      article(value, `${id}-${n + 1}`, `line ${n + 1}`, out);
    });
    return out;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    out.diagnostics.push({
      code: 'json_invalid',
      document: id,
      message: `not JSON: ${(cause as Error).message}`,
    });
    return out;
  }
  const wrapped = value as Record<string, unknown> | null;
  const list = Array.isArray(value)
    ? value
    : wrapped && typeof wrapped === 'object'
      ? ([wrapped.articles, wrapped.items, wrapped.data].find(Array.isArray) as unknown[] | undefined)
      : undefined;
  if (list) list.forEach((v, k) => article(v, `${id}-${k + 1}`, `item ${k + 1}`, out));
  else article(value, id, 'the object', out);
  return out;
}
