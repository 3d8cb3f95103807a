// The format readers, on real-shaped inputs made here: encodings, feeds, JSON dumps, archives
// (tar, tar.gz, zip) and Word documents built byte by byte, a news page with scripts and metadata.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync, gzipSync } from 'node:zlib';
import { decodeBytes } from '../decode.js';
import { loadInputs } from '../index.js';
import { readTar, readZip } from './archive.js';
import { docxText } from './docx.js';
import { parseFeed } from './feed.js';
import { pageMeta } from './html.js';
import { readDump } from './json.js';
import { ANT_TARBALL } from '../../testing/corpus.js';

let root = '';
before(() => {
  root = mkdtempSync(join(tmpdir(), 'isnad-readers-'));
});
after(() => rmSync(root, { recursive: true, force: true }));

const ARABIC = 'قتل 12 مدنياً في قصف على البلدة، بحسب المرصد.';

// ---------------------------------------------------------------------------------------------
// Encodings

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const units = [...(bom ? '\ufeff' : ''), ...text].flatMap((ch) => {
    const c = ch.charCodeAt(0);
    return order === 'le' ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff];
  });
  return Uint8Array.from(units);
}

/** ISO-8859-6: Arabic letters at U+0621–U+063A → 0xC1–0xDA, U+0640–U+0652 → 0xE0–0xF2; ، at 0xAC. */
function iso88596(text: string): Uint8Array {
  return Uint8Array.from([...text], (ch) => {
    const c = ch.charCodeAt(0);
    if (c < 0x80) return c;
    if (c === 0x060c) return 0xac;
    if (c >= 0x0621 && c <= 0x063a) return c - 0x0621 + 0xc1;
    if (c >= 0x0640 && c <= 0x0652) return c - 0x0640 + 0xe0;
    throw new Error(`no ISO-8859-6 byte for ${ch}`);
  });
}

test('decodeBytes: UTF-16 LE and BE, with and without a byte order mark', () => {
  for (const order of ['le', 'be'] as const)
    for (const bom of [true, false]) {
      const d = decodeBytes(utf16(ARABIC, order, bom), 'x');
      assert.equal(d.text, ARABIC, `${order} bom=${bom}`);
      assert.deepEqual(
        d.diagnostics.map((x) => x.code),
        ['decoded_utf_16'],
      );
    }
});

test('decodeBytes: ISO-8859-6 recognised (not read as Windows-1256), and named encodings', () => {
  const text = 'قتل 12 شخصا في القصف، وأصيب آخرون';
  const d = decodeBytes(iso88596(text), 'x');
  assert.equal(d.text, text);
  assert.deepEqual(
    d.diagnostics.map((x) => x.code),
    ['decoded_iso_8859_6'],
  );
  assert.equal(decodeBytes(iso88596(text), 'x', 'iso-8859-6').text, text);
  assert.equal(decodeBytes(utf16(text, 'be', false), 'x', 'utf-16be').text, text);
  const wrong = decodeBytes(Uint8Array.from([0xa1, 0xa2]), 'x', 'iso-8859-6');
  assert.equal(wrong.text, null);
  assert.deepEqual(
    wrong.diagnostics.map((x) => x.code),
    ['invalid_encoding'],
  );
});

