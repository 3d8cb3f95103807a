// Bytes to text, with a clear word for what cannot be read. UTF-8 is expected; a leading BOM is
// dropped; Windows-1256 (old Arabic sites) is recognised when UTF-8 fails and the bytes read as
// Arabic; binary data is refused. Line endings are kept as they are: spans count them.

import type { Diagnostic } from '../types.js';

export interface Decoded {
  readonly text: string | null;
  readonly diagnostics: readonly Diagnostic[];
}

/** Files larger than this are refused (a news report is a few tens of kilobytes). */
export const MAX_BYTES = 32 * 1024 * 1024;

export function decodeBytes(bytes: Uint8Array, document: string): Decoded {
  if (bytes.length === 0) {
    return { text: null, diagnostics: [{ code: 'empty_input', document, message: 'the file is empty' }] };
  }
  if (bytes.length > MAX_BYTES) {
    return {
      text: null,
      diagnostics: [
        {
          code: 'input_too_large',
          document,
          message: `the file is ${bytes.length} bytes; isnad reads files up to ${MAX_BYTES} bytes (split it into reports)`,
        },
      ],
    };
  }
  const head = bytes.subarray(0, Math.min(bytes.length, 8192));
  let nul = 0;
  for (const b of head) if (b === 0) nul++;
  if (nul > 0 && !(head[0] === 0xff || head[0] === 0xfe)) {
    return {
      text: null,
      diagnostics: [{ code: 'binary_input', document, message: 'the file is binary, not text' }],
    };
  }
  try {
    // The decoder drops one leading BOM (ignoreBOM: false); a second one is text and stays.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, diagnostics: [] };
  } catch {
    // Not UTF-8: try the Arabic Windows code page, accepted only if it yields Arabic letters.
    const text = new TextDecoder('windows-1256').decode(bytes);
    const arabic = (text.match(/[\u0621-\u064a]/g) ?? []).length;
    const letters = (text.match(/\p{L}/gu) ?? []).length;
    if (letters > 0 && arabic / letters > 0.3) {
      return {
        text,
        diagnostics: [
          {
            code: 'decoded_windows_1256',
            document,
            message:
              'the file is not UTF-8; it was read as Windows-1256 (Arabic). Offsets refer to the decoded text',
          },
        ],
      };
    }
    return {
      text: null,
      diagnostics: [
        { code: 'invalid_encoding', document, message: 'the file is neither UTF-8 nor Windows-1256 text' },
      ],
    };
  }
}
