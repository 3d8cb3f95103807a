// The HTTP API of a store (Hono): JSON in and out, JSON errors, a bearer token on every write when
// one is set, size-limited bodies, and the built web UI (or a plain page) on every other path.

import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { IsnadError } from '../errors.js';
import { formatOf, readBytes } from '../ingest/index.js';
import { looksLikePdf } from '../ingest/readers/pdf.js';
import type { Loaded } from '../ingest/index.js';
import { htmlToText } from '../ingest/markup.js';
import { VERSION } from '../index.js';
import { buildBrief } from '../export/index.js';
import type { ClaimFilters, NewDocument, Store } from '../store/store.js';
import { BRIEF_LANGS, renderExport } from './export.js';
import { fetchDocument } from '../ingest/fetch.js';
import type { FetchOptions } from '../ingest/fetch.js';
import { openApiDocument } from './openapi.js';
import { fallbackPage, staticFile } from './static.js';

export interface AppOptions {
  readonly store: Store;
  /** When set, every write needs `Authorization: Bearer <token>`. */
  readonly token?: string;
  /** Largest request body in bytes (default 10 MB). */
  readonly maxBody?: number;
  /** The built web UI; a plain page is served when it holds no index.html. */
  readonly webRoot?: string;
  readonly fetch?: FetchOptions;
}

const STATUS: Readonly<Record<string, number>> = {
  not_found: 404,
  case_exists: 409,
  unauthorized: 401,
  body_too_large: 413,
  url_forbidden: 403,
  url_failed: 502,
  url_too_large: 413,
  url_not_text: 415,
  unreadable_input: 422,
};

function statusOf(code: string): number {
  return STATUS[code] ?? 400;
}

function errorBody(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function caseIdOf(c: Context): number {
  const raw = c.req.param('id') ?? '';
  if (!/^\d{1,12}$/.test(raw)) throw new IsnadError('not_found', `case ${raw} not found`);
  return Number(raw);
}

async function jsonBody(c: Context): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new IsnadError('invalid_json', 'the request body must be a JSON object');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new IsnadError('invalid_json', 'the request body must be a JSON object');
  }
  return body as Record<string, unknown>;
}

function optionalString(body: Record<string, unknown>, field: string): string | undefined {
  const v = body[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new IsnadError('invalid_request', `${field} must be a string`);
  return v;
}

function authorOf(c: Context, body?: Record<string, unknown>): string {
  const fromBody = body ? optionalString(body, 'author') : undefined;
  const name = fromBody ?? c.req.header('x-isnad-author') ?? 'analyst';
  return name.trim() === '' ? 'analyst' : name.trim().slice(0, 200);
}

/** The decoded texts of a case's documents by id, for exports that quote whole sentences. */
async function caseTexts(store: Store, caseId: number): Promise<Map<string, string>> {
  const rows = await store.db
    .selectFrom('documents')
    .select(['key', 'text'])
    .where('case_id', '=', caseId)
    .execute();
  return new Map(rows.map((r) => [r.key, r.text]));
}

function briefLang(c: Context): { lang: 'ar' | 'en'; digits?: 'latn' | 'arab' } {
  const lang = c.req.query('lang') ?? 'ar';
  if (lang !== 'ar' && lang !== 'en') throw new IsnadError('invalid_request', 'lang is ar or en');
  const digits = c.req.query('digits');
  if (digits !== undefined && digits !== 'latn' && digits !== 'arab')
    throw new IsnadError('invalid_request', 'digits is latn or arab');
  return { lang, ...(digits ? { digits } : {}) };
}

function claimFilters(c: Context): ClaimFilters {
  const q = (name: string): string | undefined => c.req.query(name);
  const reviewed = q('reviewed');
  const number = (name: string): number | undefined => {
    const v = q(name);
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v)) throw new IsnadError('invalid_request', `${name} must be a whole number`);
    return Number(v);
  };
  const filters: {
    -readonly [K in keyof ClaimFilters]: ClaimFilters[K];
  } = {};
  for (const name of ['category', 'group', 'stance', 'source', 'document', 'incident'] as const) {
    const v = q(name);
    if (v !== undefined) filters[name] = v;
  }
  if (reviewed !== undefined) {
    if (reviewed === 'true' || reviewed === '1') filters.reviewed = true;
    else if (reviewed === 'false' || reviewed === '0') filters.reviewed = false;
    else if (reviewed === 'confirmed' || reviewed === 'rejected' || reviewed === 'corrected')
      filters.reviewed = reviewed;
    else throw new IsnadError('invalid_request', 'reviewed is true, false, confirmed, rejected or corrected');
  }
  const limit = number('limit');
  const offset = number('offset');
  if (limit !== undefined) filters.limit = Math.min(limit, 100_000);
  if (offset !== undefined) filters.offset = offset;
  return filters;
}

