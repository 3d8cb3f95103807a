// Fetching a report or a feed by its URL, for the server and the command line alike, guarded:
// http(s) only, a time limit, a size limit, a few redirects each checked again, the charset the
// server declares, and no loopback, private, link-local or otherwise internal address unless
// allowed (the server's --allow-private; the command line allows it: it runs as its user). A URL
// given to the API must not reach the machine's own services (SSRF). The address is checked where the connection is made
// (the socket's own DNS lookup), so a name that resolves differently the second time is caught.

import { lookup as dnsLookup } from 'node:dns';
import type { LookupAddress, LookupOptions } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP } from 'node:net';
import { IsnadError } from '../errors.js';
import type { InputDocument } from '../types.js';
import { ENCODINGS, decodeBytes } from './decode.js';
import type { Encoding } from './decode.js';
import { documentId, documentsFromText } from './index.js';

export interface FetchOptions {
  readonly allowPrivate?: boolean;
  /** Internal addresses fetched all the same (an in-house mirror), each an exact IP address. */
  readonly allowAddresses?: readonly string[];
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
}

const INTERNAL = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  INTERNAL.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
  ['2001:db8::', 32],
] as const)
  INTERNAL.addSubnet(net, bits, 'ipv6');

/** True for an address a server-side fetch must not reach. */
export function isInternalAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return INTERNAL.check(address, 'ipv4');
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return INTERNAL.check(mapped[1]!, 'ipv4');
    return INTERNAL.check(address, 'ipv6');
  }
  return true;
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

function forbidden(address: string, options: Required<FetchOptions>): boolean {
  return !options.allowPrivate && isInternalAddress(address) && !options.allowAddresses.includes(address);
}

function guardedLookup(fetchOptions: Required<FetchOptions>) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const list = addresses as LookupAddress[];
      const bad = list.find((a) => forbidden(a.address, fetchOptions));
      if (bad) {
        const e = new Error(
          `${hostname} resolves to an internal address (${bad.address})`,
        ) as NodeJS.ErrnoException;
        e.code = 'EINTERNAL';
        return callback(e, []);
      }
      if (options.all) return callback(null, list);
      const first = list[0];
      if (!first) return callback(new Error(`${hostname} has no address`), []);
      callback(null, first.address, first.family);
    });
  };
}

interface Fetched {
  readonly url: string;
  readonly bytes: Buffer;
  readonly contentType: string;
}

function getOnce(url: URL, options: Required<FetchOptions>): Promise<{ redirect: string } | Fetched> {
  return new Promise((resolve, reject) => {
    const literal = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(literal) && forbidden(literal, options)) {
      reject(
        new IsnadError('url_forbidden', `${url.hostname} is an internal address; isnad does not fetch it`),
      );
      return;
    }
    const client = url.protocol === 'https:' ? https : http;
    const req = client.get(
      url,
      {
        lookup: guardedLookup(options) as unknown as typeof dnsLookup,
        headers: {
          'user-agent': 'isnad',
          accept: 'text/html, application/rss+xml, application/atom+xml, text/plain;q=0.9, */*;q=0.1',
        },
        timeout: options.timeoutMs,
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400 && res.headers.location) {
          res.resume();
          resolve({ redirect: new URL(res.headers.location, url).toString() });
          return;
        }
        if (status < 200 || status >= 300) {
          res.resume();
          reject(new IsnadError('url_failed', `${url} answered ${status}`));
          return;
        }
        const type = String(res.headers['content-type'] ?? '');
        if (type !== '' && !/^(text\/|application\/(xhtml\+xml|xml|rss\+xml|atom\+xml))/i.test(type)) {
          res.resume();
          reject(new IsnadError('url_not_text', `${url} is ${type}, not a text or HTML page`));
          return;
        }
        const declared = Number(res.headers['content-length'] ?? 0);
        if (declared > options.maxBytes) {
          res.destroy();
          reject(
            new IsnadError('url_too_large', `${url} is ${declared} bytes; the limit is ${options.maxBytes}`),
          );
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            res.destroy();
            reject(new IsnadError('url_too_large', `${url} is larger than ${options.maxBytes} bytes`));
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () =>
          resolve({ url: url.toString(), bytes: Buffer.concat(chunks), contentType: type }),
        );
        res.on('error', (e) => reject(new IsnadError('url_failed', `${url}: ${e.message}`)));
      },
    );
    const timer = setTimeout(() => {
      req.destroy(new Error(`no answer within ${options.timeoutMs} ms`));
    }, options.timeoutMs);
    req.on('close', () => clearTimeout(timer));
    req.on('timeout', () => req.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
    req.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EINTERNAL')
        reject(new IsnadError('url_forbidden', `${e.message}; isnad does not fetch it`));
      else reject(new IsnadError('url_failed', `cannot fetch ${url}: ${e.message}`));
    });
  });
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a malformed %-escape: the segment as it is
  }
}

