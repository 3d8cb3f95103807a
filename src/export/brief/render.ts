// The brief as Markdown or as one self-contained HTML page (inline style, no script, no outside
// resource; `dir="rtl"` for Arabic; every text escaped; citations link to the quoted claim).

import type { Brief } from './brief.js';
import { labelsOf } from './brief.js';

function cite(labels: ReadonlyMap<string, string>, ids: readonly string[]): string[] {
  return ids.map((id) => labels.get(id) ?? id);
}

/** Markdown: one bullet per sentence, each ending in its citations `[c1, c2]`. */
export function briefMarkdown(brief: Brief): string {
  const labels = labelsOf(brief);
  const out: string[] = [`# ${brief.title}`, ''];
  for (const incident of brief.incidents) {
    out.push(`## ${incident.title}`, '');
    for (const section of incident.sections) {
      out.push(`### ${section.heading}`, '');
      for (const s of section.sentences) out.push(`- ${s.text} [${cite(labels, s.claims).join(', ')}]`);
      out.push('');
    }
  }
  out.push(`## ${brief.headings.references}`, '');
  for (const r of brief.references) {
    const where = [r.outlet, r.published, r.url].filter(Boolean).join(', ');
    out.push(`- **${r.label}** «${r.quote.replace(/\s+/g, ' ')}» — ${r.chain} (${where}; ${r.claim})`);
  }
  return out.join('\n') + '\n';
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** Only web addresses become links; anything else (javascript:, data:) stays text. */
const safeUrl = (url: string | null): string | null => (url && /^https?:\/\//i.test(url) ? url : null);

const STYLE = `body{font:16px/1.6 system-ui,'Noto Naskh Arabic','Segoe UI',sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
h1{font-size:1.6rem}h2{font-size:1.25rem;border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:2rem}h3{font-size:1rem;color:#555}
li{margin:.3rem 0}.cite{font-size:.8em;white-space:nowrap}.cite a{color:#0a58ca;text-decoration:none}
.refs li{margin:.6rem 0}.refs blockquote{margin:.2rem 0;padding:.2rem .6rem;border-inline-start:3px solid #ccc;background:#f7f7f7}
.meta{color:#666;font-size:.85em}:target{background:#fff3c4}`;

export function briefHtml(brief: Brief): string {
  const labels = labelsOf(brief);
  const out: string[] = [
    '<!doctype html>',
    `<html lang="${brief.lang}" dir="${brief.dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(brief.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(brief.title)}</h1>`,
  ];
  for (const incident of brief.incidents) {
    out.push(`<article id="${escapeHtml(incident.id)}">`, `<h2>${escapeHtml(incident.title)}</h2>`);
    for (const section of incident.sections) {
      out.push(`<h3>${escapeHtml(section.heading)}</h3>`, '<ul>');
      for (const s of section.sentences) {
        const links = cite(labels, s.claims)
          .map((l) => `<a href="#${escapeHtml(l)}">${escapeHtml(l)}</a>`)
          .join(', ');
        out.push(`<li>${escapeHtml(s.text)} <span class="cite">[${links}]</span></li>`);
      }
      out.push('</ul>');
    }
    out.push('</article>');
  }
  out.push(`<h2>${escapeHtml(brief.headings.references)}</h2>`, '<ol class="refs">');
  for (const r of brief.references) {
    const url = safeUrl(r.url);
    const source = url
      ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(r.outlet)}</a>`
      : escapeHtml(r.outlet);
    out.push(
      `<li id="${escapeHtml(r.label)}"><b>${escapeHtml(r.label)}</b> <blockquote dir="auto">${escapeHtml(r.quote)}</blockquote>`,
      `<div class="meta" dir="auto">${escapeHtml(r.chain)} — ${source}${r.published ? `, ${escapeHtml(r.published)}` : ''} · ${escapeHtml(r.claim)}</div></li>`,
    );
  }
  out.push('</ol>', '</body>', '</html>');
  return out.join('\n') + '\n';
}
