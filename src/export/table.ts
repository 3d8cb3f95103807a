// RFC 4180 tables: a header line, CRLF line ends, a field quoted when it holds a comma, a quote, CR
// or LF, quotes doubled inside. UTF-8 with a byte-order mark by default, because Excel reads a CSV
// without one in the machine's legacy code page and turns Arabic into mojibake; `bom: false` for
// tools that do not expect it. A text cell that a spreadsheet would run as a formula (`=`, `+`, `-`,
// `@` first) is written with a leading apostrophe (OWASP's CSV-injection advice); numbers never are.

export type Cell = string | number | null | undefined;

export interface TableOptions {
  readonly bom?: boolean;
}

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA = /^[=+\-@\t\r]/;

function field(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : FORMULA.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(
  columns: readonly string[],
  rows: readonly Readonly<Record<string, Cell>>[],
  options: TableOptions = {},
): string {
  const lines = [columns.map(field).join(','), ...rows.map((r) => columns.map((c) => field(r[c])).join(','))];
  return (options.bom === false ? '' : '\uFEFF') + lines.join('\r\n') + '\r\n';
}

/** Parses RFC 4180 text (a leading BOM dropped) into rows of strings; the first row is the header. */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && src[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** The rows of a parsed table as records keyed by the header. */
export function records(table: readonly string[][]): Record<string, string>[] {
  const [header, ...rows] = table;
  if (!header) return [];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
