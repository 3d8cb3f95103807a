// Archives read in memory, never unpacked to disk: tar (plain or gzip-compressed) and zip. Each
// yields its regular files as (name, bytes); directories, links and metadata entries are skipped.

import { gunzipSync, inflateRawSync } from 'node:zlib';

export interface ArchiveEntry {
  readonly name: string;
  readonly bytes: Uint8Array;
}

function cString(block: Uint8Array, start: number, length: number): string {
  const slice = block.subarray(start, start + length);
  const end = slice.indexOf(0);
  return new TextDecoder().decode(end < 0 ? slice : slice.subarray(0, end));
}

function octal(block: Uint8Array, start: number, length: number): number {
  const text = cString(block, start, length).trim();
  return text === '' ? 0 : parseInt(text, 8);
}

/** True when the bytes start with a gzip member. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** One 512-byte tar header: the entry's size, type and name (`prefix/name` of ustar). */
export interface TarHeader {
  readonly size: number;
  readonly type: string;
  readonly name: string;
  /** The name field alone (without the ustar prefix), as error messages give it. */
  readonly base: string;
}

/** Reads a tar header; throws on a malformed size (`at`: its byte offset, for the message). */
export function tarHeader(header: Uint8Array, at: number): TarHeader {
  const size = octal(header, 124, 12);
  if (!Number.isFinite(size) || size < 0) throw new Error(`malformed tar header at byte ${at}`);
  const prefix = cString(header, 345, 155);
  const base = cString(header, 0, 100);
  return {
    size,
    type: String.fromCharCode(header[156] ?? 0),
    name: prefix ? `${prefix}/${base}` : base,
    base,
  };
}

/**
 * What one entry adds to a tar listing, given the long name pending from the entry before: a long
 * name for the next entry (GNU `L`, a pax `x` record's `path`), nothing (pax `g`, directories,
 * links), or a regular file under the pending long name, else its own.
 */
export function tarStep(
  header: TarHeader,
  data: Uint8Array,
  longName: string | null,
): { readonly longName: string | null; readonly file: ArchiveEntry | null } {
  if (header.type === 'L') return { longName: cString(data, 0, data.length), file: null };
  if (header.type === 'x') {
    const path = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(new TextDecoder().decode(data));
    return { longName: path ? path[1]! : longName, file: null };
  }
  if (header.type === 'g') return { longName, file: null };
  const regular = header.type === '0' || header.type === '\0';
  return { longName: null, file: regular ? { name: longName ?? header.name, bytes: data } : null };
}

/**
 * The files of a tar archive (ustar, GNU long names and pax `path` records). Throws an Error with
 * a clear message on a truncated or malformed archive.
 */
export function* readTar(input: Uint8Array): Generator<ArchiveEntry> {
  const tar = isGzip(input) ? gunzipSync(input) : input;
  let at = 0;
  let longName: string | null = null;
  while (at + 512 <= tar.length) {
    const block = tar.subarray(at, at + 512);
    if (block.every((b) => b === 0)) return; // end-of-archive blocks
    const header = tarHeader(block, at);
    const dataStart = at + 512;
    const dataEnd = dataStart + header.size;
    if (dataEnd > tar.length) throw new Error(`the tar archive is truncated (entry ${header.base})`);
    at = dataStart + Math.ceil(header.size / 512) * 512;
    const step = tarStep(header, tar.subarray(dataStart, dataEnd), longName);
    longName = step.longName;
    if (step.file) yield step.file;
  }
  if (at !== tar.length) throw new Error('the tar archive is truncated');
}

/** The files of a zip archive (stored or deflated entries), from its central directory. */
export function* readZip(zip: Uint8Array): Generator<ArchiveEntry> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('not a zip archive (no end-of-directory record)');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let k = 0; k < count; k++) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== 0x02014b50)
      throw new Error('the zip directory is damaged');
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    if (local + 30 > zip.length || view.getUint32(local, true) !== 0x04034b50)
      throw new Error(`the zip entry ${name} is damaged`);
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = zip.subarray(dataStart, dataStart + compressed);
    if (method === 0) yield { name, bytes: data };
    else if (method === 8) yield { name, bytes: inflateRawSync(data) };
    else
      throw new Error(`the zip entry ${name} uses compression method ${method}, which isnad does not read`);
  }
}
