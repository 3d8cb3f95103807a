// Feed polling into a store: each item once, known by its guid, its link or its text, across
// restarts of the watch (the store remembers), and a failing feed reported without stopping.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store } from '../../store/store.js';
import { parseInterval, pollFeeds } from './watch.js';

interface Item {
  guid?: string;
  link?: string;
  title: string;
  body: string;
  date?: string;
}

function rss(title: string, items: readonly Item[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${title}</title>\n` +
    items
      .map(
        (i) =>
          `<item><title>${i.title}</title>${i.link ? `<link>${i.link}</link>` : ''}` +
          `${i.guid ? `<guid isPermaLink="false">${i.guid}</guid>` : ''}` +
          `<pubDate>${i.date ?? 'Tue, 06 Mar 2018 10:00:00 +0300'}</pubDate>` +
          `<description><![CDATA[<p>${i.body}</p>]]></description></item>`,
      )
      .join('\n') +
    '\n</channel></rss>\n'
  );
}

const A: Item = {
  guid: 'wire-1001',
  link: 'https://news.example/a/1001',
  title: 'قصف على بلدة في الريف الشرقي',
  body: 'قال مسؤول في الدفاع المدني إن 9 أشخاص قتلوا وأصيب 14 آخرون في قصف على البلدة مساء الاثنين.',
};
const B: Item = {
  guid: 'wire-1002',
  link: 'https://news.example/a/1002',
  title: 'اعتقالات في المدينة',
  body: 'أعلنت الشرطة اعتقال 23 شخصا في حملة دهم نفذتها في أحياء المدينة خلال يومين.',
};

test('parseInterval reads 10m, 30s, 1h, 250ms and bare seconds; rejects nonsense', () => {
  assert.equal(parseInterval('10m'), 600_000);
  assert.equal(parseInterval('30s'), 30_000);
  assert.equal(parseInterval('1h'), 3_600_000);
  assert.equal(parseInterval('250ms'), 250);
  assert.equal(parseInterval('2'), 2000);
  assert.throws(() => parseInterval('soon'));
  assert.throws(() => parseInterval('10ms'));
});

test('pollFeeds: new items once; same guid, same link or same text is known, also after reopening the store', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-watch-'));
  try {
    const feed = join(dir, 'feed.rss');
    const db = join(dir, 'store.sqlite');
    writeFileSync(feed, rss('وكالة المثال', [A]));
    let store = await Store.open(db);
    const c = (await store.caseNamed('watch', true))!;
    const first = await pollFeeds(store, c.id, [feed]);
    assert.deepEqual(
      first.items.map((i) => [i.status, i.document, i.guid]),
      [['added', '1001', 'wire-1001']],
    );
    assert.ok(first.items[0]!.claims >= 1, 'the item was read into claims');
    assert.deepEqual(first.errors, []);
    // Nothing new: nothing added.
    assert.deepEqual((await pollFeeds(store, c.id, [feed])).items, []);
    await store.close();

    // A restart: the store remembers. The feed now holds A with an edited title (same guid), a
    // copy of B's text under another guid and link, B itself and one item with only a link.
    store = await Store.open(db);
    const edited = { ...A, title: `${A.title} (محدث)` };
    const C: Item = {
      link: 'https://news.example/a/1003',
      title: 'نزوح',
      body: 'نزحت 40 عائلة من القرية بعد المعارك.',
    };
    const copyOfB = { ...B, guid: 'other-77', link: 'https://other.example/x/77' };
    writeFileSync(feed, rss('وكالة المثال', [edited, B, copyOfB, C]));
    const second = await pollFeeds(store, c.id, [feed]);
    assert.deepEqual(
      second.items.map((i) => [i.status, i.document]),
      [
        ['added', '1002'],
        ['added', '1003'],
      ],
      'the edited A is known by its guid; the copy of B by its text within the poll',
    );
    // The same link under a new guid is known too.
    writeFileSync(feed, rss('وكالة المثال', [{ ...C, guid: 'new-guid', body: 'نص آخر تماما عن 12 جريحا.' }]));
    assert.deepEqual((await pollFeeds(store, c.id, [feed])).items, []);
    const summary = await store.getCase(c.id);
    assert.equal(summary.documents, 3);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('pollFeeds: a missing feed and a page that is no feed are errors of their own; the others are read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-watch-'));
  try {
    const good = join(dir, 'good.rss');
    const page = join(dir, 'page.html');
    writeFileSync(good, rss('وكالة', [B]));
    writeFileSync(page, '<html><body><p>ليست خلاصة</p></body></html>');
    const store = await Store.open(join(dir, 'store.sqlite'));
    try {
      const c = (await store.caseNamed('x', true))!;
      const r = await pollFeeds(store, c.id, [join(dir, 'missing.rss'), page, good]);
      assert.deepEqual(
        r.errors.map((e) => e.code),
        ['unreadable_input', 'not_a_feed'],
      );
      assert.deepEqual(
        r.items.map((i) => i.status),
        ['added'],
      );
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('pollFeeds: a wire carried by two outlets’ feeds is one independent source in the case', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-watch-'));
  try {
    const wire =
      'قتل 11 مدنيا وأصيب 19 آخرون في قصف صاروخي استهدف سوقا شعبيا في مدينة إدلب شمال غرب سوريا ظهر الأربعاء، ' +
      'وقال شهود إن فرق الدفاع المدني انتشلت جثثا من تحت أنقاض المحال المدمرة، فيما امتلأت المستشفيات بالجرحى.';
    const one = join(dir, 'one.rss');
    const two = join(dir, 'two.rss');
    writeFileSync(
      one,
      rss('وكالة أولى', [{ guid: 'a-1', link: 'https://one.example/a-1', title: 'قصف على سوق', body: wire }]),
    );
    writeFileSync(
      two,
      rss('صحيفة ثانية', [
        { guid: 'b-9', link: 'https://two.example/b-9', title: 'قصف على سوق', body: `${wire} (وكالة أولى)` },
      ]),
    );
    const store = await Store.open(join(dir, 'store.sqlite'));
    try {
      const c = (await store.caseNamed('wire', true))!;
      const r = await pollFeeds(store, c.id, [one, two]);
      assert.deepEqual(
        r.items.map((i) => i.status),
        ['added', 'added'],
        'two outlets, two documents',
      );
      const killed = (await store.incidents(c.id))
        .flatMap((i) => i.estimates)
        .find((e) => e.category === 'killed');
      assert.ok(killed);
      assert.equal(killed.best, 11);
      assert.equal(killed.independentSources, 1);
      assert.deepEqual([...(killed.outlets ?? [])].sort(), ['صحيفة ثانية', 'وكالة أولى'].sort());
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('pollFeeds with pages: the linked article replaces the teaser; a page that fails keeps it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-watch-'));
  const full =
    'قال مدير المستشفى إن 16 شخصا قتلوا وأصيب 27 آخرون في انفجار عبوة ناسفة قرب محطة الحافلات صباح السبت، ' +
    'وأضاف أن بين الجرحى ستة أطفال حالتهم حرجة وأن الطواقم الطبية تعمل منذ الصباح دون توقف.';
  const server = createServer((req, res) => {
    if (req.url === '/feed.rss') {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(
        rss('موقع المدينة', [
          { guid: 'p-1', link: `${base}/news/p-1`, title: 'انفجار قرب المحطة', body: 'تفاصيل بعد قليل' },
          {
            guid: 'p-2',
            link: `${base}/news/p-2`,
            title: 'خبر آخر',
            body: 'أفرج عن 4 معتقلين بكفالة مالية.',
          },
        ]),
      );
    } else if (req.url === '/news/p-1') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<html><head><meta property="og:site_name" content="موقع المدينة"></head><body>` +
          `<nav><a href="/">الرئيسية</a> <a href="/x">أخبار</a></nav>` +
          `<article><h1>انفجار قرب المحطة</h1><p>${full}</p></article>` +
          `<ul><li><a href="/n/9">مقتل 50 في حادث آخر</a></li></ul></body></html>`,
      );
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const store = await Store.open(join(dir, 'store.sqlite'));
  try {
    const c = (await store.caseNamed('pages', true))!;
    const r = await pollFeeds(store, c.id, [`${base}/feed.rss`], { allowPrivate: true }, { pages: true });
    assert.deepEqual(
      r.items.map((i) => [i.document, i.status]),
      [
        ['p-1', 'added'],
        ['p-2', 'added'],
      ],
    );
    assert.deepEqual(
      r.errors.map((e) => e.code),
      ['page_failed'],
    );
    const texts = await store.db
      .selectFrom('documents')
      .select(['key', 'text'])
      .orderBy('position')
      .execute();
    assert.ok(texts[0]!.text.includes(full), texts[0]!.text);
    assert.ok(!texts[0]!.text.includes('مقتل 50') && !texts[0]!.text.includes('الرئيسية'));
    assert.ok(texts[1]!.text.includes('أفرج عن 4 معتقلين'), 'the teaser is kept when the page fails');
    // The next poll knows both items by their feed guid and link.
    assert.deepEqual(
      (await pollFeeds(store, c.id, [`${base}/feed.rss`], { allowPrivate: true }, { pages: true })).items,
      [],
    );
  } finally {
    await store.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
