import { test } from 'node:test';
import assert from 'node:assert/strict';
import { examples } from '../../testing/examples.js';
import type { AnalysisResult } from '../../types.js';
import { buildBrief, merged } from './brief.js';
import { briefHtml, briefMarkdown } from './render.js';

/** Every sentence bullet of the incidents' sections, and the reference list, from the Markdown. */
function parseMarkdown(
  md: string,
  referencesHeading: string,
): { sentences: string[]; references: Map<string, string> } {
  const [body = '', refs = ''] = md.split(`## ${referencesHeading}`);
  const sentences = body.split('\n').filter((l) => l.startsWith('- '));
  const references = new Map<string, string>();
  for (const line of refs.split('\n')) {
    const m = /^- \*\*(c\d+)\*\* .*; ([^;()]+#\d+)\)$/.exec(line);
    if (m?.[1] && m[2]) references.set(m[1], m[2]);
  }
  return { sentences, references };
}

function checkCitations(md: string, heading: string, result: AnalysisResult): number {
  const { sentences, references } = parseMarkdown(md, heading);
  const ids = new Set(result.claims.map((c) => c.id));
  assert.ok(sentences.length > 5);
  for (const s of sentences) {
    const m = /\[(c\d+(?:, c\d+)*)\]$/.exec(s);
    assert.ok(m?.[1], `a sentence without citations: ${s}`);
    for (const label of m[1].split(', ')) {
      const id = references.get(label);
      assert.ok(id, `${label} is not in the references`);
      assert.ok(ids.has(id), `${id} is not a claim of the result`);
    }
    assert.doesNotMatch(s, /undefined|NaN|\bnull\b|\[object/);
  }
  return sentences.length;
}

test('English brief of the example reports: every sentence cites existing claims', () => {
  const { result, texts } = examples();
  const md = briefMarkdown(buildBrief(result, { lang: 'en', texts }));
  checkCitations(md, 'Claims cited', result);
  // English names from the gazetteer; tolls, disputes and sources are there.
  assert.match(md, /Hasakah \(Al-Hasakah, Syria\)/);
  assert.match(md, /Islamic State prisoners escaped: between/);
  assert.match(md, /denies the figure of about 200 .*; it is reported as /);
  assert.match(md, /### Unconfirmed/);
  assert.match(md, /independent source/);
});

test('Arabic brief: every sentence cites existing claims; Western digits by default, Arabic-Indic on request', () => {
  const { result, texts } = examples();
  const md = briefMarkdown(buildBrief(result, { lang: 'ar', texts }));
  checkCitations(md, 'الادعاءات المستشهد بها', result);
  // 374 bodies the SDF counted on the ground it holds are evidence and set the estimate (not the
  // "dozens" said before the count).
  assert.match(md, /القتلى من مقاتلي داعش: 374 — /);
  assert.match(md, /ينفي/);
  const indic = briefMarkdown(buildBrief(result, { lang: 'ar', digits: 'arab' }));
  assert.match(indic, /القتلى من مقاتلي داعش: ٣٧٤ — /);
});

test('every claim a sentence cites is in the structure too (not only in the rendering)', () => {
  const { result } = examples();
  for (const lang of ['en', 'ar'] as const) {
    const brief = buildBrief(result, { lang });
    const labels = new Set(brief.references.map((r) => r.claim));
    for (const i of brief.incidents)
      for (const s of i.sections)
        for (const sentence of s.sentences) {
          assert.ok(sentence.claims.length > 0, sentence.text);
          for (const id of sentence.claims) assert.ok(labels.has(id));
        }
  }
});

test('HTML: self-contained, right-to-left for Arabic, citations link to the quoted claim, text escaped', () => {
  const { result, texts } = examples();
  const hostile: AnalysisResult = {
    ...result,
    documents: result.documents.map((d, i) =>
      i === 2 ? { ...d, source: { name: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)' } } : d,
    ),
  };
  const html = briefHtml(buildBrief(hostile, { lang: 'ar', texts }));
  assert.match(html, /^<!doctype html>\n<html lang="ar" dir="rtl">/);
  assert.doesNotMatch(html, /<script|<img|<link|<iframe|href="javascript:|<[a-z]+[^>]*\ssrc=/i);
  assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
  const anchors = new Set([...html.matchAll(/<li id="(c\d+)">/g)].map((m) => m[1]));
  const links = [...html.matchAll(/<a href="#(c\d+)">/g)].map((m) => m[1]);
  assert.ok(links.length > 0);
  for (const l of links) assert.ok(anchors.has(l), l);
  // every sentence item carries citations
  const items = [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1] ?? '');
  assert.ok(items.length > 0 && items.every((i) => /<span class="cite">\[<a href="#c\d+">/.test(i)));
  const en = briefHtml(buildBrief(result, { lang: 'en' }));
  assert.match(en, /<html lang="en" dir="ltr">/);
});

test('the same figure through the same speaker in several reports is said once, with how many reports', () => {
  const given = (figure: string, who: string) => ({ figure, who, marks: [] as const });
  const out = merged([
    { document: 'd1', given: given('20', 'Outlet') },
    { document: 'd1', given: given('20', 'Outlet') },
    { document: 'd2', given: given('20', 'Outlet') },
    { document: 'd2', given: given('20', 'A doctor, via Outlet') },
    { document: 'd3', given: { ...given('30', 'Outlet'), marks: ['uncommitted'] as const } },
    { document: 'd4', given: given('30', 'Outlet') },
  ]);
  // A headline and its body in one report are one report; a mark keeps figures apart.
  assert.deepEqual(
    out.map((g) => [g.figure, g.who, g.marks.join(','), g.reports ?? 1]),
    [
      ['20', 'Outlet', '', 2],
      ['20', 'A doctor, via Outlet', '', 1],
      ['30', 'Outlet', 'uncommitted', 1],
      ['30', 'Outlet', '', 1],
    ],
  );
});
