// The case's dates in order: what each day holds, where each source says it, and its claims.

import { api } from '../api.js';
import { h, link } from '../dom.js';
import { t } from '../i18n.js';
import { outletOf, spanRoute } from '../model.js';
import type { View } from '../router.js';
import { claimChip } from './board.js';

export async function timelineView(caseId: number): Promise<View> {
  const [timeline, claims, docs] = await Promise.all([
    api.timeline(caseId),
    api.claims(caseId),
    api.documents(caseId),
  ]);
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const docById = new Map(docs.items.map((d) => [d.id, d]));
  const entries = [...timeline].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    el: h(
      'section',
      { class: 'timeline' },
      h('h1', null, t('timeline')),
      entries.length === 0
        ? h('p', { class: 'empty' }, t('noTimeline'))
        : h(
            'ol',
            { class: 'tl', 'data-testid': 'timeline' },
            entries.map((e) =>
              h(
                'li',
                { 'data-date': e.date },
                h(
                  'time',
                  { datetime: e.date, class: 'tl-date' },
                  e.date,
                  e.precision !== 'day' ? ` (${e.precision})` : '',
                ),
                h(
                  'div',
                  { class: 'tl-body' },
                  h('p', { class: 'tl-text' }, e.text),
                  h(
                    'p',
                    { class: 'small' },
                    (e.mentions ?? []).map((m) =>
                      link(
                        spanRoute(caseId, m.document, m.start, m.end),
                        { class: 'mention', title: m.document },
                        `«${m.text}» · ${outletOf(docById.get(m.document))}`,
                      ),
                    ),
                  ),
                  h(
                    'p',
                    null,
                    e.claims.map((id) => {
                      const c = claimById.get(id);
                      return c ? claimChip(caseId, c) : null;
                    }),
                  ),
                ),
              ),
            ),
          ),
    ),
  };
}
