// Ingest: bytes to text (decode), files/folders/manifests to documents (loadInputs), and the
// markup readers (HTML, TREC). A bad input is a diagnostic, never an exception or a lost batch.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IsnadError } from '../errors.js';
import type { Diagnostic } from '../types.js';
import { decodeBytes } from './decode.js';
import { documentId, loadInputs, loadManifest } from './index.js';
import type { Loaded } from './index.js';
import { htmlToText, looksLikeHtml, looksLikeTrec, parseTrec } from './markup.js';

// ---------------------------------------------------------------------------------------------
// decodeBytes

/** The Windows-1256 bytes of the Arabic letters these tests use (from the code page's chart). */
const CP1256: Readonly<Record<string, number>> = {
  أ: 0xc3,
  ا: 0xc7,
  ة: 0xc9,
  ت: 0xca,
  ح: 0xcd,
  خ: 0xce,
  س: 0xd3,
  ش: 0xd4,
  ص: 0xd5,
  ف: 0xdd,
  ق: 0xde,
  ك: 0xdf,
  ل: 0xe1,
  م: 0xe3,
  ي: 0xed,
  ـ: 0xdc,
  ى: 0xec,
};

function cp1256(text: string): Uint8Array {
  return Uint8Array.from([...text], (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x80) return code;
    const byte = CP1256[ch];
    if (byte === undefined) throw new Error(`no Windows-1256 byte for ${ch} in the test table`);
    return byte;
  });
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const codes = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map((d) => d.code);

test('decodeBytes: empty bytes → no text, empty_input', () => {
  const d = decodeBytes(new Uint8Array(0), 'doc');
  assert.equal(d.text, null);
  assert.deepEqual(codes(d.diagnostics), ['empty_input']);
  assert.equal(d.diagnostics[0]?.document, 'doc');
});

test('decodeBytes: a binary blob with NULs → no text, binary_input', () => {
  const blob = Uint8Array.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48,
  ]);
  const d = decodeBytes(blob, 'image');
  assert.equal(d.text, null);
  assert.deepEqual(codes(d.diagnostics), ['binary_input']);
  // Text with one NUL in it is binary too.
  assert.deepEqual(codes(decodeBytes(utf8('قتل\u00005'), 'x').diagnostics), ['binary_input']);
});

test('decodeBytes: invalid UTF-8 that is not Arabic Windows-1256 → invalid_encoding', () => {
  // Latin-1 "café résumé": é is 0xE9, invalid as UTF-8, and not Arabic when read as Windows-1256.
  const latin1 = Uint8Array.from([...'caf\u00e9 r\u00e9sum\u00e9'].map((c) => c.charCodeAt(0)));
  const d = decodeBytes(latin1, 'latin');
  assert.equal(d.text, null);
  assert.deepEqual(codes(d.diagnostics), ['invalid_encoding']);
  assert.deepEqual(codes(decodeBytes(Uint8Array.from([0x80, 0x81, 0x82]), 'x').diagnostics), [
    'invalid_encoding',
  ]);
});

test('decodeBytes: Windows-1256 Arabic is read, with a diagnostic saying so', () => {
  assert.deepEqual([...cp1256('سلام')], [0xd3, 0xe1, 0xc7, 0xe3]);
  const d = decodeBytes(cp1256('سلام'), 'old');
  assert.equal(d.text, 'سلام');
  assert.deepEqual(codes(d.diagnostics), ['decoded_windows_1256']);
  const sentence = 'قتل 5 أشخاص في الحسكة\r\nفي ملتقى';
  const long = decodeBytes(cp1256(sentence), 'old');
  assert.equal(long.text, sentence, 'Arabic, digits and CRLF survive');
});