/** File types a raw upload names by its media type, read as a file of that extension would be. */
const UPLOAD_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': '.pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/zip': '.zip',
  'application/gzip': '.tar.gz',
  'application/x-tar': '.tar',
  'text/plain': '.txt',
  'text/html': '.html',
  'application/rss+xml': '.rss',
  'application/atom+xml': '.atom',
  'application/x-ndjson': '.ndjson',
};

function mediaType(header: string): string {
  return header.split(';')[0]!.trim().toLowerCase();
}

/**
 * An uploaded file's documents, through the readers `isnad ingest` uses for a file of that name
 * (PDF, Word, archives, feeds, dumps, HTML, TREC, text); a file named without a known extension
 * is read by its media type. One that yields no document is an error that says why.
 */
function uploadDocuments(
  name: string,
  type: string,
  id: string,
  bytes: Uint8Array,
  meta: { source?: string; published?: string; url?: string },
): NewDocument[] {
  // Its name says how to read it, unless it has no extension isnad reads (or a text one while its
  // media type or its first bytes say PDF, Word…): then its media type, or its PDF header, does.
  const ext = looksLikePdf(bytes) ? '.pdf' : UPLOAD_TYPES[mediaType(type)];
  const format = formatOf(name);
  const readable = format !== null && !(format === 'text' && ext !== undefined && ext !== '.txt');
  const file = readable ? name : `${id}${ext ?? '.txt'}`;
  const out: Loaded = { documents: [], diagnostics: [] };
  readBytes(file, id, bytes, meta, out);
  if (out.documents.length === 0) {
    const why = out.diagnostics.map((d) => d.message).join('; ') || 'it holds no document';
    throw new IsnadError('unreadable_input', `${name} cannot be read: ${why}`);
  }
  return out.documents;
}

/** The documents a POST carries: JSON {text | html | url, ...}, multipart files, or a raw file body. */
async function documentsOf(c: Context, fetchOptions: FetchOptions): Promise<NewDocument[]> {
  const type = c.req.header('content-type') ?? '';
  if (mediaType(type) !== 'application/json' && mediaType(type) in UPLOAD_TYPES) {
    // A raw file body (curl --data-binary @report.pdf -H 'content-type: application/pdf'),
    // its metadata in the query: ?id=&source=&published=&url=.
    const q = (name: string): string | undefined => {
      const v = c.req.query(name);
      return v !== undefined && v.trim() !== '' ? v.trim() : undefined;
    };
    const id = q('id') ?? 'upload';
    const meta = {
      ...(q('source') ? { source: q('source')! } : {}),
      ...(q('published') ? { published: q('published')! } : {}),
      ...(q('url') ? { url: q('url')! } : {}),
    };
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    return uploadDocuments(`${id}${UPLOAD_TYPES[mediaType(type)]}`, type, id, bytes, meta);
  }
  if (type.startsWith('multipart/form-data')) {
    const form = await c.req.parseBody({ all: true });
    const field = (name: string): string | undefined => {
      const v = form[name];
      return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
    };
    const files = Object.values(form)
      .flat()
      .filter((v): v is File => typeof v === 'object' && v !== null && 'arrayBuffer' in v);
    if (files.length === 0) throw new IsnadError('invalid_request', 'the form holds no file');
    const out: NewDocument[] = [];
    for (const file of files) {
      const base = file.name.replace(/\.[^.]*$/, '') || 'upload';
      const id = files.length === 1 ? (field('id') ?? base) : base;
      const meta = {
        ...(field('source') ? { source: field('source')! } : {}),
        ...(field('published') ? { published: field('published')! } : {}),
        ...(field('url') ? { url: field('url')! } : {}),
      };
      const bytes = new Uint8Array(await file.arrayBuffer());
      out.push(...uploadDocuments(file.name || `${id}`, file.type, id, bytes, meta));
    }
    return out;
  }
  const body = await jsonBody(c);
  const text = optionalString(body, 'text');
  const html = optionalString(body, 'html');
  const url = optionalString(body, 'url');
  const meta = {
    ...(optionalString(body, 'id') ? { id: optionalString(body, 'id')! } : {}),
    ...(optionalString(body, 'source') ? { source: optionalString(body, 'source')! } : {}),
    ...(optionalString(body, 'published') ? { published: optionalString(body, 'published')! } : {}),
  };
  if (text !== undefined || html !== undefined) {
    if (text !== undefined && html !== undefined)
      throw new IsnadError('invalid_request', 'give text or html, not both');
    const body = text ?? htmlToText(html!);
    return [{ ...meta, text: body, ...(url ? { url } : {}) }];
  }
  if (url !== undefined) return fetchDocument(url, meta, fetchOptions);
  throw new IsnadError('invalid_request', 'give text, html or url');
}

