// Bytes to text, with a clear word for what cannot be read. UTF-8 is expected; a leading BOM is
// dropped; UTF-16 (LE/BE, with a BOM or recognised by its zero and 0x06 bytes) is read; Windows-1256
// and ISO-8859-6 (old Arabic sites) are recognised when UTF-8 fails and the bytes read as Arabic;
// an encoding can also be given. Binary data is refused. Line endings are kept: spans count them.

import type { Diagnostic } from '../types.js';

export interface Decoded {
  readonly text: string | null;
  readonly diagnostics: readonly Diagnostic[];
}

/** Files larger than this are refused (a news report is a few tens of kilobytes). */
export const MAX_BYTES = 32 * 1024 * 1024;

/** The encodings a caller may name (`--encoding`); `auto` detects. */
export const ENCODINGS = ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'windows-1256', 'iso-8859-6'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** UTF-16 by its byte order mark, or by the shape of its bytes: Arabic and ASCII code units have a
 * high byte of 0x06 or 0x00, so one byte parity is almost all 0x00/0x06. */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0 || bytes[i] === 0x06) even++;
    if (bytes[i + 1] === 0 || bytes[i + 1] === 0x06) odd++;
  }
  const half = n / 2;
  if (odd / half > 0.9 && even / half < 0.5) return 'utf-16le';
  if (even / half > 0.9 && odd / half < 0.5) return 'utf-16be';
  return null;
}

function arabicShare(text: string): number {
  const arabic = (text.match(/[\u0621-\u064a]/g) ?? []).length;
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  return letters === 0 ? 0 : arabic / letters;
}

function named(bytes: Uint8Array, encoding: Exclude<Encoding, 'auto'>, document: string): Decoded {
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, diagnostics: [] };
  } catch {
    return {
      text: null,
      diagnostics: [
        { code: 'invalid_encoding', document, message: `the file is not valid ${encoding} text` },
      ],
    };
  }
}

export function decodeBytes(bytes: Uint8Array, document: string, encoding: Encoding = 'auto'): Decoded {
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
  if (encoding !== 'auto') return named(bytes, encoding, document);
  const wide = utf16Order(bytes);
  if (wide) {
    const read = named(bytes, wide, document);
    if (read.text === null) return read;
    const bom = bytes[0] === 0xff || bytes[0] === 0xfe;
    return {
      text: read.text,
      diagnostics: [
        {
          code: 'decoded_utf_16',
          document,
          message: `the file is ${wide === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'}${bom ? '' : ' (no byte order mark)'}; offsets refer to the decoded text`,
        },
      ],
    };
  }
  const head = bytes.subarray(0, Math.min(bytes.length, 8192));
  let nul = 0;
  for (const b of head) if (b === 0) nul++;
  if (nul > 0) {
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
    // Not UTF-8: try the Arabic code pages, accepted only if they yield Arabic letters. Both map
    // Arabic to the high half; the one that reads more of the letters as Arabic wins.
    const windows = new TextDecoder('windows-1256').decode(bytes);
    let iso: string | null = null;
    try {
      iso = new TextDecoder('iso-8859-6', { fatal: true }).decode(bytes);
    } catch {
      iso = null; // a byte ISO-8859-6 leaves unassigned: not that encoding
    }
    const [text, code, name] =
      iso !== null && arabicShare(iso) > arabicShare(windows)
        ? [iso, 'decoded_iso_8859_6', 'ISO-8859-6']
        : [windows, 'decoded_windows_1256', 'Windows-1256'];
    if (arabicShare(text) > 0.3) {
      return {
        text,
        diagnostics: [
          {
            code,
            document,
            message: `the file is not UTF-8; it was read as ${name} (Arabic). Offsets refer to the decoded text`,
          },
        ],
      };
    }
    return {
      text: null,
      diagnostics: [
        {
          code: 'invalid_encoding',
          document,
          message: 'the file is neither UTF-8, UTF-16, Windows-1256 nor ISO-8859-6 text',
        },
      ],
    };
  }
}