// ---------------------------------------------------------------------------------------------
// Feeds

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>وكالة الأنباء</title><link>https://news.example/</link>
<item><title>غارة على البلدة</title><link>https://news.example/a/1</link><guid>n-1</guid>
<pubDate>Tue, 27 Feb 2018 02:03:32 +0400</pubDate>
<description><![CDATA[<p>قتل 5 مدنيين في غارة جوية.</p><script>x()</script>]]></description></item>
<item><title>اشتباكات</title><link>https://news.example/a/2</link><guid>n-2</guid>
<pubDate>Wed, 28 Feb 2018 10:00:00 +0000</pubDate>
<description>&lt;p&gt;أصيب 7 أشخاص في اشتباكات.&lt;/p&gt;</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Outlet</title>
<entry><title>عاجل</title><id>tag:x,2018:1</id><link rel="alternate" href="https://o.example/1"/>
<published>2018-03-01T08:00:00Z</published><content type="html">&lt;p&gt;قتل 3 جنود.&lt;/p&gt;</content></entry>
</feed>`;

test('parseFeed: RSS items each with their own title, link, guid, date and text', () => {
  const feed = parseFeed(RSS);
  assert.equal(feed.title, 'وكالة الأنباء');
  assert.deepEqual(
    feed.items.map((i) => [i.guid, i.link, i.published, i.text]),
    [
      ['n-1', 'https://news.example/a/1', '2018-02-27', 'غارة على البلدة\nقتل 5 مدنيين في غارة جوية.'],
      ['n-2', 'https://news.example/a/2', '2018-02-28', 'اشتباكات\nأصيب 7 أشخاص في اشتباكات.'],
    ],
  );
});

test('parseFeed: Atom entries', () => {
  const feed = parseFeed(ATOM);
  assert.deepEqual(
    feed.items.map((i) => [i.guid, i.link, i.published, i.text]),
    [['tag:x,2018:1', 'https://o.example/1', '2018-03-01', 'عاجل\nقتل 3 جنود.']],
  );
});

test('loadInputs: an .rss file is one document per item, with dates, links and the channel as source', () => {
  const path = join(root, 'wire.rss');
  writeFileSync(path, RSS);
  const loaded = loadInputs([path]);
  assert.deepEqual(
    loaded.documents.map((d) => [d.id, d.published, d.url, d.source]),
    [
      ['wire-1-1', '2018-02-27', 'https://news.example/a/1', 'وكالة الأنباء'],
      ['wire-2-2', '2018-02-28', 'https://news.example/a/2', 'وكالة الأنباء'],
    ],
  );
});

// ---------------------------------------------------------------------------------------------
// JSON dumps

test('readDump: a JSON array and NDJSON with text|content|body, date|published, url, source', () => {
  const json = readDump(
    JSON.stringify([
      { title: 'عنوان', text: 'قتل 4', url: 'https://a/1', date: '2018-05-02T10:00:00Z', source: 'A' },
      { content: '<p>أصيب 9</p>', published: 'Wed, 02 May 2018 10:00:00 GMT' },
      { headline: 'no body' },
    ]),
    'dump',
    false,
  );
  assert.deepEqual(json.documents, [
    { id: 'dump-1', text: 'عنوان\nقتل 4', source: 'A', published: '2018-05-02', url: 'https://a/1' },
    { id: 'dump-2', text: 'أصيب 9', published: '2018-05-02' },
  ]);
  assert.deepEqual(
    json.diagnostics.map((d) => [d.code, d.document]),
    [['json_item_invalid', 'dump-3']],
  );
  const lines = readDump('{"id":"a","body":"قتل 2"}\nnot json\n\n{"id":7,"text":"قتل 1"}\n', 'n', true);
  assert.deepEqual(
    lines.documents.map((d) => [d.id, d.text]),
    [
      ['a', 'قتل 2'],
      ['7', 'قتل 1'],
    ],
  );
  assert.deepEqual(
    lines.diagnostics.map((d) => d.message),
    ['line 2 is not JSON'],
  );
  assert.equal(readDump('{"articles":[{"text":"قتل 1"}]}', 'w', false).documents.length, 1);
});

// ---------------------------------------------------------------------------------------------
// Archives and Word documents, built byte by byte

function tarEntry(name: string, body: Uint8Array, type = '0'): Uint8Array {
  const header = new Uint8Array(512);
  const put = (s: string, at: number): void => header.set(new TextEncoder().encode(s), at);
  put(name.slice(0, 100), 0);
  put('0000644\0', 100);
  put('0000000\0', 108);
  put('0000000\0', 116);
  put(body.length.toString(8).padStart(11, '0') + '\0', 124);
  put('00000000000\0', 136);
  put(type, 156);
  put('ustar\0' + '00', 257);
  put('        ', 148);
  const sum = header.reduce((a, b) => a + b, 0);
  put(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  const padded = new Uint8Array(Math.ceil(body.length / 512) * 512);
  padded.set(body);
  return Buffer.concat([header, padded]);
}

function tar(entries: readonly (readonly [string, string | Uint8Array])[]): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const [name, body] of entries) {
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
    if (name.length > 100) parts.push(tarEntry('././@LongLink', new TextEncoder().encode(name + '\0'), 'L'));
    parts.push(tarEntry(name, bytes));
  }
  parts.push(new Uint8Array(1024));
  return Buffer.concat(parts);
}

function zip(entries: readonly (readonly [string, string])[]): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const nameBytes = Buffer.from(name);
    const raw = Buffer.from(text);
    const data = deflateRawSync(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(raw.length, 24);
    dir.writeUInt16LE(nameBytes.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    central.push(dir, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dirBytes, end]);
}

const trec = (id: string, body: string): string =>
  `<DOC>\n<DOCNO>${id}</DOCNO>\n<SRC>BBC</SRC>\n<TIME>Tue, 27 Feb 2018 02:03:32 +0400</TIME>\n<TITLE>عنوان</TITLE>\n<TEXT>\n${body}\n</TEXT>\n</DOC>\n`;

test('readTar / readZip: regular files in order, long names, gzip; damage is an error', () => {
  const long = `corpus/${'x'.repeat(120)}/A-1.txt`;
  const plain = tar([
    ['corpus/A-0.txt', 'a'],
    [long, 'b'],
  ]);
  assert.deepEqual(
    [...readTar(plain)].map((e) => [e.name, Buffer.from(e.bytes).toString()]),
    [
      ['corpus/A-0.txt', 'a'],
      [long, 'b'],
    ],
  );
  assert.equal([...readTar(gzipSync(plain))].length, 2);
  assert.throws(() => [...readTar(plain.subarray(0, 700))], /truncated/);
  assert.deepEqual(
    [...readZip(zip([['d/one.txt', 'قتل 1']]))].map((e) => [e.name, Buffer.from(e.bytes).toString()]),
    [['d/one.txt', 'قتل 1']],
  );
  assert.throws(() => [...readZip(Buffer.from('not a zip at all, not at all'))], /not a zip/);
});

test('loadInputs: a .tar.gz and a .zip of TREC files, read without unpacking', () => {
  const tgz = join(root, 'ant-mini.tar.gz');
  writeFileSync(
    tgz,
    gzipSync(
      tar([
        ['ant/BBC/sport/BBC_1.txt', trec('BBC_1', 'قتل 5 مدنيين.')],
        ['ant/BBC/sport/BBC_2.txt', trec('BBC_2', 'أصيب 8.') + trec('BBC_3', 'قتل 2.')],
        ['ant/README.pdf', 'x'],
      ]),
    ),
  );
  const z = join(root, 'more.zip');
  writeFileSync(z, zip([['x/CNN_9.txt', trec('CNN_9', 'قتل 1.')]]));
  const loaded = loadInputs([tgz, z]);
  assert.deepEqual(
    loaded.documents.map((d) => [d.id, d.source, d.published]),
    [
      ['BBC_1', 'BBC', '2018-02-27'],
      ['BBC_2', 'BBC', '2018-02-27'],
      ['BBC_3', 'BBC', '2018-02-27'],
      ['CNN_9', 'BBC', '2018-02-27'],
    ],
  );
  assert.deepEqual(
    loaded.diagnostics.map((d) => d.code),
    ['pdf_invalid'],
  );
  writeFileSync(join(root, 'broken.tar.gz'), Buffer.from([0x1f, 0x8b, 1, 2, 3]));
  const broken = loadInputs([join(root, 'broken.tar.gz')]);
  assert.deepEqual(
    broken.diagnostics.map((d) => d.code),
    ['archive_invalid'],
  );
});

const DOCX_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:pPr><w:bidi/></w:pPr><w:r><w:t>تقرير</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">قتل 14 </w:t></w:r><w:r><w:t>مدنياً &amp; أصيب 20</w:t></w:r></w:p>
<w:p/><w:p><w:r><w:t>أ</w:t><w:tab/><w:t>ب</w:t></w:r></w:p>
</w:body></w:document>`;

