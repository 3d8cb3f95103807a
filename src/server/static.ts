// The built web UI (web/dist) served by `isnad serve`, with the index page for the UI's own routes;
// a plain page when the UI has not been built.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticFile {
  readonly body: Buffer;
  readonly type: string;
  readonly immutable: boolean;
}

/** A file of the built UI for a request path, the index page for a UI route, or null. */
export function staticFile(root: string, path: string): StaticFile | null {
  if (!existsSync(join(root, 'index.html'))) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  const full = normalize(join(root, decoded));
  if (full !== root && !full.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  if (existsSync(full) && statSync(full).isFile()) {
    return {
      body: readFileSync(full),
      type: TYPES[extname(full).toLowerCase()] ?? 'application/octet-stream',
      immutable: decoded.startsWith('/assets/'),
    };
  }
  // A path with an extension is a missing asset; anything else is a route of the UI.
  if (extname(decoded) !== '') return null;
  return { body: readFileSync(join(root, 'index.html')), type: TYPES['.html']!, immutable: false };
}

export function fallbackPage(version: string): string {
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><title>isnad</title>
<style>body{font-family:sans-serif;max-width:40rem;margin:3rem auto;line-height:1.6}code{background:#eee;padding:0 .2em}</style>
</head>
<body>
<h1>إسناد · isnad ${version}</h1>
<p>The web interface has not been built (no <code>web/dist</code>). The JSON API is running:</p>
<ul>
<li><a href="/openapi.json">/openapi.json</a> — the API description</li>
<li><a href="/api/cases">/api/cases</a> — the cases in this store</li>
</ul>
</body>
</html>
`;
}
