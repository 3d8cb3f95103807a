// `isnad watch <feed…> --case NAME [--every 10m]`: polls RSS/Atom feeds and ingests each new item
// once into a case of the store. An item is known when the case has seen its guid, its link or its
// text before (the store remembers feed items, so a restart ingests nothing twice). A feed that
// fails in one poll is reported and polled again the next time; the watch goes on until stopped.

import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import { IsnadError } from '../../errors.js';
import { decodeBytes } from '../../ingest/decode.js';
import { fetchDocument, fetchText } from '../../ingest/fetch.js';
import type { FetchOptions } from '../../ingest/fetch.js';
import { isUrl } from '../../ingest/load.js';
import { looksLikeFeed, parseFeed } from '../../ingest/readers/feed.js';
import type { FeedItem } from '../../ingest/readers/feed.js';
import { defaultDbPath } from '../../store/db.js';
import { contentHash, Store } from '../../store/store.js';
import type { NewDocument } from '../../store/store.js';

const UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** `10m`, `30s`, `1h`, `250ms` (a bare number is seconds) → milliseconds. */
export function parseInterval(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(value);
  const ms = m ? Number(m[1]) * UNITS[m[2] ?? 's']! : NaN;
  if (!Number.isFinite(ms) || ms < 50)
    throw new InvalidArgumentError('expected a duration such as 10m, 30s, 1h or 500ms (at least 50ms).');
  return ms;
}

export interface WatchedItem {
  readonly feed: string;
  readonly guid: string | null;
  readonly url: string | null;
  readonly title: string | null;
  /** added: stored now; known: seen before (guid, link or text); failed: could not be stored. */
  readonly status: 'added' | 'known' | 'failed';
  readonly document: string | null;
  readonly claims: number;
  readonly message?: string;
}

export interface PollResult {
  readonly items: WatchedItem[];
  readonly errors: { readonly feed: string; readonly code: string; readonly message: string }[];
}

/** A feed's text: fetched when it is an http(s) address, read from disk otherwise. */
async function feedText(feed: string, fetchOptions: FetchOptions): Promise<string> {
  if (isUrl(feed)) return (await fetchText(feed, {}, fetchOptions)).text;
  let bytes: Buffer;
  try {
    bytes = readFileSync(feed);
  } catch (cause) {
    throw new IsnadError('unreadable_input', `cannot read ${feed}: ${(cause as Error).message}`);
  }
  const decoded = decodeBytes(bytes, feed);
  if (decoded.text === null)
    throw new IsnadError('invalid_encoding', decoded.diagnostics.map((d) => d.message).join('; '));
  return decoded.text;
}