test('docxText and loadInputs: a Word document made here, one paragraph per line', () => {
  const bytes = zip([
    ['[Content_Types].xml', '<Types/>'],
    ['word/document.xml', DOCX_XML],
  ]);
  assert.equal(docxText(bytes), 'تقرير\nقتل 14 مدنياً & أصيب 20\n\nأ\tب');
  const path = join(root, 'report.docx');
  writeFileSync(path, bytes);
  assert.deepEqual(loadInputs([path]).documents, [
    { id: 'report', text: 'تقرير\nقتل 14 مدنياً & أصيب 20\n\nأ\tب' },
  ]);
  assert.throws(() => docxText(zip([['a.txt', 'x']])), /not a Word document/);
});

// ---------------------------------------------------------------------------------------------
// News pages

const PAGE = `<!doctype html><html lang="ar"><head>
<meta charset="utf-8"><title>غارة | الموقع</title>
<meta property="og:site_name" content="الموقع الإخباري">
<meta content="2019-04-02T09:15:00+03:00" property="article:published_time">
<link rel="canonical" href="https://site.example/news/123">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},
{"@type":"NewsArticle","headline":"غارة","datePublished":"2019-04-01T09:00:00Z","author":[{"@type":"Person","name":"مراسل"}],
"publisher":{"@type":"Organization","name":"ناشر"}}]}</script>
<script>var a = "<p>ليس نصاً</p>";</script></head>
<body><!-- تعليق --><nav><a href="/">الرئيسية</a></nav>
<article><h1>غارة</h1><time datetime="2019-03-30">أمس</time><p>قتل 6 مدنيين في غارة.</p></article>
</body></html>`;

