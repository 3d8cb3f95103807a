// Inputs from the command line or a caller: files, folders, standard input and manifests, read
// by format (src/ingest/readers: feeds, JSON dumps, archives, Word documents; text, HTML and TREC
// through the markup reader). A bad input — missing, unreadable, of unknown format — becomes a
// diagnostic and never stops the batch.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { IsnadError } from '../errors.js';
import type { Diagnostic, InputDocument } from '../types.js';
import { decodeBytes } from './decode.js';
import type { Encoding } from './decode.js';
import { looksLikeHtml, looksLikeTrec, parseTrec } from './markup.js';
import { readTar, readZip } from './readers/archive.js';
import { articleText } from './readers/article.js';
import { docxText } from './readers/docx.js';
import { PdfError, pdfText } from './readers/pdf.js';
import { looksLikeFeed, parseFeed } from './readers/feed.js';
import { pageMeta } from './readers/html.js';
import { readDump } from './readers/json.js';

export interface Loaded {
  readonly documents: InputDocument[];
  readonly diagnostics: Diagnostic[];
}

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm', '.md', '.trec', '.xml', '.sgml', '']);
const FEED_EXTENSIONS = new Set(['.rss', '.atom']);
const JSON_EXTENSIONS = new Set(['.json']);
const LINES_EXTENSIONS = new Set(['.ndjson', '.jsonl']);

type Format = 'text' | 'feed' | 'json' | 'ndjson' | 'tar' | 'zip' | 'docx' | 'pdf' | null;

/** The reader for a file name, by its extension; null when isnad has none. */
export function formatOf(name: string): Format {
  const lower = name.toLowerCase();
  if (/\.(tar\.gz|tgz|tar)$/.test(lower)) return 'tar';
  const ext = extname(lower);
  if (ext === '.zip') return 'zip';
  if (ext === '.docx') return 'docx';
  if (ext === '.pdf') return 'pdf';
  if (FEED_EXTENSIONS.has(ext)) return 'feed';
  if (JSON_EXTENSIONS.has(ext)) return 'json';
  if (LINES_EXTENSIONS.has(ext)) return 'ndjson';
  if (TEXT_EXTENSIONS.has(ext)) return 'text';
  return null;
}

/** Diagnostic codes that mean an input (or part of it) could not be read: the batch's exit code. */
export const FAILED_INPUT = new Set([
  'input_not_found',
  'unreadable_input',
  'binary_input',
  'invalid_encoding',
  'input_too_large',
  'unknown_format',
  'unsupported_format',
  'archive_invalid',
  'json_invalid',
  'json_item_invalid',
  'url_invalid',
  'url_forbidden',
  'url_failed',
  'url_not_text',
  'url_too_large',
  'pdf_invalid',
  'pdf_encrypted',
  'pdf_no_text',
  'pdf_timeout',
  // A document whose reading stopped its worker thread (analyze on several cores).
  'document_failed',
]);

export function documentId(path: string): string {
  const base = basename(path);
  const archive = /\.tar\.gz$/i.exec(base);
  if (archive) return base.slice(0, archive.index);
  const ext = extname(base);
  return ext ? base.slice(0, -ext.length) : base;
}

