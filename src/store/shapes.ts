// The shapes the store hands out through the API, in a module of types only, so that the web UI
// reads the very types the server writes.

export type AddStatus = 'added' | 'duplicate' | 'failed';

export interface AddedDocument {
  readonly document: string;
  readonly status: AddStatus;
  /** For a duplicate: the document already holding this content. */
  readonly existing?: string;
  readonly claims: number;
  readonly message?: string;
}

export interface CaseSummary {
  readonly id: number;
  readonly name: string;
  readonly created: string;
  readonly updated: string;
  readonly documents: number;
  readonly claims: number;
  /**
   * 'fresh': the incidents, conflicts and estimates read are those of every document in the case;
   * 'pending': a linking is under way (or left by a stopped process) and reads show the last one.
   */
  readonly linking: 'pending' | 'fresh';
}

export interface DocumentSummary {
  readonly id: string;
  readonly position: number;
  readonly source: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly title: string | null;
  readonly status: string;
  readonly republicationOf: string | null;
  readonly engine: string;
  readonly claims: number;
  readonly hash: string;
  readonly added: string;
  readonly length: number;
}