/** A document id that stays the same however the feed grows: the link's last segment, else the guid's. */
function itemId(item: FeedItem, hash: string): string {
  for (const value of [item.link, item.guid]) {
    const last = value
      ?.split(/[/?#=]/)
      .filter((s) => s.trim() !== '')
      .pop();
    if (last) {
      let decoded = last;
      try {
        decoded = decodeURIComponent(last);
      } catch {
        // a malformed escape stays as written
      }
      const clean = decoded.replace(/\.(html?|php|aspx?)$/i, '').replace(/[^\p{L}\p{N}._-]+/gu, '-');
      if (clean.replace(/[-_.]/g, '') !== '') return clean.slice(0, 120);
    }
  }
  return `item-${hash.slice(0, 12)}`;
}

/**
 * One poll of every feed: new items are stored in the case (one relinking for the poll) and
 * remembered with their guid, link and text hash; items seen before are skipped.
 */
export async function pollFeeds(
  store: Store,
  caseId: number,
  feeds: readonly string[],
  fetchOptions: FetchOptions = {},
  options: { readonly pages?: boolean } = {},
): Promise<PollResult> {
  const db = store.db;
  const items: WatchedItem[] = [];
  const errors: PollResult['errors'] = [];
  const fresh: { feed: string; item: FeedItem; hash: string; doc: NewDocument }[] = [];
  const hashes = new Set<string>();
  for (const feed of feeds) {
    let text: string;
    try {
      text = await feedText(feed, fetchOptions);
    } catch (cause) {
      if (!(cause instanceof IsnadError)) throw cause;
      errors.push({ feed, code: cause.code, message: cause.message });
      continue;
    }
    if (!looksLikeFeed(text)) {
      errors.push({ feed, code: 'not_a_feed', message: `${feed} is not an RSS or Atom feed` });
      continue;
    }
    const parsed = parseFeed(text);
    for (const item of parsed.items) {
      if (item.text.trim() === '') continue;
      const hash = contentHash(item.text);
      const known =
        hashes.has(hash) ||
        (await db
          .selectFrom('feed_items')
          .select('id')
          .where('case_id', '=', caseId)
          .where((eb) =>
            eb.or([
              eb('content_hash', '=', hash),
              ...(item.guid ? [eb('guid', '=', item.guid)] : []),
              ...(item.link ? [eb('url', '=', item.link)] : []),
            ]),
          )
          .executeTakeFirst()) !== undefined ||
        (item.link !== null &&
          (await db
            .selectFrom('documents')
            .select('id')
            .where('case_id', '=', caseId)
            .where('url', '=', item.link)
            .executeTakeFirst()) !== undefined);
      if (known) continue;
      hashes.add(hash);
      const source = parsed.title ?? undefined;
      // Feeds often carry a teaser only: with `pages`, the linked page's article is the text (the
      // item is still known by its feed guid, link and text); a page that fails keeps the teaser.
      let body = item.text;
      if (options.pages && item.link && isUrl(item.link)) {
        try {
          const page = (await fetchDocument(item.link, {}, fetchOptions))[0];
          if (page && page.text.trim() !== '') body = page.text;
        } catch (cause) {
          if (!(cause instanceof IsnadError)) throw cause;
          errors.push({
            feed,
            code: 'page_failed',
            message: `${item.link}: ${cause.code}: ${cause.message} (the feed's text is kept)`,
          });
        }
      }
      fresh.push({
        feed,
        item,
        hash,
        doc: {
          id: itemId(item, hash),
          text: body,
          ...(source ? { source } : {}),
          ...(item.published ? { published: item.published } : {}),
          ...(item.link ? { url: item.link } : {}),
        },
      });
    }
  }
  if (fresh.length === 0) return { items, errors };
  const added = await store.addDocuments(
    caseId,
    fresh.map((f) => f.doc),
  );
  const t = new Date().toISOString();
  for (let k = 0; k < fresh.length; k++) {
    const { feed, item, hash } = fresh[k]!;
    const a = added[k]!;
    const status = a.status === 'added' ? 'added' : a.status === 'duplicate' ? 'known' : 'failed';
    await db
      .insertInto('feed_items')
      .values({
        case_id: caseId,
        feed,
        guid: item.guid,
        url: item.link,
        content_hash: hash,
        document_key: a.status === 'failed' ? null : (a.existing ?? a.document),
        status: a.status,
        seen_at: t,
      })
      .execute();
    items.push({
      feed,
      guid: item.guid,
      url: item.link,
      title: item.title,
      status,
      document: a.status === 'failed' ? null : (a.existing ?? a.document),
      claims: a.claims,
      ...(a.message ? { message: a.message } : {}),
    });
  }
  return { items, errors };
}

interface Opts {
  case: string;
  db?: string;
  every: number;
  polls?: number;
  json?: boolean;
  pages?: boolean;
}

export function watchCommand(): Command {
  return new Command('watch')
    .description('poll RSS/Atom feeds and add each new item once to a case of a store')
    .argument('<feeds...>', 'feed addresses (http, https) or feed files')
    .requiredOption('-c, --case <name>', 'the case (created when missing)')
    .option('--db <file>', `SQLite store (default ${defaultDbPath()})`)
    .option('--every <duration>', 'time between polls: 10m, 30s, 1h, 500ms', parseInterval, 600_000)
    .option('--polls <n>', 'stop after n polls (default: poll until stopped)', (v: string) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1)
        throw new InvalidArgumentError('expected a whole number of 1 or more.');
      return n;
    })
    .option('--json', 'one JSON line per poll instead of text lines')
    .option('--pages', "read each new item's linked page (its article text) instead of the feed's summary")
    .action(async (feeds: string[], opts: Opts) => {
      const location = opts.db ?? defaultDbPath();
      const store = await Store.open(location);
      let stopped = false;
      let wake: (() => void) | null = null;
      const stop = (): void => {
        stopped = true;
        wake?.();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      try {
        const c = (await store.caseNamed(opts.case, true))!;
        process.stderr.write(
          `isnad: watching ${feeds.length} feed(s) every ${opts.every / 1000}s into case ${c.name} (store: ${location})\n`,
        );
        for (let poll = 1; !stopped; poll++) {
          const result = await pollFeeds(
            store,
            c.id,
            feeds,
            { allowPrivate: true },
            { pages: opts.pages === true },
          );
          for (const e of result.errors) process.stderr.write(`isnad: ${e.code} (${e.feed}): ${e.message}\n`);
          if (opts.json) {
            process.stdout.write(JSON.stringify({ poll, at: new Date().toISOString(), ...result }) + '\n');
          } else {
            for (const i of result.items)
              process.stdout.write(
                `${i.status} ${i.document ?? '-'} (${i.claims} claims)${i.title ? `: ${i.title}` : ''}${i.message ? ` [${i.message}]` : ''}\n`,
              );
          }
          // Exit 1 when every feed failed in the last poll.
          const failedFeeds = new Set(
            result.errors.filter((e) => e.code !== 'page_failed').map((e) => e.feed),
          );
          process.exitCode = failedFeeds.size === feeds.length ? 1 : 0;
          if (opts.polls !== undefined && poll >= opts.polls) break;
          if (stopped) break;
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, opts.every);
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          wake = null;
        }
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        await store.close();
      }
    });
}
