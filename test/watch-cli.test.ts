// `isnad watch` end to end through the built CLI: a feed served on 127.0.0.1 gains an item between
// polls; the watch ingests each item once, keeps polling, stops cleanly on SIGTERM, and a restart
// ingests nothing it has seen.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Store } from '../src/store/store.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli', 'main.js');

const ITEMS = [
  {
    guid: 'g-1',
    title: 'غارات على ريف المدينة',
    body: 'قال مسعفون إن 7 مدنيين قتلوا في غارات جوية على ريف المدينة صباح اليوم.',
  },
  {
    guid: 'g-2',
    title: 'إفراج عن محتجزين',
    body: 'أفرجت السلطات عن 35 محتجزا بعد وساطة قادها وجهاء المنطقة.',
  },
];

function feed(n: number): string {
  const items = ITEMS.slice(0, n)
    .map(
      (i) =>
        `<item><title>${i.title}</title><link>http://feeds.example/news/${i.guid}</link>` +
        `<guid>${i.guid}</guid><pubDate>Wed, 07 Mar 2018 09:00:00 GMT</pubDate>` +
        `<description>${i.body}</description></item>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>موقع المثال</title>${items}</channel></rss>`;
}

function runCli(args: readonly string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

let scratch = '';
before(() => {
  if (!existsSync(cli)) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
  }
  scratch = mkdtempSync(join(tmpdir(), 'isnad-watch-cli-'));
});
after(() => rmSync(scratch, { recursive: true, force: true }));

test('isnad watch: a served feed that gains an item between polls; once each, across a restart', async () => {
  let requests = 0;
  const server = createServer((_req, res) => {
    requests++;
    // The first poll sees one item; every later poll sees two.
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
    res.end(feed(requests === 1 ? 1 : 2));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.rss`;
  const db = join(scratch, 'store.sqlite');
  try {
    const child = spawn(
      process.execPath,
      [cli, 'watch', url, '--every', '200ms', '--case', 'feeds', '--db', db],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Wait until the second item is in and a few more polls ran.
    const deadline = Date.now() + 20_000;
    while (!(stdout.includes('g-2') && requests >= 5) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGTERM');
    assert.equal(await exited, 0, stderr);
    const lines = stdout.trim().split('\n');
    assert.deepEqual(
      lines.map((l) => l.split(' ').slice(0, 2).join(' ')),
      ['added g-1', 'added g-2'],
      `each item once over ${requests} polls:\n${stdout}`,
    );
    assert.ok(requests >= 5, 'it kept polling');

    // A restart: one poll, nothing new.
    // (spawned, not spawnSync: the server answers from this process's event loop)
    const again = await runCli([
      'watch',
      url,
      '--every',
      '200ms',
      '--polls',
      '2',
      '--case',
      'feeds',
      '--db',
      db,
      '--json',
    ]);
    assert.equal(again.status, 0, again.stderr);
    const polls = again.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { poll: number; items: unknown[] });
    assert.deepEqual(
      polls.map((p) => [p.poll, p.items.length]),
      [
        [1, 0],
        [2, 0],
      ],
    );
    const store = await Store.open(db);
    try {
      const c = (await store.caseNamed('feeds', false))!;
      assert.equal((await store.getCase(c.id)).documents, 2);
      assert.ok((await store.getCase(c.id)).claims >= 2);
    } finally {
      await store.close();
    }
  } finally {
    server.close();
  }
});

test('isnad watch: an unreachable feed is reported each poll and the exit code says so', () => {
  const run = spawnSync(
    process.execPath,
    [
      cli,
      'watch',
      'http://127.0.0.1:1/feed.rss',
      '--every',
      '100ms',
      '--polls',
      '2',
      '--case',
      'x',
      '--db',
      join(scratch, 'x.sqlite'),
    ],
    { cwd: root, encoding: 'utf8' },
  );
  assert.equal(run.status, 1);
  assert.equal(run.stderr.match(/url_failed/g)?.length, 2, run.stderr);
});