test('decodeBytes: a UTF-8 BOM is removed, CRLF and everything else kept', () => {
  const d = decodeBytes(utf8('\ufeffقال\r\nنحو 200\r\n'), 'bom');
  assert.equal(d.text, 'قال\r\nنحو 200\r\n');
  assert.deepEqual(d.diagnostics, []);
  assert.equal(decodeBytes(utf8('a\rb\nc\r\n'), 'x').text, 'a\rb\nc\r\n');
});

// Offsets count the decoded text with one leading BOM removed (CLAIMS.md): a second U+FEFF is a
// character of the text, and dropping it moves every span by one against other readers.
test('decodeBytes: only one leading BOM is removed', () => {
  const d = decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x61]), 'twice');
  assert.equal(d.text, '\ufeffa');
});

// ---------------------------------------------------------------------------------------------
// loadInputs on a temporary folder

let root = '';

before(() => {
  root = mkdtempSync(join(tmpdir(), 'isnad-ingest-'));
  const docs = join(root, 'docs');
  mkdirSync(join(docs, 'nested', 'deeper'), { recursive: true });
  writeFileSync(join(docs, 'good.txt'), 'قتل 5 مدنيين في غارة جوية.\n');
  writeFileSync(join(docs, 'empty.txt'), '');
  writeFileSync(join(docs, 'blank.txt'), '  \r\n\t\n');
  writeFileSync(
    join(docs, 'blob.txt'),
    Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]),
  );
  writeFileSync(join(docs, 'latin.txt'), Uint8Array.from([0x63, 0x61, 0x66, 0xe9]));
  writeFileSync(join(docs, 'old.txt'), cp1256('قتل 5 أشخاص'));
  writeFileSync(join(docs, 'nested', 'deeper', 'inner.txt'), '\ufeffفر 200سجين.');
  writeFileSync(
    join(docs, 'nested', 'page.html'),
    '<html><body><p>قتل 3</p><script>var x = 9;</script></body></html>',
  );
  writeFileSync(join(docs, '.hidden.txt'), 'لا يقرأ');
  writeFileSync(join(docs, 'photo.png'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00]));
  writeFileSync(
    join(docs, 'feed.trec'),
    '<DOC>\n<DOCNO>A-1</DOCNO>\n<TITLE>اول</TITLE>\n<TEXT>\nنص اول\n</TEXT>\n</DOC>\n' +
      '<DOC>\n<DOCNO>A-2</DOCNO>\n<TITLE>ثان</TITLE>\n<TEXT>\nنص ثان\n</TEXT>\n</DOC>\n',
  );
  mkdirSync(join(root, 'empty-folder'));
  const manifest = [
    JSON.stringify({
      id: 'm-path',
      path: 'docs/good.txt',
      source: 'عين الفرات',
      published: '2022-01-22',
      url: 'https://example.org/a',
    }),
    '',
    JSON.stringify({
      id: 'm-text',
      text: 'أعلنت قسد مقتل 8 من عناصرها.',
      source: 'الحل نت',
      published: '2022-01-23',
    }),
    JSON.stringify({ path: './docs/nested/deeper/inner.txt' }),
    JSON.stringify({ id: 'm-missing', path: 'docs/none.txt' }),
    JSON.stringify({ id: 'm-binary', path: 'docs/blob.txt' }),
    JSON.stringify({ text: 'نص بلا معرف' }),
    'not json',
    JSON.stringify({ id: 'm-nothing' }),
    JSON.stringify({ id: 'm-bad-date', text: 'نص', published: '22/01/2022' }),
  ].join('\r\n');
  writeFileSync(join(root, 'manifest.jsonl'), manifest + '\r\n');
});