/** The encoding a Content-Type header declares, when isnad reads it; otherwise detection. */
export function declaredEncoding(contentType: string): Encoding {
  const charset = /charset\s*=\s*"?([\w-]+)/i.exec(contentType)?.[1]?.toLowerCase();
  const name = charset === 'utf8' ? 'utf-8' : charset === 'cp1256' ? 'windows-1256' : charset;
  return (ENCODINGS as readonly string[]).includes(name ?? '') ? (name as Encoding) : 'auto';
}

/** A fetched address as text: the final URL (after redirects), an id from its path, the decoded text. */
export interface FetchedText {
  readonly url: string;
  readonly id: string;
  readonly text: string;
}

/**
 * Fetches an address and decodes it (the declared charset, else detection). Errors are IsnadErrors:
 * url_invalid, url_forbidden, url_failed, url_not_text, url_too_large.
 */
export async function fetchText(
  address: string,
  meta: { id?: string } = {},
  options: FetchOptions = {},
): Promise<FetchedText> {
  const opts: Required<FetchOptions> = {
    allowPrivate: options.allowPrivate ?? false,
    allowAddresses: options.allowAddresses ?? [],
    timeoutMs: options.timeoutMs ?? 15_000,
    maxBytes: options.maxBytes ?? 5 * 1024 * 1024,
    maxRedirects: options.maxRedirects ?? 5,
  };
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new IsnadError('url_invalid', `not a URL: ${address}`);
  }
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new IsnadError('url_invalid', `only http and https URLs are fetched, not ${url.protocol}`);
    }
    if (url.username || url.password)
      throw new IsnadError('url_invalid', 'URLs with credentials are not fetched');
    const got = await getOnce(url, opts);
    if ('redirect' in got) {
      if (hop >= opts.maxRedirects) throw new IsnadError('url_failed', `too many redirects from ${address}`);
      url = new URL(got.redirect);
      continue;
    }
    const last = url.pathname.split('/').filter(Boolean).pop();
    const id = meta.id ?? (last ? documentId(safeDecode(last)) : url.hostname);
    // The declared charset first; a page that lies about it is read by detection.
    const declared = decodeBytes(got.bytes, id, declaredEncoding(got.contentType));
    const decoded = declared.text === null ? decodeBytes(got.bytes, id) : declared;
    if (decoded.text === null || decoded.text.trim() === '') {
      throw new IsnadError(
        'url_not_text',
        decoded.diagnostics.map((d) => d.message).join('; ') || `${url} is empty`,
      );
    }
    return { url: got.url, id, text: decoded.text };
  }
}

/**
 * Fetches a page and turns it into documents (HTML reduced to its text). Errors are IsnadErrors:
 * url_invalid, url_forbidden, url_failed, url_not_text, url_too_large.
 */
export async function fetchDocument(
  address: string,
  meta: { id?: string; source?: string; published?: string },
  options: FetchOptions = {},
): Promise<InputDocument[]> {
  const got = await fetchText(address, meta.id !== undefined ? { id: meta.id } : {}, options);
  return documentsFromText(got.id, got.text, {
    url: got.url,
    ...(meta.source ? { source: meta.source } : {}),
    ...(meta.published ? { published: meta.published } : {}),
  });
}
