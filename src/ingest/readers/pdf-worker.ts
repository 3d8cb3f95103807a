// Runs PDF.js on one PDF off the main thread (see pdf.ts): the text of each page, or the reason
// there is none. Answers once on its port, then raises the shared flag the caller waits on.

import type { MessagePort } from 'node:worker_threads';
import { workerData } from 'node:worker_threads';
import type { PdfAnswer } from './pdf.js';

interface Job {
  readonly bytes: Uint8Array;
  readonly signal: SharedArrayBuffer;
  readonly port: MessagePort;
}

interface TextPiece {
  readonly str?: string;
  readonly hasEOL?: boolean;
}

const job = workerData as Job;

async function read(): Promise<PdfAnswer> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data: job.bytes,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (cause) {
    const name = (cause as { name?: string }).name ?? '';
    const message = (cause as Error).message ?? String(cause);
    if (name === 'PasswordException')
      return { ok: false, code: 'pdf_encrypted', message: 'the PDF is protected by a password' };
    return { ok: false, code: 'pdf_invalid', message: `not a readable PDF (${message})` };
  }
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    let text = '';
    for (const item of content.items as TextPiece[]) {
      if (typeof item.str === 'string') text += item.str;
      if (item.hasEOL) text += '\n';
    }
    pages.push(text);
    page.cleanup();
  }
  await doc.destroy();
  return { ok: true, pages };
}

let answer: PdfAnswer;
try {
  answer = await read();
} catch (cause) {
  answer = { ok: false, code: 'pdf_invalid', message: `not a readable PDF (${(cause as Error).message})` };
}
job.port.postMessage(answer);
const flag = new Int32Array(job.signal);
Atomics.store(flag, 0, 1);
Atomics.notify(flag, 0);
