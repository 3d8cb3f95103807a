// Rows of the store turned into the shapes the API and the CLI hand out.

import type { Selectable } from 'kysely';
import type { ClaimChanges, Correction, CorrectionAction } from './corrections.js';
import type { CorrectionsTable } from './schema.js';

export function correctionFromRow(r: Selectable<CorrectionsTable>): Correction {
  return {
    id: r.id,
    documentKey: r.document_key,
    start: r.start,
    end: r.end,
    category: r.category,
    claimKey: r.claim_key,
    action: r.action as CorrectionAction,
    changes: JSON.parse(r.changes) as ClaimChanges,
    note: r.note,
    author: r.author,
    createdAt: r.created_at,
  };
}

/** A correction as the API shows it. */
export function correctionView(r: Selectable<CorrectionsTable>): Correction & { readonly orphaned: boolean } {
  return { ...correctionFromRow(r), orphaned: r.orphaned === 1 };
}
