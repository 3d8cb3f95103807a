// Versioned migrations, applied in name order by Kysely's migrator (its own table records which
// ran). Each is written once and never edited: a change to the schema is a new migration.
// Only portable DDL: the one dialect difference (an auto-numbered key) is decided in `serialKey`.

import { Migrator } from 'kysely';
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import { IsnadError } from '../errors.js';
import { documentPages } from './migrations/0004-document-pages.js';
import { lentRevision } from './migrations/0005-lent-revision.js';

type AnyDb = Kysely<unknown>;

export type Dialect = 'sqlite' | 'postgres';

function serialKey(dialect: Dialect): 'integer' | 'serial' {
  return dialect === 'postgres' ? 'serial' : 'integer';
}

function initial(dialect: Dialect): Migration {
  const serial = serialKey(dialect);
  return {
    async up(db: AnyDb): Promise<void> {
      await db.schema
        .createTable('cases')
        .addColumn('id', serial, (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('linked_revision', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable('documents')
        .addColumn('id', serial, (c) => c.primaryKey())
        .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('search', 'text', (c) => c.notNull())
        .addColumn('source', 'text')
        .addColumn('published', 'text')
        .addColumn('url', 'text')
        .addColumn('title', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('republication_of', 'text')
        .addColumn('engine', 'text', (c) => c.notNull())
        .addColumn('analysis', 'text', (c) => c.notNull())
        .addColumn('claim_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('documents_case_key', ['case_id', 'key'])
        .addUniqueConstraint('documents_case_hash', ['case_id', 'content_hash'])
        .execute();
      await db.schema
        .createIndex('documents_case_position')
        .on('documents')
        .columns(['case_id', 'position'])
        .execute();
      await db.schema
        .createTable('claims')
        .addColumn('id', serial, (c) => c.primaryKey())
        .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
        .addColumn('document_id', 'integer', (c) =>
          c.notNull().references('documents.id').onDelete('cascade'),
        )
        .addColumn('document_key', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('start', 'integer', (c) => c.notNull())
        .addColumn('end', 'integer', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('grp', 'text')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('stance', 'text', (c) => c.notNull())
        .addColumn('source', 'text')
        .addColumn('incident', 'text')
        .addColumn('review', 'text')
        .addColumn('corrected', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('data', 'text', (c) => c.notNull())
        .addUniqueConstraint('claims_case_key', ['case_id', 'key'])
        .execute();
      for (const column of [
        'position',
        'category',
        'document_id',
        'incident',
        'grp',
        'stance',
        'source',
        'review',
      ]) {
        await db.schema
          .createIndex(`claims_case_${column}`)
          .on('claims')
          .columns(['case_id', column])
          .execute();
      }
      await db.schema
        .createTable('corrections')
        .addColumn('id', serial, (c) => c.primaryKey())
        .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
        .addColumn('document_key', 'text', (c) => c.notNull())
        .addColumn('start', 'integer', (c) => c.notNull())
        .addColumn('end', 'integer', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('claim_key', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('changes', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('orphaned', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createIndex('corrections_case_key')
        .on('corrections')
        .columns(['case_id', 'document_key', 'start', 'end'])
        .execute();
      await db.schema
        .createTable('incident_edits')
        .addColumn('id', serial, (c) => c.primaryKey())
        .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('documents', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('incident_edits_case')
        .on('incident_edits')
        .columns(['case_id', 'id'])
        .execute();
      await db.schema
        .createTable('case_views')
        .addColumn('case_id', 'integer', (c) => c.primaryKey().references('cases.id').onDelete('cascade'))
        .addColumn('engine', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('incidents', 'text', (c) => c.notNull())
        .addColumn('conflicts', 'text', (c) => c.notNull())
        .addColumn('timeline', 'text', (c) => c.notNull())
        .addColumn('entities', 'text', (c) => c.notNull())
        .addColumn('diagnostics', 'text', (c) => c.notNull())
        .addColumn('linked_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}

/** Feed items seen by `isnad watch`, so that each is ingested once across restarts. */
function feedItems(dialect: Dialect): Migration {
  return {
    async up(db: AnyDb): Promise<void> {
      await db.schema
        .createTable('feed_items')
        .addColumn('id', serialKey(dialect), (c) => c.primaryKey())
        .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
        .addColumn('feed', 'text', (c) => c.notNull())
        .addColumn('guid', 'text')
        .addColumn('url', 'text')
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('document_key', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('seen_at', 'text', (c) => c.notNull())
        .execute();
      for (const column of ['guid', 'url', 'content_hash'] as const)
        await db.schema
          .createIndex(`feed_items_case_${column}`)
          .on('feed_items')
          .columns(['case_id', column])
          .execute();
    },
  };
}

/**
 * The linker's state per case (what incremental linking resumes from) and the linked
 * annotations of its claims (what tells which stored claims an addition changed).
 */
const linkStates: Migration = {
  async up(db: AnyDb): Promise<void> {
    await db.schema
      .createTable('link_states')
      .addColumn('case_id', 'integer', (c) => c.primaryKey().references('cases.id').onDelete('cascade'))
      .addColumn('engine', 'text', (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addColumn('last_position', 'integer', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('annotations', 'text', (c) => c.notNull())
      .execute();
  },
};

/** Every migration by its versioned name; names sort in the order they apply. */
export function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '0001-initial': initial(dialect),
    '0002-feed-items': feedItems(dialect),
    '0003-link-states': linkStates,
    '0004-document-pages': documentPages,
    '0005-lent-revision': lentRevision,
  };
}

/** Brings a database up to the newest schema; a failed migration is an IsnadError. */
export async function migrateToLatest(db: AnyDb, dialect: Dialect): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(dialect) };
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: 'isnad_migration',
    migrationLockTableName: 'isnad_migration_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    throw new IsnadError(
      'store_migration_failed',
      `the store could not be migrated: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