test('pageMeta: published time, outlet, canonical URL, author, title', () => {
  assert.deepEqual(pageMeta(PAGE), {
    published: '2019-04-02',
    source: 'الموقع الإخباري',
    url: 'https://site.example/news/123',
    author: 'مراسل',
    title: 'غارة',
  });
  const ldOnly = pageMeta(PAGE.replace(/<meta[^>]*(og:site_name|published_time)[^>]*>/g, ''));
  assert.equal(ldOnly.published, '2019-04-01');
  assert.equal(ldOnly.source, 'ناشر');
  assert.equal(
    pageMeta('<html><body><time datetime="2020-01-02T00:00">x</time></body></html>').published,
    '2020-01-02',
  );
});

test('loadInputs: a saved page gets its metadata; scripts and comments stay out of the text', () => {
  const path = join(root, 'page.html');
  writeFileSync(path, PAGE);
  const [doc] = loadInputs([path]).documents;
  assert.equal(doc?.source, 'الموقع الإخباري');
  assert.equal(doc?.published, '2019-04-02');
  assert.equal(doc?.url, 'https://site.example/news/123');
  assert.match(doc!.text, /قتل 6 مدنيين في غارة\./);
  assert.doesNotMatch(doc!.text, /ليس نصاً|تعليق|NewsArticle/);
});

// ---------------------------------------------------------------------------------------------
// Batches with bad inputs

test('loadInputs: unknown formats and PDFs are diagnostics for that input; a folder notes skipped files', () => {
  const dir = join(root, 'mixed');
  mkdirSync(dir);
  writeFileSync(join(dir, 'a.txt'), 'قتل 2');
  writeFileSync(join(dir, 'b.ndjson'), '{"text":"أصيب 3"}\n');
  writeFileSync(join(dir, 'c.png'), Uint8Array.from([0x89, 0x50]));
  writeFileSync(join(dir, 'd.utf16.txt'), utf16('قتل 4', 'le', true));
  const loaded = loadInputs([dir, join(dir, 'c.png')]);
  assert.deepEqual(
    loaded.documents.map((d) => [d.id, d.text]),
    [
      ['a', 'قتل 2'],
      ['b-1', 'أصيب 3'],
      ['d.utf16', 'قتل 4'],
    ],
  );
  assert.deepEqual(
    loaded.diagnostics.map((d) => d.code),
    ['skipped_files', 'decoded_utf_16', 'unknown_format'],
  );
});

const ANT = ANT_TARBALL;
test('loadInputs: the ANT tarball read straight from its .tar.gz', { skip: !existsSync(ANT) }, () => {
  const loaded = loadInputs([ANT]);
  assert.ok(loaded.documents.length > 31_000, `${loaded.documents.length} documents`);
  assert.deepEqual(
    loaded.diagnostics.filter((d) => d.code !== 'skipped_files' && d.code !== 'unsupported_format'),
    [],
  );
  const articles = loaded.documents.filter((d) => d.id !== 'README'); // the archive's own README
  assert.equal(articles.length, 31_525);
  assert.equal(new Set(articles.map((d) => d.id)).size, articles.length);
  assert.ok(articles.every((d) => d.source && d.published));
});
