// PDF reports: the text layer page by page (Latin, digits and Arabic drawn right to left), each
// page's place in the text kept, claims' spans inside it and on the right page; a protected, a
// damaged and a textless PDF are errors of that document only.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeMany } from '../../index.js';
import { makePdf } from '../../testing/pdf.js';
import { FAILED_INPUT, loadInputs } from '../index.js';
import { joinPages, pageAt, PdfError, pdfText } from './pdf.js';

let root = '';
before(() => {
  root = mkdtempSync(join(tmpdir(), 'isnad-pdf-'));
});
after(() => rmSync(root, { recursive: true, force: true }));

const REPORT = [
  ['Situation report No. 14', 'Period covered: 1-7 March 2018'],
  ['الوضع الإنساني في المحافظة', 'قتل 17 مدنيا بينهم 5 أطفال في قصف على السوق.', 'Page 2 of 3'],
  [],
  ['وأفاد المكتب بنزوح 340 عائلة من القرى المجاورة خلال الأسبوع.'],
];

test('joinPages and pageAt: pages joined by a blank line, blank pages keep their number', () => {
  const joined = joinPages(['one\n', '', 'three']);
  assert.equal(joined.text, 'one\n\nthree');
  assert.deepEqual(joined.pages, [
    { page: 1, start: 0, end: 3 },
    { page: 2, start: 3, end: 3 },
    { page: 3, start: 5, end: 10 },
  ]);
  assert.equal(pageAt(joined.pages, 1), 1);
  assert.equal(pageAt(joined.pages, 6), 3);
  assert.equal(pageAt(joined.pages, 4), 1, 'between pages: the page before');
});

test('pdfText: Latin, digits and Arabic text of every page, in reading order', () => {
  const pdf = pdfText(makePdf(REPORT));
  assert.equal(
    pdf.text,
    'Situation report No. 14\nPeriod covered: 1-7 March 2018\n\n' +
      'الوضع الإنساني في المحافظة\nقتل 17 مدنيا بينهم 5 أطفال في قصف على السوق.\nPage 2 of 3\n\n' +
      'وأفاد المكتب بنزوح 340 عائلة من القرى المجاورة خلال الأسبوع.',
  );
  assert.deepEqual(
    pdf.pages.map((p) => p.page),
    [1, 2, 3, 4],
  );
  for (const p of pdf.pages) {
    const page = REPORT[p.page - 1]!;
    assert.equal(pdf.text.slice(p.start, p.end), page.join('\n'), `page ${p.page}`);
  }
});

test('a PDF read as input: claims whose spans point into its text, on their page', () => {
  const file = join(root, 'sitrep-14.pdf');
  writeFileSync(file, makePdf(REPORT));
  const loaded = loadInputs([file]);
  assert.deepEqual(loaded.diagnostics, []);
  const doc = loaded.documents[0]!;
  assert.equal(doc.id, 'sitrep-14');
  const result = analyzeMany(loaded.documents);
  const pages = result.documents[0]!.pages!;
  assert.equal(pages.length, 4);
  const found = result.claims.map((c) => {
    assert.equal(doc.text.slice(c.start, c.end), c.text, 'the span is the claim text');
    return [c.quantity.point, c.category, pageAt(pages, c.start)];
  });
  assert.deepEqual(
    found.filter(([, category]) => category !== 'other'),
    [
      [17, 'killed', 2],
      [5, 'killed', 2],
      [340, 'displaced', 4],
    ],
  );
});

test('a protected, a damaged, a textless and a fake PDF: one clear error each, the batch goes on', () => {
  const files = {
    locked: makePdf([['secret 12']], { encrypted: true }),
    damaged: Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog'), Buffer.alloc(64, 0x20)]),
    scan: makePdf([[], []]),
    fake: Buffer.from('this is not a PDF'),
    good: makePdf([['قتل 3 أشخاص في انفجار.']]),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(root, `${name}.pdf`), bytes);
  const loaded = loadInputs(Object.keys(files).map((n) => join(root, `${n}.pdf`)));
  assert.deepEqual(
    loaded.diagnostics.map((d) => [d.document, d.code]),
    [
      ['locked', 'pdf_encrypted'],
      ['damaged', 'pdf_invalid'],
      ['scan', 'pdf_no_text'],
      ['fake', 'pdf_invalid'],
    ],
  );
  assert.ok(loaded.diagnostics.every((d) => FAILED_INPUT.has(d.code) && d.message.length > 10));
  assert.deepEqual(
    loaded.documents.map((d) => [d.id, d.text]),
    [['good', 'قتل 3 أشخاص في انفجار.']],
  );
  assert.throws(
    () => pdfText(files.locked),
    (e: unknown) => e instanceof PdfError && e.code === 'pdf_encrypted',
  );
});
