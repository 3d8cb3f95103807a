// Whether entities first named by new documents can change how the case's earlier documents
// link. The linker reads earlier reports through the case's entity table in two ways: by id
// (a party's or a place's parent, the entity a speaker or a place was resolved to) and by name
// (a speaker's affiliation, an organisation, a counted group: exactly, or the longest entity name
// inside it). A new entity reaches earlier documents when a known entity names it as parent, an
// earlier claim points at it, or one of its names can match a name earlier claims are read by.
//
//   must:     a new `us_gov` when the case knows `white_house` (parent us_gov)  → reaches
//   must:     a new entity named `الدفاع المدني` when an earlier group is `عناصر الدفاع المدني` → reaches
//   must-not: a new town nobody earlier named or points at                       → does not reach

import { foldName } from '../engine/link/sides.js';
import type { LinkState } from '../engine/link/index.js';
import type { Entity } from '../index.js';

/** The names earlier claims are matched to entities by, folded as the linker folds them. */
function namesRead(state: LinkState): string[] {
  const out = new Set<string>();
  const add = (n: string | null | undefined): void => {
    if (n) out.add(foldName(n));
  };
  for (const d of state.documents)
    for (const c of d.claims) {
      add(c.subject.group);
      for (const h of c.attribution) {
        add(h.affiliation);
        add(h.name);
      }
    }
  return [...out];
}

function idsPointedAt(state: LinkState): Set<string> {
  const out = new Set<string>();
  for (const e of state.entities) if (e.parent) out.add(e.parent);
  for (const d of state.documents)
    for (const c of d.claims) {
      if (c.location?.entity) out.add(c.location.entity);
      for (const h of c.attribution) if (h.entity) out.add(h.entity);
    }
  return out;
}

/** True when some entity of `added` unknown to `state` could change the linking of earlier documents. */
export function reachesEarlier(state: LinkState, added: readonly Entity[]): boolean {
  const known = new Set(state.entities.map((e) => e.id));
  const fresh = added.filter((e) => !known.has(e.id));
  if (fresh.length === 0) return false;
  const pointed = idsPointedAt(state);
  if (fresh.some((e) => pointed.has(e.id))) return true;
  const names = namesRead(state);
  for (const e of fresh)
    for (const n of [e.name, ...e.aliases]) {
      const k = foldName(n);
      if (k.length < 2) continue;
      for (const x of names) {
        if (x === k) return true;
        if (k.length >= 3 && ` ${x} `.includes(` ${k} `)) return true;
        if (k.length >= 4 && x.includes(k)) return true;
      }
    }
  return false;
}
