// PDF reports (NGO and UN reports): the text layer, page by page, read with PDF.js. The document's
// text is its pages' texts joined by a blank line, and `pages` says where each page begins and
// ends in it, so that every span can name its page. A PDF with no text layer (a scan), one
// protected by a password or one that is damaged is an error for that document only.
//
// PDF.js answers asynchronously while isnad's readers are synchronous: the PDF is read in a worker
// thread and this thread waits for its answer (bounded by a timeout).

import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

/** Where page `page` (1-based) sits in the document's text: [start, end). */
export interface PdfPage {
  readonly page: number;
  readonly start: number;
  readonly end: number;
}

export interface PdfText {
  readonly text: string;
  readonly pages: readonly PdfPage[];
}

export type PdfAnswer =
  | { readonly ok: true; readonly pages: readonly string[] }
  | { readonly ok: false; readonly code: string; readonly message: string };

/** A PDF that yields no text: `code` is pdf_invalid, pdf_encrypted, pdf_no_text or pdf_timeout. */
export class PdfError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

const PAGE_BREAK = '\n\n';

/** Pages' texts as one text, each page's place in it kept; blank pages keep their number. */
export function joinPages(texts: readonly string[]): PdfText {
  const pages: PdfPage[] = [];
  let text = '';
  texts.forEach((raw, k) => {
    const page = raw.replace(/\s+$/u, '');
    if (text !== '' && page !== '') text += PAGE_BREAK;
    const start = text.length;
    text += page;
    pages.push({ page: k + 1, start, end: text.length });
  });
  return { text, pages };
}

/** The page a text offset falls on (the nearest page before it when it falls between pages). */
export function pageAt(pages: readonly PdfPage[], offset: number): number | null {
  let found: number | null = null;
  for (const p of pages) {
    if (p.end === p.start) continue;
    if (p.start <= offset) found = p.page;
    else break;
  }
  return found;
}

// From the sources (tests, tsx) the worker is TypeScript: a one-line module registers tsx's
// loader in the worker thread first (Node 20 loads a worker's entry before its --import hooks).
const FROM_SOURCE = import.meta.url.endsWith('.ts');

function workerEntry(): URL {
  if (!FROM_SOURCE) return new URL('./pdf-worker.js', import.meta.url);
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./pdf-worker.ts', import.meta.url).href;
  const code = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(entry)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

/** The text layer of a PDF; throws a PdfError when there is none. */
export function pdfText(bytes: Uint8Array, options: { timeoutMs?: number } = {}): PdfText {
  if (!looksLikePdf(bytes)) throw new PdfError('pdf_invalid', 'not a PDF (no %PDF- header)');
  const signal = new SharedArrayBuffer(4);
  const { port1, port2 } = new MessageChannel();
  const copy = new Uint8Array(bytes);
  const worker = new Worker(workerEntry(), {
    workerData: { bytes: copy, signal, port: port2 },
    transferList: [port2, copy.buffer],
  });
  worker.unref();
  try {
    const waited = Atomics.wait(new Int32Array(signal), 0, 0, options.timeoutMs ?? 60_000);
    const answer = receiveMessageOnPort(port1)?.message as PdfAnswer | undefined;
    if (!answer)
      throw waited === 'timed-out'
        ? new PdfError('pdf_timeout', 'the PDF took too long to read')
        : new PdfError('pdf_invalid', 'the PDF reader stopped without an answer');
    if (!answer.ok) throw new PdfError(answer.code, answer.message);
    const joined = joinPages(answer.pages);
    if (joined.text.trim() === '')
      throw new PdfError('pdf_no_text', 'the PDF has no text layer (a scan?); run OCR and give its text');
    return joined;
  } finally {
    port1.close();
    void worker.terminate();
  }
}
