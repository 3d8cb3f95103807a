// A case at a glance: its sources (outlet, date, claims) and its incidents (place, dates, parties).

import { api } from '../api.js';
import { h, link } from '../dom.js';
import { category, number, t } from '../i18n.js';
import { byTime, outletOf } from '../model.js';
import { go } from '../router.js';
import type { View } from '../router.js';

export async function overviewView(caseId: number): Promise<View> {
  const [c, docs, incidents] = await Promise.all([
    api.getCase(caseId),
    api.documents(caseId),
    api.incidents(caseId),
  ]);
  const ordered = byTime(docs.items);
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'incident-status' });
  const act = async (work: () => Promise<unknown>): Promise<void> => {
    status.textContent = t('working');
    try {
      await work();
      go(`/case/${caseId}`, true);
    } catch (e) {
      status.textContent = `${t('error')}: ${e instanceof Error ? e.message : String(e)}`;
    }
  };
  const byId = new Map(docs.items.map((d) => [d.id, d]));
  const sources = h(
    'table',
    { class: 'grid sources', 'data-testid': 'sources' },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', null, t('outlet')),
        h('th', null, t('date')),
        h('th', null, t('title')),
        h('th', null, t('claims')),
      ),
    ),
    h(
      'tbody',
      null,
      ordered.map((d) =>
        h(
          'tr',
          { 'data-doc': d.id },
          h('td', { class: 'outlet' }, outletOf(d)),
          h('td', { class: 'date' }, d.published ?? t('undated')),
          h(
            'td',
            null,
            link(
              `/case/${caseId}/doc/${encodeURIComponent(d.id)}`,
              { class: 'doc-title' },
              d.title ?? h('bdi', null, d.id),
            ),
            d.republicationOf
              ? h('span', { class: 'badge' }, `${t('republication')} ${d.republicationOf}`)
              : null,
            d.status !== 'analyzed' ? h('span', { class: 'badge warn' }, d.status) : null,
          ),
          h('td', { class: 'count' }, number(d.claims)),
        ),
      ),
    ),
  );
  const incidentTable = h(
    'table',
    { class: 'grid incidents', 'data-testid': 'incidents' },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', null, ''),
        h('th', null, t('place')),
        h('th', null, t('dates')),
        h('th', null, t('parties')),
        h('th', null, t('events')),
        h('th', null, t('documents')),
        h('th', null, ''),
      ),
    ),
    h(
      'tbody',
      null,
      incidents.flatMap((i) => {
        const parts = h(
          'tr',
          { class: 'split-row', hidden: true, 'data-split': i.id },
          h(
            'td',
            { colspan: 7 },
            h('p', { class: 'small muted' }, t('splitHelp')),
            h(
              'ul',
              { class: 'split-docs' },
              i.documents.map((d) =>
                h(
                  'li',
                  null,
                  h(
                    'label',
                    null,
                    h('input', { type: 'checkbox', value: d }),
                    ' ',
                    outletOf(byId.get(d)),
                    ' · ',
                    h('bdi', null, d),
                  ),
                ),
              ),
            ),
            h(
              'button',
              {
                type: 'button',
                'data-testid': 'split-send',
                onclick: () => {
                  const docs = [...parts.querySelectorAll<HTMLInputElement>('input:checked')].map(
                    (x) => x.value,
                  );
                  void act(() => api.splitIncident(caseId, i.id, docs));
                },
              },
              t('splitOff'),
            ),
          ),
        );
        return [
          h(
            'tr',
            { 'data-incident': i.id },
            h(
              'td',
              null,
              h('input', { type: 'checkbox', class: 'pick', value: i.id, 'aria-label': t('merge') }),
            ),
            h('td', { class: 'place' }, i.location ?? t('none')),
            h(
              'td',
              { class: 'dates' },
              i.start ? (i.end && i.end !== i.start ? `${i.start} – ${i.end}` : i.start) : t('undated'),
            ),
            h('td', { class: 'parties' }, (i.parties ?? []).join('، ') || t('none')),
            h('td', { class: 'events' }, (i.events ?? []).slice(0, 6).map(category).join('، ')),
            h(
              'td',
              { class: 'count' },
              link(
                `/case/${caseId}/board?incident=${encodeURIComponent(i.id)}`,
                { title: i.documents.map((d) => outletOf(byId.get(d))).join('، ') },
                number(i.documents.length),
              ),
            ),
            h(
              'td',
              null,
              i.documents.length > 1
                ? h(
                    'button',
                    {
                      type: 'button',
                      class: 'small',
                      'data-testid': 'split',
                      onclick: () => (parts.hidden = !parts.hidden),
                    },
                    t('split'),
                  )
                : null,
            ),
          ),
          parts,
        ];
      }),
    ),
  );
  const merge = h(
    'button',
    {
      type: 'button',
      'data-testid': 'merge',
      onclick: () => {
        const ids = [...incidentTable.querySelectorAll<HTMLInputElement>('input.pick:checked')].map(
          (x) => x.value,
        );
        if (ids.length < 2) {
          status.textContent = t('mergeHelp');
          return;
        }
        void act(() => api.mergeIncidents(caseId, ids));
      },
    },
    t('merge'),
  );
  return {
    el: h(
      'section',
      { class: 'overview', 'data-testid': 'overview' },
      h('h1', null, c.name),
      h(
        'p',
        { class: 'muted' },
        `${number(c.documents)} ${t('documents')} · ${number(c.claims)} ${t('claims')} · ${number(incidents.length)} ${t('incidents')}`,
      ),
      h(
        'div',
        { class: 'two' },
        h('div', null, h('h2', null, t('sources')), sources),
        h(
          'div',
          null,
          h('h2', null, t('incidents')),
          h('p', null, merge, ' ', h('span', { class: 'muted small' }, t('mergeHelp'))),
          status,
          incidentTable,
        ),
      ),
    ),
  };
}
