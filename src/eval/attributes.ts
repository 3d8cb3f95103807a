// Attribute checks for a matched pair (gold claim, system claim). Each attribute is scored on its
// own (CLAIMS.md) so a regression in, say, stance does not hide behind a correct category.

import type { Claim, Entity, Hop } from '../types.js';
import { namesEqual, namesOverlap } from './fold.js';
import type { GoldClaim } from './gold.js';
import type { AttributeName } from './report-types.js';

export interface AttributeCheck {
  readonly attribute: AttributeName;
  readonly ok: boolean;
  readonly expected: string;
  readonly actual: string;
}

export interface AttributeContext {
  readonly groups: ReadonlyMap<string, readonly string[]>;
  /** Entity id → name and aliases, so a hop's `entity` can be read as names. */
  readonly entities: ReadonlyMap<string, readonly string[]>;
}

export function entityNames(entities: readonly Entity[]): Map<string, readonly string[]> {
  return new Map(entities.map((e) => [e.id, [e.name, ...e.aliases]]));
}

function oneOf<T extends string>(attribute: AttributeName, allowed: readonly T[], actual: T): AttributeCheck {
  return { attribute, ok: allowed.includes(actual), expected: allowed.join(' | '), actual };
}

/** The group key itself counts as an alias, so a system may emit either the key or a name. */
function checkGroup(gold: GoldClaim, claim: Claim, ctx: AttributeContext): AttributeCheck {
  const key = gold.subject.group;
  const actual = claim.subject.group;
  const expected = key === null ? '(none)' : `${key}: ${(ctx.groups.get(key) ?? []).join(' | ')}`;
  let ok: boolean;
  if (key === null || actual === null) ok = key === actual;
  else ok = [key, ...(ctx.groups.get(key) ?? [])].some((alias) => namesEqual(alias, actual));
  return { attribute: 'subject.group', ok, expected, actual: actual ?? '(none)' };
}

/**
 * Every text that may name a hop: its name, role, affiliation, role and affiliation together, and
 * its entity (an entity id is read as that entity's name and aliases; anything else as text).
 */
export function hopNames(hop: Hop, ctx: AttributeContext): string[] {
  const out = [hop.name];
  if (hop.role !== undefined) out.push(hop.role);
  if (hop.affiliation !== undefined) out.push(hop.affiliation);
  if (hop.role !== undefined && hop.affiliation !== undefined) out.push(`${hop.role} ${hop.affiliation}`);
  if (hop.entity !== undefined) out.push(...(ctx.entities.get(hop.entity) ?? [hop.entity]));
  return out;
}

function hopMatches(hop: Hop, names: readonly string[], ctx: AttributeContext): boolean {
  const candidates = hopNames(hop, ctx);
  return names.some((name) => candidates.some((c) => namesOverlap(name, c)));
}

export function renderChain(chain: readonly Hop[]): string {
  if (chain.length === 0) return '(no attribution)';
  return chain
    .map((h) => {
      const extra = [h.role, h.affiliation].filter((s) => s !== undefined).join(', ');
      return extra === '' ? h.name : `${h.name} (${extra})`;
    })
    .join(' → ');
}

/** The innermost hop is the original speaker; gold null means the publisher's own voice (one hop). */
function checkSpeaker(gold: GoldClaim, claim: Claim, ctx: AttributeContext): AttributeCheck {
  const chain = claim.attribution;
  const actual = renderChain(chain);
  if (gold.speaker === null)
    return { attribute: 'speaker', ok: chain.length === 1, expected: '(publisher, one hop)', actual };
  // Literally the last hop, even in a one-hop chain: a text whose publisher is unknown may name the
  // relaying site as its only hop.
  const speaker = chain[chain.length - 1];
  const ok = speaker !== undefined && hopMatches(speaker, gold.speaker, ctx);
  return { attribute: 'speaker', ok, expected: gold.speaker.join(' | '), actual };
}

/** Intermediaries (between publisher and speaker) compared as sets: each side must cover the other. */
function checkVia(gold: GoldClaim, claim: Claim, ctx: AttributeContext): AttributeCheck {
  const chain = claim.attribution;
  const via = chain.length > 2 ? chain.slice(1, -1) : [];
  const actual = via.length === 0 ? '(none)' : via.map((h) => h.name).join(' → ');
  const expected = gold.via.length === 0 ? '(none)' : gold.via.join(' → ');
  const ok =
    gold.via.every((name) => via.some((hop) => hopMatches(hop, [name], ctx))) &&
    via.every((hop) => hopMatches(hop, gold.via, ctx));
  return { attribute: 'via', ok, expected, actual };
}

export function checkAttributes(gold: GoldClaim, claim: Claim, ctx: AttributeContext): AttributeCheck[] {
  return [
    oneOf('category', gold.category, claim.category),
    checkGroup(gold, claim, ctx),
    oneOf('subject.kind', gold.subject.kind, claim.subject.kind),
    oneOf('stance', gold.stance, claim.stance),
    oneOf('qualifier', gold.qualifier, claim.quantity.qualifier),
    checkSpeaker(gold, claim, ctx),
    checkVia(gold, claim, ctx),
  ];
}

export const ATTRIBUTES: readonly AttributeName[] = [
  'category',
  'subject.group',
  'subject.kind',
  'stance',
  'qualifier',
  'speaker',
  'via',
];