after(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

function byId(loaded: Loaded, id: string): Loaded['documents'][number] {
  const doc = loaded.documents.find((d) => d.id === id);
  assert.ok(doc, `no document ${id} in ${loaded.documents.map((d) => d.id).join(', ')}`);
  return doc;
}

test('documentId: base name without its extension', () => {
  assert.equal(documentId('/a/b/000_61e.txt'), '000_61e');
  assert.equal(documentId('x/report'), 'report');
  assert.equal(documentId('x/a.b.html'), 'a.b');
});

test('loadInputs: a folder — bad files become diagnostics, the good ones still load', () => {
  const loaded = loadInputs([join(root, 'docs')]);
  assert.deepEqual(
    loaded.documents.map((d) => d.id).sort(),
    ['A-1', 'A-2', 'good', 'inner', 'old', 'page'].sort(),
  );
  assert.equal(byId(loaded, 'good').text, 'قتل 5 مدنيين في غارة جوية.\n');
  assert.equal(byId(loaded, 'inner').text, 'فر 200سجين.', 'nested folders are walked, the BOM dropped');
  assert.equal(byId(loaded, 'old').text, 'قتل 5 أشخاص');
  assert.equal(byId(loaded, 'page').text, 'قتل 3', 'HTML is reduced to its visible text');
  assert.equal(
    byId(loaded, 'A-2').text,
    'ثان\nنص ثان',
    'a TREC file with many articles gives one document each',
  );
  const diagnostics = loaded.diagnostics.map((d) => `${d.code}:${d.document ?? ''}`).sort();
  assert.deepEqual(diagnostics, [
    'binary_input:blob',
    'decoded_windows_1256:old',
    'empty_input:blank',
    'empty_input:empty',
    'invalid_encoding:latin',
    'skipped_files:',
  ]);
  assert.ok(loaded.diagnostics.every((d) => d.message.length > 0));
  assert.match(
    loaded.diagnostics.find((d) => d.code === 'skipped_files')!.message,
    /1 file\(s\).*photo\.png/,
  );
  // Hidden files and files of no known format are not read at all.
  assert.ok(!loaded.documents.some((d) => d.id === '.hidden' || d.id === 'photo'));
});

test('loadInputs: single files and an empty folder', () => {
  const one = loadInputs([join(root, 'docs', 'good.txt'), join(root, 'docs', 'blob.txt')]);
  assert.deepEqual(
    one.documents.map((d) => d.id),
    ['good'],
  );
  assert.deepEqual(codes(one.diagnostics), ['binary_input']);
  const none = loadInputs([join(root, 'empty-folder')]);
  assert.deepEqual(none.documents, []);
  assert.deepEqual(codes(none.diagnostics), ['empty_folder']);
});

test('loadInputs: a missing path is a diagnostic for that input; the others are read', () => {
  const dir = join(root, 'missing-case');
  mkdirSync(dir);
  writeFileSync(join(dir, 'present.txt'), 'قتل 3\n');
  const loaded = loadInputs([join(dir, 'no-such-file.txt'), join(dir, 'present.txt')]);
  assert.deepEqual(
    loaded.documents.map((d) => d.id),
    ['present'],
  );
  assert.deepEqual(codes(loaded.diagnostics), ['input_not_found']);
  assert.match(loaded.diagnostics[0]!.message, /no-such-file\.txt/);
});

test('loadInputs: - reads standard input as the document "stdin"', () => {
  const loaded = loadInputs(['-'], { stdin: () => Buffer.from('\ufeffقتل 7\r\n', 'utf8') });
  assert.deepEqual(loaded.documents, [{ id: 'stdin', text: 'قتل 7\r\n' }]);
  const blank = loadInputs(['-'], { stdin: () => Buffer.alloc(0) });
  assert.deepEqual(blank.documents, []);
  assert.deepEqual(codes(blank.diagnostics), ['empty_input']);
});

test('loadInputs: a manifest with relative paths, inline text and metadata', () => {
  const loaded = loadInputs([], { manifest: join(root, 'manifest.jsonl') });
  assert.deepEqual(byId(loaded, 'm-path'), {
    id: 'm-path',
    text: 'قتل 5 مدنيين في غارة جوية.\n',
    source: 'عين الفرات',
    published: '2022-01-22',
    url: 'https://example.org/a',
  });
  assert.deepEqual(byId(loaded, 'm-text'), {
    id: 'm-text',
    text: 'أعلنت قسد مقتل 8 من عناصرها.',
    source: 'الحل نت',
    published: '2022-01-23',
  });
  // A path without an id takes the file's base name; inline text without an id its line number.
  assert.equal(byId(loaded, 'inner').text, 'فر 200سجين.');
  assert.equal(byId(loaded, 'line-7').text, 'نص بلا معرف');
  // A date that is not YYYY-MM-DD is not carried.
  assert.equal(byId(loaded, 'm-bad-date').published, undefined);
  assert.deepEqual(
    loaded.documents.map((d) => d.id),
    ['m-path', 'm-text', 'inner', 'line-7', 'm-bad-date'],
  );
  const diagnostics = loaded.diagnostics.map((d) => `${d.code}:${d.document ?? ''}`);
  assert.deepEqual(diagnostics, [
    'unreadable_input:m-missing',
    'binary_input:m-binary',
    'manifest_line_invalid:',
    'manifest_line_invalid:',
  ]);
  assert.match(loaded.diagnostics[2]!.message, /manifest\.jsonl:8 is not JSON/);
  assert.match(loaded.diagnostics[3]!.message, /manifest\.jsonl:9 has neither "path" nor "text"/);
});

test('loadInputs: manifest documents come first, then the paths', () => {
  const loaded = loadInputs([join(root, 'docs', 'good.txt')], { manifest: join(root, 'manifest.jsonl') });
  assert.equal(loaded.documents[0]?.id, 'm-path');
  assert.equal(loaded.documents.at(-1)?.id, 'good');
});

test('loadManifest: an unreadable manifest is an I/O error', () => {
  const out: Loaded = { documents: [], diagnostics: [] };
  assert.throws(
    () => loadManifest(join(root, 'nope.jsonl'), out),
    (e: unknown) => e instanceof IsnadError && e.code === 'manifest_unreadable',
  );
});

// ---------------------------------------------------------------------------------------------
// HTML

test('htmlToText: scripts, styles and comments are dropped; blocks become lines; entities decoded', () => {
  const html =
    '<!doctype html><html><head><title>عنوان</title><style>p { color: red }</style>' +
    '<script type="text/javascript">var killed = 200;</script></head><body>' +
    '<!-- مقتل 300 --><article><p>قتل&nbsp;5 &amp; جرح 3</p><div>نحو&#160;<b>12</b> الف</div>' +
    '<noscript>فعّل جافاسكربت</noscript><p>&#1587;&#x644;&#x627;&#x645; &lt;ok&gt;</p></article></body></html>';
  assert.equal(htmlToText(html), 'عنوان\nقتل 5 & جرح 3\nنحو 12 الف\nسلام <ok>');
});

test('htmlToText: hostile markup does not throw and leaks no attribute', () => {
  assert.equal(htmlToText('<p>قبل<img src=x onerror="alert(1)">بعد</p>'), 'قبلبعد');
  assert.equal(htmlToText('<p>مفتوح <b>بلا اغلاق <i>ابدا'), 'مفتوح بلا اغلاق ابدا');
  assert.equal(htmlToText('<SCRIPT>a()</SCRIPT >نص<Style>b{}</style>'), 'نص');
  assert.equal(htmlToText('&bogus; &#0; &#99999999;'), '&bogus; &#0; &#99999999;');
  assert.equal(htmlToText(''), '');
  assert.equal(htmlToText('<p>'), '');
});

test('htmlToText: 50,000 nested divs are read without recursion', () => {
  const deep = '<div>'.repeat(50_000) + 'نص عميق' + '</div>'.repeat(50_000);
  const started = performance.now();
  assert.equal(htmlToText(deep), 'نص عميق');
  assert.ok(performance.now() - started < 2000);
});

test('htmlToText: a ">" inside a quoted attribute does not end the tag', () => {
  assert.equal(htmlToText('<p>نص <img src=x onerror="alert(\'>\')">بعد</p>'), 'نص بعد');
});

test('htmlToText: an unclosed <script> or comment hides the rest of the page, as in a browser', () => {
  assert.equal(htmlToText('<p>قبل</p><script>var n = 999;'), 'قبل');
  assert.equal(htmlToText('<p>قبل</p><!-- تعليق 999'), 'قبل');
});

test('htmlToText: a run of "<" with no ">" is stripped in linear time', () => {
  const started = performance.now();
  htmlToText('<p>' + '<'.repeat(20_000));
  const elapsed = performance.now() - started;
  assert.ok(elapsed < 50, `20k "<" took ${elapsed.toFixed(0)} ms`);
});

test('looksLikeHtml / looksLikeTrec', () => {
  assert.equal(looksLikeHtml('<!DOCTYPE html><p>x'), true);
  assert.equal(looksLikeHtml('  <html lang="ar">'), true);
  assert.equal(looksLikeHtml('نص عادي بلا وسوم'), false);
  assert.equal(looksLikeTrec('<DOC>\n<TEXT>x</TEXT></DOC>'), true);
  assert.equal(looksLikeTrec('<DOC> without text'), false);
  assert.equal(looksLikeTrec('<html><DOC><TEXT>'), false);
});

// ---------------------------------------------------------------------------------------------
// TREC (ANT corpus style: RFC-822 TIME)

const TREC = `<DOC>
<DOCNO>AL-politics-1-20180227</DOCNO>
<URL>http://example.org/ar/1.html</URL>
<SRC>alarabia</SRC>
<CAT>politics</CAT>
<TITLE>مقتل 5 في غارة</TITLE>
<TIME>Tue, 27 Feb 2018 10:03:32 +0400</TIME>
<AUTHOR>وكالات</AUTHOR>
<ABSTRACT>
ملخص لا يقرأ
</ABSTRACT>
<TEXT>
قتل 5 أشخاص في غارة جوية.
</TEXT>
</DOC>
<DOC>
<DOCNO>AL-2</DOCNO>
<TITLE></TITLE>
<TIME>not a date</TIME>
<TEXT>نص ثان</TEXT>
</DOC>`;

test('parseTrec: DOCNO, TITLE, TEXT, TIME, URL and SRC of every article', () => {
  assert.equal(looksLikeTrec(TREC), true);
  assert.deepEqual(parseTrec(TREC), [
    {
      id: 'AL-politics-1-20180227',
      title: 'مقتل 5 في غارة',
      url: 'http://example.org/ar/1.html',
      source: 'alarabia',
      published: '2018-02-27',
      text: 'مقتل 5 في غارة\nقتل 5 أشخاص في غارة جوية.',
    },
    { id: 'AL-2', title: '', url: null, source: null, published: null, text: 'نص ثان' },
  ]);
  assert.deepEqual(parseTrec('no tags at all'), []);
});

test('parseTrec: the publication date is the day in the article’s own time zone', () => {
  const [article] = parseTrec(TREC.replace('10:03:32 +0400', '02:03:32 +0400'));
  assert.equal(article?.published, '2018-02-27');
});

test('loadInputs: a TREC file with one article keeps the file id and takes SRC/TIME as metadata', () => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-trec-'));
  try {
    const one = TREC.slice(0, TREC.indexOf('</DOC>') + '</DOC>'.length);
    writeFileSync(join(dir, 'article.trec'), one);
    const loaded = loadInputs([join(dir, 'article.trec')]);
    assert.deepEqual(loaded.documents, [
      {
        id: 'article',
        text: 'مقتل 5 في غارة\nقتل 5 أشخاص في غارة جوية.',
        source: 'alarabia',
        published: '2018-02-27',
        url: 'http://example.org/ar/1.html',
      },
    ]);
    assert.deepEqual(loaded.diagnostics, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