export function createApp(options: AppOptions): Hono {
  const { store } = options;
  const maxBody = options.maxBody ?? 10 * 1024 * 1024;
  const fetchOptions: FetchOptions = { maxBytes: maxBody, ...(options.fetch ?? {}) };
  const tokenDigest = options.token ? digest(options.token) : null;
  const app = new Hono();

  app.onError((err, c) => {
    if (err instanceof IsnadError) return c.json(errorBody(err.code, err.message), statusOf(err.code) as 400);
    console.error(err);
    return c.json(errorBody('internal', 'the server failed on this request'), 500);
  });

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    if (!c.req.path.startsWith('/api/')) {
      c.header(
        'Content-Security-Policy',
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
      );
    }
  });

  // Writes need the token when one is set.
  app.use('/api/*', async (c, next) => {
    const method = c.req.method;
    if (tokenDigest && method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS') {
      const header = c.req.header('authorization') ?? '';
      const m = /^Bearer\s+(.+)$/i.exec(header);
      if (!m || !timingSafeEqual(digest(m[1]!.trim()), tokenDigest)) {
        c.header('WWW-Authenticate', 'Bearer realm="isnad"');
        return c.json(
          errorBody('unauthorized', 'this write needs the bearer token the server was started with'),
          401,
        );
      }
    }
    await next();
  });

  app.use(
    '/api/*',
    bodyLimit({
      maxSize: maxBody,
      onError: (c) =>
        c.json(errorBody('body_too_large', `the request body is larger than ${maxBody} bytes`), 413),
    }),
  );

  app.get('/openapi.json', (c) => c.json(openApiDocument()));
  app.get('/api/health', (c) => c.json({ ok: true, isnad: VERSION }));

  app.get('/api/cases', async (c) => c.json({ cases: await store.listCases() }));
  app.post('/api/cases', async (c) => {
    const body = await jsonBody(c);
    const name = body.name;
    if (typeof name !== 'string') throw new IsnadError('invalid_request', 'name must be a string');
    return c.json(await store.createCase(name), 201);
  });
  app.get('/api/cases/:id', async (c) => c.json(await store.getCase(caseIdOf(c))));

  app.post('/api/cases/:id/documents', async (c) => {
    const caseId = caseIdOf(c);
    await store.getCase(caseId);
    const docs = await documentsOf(c, fetchOptions);
    const added = await store.addDocuments(caseId, docs);
    const status = added.some((a) => a.status === 'added')
      ? 201
      : added.every((a) => a.status === 'duplicate')
        ? 200
        : 422;
    if (status === 422) {
      return c.json(errorBody('unreadable_input', added.map((a) => a.message ?? a.status).join('; ')), 422);
    }
    return c.json({ documents: added }, status);
  });
  app.get('/api/cases/:id/documents', async (c) => {
    const limit = c.req.query('limit');
    const offset = c.req.query('offset');
    const q = c.req.query('q');
    return c.json(
      await store.listDocuments(caseIdOf(c), {
        ...(q ? { q } : {}),
        ...(limit && /^\d+$/.test(limit) ? { limit: Math.min(Number(limit), 100_000) } : {}),
        ...(offset && /^\d+$/.test(offset) ? { offset: Number(offset) } : {}),
      }),
    );
  });
  app.get('/api/cases/:id/documents/:doc', async (c) =>
    c.json(await store.getDocument(caseIdOf(c), c.req.param('doc'))),
  );
  app.patch('/api/cases/:id/documents/:doc', async (c) => {
    const caseId = caseIdOf(c);
    const body = await jsonBody(c);
    if (!('republicationOf' in body))
      throw new IsnadError('invalid_request', 'give republicationOf (a document id or null)');
    const of = body.republicationOf;
    if (of !== null && typeof of !== 'string')
      throw new IsnadError('invalid_request', 'republicationOf is a document id or null');
    await store.markRepublication(caseId, c.req.param('doc'), of, authorOf(c, body));
    return c.json(await store.getDocument(caseId, c.req.param('doc')));
  });

  app.get('/api/cases/:id/claims', async (c) => c.json(await store.listClaims(caseIdOf(c), claimFilters(c))));
  app.get('/api/cases/:id/claims/:claim', async (c) =>
    c.json(await store.getClaim(caseIdOf(c), c.req.param('claim'))),
  );
  app.patch('/api/cases/:id/claims/:claim', async (c) => {
    const body = await jsonBody(c);
    const { action, note, author: _author, ...changes } = body;
    const act = action ?? (Object.keys(changes).length > 0 ? 'correct' : undefined);
    if (act !== 'confirm' && act !== 'reject' && act !== 'correct' && act !== 'reset') {
      throw new IsnadError(
        'invalid_request',
        'action is confirm, reject, correct or reset (or give fields to correct)',
      );
    }
    if (act !== 'correct' && Object.keys(changes).length > 0) {
      throw new IsnadError('invalid_request', `fields to correct go with action "correct", not "${act}"`);
    }
    if (note !== undefined && typeof note !== 'string')
      throw new IsnadError('invalid_request', 'note must be a string');
    return c.json(
      await store.review(caseIdOf(c), c.req.param('claim'), {
        action: act,
        changes,
        ...(typeof note === 'string' ? { note } : {}),
        author: authorOf(c, body),
      }),
    );
  });
  app.get('/api/cases/:id/corrections', async (c) => {
    const o = c.req.query('orphaned');
    return c.json({
      corrections: await store.corrections(
        caseIdOf(c),
        o === undefined ? {} : { orphaned: o === 'true' || o === '1' },
      ),
    });
  });

  app.get('/api/cases/:id/incidents', async (c) => c.json({ incidents: await store.incidents(caseIdOf(c)) }));
  app.post('/api/cases/:id/incidents/merge', async (c) => {
    const body = await jsonBody(c);
    const ids = body.incidents;
    if (!Array.isArray(ids) || !ids.every((x) => typeof x === 'string')) {
      throw new IsnadError('invalid_request', 'incidents must be a list of incident ids');
    }
    const note = optionalString(body, 'note');
    const merged = await store.mergeIncidents(caseIdOf(c), ids as string[], authorOf(c, body), note);
    return c.json({ incident: merged });
  });
  app.post('/api/cases/:id/incidents/split', async (c) => {
    const body = await jsonBody(c);
    const incident = optionalString(body, 'incident');
    const docs = body.documents;
    if (!incident) throw new IsnadError('invalid_request', 'incident must be an incident id');
    if (!Array.isArray(docs) || !docs.every((x) => typeof x === 'string')) {
      throw new IsnadError('invalid_request', 'documents must be a list of document ids');
    }
    const note = optionalString(body, 'note');
    const incidents = await store.splitIncident(
      caseIdOf(c),
      incident,
      docs as string[],
      authorOf(c, body),
      note,
    );
    return c.json({ incidents });
  });
  app.get('/api/cases/:id/conflicts', async (c) => c.json({ conflicts: await store.conflicts(caseIdOf(c)) }));
  app.get('/api/cases/:id/timeline', async (c) => c.json({ timeline: await store.timeline(caseIdOf(c)) }));
  app.get('/api/cases/:id/estimates', async (c) => c.json({ estimates: await store.estimates(caseIdOf(c)) }));
  app.get('/api/cases/:id/entities', async (c) => c.json({ entities: await store.entities(caseIdOf(c)) }));
  app.post('/api/cases/:id/reanalyze', async (c) => {
    const all = c.req.query('all');
    return c.json(await store.reanalyze(caseIdOf(c), { all: all === 'true' || all === '1' }));
  });
  const exportCase = async (c: Context, format: string): Promise<Response> => {
    const caseId = caseIdOf(c);
    const lang = c.req.query('lang');
    if (lang !== undefined && !BRIEF_LANGS.includes(lang))
      throw new IsnadError('invalid_format', `lang must be one of ${BRIEF_LANGS.join(', ')}`);
    const result = await store.exportCase(caseId);
    const texts = await store.documentTexts(caseId);
    const out = renderExport(format, result, { texts, ...(lang ? { lang: lang as 'ar' | 'en' } : {}) });
    c.header('Content-Type', out.contentType);
    const suffix = lang && format.startsWith('brief') ? `-${lang}` : '';
    c.header(
      'Content-Disposition',
      `attachment; filename="case-${caseId}-${format}${suffix}.${out.extension}"`,
    );
    return c.body(out.body);
  };
  app.get('/api/cases/:id/export', async (c) => exportCase(c, c.req.query('format') ?? 'json'));
  app.get('/api/cases/:id/export/:format', async (c) => exportCase(c, c.req.param('format')));

  // The incident brief as data (sentences with the claims they cite), for the web UI.
  app.get('/api/cases/:id/brief', async (c) => {
    const caseId = caseIdOf(c);
    const options = briefLang(c);
    const result = await store.exportCase(caseId);
    return c.json(buildBrief(result, { ...options, texts: await caseTexts(store, caseId) }));
  });

  app.all('/api/*', (c) => c.json(errorBody('not_found', `no route ${c.req.method} ${c.req.path}`), 404));

  app.get('*', (c) => {
    const file = options.webRoot ? staticFile(options.webRoot, c.req.path) : null;
    if (file) {
      c.header('Content-Type', file.type);
      c.header('Cache-Control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      return c.body(new Uint8Array(file.body));
    }
    if (c.req.path === '/' || c.req.path === '/index.html') return c.html(fallbackPage(VERSION));
    return c.json(errorBody('not_found', `no file ${c.req.path}`), 404);
  });
  return app;
}
