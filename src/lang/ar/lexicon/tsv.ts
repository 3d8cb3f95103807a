// Reads the TSV lexicons under data/ar: a header line, `#` comment lines, `-` for an empty cell,
// `|` between list items. Configuration errors raise IsnadError; text never does.

import { readFileSync } from 'node:fs';
import { IsnadError } from '../../../errors.js';
import { fold } from '../normalize/index.js';

export type Row = Readonly<Record<string, string>>;

const DATA_ROOT = new URL('../../../../data/ar/', import.meta.url);

export function readTsv(name: string): Row[] {
  let raw: string;
  try {
    raw = readFileSync(new URL(name, DATA_ROOT), 'utf8');
  } catch (cause) {
    throw new IsnadError('lexicon_missing', `cannot read data/ar/${name}: ${(cause as Error).message}`);
  }
  return parseTsv(raw, name);
}

export function parseTsv(raw: string, name: string): Row[] {
  const lines = raw.split(/\r?\n/).filter((line) => line.trim() !== '' && !line.startsWith('#'));
  const header = lines
    .shift()
    ?.split('\t')
    .map((h) => h.trim());
  if (!header || header.length === 0)
    throw new IsnadError('lexicon_invalid', `data/ar/${name} has no header`);
  return lines.map((line, i) => {
    const cells = line.split('\t');
    const row: Record<string, string> = {};
    header.forEach((column, k) => {
      const cell = (cells[k] ?? '').trim();
      row[column] = cell === '-' ? '' : cell;
    });
    if (cells.length < header.length && cells.length > 0 && (cells[0] ?? '').trim() === '') {
      throw new IsnadError('lexicon_invalid', `data/ar/${name}: row ${i + 2} is empty`);
    }
    return row;
  });
}

/** An empty cell, or an empty list item (`-`: no plurals, no words needed). */
export const EMPTY = '-';

export function listCell(cell: string | undefined): string[] {
  if (!cell) return [];
  return cell
    .split('|')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** A list cell's items folded, an EMPTY item left out (`plurals`, `with`). */
export function foldedList(cell: string | undefined): string[] {
  return listCell(cell)
    .filter((w) => w !== EMPTY)
    .map(fold);
}
