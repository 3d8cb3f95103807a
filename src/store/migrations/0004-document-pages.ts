// The pages of a paged source (a PDF) on its stored document: JSON `[{page, start, end}, …]`, spans
// of the stored text, null for a text without pages. Portable DDL (SQLite and PostgreSQL alike).

import type { Kysely, Migration } from 'kysely';

export const documentPages: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('documents').addColumn('pages', 'text').execute();
  },
};
