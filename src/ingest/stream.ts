// Inputs as a stream of documents, for batches too large to hold: a folder is read file by file and
// a tar archive (plain or gzip-compressed) entry by entry from disk through node:zlib, so that
// only the document being read and what the reader buffers are in memory. Each item carries the
// documents and diagnostics of one file or entry, in the order `loadInputsAndUrls` gives them, and
// how far the input has been read (for a progress bar). Other inputs (a file, a zip, a URL,
// standard input, a manifest) are read whole, as `loadInputsAndUrls` reads them.

import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import type { Diagnostic, InputDocument } from '../types.js';
import type { Encoding } from './decode.js';
import { documentId, folderDiagnostics, formatOf, loadInputs, readBytes, readOne, walk } from './index.js';
import type { Loaded } from './index.js';
import { isUrl, loadInputsAndUrls } from './load.js';
import { tarHeader, tarStep } from './readers/archive.js';
import type { ArchiveEntry } from './readers/archive.js';

export interface StreamItem {
  readonly documents: readonly InputDocument[];
  readonly diagnostics: readonly Diagnostic[];
  /** Bytes of the current input read so far, and its size on disk (null when unknown). */
  readonly read: number;
  readonly size: number | null;
}

export interface StreamOptions {
  readonly manifest?: string;
  readonly encoding?: Encoding;
}

/** Reads exactly the bytes asked for from a stream of chunks. */
class ChunkReader {
  readonly #chunks: AsyncIterator<Buffer>;
  #buffer: Buffer = Buffer.alloc(0);
  #done = false;

  constructor(stream: AsyncIterable<Buffer>) {
    this.#chunks = stream[Symbol.asyncIterator]();
  }

  /** `n` bytes, or fewer at the end of the stream. */
  async read(n: number): Promise<Buffer> {
    if (this.#buffer.length < n && !this.#done) {
      const parts = [this.#buffer];
      let have = this.#buffer.length;
      while (have < n) {
        const next = await this.#chunks.next();
        if (next.done) {
          this.#done = true;
          break;
        }
        parts.push(next.value);
        have += next.value.length;
      }
      this.#buffer = Buffer.concat(parts, have);
    }
    const out = this.#buffer.subarray(0, n);
    this.#buffer = this.#buffer.subarray(out.length);
    return out;
  }
}

export type TarEntry = ArchiveEntry;

/**
 * The regular files of a tar stream, one at a time (ustar, GNU long names, pax `path` records),
 * as archive.ts's readTar reads them in memory. Throws an Error on a truncated or malformed archive.
 */
export async function* streamTar(stream: AsyncIterable<Buffer>): AsyncGenerator<TarEntry> {
  const reader = new ChunkReader(stream);
  let longName: string | null = null;
  let at = 0;
  for (;;) {
    const block = await reader.read(512);
    if (block.length === 0) return; // no end-of-archive blocks, as readTar accepts
    if (block.length < 512) throw new Error('the tar archive is truncated');
    if (block.every((b) => b === 0)) return;
    const header = tarHeader(block, at);
    const padded = Math.ceil(header.size / 512) * 512;
    const data = await reader.read(padded);
    if (data.length < padded) throw new Error(`the tar archive is truncated (entry ${header.base})`);
    at += 512 + padded;
    const step = tarStep(header, data.subarray(0, header.size), longName);
    longName = step.longName;
    if (step.file) yield step.file;
  }
}

/** True when the file starts with a gzip member. */
async function gzipped(path: string): Promise<boolean> {
  const head = createReadStream(path, { start: 0, end: 1 });
  for await (const chunk of head as AsyncIterable<Buffer>) return chunk[0] === 0x1f && chunk[1] === 0x8b;
  return false;
}

async function* tarItems(path: string, size: number, encoding: Encoding): AsyncGenerator<StreamItem> {
  const id = documentId(path);
  const gzip = await gzipped(path);
  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  let read = 0;
  const stream: Readable = gzip ? file.pipe(createGunzip()) : file;
  file.on('data', (chunk: Buffer | string) => (read += chunk.length));
  try {
    for await (const entry of streamTar(stream as AsyncIterable<Buffer>)) {
      const base = basename(entry.name);
      if (base.startsWith('.') || formatOf(base) === null) continue;
      const out: Loaded = { documents: [], diagnostics: [] };
      readBytes(base, documentId(base), entry.bytes, {}, out, encoding);
      yield { ...out, read, size };
    }
  } catch (cause) {
    yield {
      documents: [],
      diagnostics: [
        { code: 'archive_invalid', document: id, message: `${path}: ${(cause as Error).message}` },
      ],
      read,
      size,
    };
  } finally {
    file.destroy();
  }
}

/** The inputs' documents, file by file and archive entry by archive entry. */
export async function* streamInputs(
  inputs: readonly string[],
  options: StreamOptions = {},
): AsyncGenerator<StreamItem> {
  const encoding = options.encoding ?? 'auto';
  if (options.manifest) {
    const m = loadInputs([], { manifest: options.manifest });
    yield { ...m, read: 0, size: null };
  }
  for (const input of inputs) {
    let st;
    try {
      st = input === '-' || isUrl(input) ? null : statSync(input);
    } catch {
      st = null;
    }
    if (st?.isDirectory()) {
      const files: string[] = [];
      const skipped: string[] = [];
      walk(input, files, skipped);
      // The folder's own diagnostics first, as loadInputs gives them.
      const head = loadInputs([], {});
      head.diagnostics.push(...folderDiagnostics(input, files, skipped));
      if (head.diagnostics.length > 0) yield { ...head, read: 0, size: files.length };
      let k = 0;
      for (const file of files) {
        const out: Loaded = { documents: [], diagnostics: [] };
        readOne(file, documentId(file), {}, out, encoding);
        yield { ...out, read: ++k, size: files.length };
      }
    } else if (st?.isFile() && formatOf(input) === 'tar') {
      yield* tarItems(input, st.size, encoding);
    } else {
      const one = await loadInputsAndUrls([input], { encoding });
      yield { ...one, read: 1, size: 1 };
    }
  }
}
