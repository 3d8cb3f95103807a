// Inputs from the command line or a caller: files, folders, standard input and manifests.
// A bad file becomes a diagnostic and never stops the batch.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { IsnadError } from '../errors.js';
import type { Diagnostic, InputDocument } from '../types.js';
import { decodeBytes } from './decode.js';
import { htmlToText, looksLikeHtml, looksLikeTrec, parseTrec } from './markup.js';

export interface Loaded {
  readonly documents: InputDocument[];
  readonly diagnostics: Diagnostic[];
}

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm', '.md', '.trec', '.xml', '']);

export function documentId(path: string): string {
  const base = basename(path);
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
  const body = looksLikeHtml(text) ? htmlToText(text) : text;
  return [{ id, text: body, ...meta }];
}

function readOne(
  path: string,
  id: string,
  meta: { source?: string; published?: string; url?: string },
  out: Loaded,
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
  const decoded = decodeBytes(bytes, id);
  out.diagnostics.push(...decoded.diagnostics);
  if (decoded.text === null) return;
  if (decoded.text.trim() === '') {
    out.diagnostics.push({ code: 'empty_input', document: id, message: 'the file holds only white space' });
    return;
  }
  out.documents.push(...documentsFromText(id, decoded.text, meta));
}

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) walk(path, out);
    else if (TEXT_EXTENSIONS.has(extname(name).toLowerCase())) out.push(path);
  }
}

export interface LoadOptions {
  readonly manifest?: string;
  readonly stdin?: () => Buffer;
}

/** Loads documents from paths (files or folders, `-` for standard input) and/or a manifest. */
export function loadInputs(paths: readonly string[], options: LoadOptions = {}): Loaded {
  const out: Loaded = { documents: [], diagnostics: [] };
  if (options.manifest) loadManifest(options.manifest, out);
  for (const path of paths) {
    if (path === '-') {
      const bytes = options.stdin ? options.stdin() : readFileSync(0);
      const decoded = decodeBytes(bytes, 'stdin');
      out.diagnostics.push(...decoded.diagnostics);
      if (decoded.text !== null && decoded.text.trim() !== '')
        out.documents.push(...documentsFromText('stdin', decoded.text, {}));
      continue;
    }
    let st;
    try {
      st = statSync(path);
    } catch {
      throw new IsnadError('input_not_found', `no such file or folder: ${path}`);
    }
    if (st.isDirectory()) {
      const files: string[] = [];
      walk(path, files);
      if (files.length === 0)
        out.diagnostics.push({ code: 'empty_folder', message: `no text files in ${path}` });
      for (const file of files) readOne(file, documentId(file), {}, out);
    } else readOne(path, documentId(path), {}, out);
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
