// The tables of a store, as Kysely sees them. Columns are portable types only (integer, text,
// bigint-free numbers, JSON kept as text) so the same schema runs on SQLite and PostgreSQL.

import type { Generated } from 'kysely';

export interface CasesTable {
  id: Generated<number>;
  name: string;
  created_at: string;
  updated_at: string;
  /** Bumped by every write that changes what linking reads (documents, corrections, incident edits). */
  revision: number;
  /** The revision the stored incidents, conflicts and timeline were computed from. */
  linked_revision: number;
  /**
   * The revision whose documents the case's publication days were last lent over (lending.ts).
   * Writes that change no document (a review, an incident edit) carry it along with the revision.
   */
  lent_revision: Generated<number>;
}

export interface DocumentsTable {
  id: Generated<number>;
  case_id: number;
  /** The document id of the JSON contract (a file name, a DOCNO, or one the caller gave). */
  key: string;
  /** Order of arrival in the case. */
  position: number;
  /** sha256 of the text: re-adding the same content is a no-op. */
  content_hash: string;
  text: string;
  /** The folded matching view of the text, for search (SQLite's FTS does not fold Arabic). */
  search: string;
  source: string | null;
  published: string | null;
  url: string | null;
  title: string | null;
  /** analyzed | failed */
  status: string;
  /** Review: the key of the document this one republishes (its claims then count once). */
  republication_of: string | null;
  engine: string;
  /** The pack's reading of this document alone (claims, mentions, dates), JSON. */
  analysis: string;
  /** A paged source's pages (a PDF) as spans of `text`, JSON `[{page, start, end}, …]`; else null. */
  pages: string | null;
  claim_count: number;
  created_at: string;
}

export interface ClaimsTable {
  id: Generated<number>;
  case_id: number;
  document_id: number;
  document_key: string;
  /** The claim id of the JSON contract (`doc#3`). */
  key: string;
  position: number;
  start: number;
  end: number;
  category: string;
  grp: string | null;
  kind: string;
  stance: string;
  source: string | null;
  incident: string | null;
  /** confirmed | rejected | null (not reviewed) */
  review: string | null;
  /** 1 when a correction changed a field of the machine's reading. */
  corrected: number;
  /** The claim as linked, corrections applied, JSON. */
  data: string;
}

export interface CorrectionsTable {
  id: Generated<number>;
  case_id: number;
  /** The key that finds the claim again after re-analysis: document + span + machine category. */
  document_key: string;
  start: number;
  end: number;
  category: string;
  /** The claim id when the correction was made (ids may change with the engine). */
  claim_key: string;
  /** confirm | reject | correct | reset */
  action: string;
  /** The corrected fields, JSON: {figure?, category?, group?, kind?, stance?, speaker?}. */
  changes: string;
  note: string | null;
  author: string;
  created_at: string;
  /** 1 when the last linking found no claim at this key. */
  orphaned: number;
}

export interface IncidentEditsTable {
  id: Generated<number>;
  case_id: number;
  /** merge | split */
  action: string;
  /** The documents concerned (keys), JSON array. */
  documents: string;
  note: string | null;
  author: string;
  created_at: string;
}

export interface CaseViewsTable {
  case_id: number;
  engine: string;
  revision: number;
  incidents: string;
  conflicts: string;
  timeline: string;
  entities: string;
  diagnostics: string;
  linked_at: string;
}

/** Feed items `isnad watch` has seen in a case: each is ingested once, across restarts. */
export interface FeedItemsTable {
  id: Generated<number>;
  case_id: number;
  /** The feed's address as given. */
  feed: string;
  /** The item's guid (RSS) or id (Atom), when it has one. */
  guid: string | null;
  /** The item's link, when it has one. */
  url: string | null;
  /** sha256 of the item's text. */
  content_hash: string;
  /** The document it became (or already was), null when it could not be stored. */
  document_key: string | null;
  /** added | duplicate | failed */
  status: string;
  seen_at: string;
}

/** The stream linker's state of a case, so that adding a document links only what it reaches. */
export interface LinkStatesTable {
  case_id: number;
  engine: string;
  /** The case revision the state was linked at. */
  revision: number;
  /** The highest document position the state has seen (analysed or failed). */
  last_position: number;
  /** The engine's LinkState, JSON (corrections applied, incident edits not). */
  state: string;
  /** Claim key → its linked annotations (incident, campaign, partisan) as stored, JSON. */
  annotations: string;
}

export interface Database {
  feed_items: FeedItemsTable;
  cases: CasesTable;
  documents: DocumentsTable;
  claims: ClaimsTable;
  corrections: CorrectionsTable;
  incident_edits: IncidentEditsTable;
  case_views: CaseViewsTable;
  link_states: LinkStatesTable;
}
