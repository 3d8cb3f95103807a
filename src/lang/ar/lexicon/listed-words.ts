// The matching view's listed words from data/ar (censored-words.tsv, letter-names.tsv), folded as
// entries are: loaded with the lexicon and kept on it (`Lexicon.listed`), never in a module.

import { fold } from '../normalize/index.js';
import type { ListedWords } from '../normalize/index.js';
import { readTsv } from './tsv.js';

function column(file: string, name: string): Set<string> {
  return new Set(
    readTsv(file)
      .map((row) => fold(row[name] ?? '').trim())
      .filter((w) => w !== ''),
  );
}

export function loadListedWords(): ListedWords {
  return { censored: column('censored-words.tsv', 'form'), letterNames: column('letter-names.tsv', 'form') };
}
