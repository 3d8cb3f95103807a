// The revision of a case whose documents its publication days were last lent over (lending.ts):
// a case is settled when both its linking and its lending are at its revision. A store opened
// before this column existed lends once more on its next linking (0 is never a case's revision
// after a write). And an index that answers a case's document and claim counts (the list of
// cases) without reading the documents' rows, texts and analyses. Portable DDL (SQLite and
// PostgreSQL alike).

import type { Kysely, Migration } from 'kysely';

export const lentRevision: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .alterTable('cases')
      .addColumn('lent_revision', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createIndex('documents_case_claims')
      .on('documents')
      .columns(['case_id', 'claim_count'])
      .execute();
  },
};
