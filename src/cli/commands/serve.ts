// `isnad serve`: the JSON API and the web UI over one store, on the loopback interface unless
// told otherwise. Writes need --token (or ISNAD_TOKEN) when one is given.

import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { Command } from 'commander';
import { IsnadError } from '../../errors.js';
import { createApp } from '../../server/app.js';
import { defaultDbPath } from '../../store/db.js';
import { Store } from '../../store/store.js';

interface Opts {
  port: string;
  host: string;
  db?: string;
  token?: string;
  allowPrivate?: boolean;
  allowAddress?: string[];
  maxBody: string;
  web?: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** The built web UI beside the package (web/dist), from src/ and from dist/ alike. */
export function defaultWebRoot(): string {
  return fileURLToPath(new URL('../../../web/dist', import.meta.url));
}

export function serveCommand(): Command {
  return new Command('serve')
    .description('serve the JSON API (and the web UI) over a store, on 127.0.0.1 by default')
    .option('-p, --port <port>', 'port (0 picks a free one)', '8080')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--db <file|url>', `SQLite store or postgres://… (default ${defaultDbPath()})`)
    .option('--token <token>', 'bearer token every write must carry (or ISNAD_TOKEN)')
    .option('--allow-private', 'let POST …/documents {url} fetch loopback and private addresses')
    .option(
      '--allow-address <ip>',
      'let POST …/documents {url} fetch this one internal address (repeatable)',
      (v: string, prev: string[] = []) => [...prev, v],
    )
    .option('--max-body <megabytes>', 'largest request body', '10')
    .option('--web <dir>', 'folder of the built web UI (default: web/dist of the package)')
    .action(async (opts: Opts) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new IsnadError('usage', `bad port ${opts.port}`);
      const maxBody = Number(opts.maxBody);
      if (!(maxBody > 0)) throw new IsnadError('usage', `bad --max-body ${opts.maxBody}`);
      const token = opts.token ?? process.env.ISNAD_TOKEN;
      if (!LOOPBACK.has(opts.host) && !token) {
        process.stderr.write(
          `isnad: warning: listening on ${opts.host} without --token: anyone who reaches it can write\n`,
        );
      }
      const location = opts.db ?? defaultDbPath();
      // Requests never wait for a case to be linked whole: that runs in a background thread
      // (an in-memory store has no second connection: it links inline).
      const store = await Store.open(location, {
        linking: location === ':memory:' ? 'inline' : 'background',
      });
      const app = createApp({
        store,
        ...(token ? { token } : {}),
        maxBody: Math.round(maxBody * 1024 * 1024),
        webRoot: opts.web ?? defaultWebRoot(),
        fetch: { allowPrivate: opts.allowPrivate === true, allowAddresses: opts.allowAddress ?? [] },
      });
      const server = serve({ fetch: app.fetch, port, hostname: opts.host }, (info) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        process.stdout.write(`isnad serving http://${host}:${info.port} (store: ${store.location})\n`);
      });
      server.on('error', (e: Error) => {
        process.stderr.write(`isnad: cannot listen on ${opts.host}:${port}: ${e.message}\n`);
        process.exit(2);
      });
      const stop = (): void => {
        server.close(() => {
          void store.close().then(() => process.exit(0));
        });
        setTimeout(() => process.exit(0), 3000).unref();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
}
