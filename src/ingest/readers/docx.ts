// DOCX: the text of word/document.xml, one paragraph per line (tabs and line breaks kept).

import { readZip } from './archive.js';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
  });
}

/** The body text of a .docx file; throws an Error when it is not one. */
export function docxText(bytes: Uint8Array): string {
  let xml: string | null = null;
  for (const entry of readZip(bytes)) {
    if (entry.name === 'word/document.xml') xml = new TextDecoder().decode(entry.bytes);
  }
  if (xml === null) throw new Error('not a Word document (no word/document.xml)');
  const paragraphs: string[] = [];
  for (const p of xml.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    let line = '';
    for (const run of p[0].matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
      if (run[1] !== undefined) line += unescapeXml(run[1]);
      else line += run[0] === '<w:tab/>' ? '\t' : '\n';
    }
    paragraphs.push(line);
  }
  return paragraphs.join('\n').trim();
}