/** Turns decoded text into one or more documents (a TREC file may hold many articles). */
export function documentsFromText(
  id: string,
  text: string,
  meta: { source?: string; published?: string; url?: string },
): InputDocument[] {
  if (looksLikeTrec(text)) {
    const articles = parseTrec(text);
    return articles.map((a, k) => {
      const doc: InputDocument = {
        id: articles.length === 1 ? id : (a.id ?? `${id}-${k + 1}`),
        text: a.text,
        ...((meta.source ?? a.source) ? { source: (meta.source ?? a.source)! } : {}),
        ...((meta.published ?? a.published) ? { published: (meta.published ?? a.published)! } : {}),
        ...((meta.url ?? a.url) ? { url: (meta.url ?? a.url)! } : {}),
      };
      return doc;
    });
  }
  if (looksLikeFeed(text)) {
    const feed = parseFeed(text);
    return feed.items
      .filter((item) => item.text.trim() !== '')
      .map((item, k) => {
        const slug = item.link ? item.link.split(/[/?#]/).filter(Boolean).pop() : undefined;
        const source = meta.source ?? feed.title;
        return {
          id: feed.items.length === 1 ? id : `${id}-${k + 1}${slug ? `-${slug}` : ''}`,
          text: item.text,
          ...(source ? { source } : {}),
          ...((meta.published ?? item.published) ? { published: (meta.published ?? item.published)! } : {}),
          ...((item.link ?? meta.url) ? { url: (item.link ?? meta.url)! } : {}),
        };
      });
  }
  if (looksLikeHtml(text)) {
    const page = pageMeta(text);
    const source = meta.source ?? page.source;
    const published = meta.published ?? page.published;
    const url = meta.url ?? page.url;
    return [
      {
        id,
        text: articleText(text).text,
        ...(source ? { source } : {}),
        ...(published ? { published } : {}),
        ...(url ? { url } : {}),
      },
    ];
  }
  return [{ id, text, ...meta }];
}

type Meta = { source?: string; published?: string; url?: string };

/** Reads one input's bytes with the reader its name (or, for text, its content) calls for. */
export function readBytes(
  name: string,
  id: string,
  bytes: Uint8Array,
  meta: Meta,
  out: Loaded,
  encoding: Encoding = 'auto',
): void {
  const format = formatOf(name);
  if (format === null) {
    out.diagnostics.push({
      code: 'unknown_format',
      document: id,
      message: `${name}: isnad does not know this format (text, HTML, TREC, RSS/Atom, JSON, NDJSON, .docx, .pdf, .tar(.gz), .zip)`,
    });
    return;
  }
  if (format === 'pdf') {
    try {
      const pdf = pdfText(bytes);
      out.documents.push({ id, text: pdf.text, ...meta, pages: pdf.pages });
    } catch (cause) {
      out.diagnostics.push({
        code: cause instanceof PdfError ? cause.code : 'pdf_invalid',
        document: id,
        message: `${name}: ${(cause as Error).message}`,
      });
    }
    return;
  }
  if (format === 'tar' || format === 'zip') {
    try {
      for (const entry of format === 'tar' ? readTar(bytes) : readZip(bytes)) {
        const base = basename(entry.name);
        if (base.startsWith('.') || formatOf(base) === null) continue;
        readBytes(base, documentId(base), entry.bytes, meta, out, encoding);
      }
    } catch (cause) {
      out.diagnostics.push({
        code: 'archive_invalid',
        document: id,
        message: `${name}: ${(cause as Error).message}`,
      });
    }
    return;
  }
  if (format === 'docx') {
    try {
      const text = docxText(bytes);
      if (text === '')
        out.diagnostics.push({ code: 'empty_input', document: id, message: 'the document has no text' });
      else out.documents.push({ id, text, ...meta });
    } catch (cause) {
      out.diagnostics.push({
        code: 'unreadable_input',
        document: id,
        message: `${name}: ${(cause as Error).message}`,
      });
    }
    return;
  }
  const decoded = decodeBytes(bytes, id, encoding);
  out.diagnostics.push(...decoded.diagnostics);
  if (decoded.text === null) return;
  if (decoded.text.trim() === '') {
    out.diagnostics.push({ code: 'empty_input', document: id, message: 'the file holds only white space' });
    return;
  }
  if (format === 'json' || format === 'ndjson') {
    const read = readDump(decoded.text.replace(/^\ufeff/, ''), id, format === 'ndjson');
    out.documents.push(...read.documents);
    out.diagnostics.push(...read.diagnostics);
    return;
  }
  out.documents.push(...documentsFromText(id, decoded.text, meta));
}

export function readOne(
  path: string,
  id: string,
  meta: Meta,
  out: Loaded,
  encoding: Encoding = 'auto',
): void {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (cause) {
    out.diagnostics.push({
      code: 'unreadable_input',
      document: id,
      message: `cannot read ${path}: ${(cause as Error).message}`,
    });
    return;
  }
  readBytes(path, id, bytes, meta, out, encoding);
}

/** What a folder's listing says on its own: no file to read, files of no format isnad reads. */
export function folderDiagnostics(
  folder: string,
  files: readonly string[],
  skipped: readonly string[],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (files.length === 0) out.push({ code: 'empty_folder', message: `no text files in ${folder}` });
  if (skipped.length > 0)
    out.push({
      code: 'skipped_files',
      message: `${skipped.length} file(s) in ${folder} of no format isnad reads were skipped (${skipped
        .slice(0, 3)
        .map((f) => basename(f))
        .join(', ')}${skipped.length > 3 ? ', …' : ''})`,
    });
  return out;
}

export function walk(dir: string, out: string[], skipped: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) walk(path, out, skipped);
    else if (formatOf(name) !== null) out.push(path);
    else skipped.push(path);
  }
}

