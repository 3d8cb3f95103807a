// The incident brief (src/export's brief), in Arabic or English: every sentence with the claims it
// cites, each citation a link to the claim's span in its report.

import { api } from '../api.js';
import { h, link } from '../dom.js';
import { lang, t } from '../i18n.js';
import { claimRoute } from '../model.js';
import type { View } from '../router.js';

export async function briefView(caseId: number, query: URLSearchParams): Promise<View> {
  const which = query.get('lang') === 'en' ? 'en' : query.get('lang') === 'ar' ? 'ar' : lang();
  const brief = await api.brief(caseId, which);
  const labels = new Map(brief.references.map((r) => [r.claim, r]));
  const cite = (ids: readonly string[]): HTMLElement =>
    h(
      'span',
      { class: 'cites', dir: brief.dir },
      ' [',
      ids.flatMap((id, k) => {
        const r = labels.get(id);
        return [
          k > 0 ? ', ' : '',
          link(
            claimRoute(caseId, { id, document: r?.document ?? id.replace(/#.*$/, '') }),
            { class: 'cite', 'data-claim': id, title: r ? `${r.outlet}: ${r.quote}` : id },
            r?.label ?? id,
          ),
        ];
      }),
      ']',
    );
  const switcher = h(
    'p',
    { class: 'toggles' },
    h('strong', null, `${t('briefLang')}: `),
    link(
      `/case/${caseId}/brief?lang=ar`,
      { class: which === 'ar' ? 'tab active' : 'tab', 'data-testid': 'brief-ar' },
      'العربية',
    ),
    ' ',
    link(
      `/case/${caseId}/brief?lang=en`,
      { class: which === 'en' ? 'tab active' : 'tab', 'data-testid': 'brief-en' },
      'English',
    ),
  );
  return {
    el: h(
      'section',
      { class: 'brief' },
      switcher,
      h(
        'article',
        { class: 'brief-body', dir: brief.dir, lang: brief.lang, 'data-testid': 'brief' },
        h('h1', null, brief.title),
        brief.incidents.length === 0 ? h('p', { class: 'empty' }, t('noBrief')) : null,
        brief.incidents.map((i) =>
          h(
            'section',
            { 'data-incident': i.id },
            h('h2', null, i.title),
            i.sections.map((s) =>
              h(
                'div',
                { class: 'brief-section' },
                h('h3', null, s.heading),
                s.sentences.map((sentence) =>
                  h('p', { class: 'sentence' }, sentence.text, cite(sentence.claims)),
                ),
              ),
            ),
          ),
        ),
        brief.references.length > 0
          ? h(
              'section',
              { class: 'references' },
              h('h2', null, brief.headings['references'] ?? t('references')),
              h(
                'ol',
                null,
                brief.references.map((r) =>
                  h(
                    'li',
                    { id: `ref-${r.label}`, 'data-claim': r.claim },
                    link(
                      claimRoute(caseId, { id: r.claim, document: r.document }),
                      { class: 'cite' },
                      r.label,
                    ),
                    ' ',
                    h('q', { dir: 'rtl', lang: 'ar' }, r.quote),
                    h(
                      'span',
                      { class: 'muted small' },
                      ` — ${r.chain} · ${r.outlet}${r.published ? ` · ${r.published}` : ''}`,
                    ),
                  ),
                ),
              ),
            )
          : null,
      ),
    ),
  };
}
