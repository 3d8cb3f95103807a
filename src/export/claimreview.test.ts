import { test } from 'node:test';
import assert from 'node:assert/strict';
import { examples } from '../testing/examples.js';
import { claimReviewDrafts, toClaimReview } from './claimreview.js';

// schema.org: the properties of ClaimReview / Claim / CreativeWork the drafts may use.
const CLAIM_REVIEW_PROPS = [
  '@context',
  '@type',
  'identifier',
  'claimReviewed',
  'inLanguage',
  'description',
  'itemReviewed',
  'citation',
  'reviewRating',
  'author',
  'datePublished',
  'url',
  'reviewBody',
];
const CLAIM_PROPS = ['@type', 'author', 'datePublished', 'appearance', 'firstAppearance'];
const WORK_PROPS = [
  '@type',
  'url',
  'headline',
  'datePublished',
  'publisher',
  'inLanguage',
  'identifier',
  'text',
  'description',
];

type Json = Record<string, unknown>;

test('the example reports: drafts for the disputed escape and death figures, with appearances and evidence', () => {
  const { result, texts } = examples();
  const drafts = claimReviewDrafts(result, { texts }) as Json[];
  const byId = new Map(result.claims.map((c) => [c.id, c]));
  const reviewed = drafts.map((d) => byId.get(String(d['identifier'])));
  assert.ok(
    reviewed.some((c) => c?.category === 'escaped'),
    'a draft on an escape figure',
  );
  assert.ok(
    reviewed.some((c) => c?.category === 'killed'),
    'a draft on a death figure',
  );
  for (const d of drafts) {
    for (const k of Object.keys(d)) assert.ok(CLAIM_REVIEW_PROPS.includes(k), k);
    assert.equal(d['@context'], 'https://schema.org');
    assert.equal(d['@type'], 'ClaimReview');
    assert.equal(d['reviewRating'], undefined, 'the rating is left for a person');
    assert.equal(d['author'], undefined);
    const item = d['itemReviewed'] as Json;
    assert.equal(item['@type'], 'Claim');
    for (const k of Object.keys(item)) assert.ok(CLAIM_PROPS.includes(k), k);
    const appearances = item['appearance'] as Json[];
    assert.ok(appearances.length > 0);
    for (const w of [...appearances, ...(d['citation'] as Json[])]) {
      for (const k of Object.keys(w)) assert.ok(WORK_PROPS.includes(k), k);
      assert.ok(String(w['text']).length > 0);
    }
  }
  // The escape figure's draft cites the denial.
  const escape = drafts.find((d) => byId.get(String(d['identifier']))?.category === 'escaped');
  const evidence = (escape?.['citation'] as Json[]).map((c) => String(c['description']));
  assert.ok(
    evidence.some((e) => e.startsWith('denial:')),
    evidence.join('\n'),
  );
  // Evidence is a denial or a differing figure; reports of the same figure corroborate, never cited.
  for (const d of drafts) {
    const reviewed = byId.get(String(d['identifier']));
    for (const c of d['citation'] as Json[]) {
      const e = byId.get(String(c['identifier']));
      assert.ok(e && reviewed);
      if (e.stance === 'denied') continue;
      assert.notDeepEqual(e.quantity, reviewed.quantity, String(c['description']));
    }
  }
  // Quotes are whole sentences of the original text when the texts are given.
  const first = (escape?.['itemReviewed'] as Json)['appearance'] as Json[];
  const claim = byId.get(String(first[0]?.['identifier']));
  assert.ok(claim && String(first[0]?.['text']).includes(claim.text));
});

test('the JSON-LD round-trips', () => {
  const { result } = examples();
  const drafts = claimReviewDrafts(result);
  assert.deepEqual(JSON.parse(toClaimReview(result)), JSON.parse(JSON.stringify(drafts)));
});
