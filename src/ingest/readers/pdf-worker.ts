// Runs PDF.js off the main thread (see pdf.ts), one PDF after another as they come on its port:
// the text of each page, or the reason there is none. Answers each on the port, then raises that
// PDF's shared flag, which the caller waits on.

import type { MessagePort } from 'node:worker_threads';
import { workerData } from 'node:worker_threads';
import type { PdfAnswer } from './pdf.js';

interface Job {
  readonly bytes: Uint8Array;
  readonly signal: SharedArrayBuffer;
}

interface TextPiece {
  readonly str?: string;
  readonly hasEOL?: boolean;
}

const { port } = workerData as { readonly port: MessagePort };

async function read(job: Job): Promise<PdfAnswer> {
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

port.on('message', (job: Job) => {
  void read(job)
    .catch(
      (cause: unknown): PdfAnswer => ({
        ok: false,
        code: 'pdf_invalid',
        message: `not a readable PDF (${(cause as Error).message})`,
      }),
    )
    .then((answer) => {
      port.postMessage(answer);
      const flag = new Int32Array(job.signal);
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
    });
});
