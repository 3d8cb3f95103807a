// Minimal valid PDFs for tests, written byte by byte: one page per entry, one line per string.
// Latin text uses Helvetica; Arabic text is written in a CID font (Identity-H) whose ToUnicode
// map gives each two-byte code its letter (a text layer as PDF makers write it for subset fonts),
// drawn in visual order.

export interface PdfOptions {
  /** Adds an /Encrypt dictionary whose user password is not empty: a reader needs a password. */
  readonly encrypted?: boolean;
}

const hex = (n: number, width: number): string => n.toString(16).toUpperCase().padStart(width, '0');

export function makePdf(pages: readonly (readonly string[])[], options: PdfOptions = {}): Uint8Array {
  // Every non-ASCII character used gets a one-byte code from 0x80 on.
  const codes = new Map<string, number>();
  for (const page of pages)
    for (const line of page)
      for (const ch of line) if (ch.charCodeAt(0) > 0x7e && !codes.has(ch)) codes.set(ch, 0x80 + codes.size);
  if (codes.size > 120) throw new Error('too many distinct letters for a one-byte test font');
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const cmap =
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n' +
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n' +
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n' +
    '1 begincodespacerange <0000> <FFFF> endcodespacerange\n' +
    `${95 + codes.size} beginbfchar\n` +
    Array.from({ length: 95 }, (_, k) => `<${hex(0x20 + k, 4)}> <${hex(0x20 + k, 4)}>`).join('\n') +
    '\n' +
    [...codes].map(([ch, code]) => `<${hex(code, 4)}> <${hex(ch.charCodeAt(0), 4)}>`).join('\n') +
    '\nendbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end';
  const toUnicode = add(`<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`);
  const descriptor = add(
    '<< /Type /FontDescriptor /FontName /TestArabic /Flags 4 /FontBBox [0 -200 1000 800] ' +
      '/ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>',
  );
  const cidFont = add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TestArabic /FontDescriptor ${descriptor} 0 R ` +
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 /CIDToGIDMap /Identity >>',
  );
  const arabicFont = add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /TestArabic /Encoding /Identity-H ` +
      `/DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUnicode} 0 R >>`,
  );
  const kids: number[] = [];
  for (const page of pages) {
    const lines = page.map((line, k) => {
      const y = 760 - k * 18;
      const ascii = [...line].every((ch) => ch.charCodeAt(0) <= 0x7e);
      // Glyphs are drawn in visual order, as PDF makers draw right-to-left text: the line reversed,
      // digit runs kept left to right.
      const visual = ascii ? line : (line.match(/\d+|\D/gu) ?? []).reverse().join('');
      const bytes = [...visual].map((ch) => codes.get(ch) ?? ch.charCodeAt(0));
      const str = ascii
        ? `(${line.replace(/[\\()]/g, (c) => `\\${c}`)})`
        : `<${bytes.map((b) => hex(b, 4)).join('')}>`;
      return `BT /${ascii ? 'F1' : 'F2'} 11 Tf 50 ${y} Td ${str} Tj ET`;
    });
    const content = lines.join('\n');
    const stream = add(
      `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    );
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Contents ${stream} 0 R ` +
          `/Resources << /Font << /F1 ${font} 0 R /F2 ${arabicFont} 0 R >> >> >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let encrypt = '';
  if (options.encrypted) {
    const o = '<' + 'A1'.repeat(32) + '>';
    const u = '<' + '5C'.repeat(32) + '>';
    const e = add(`<< /Filter /Standard /V 1 /R 2 /Length 40 /O ${o} /U ${u} /P -44 >>`);
    encrypt = ` /Encrypt ${e} 0 R /ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>]`;
  }
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, k) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${k + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