export interface LoadOptions {
  readonly manifest?: string;
  readonly stdin?: () => Buffer;
  /** The inputs' encoding; detected when absent or `auto`. */
  readonly encoding?: Encoding;
}

/** Loads documents from paths (files or folders, `-` for standard input) and/or a manifest. */
export function loadInputs(paths: readonly string[], options: LoadOptions = {}): Loaded {
  const out: Loaded = { documents: [], diagnostics: [] };
  if (options.manifest) loadManifest(options.manifest, out);
  for (const path of paths) {
    if (path === '-') {
      const bytes = options.stdin ? options.stdin() : readFileSync(0);
      const decoded = decodeBytes(bytes, 'stdin', options.encoding);
      out.diagnostics.push(...decoded.diagnostics);
      if (decoded.text !== null && decoded.text.trim() !== '')
        out.documents.push(...documentsFromText('stdin', decoded.text, {}));
      continue;
    }
    let st;
    try {
      st = statSync(path);
    } catch {
      out.diagnostics.push({
        code: 'input_not_found',
        document: documentId(path),
        message: `no such file or folder: ${path}`,
      });
      continue;
    }
    if (st.isDirectory()) {
      const files: string[] = [];
      const skipped: string[] = [];
      walk(path, files, skipped);
      out.diagnostics.push(...folderDiagnostics(path, files, skipped));
      for (const file of files) readOne(file, documentId(file), {}, out, options.encoding);
    } else readOne(path, documentId(path), {}, out, options.encoding);
  }
  return out;
}

interface ManifestLine {
  id?: unknown;
  path?: unknown;
  text?: unknown;
  source?: unknown;
  published?: unknown;
  url?: unknown;
}

/** A JSONL manifest: `{id, path | text, source?, published?, url?}` per line; paths are relative to it. */
export function loadManifest(manifest: string, out: Loaded): void {
  let raw: string;
  try {
    raw = readFileSync(manifest, 'utf8');
  } catch (cause) {
    throw new IsnadError(
      'manifest_unreadable',
      `cannot read manifest ${manifest}: ${(cause as Error).message}`,
    );
  }
  const base = dirname(resolve(manifest));
  raw.split(/\r?\n/).forEach((line, n) => {
    if (line.trim() === '') return;
    let entry: ManifestLine;
    try {
      entry = JSON.parse(line) as ManifestLine;
    } catch {
      out.diagnostics.push({ code: 'manifest_line_invalid', message: `${manifest}:${n + 1} is not JSON` });
      return;
    }
    const meta = {
      ...(typeof entry.source === 'string' ? { source: entry.source } : {}),
      ...(typeof entry.published === 'string' && /^\d{4}-\d\d-\d\d$/.test(entry.published)
        ? { published: entry.published }
        : {}),
      ...(typeof entry.url === 'string' ? { url: entry.url } : {}),
    };
    if (typeof entry.text === 'string') {
      const id = typeof entry.id === 'string' ? entry.id : `line-${n + 1}`;
      out.documents.push(...documentsFromText(id, entry.text, meta));
    } else if (typeof entry.path === 'string') {
      const path = resolve(base, entry.path);
      const id = typeof entry.id === 'string' ? entry.id : documentId(path);
      readOne(path, id, meta, out);
    } else {
      out.diagnostics.push({
        code: 'manifest_line_invalid',
        message: `${manifest}:${n + 1} has neither "path" nor "text"`,
      });
    }
  });
}
