// Each conflict as its quotes side by side, with the note that says what disagrees.

import { api } from '../api.js';
import { h, link } from '../dom.js';
import { number, stance, t } from '../i18n.js';
import { chainOf, claimRoute, figureText, outletOf } from '../model.js';
import type { View } from '../router.js';
import { legend, claimChip } from './board.js';
import { quoteOf } from './quote.js';

export async function conflictsView(caseId: number): Promise<View> {
  const [conflicts, claims, docs, incidents] = await Promise.all([
    api.conflicts(caseId),
    api.claims(caseId),
    api.documents(caseId),
    api.incidents(caseId),
  ]);
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const docById = new Map(docs.items.map((d) => [d.id, d]));
  const items = await Promise.all(
    conflicts.map(async (k) => {
      const sides = await Promise.all(
        k.claims.map(async (id) => {
          const c = claimById.get(id);
          if (!c) return h('div', { class: 'side' }, id);
          const d = docById.get(c.document);
          return h(
            'div',
            { class: 'side', 'data-claim': c.id },
            h(
              'div',
              { class: 'side-head' },
              claimChip(caseId, c),
              h('strong', null, outletOf(d)),
              h('span', { class: 'muted' }, ` · ${d?.published ?? t('undated')}`),
            ),
            h('div', { class: 'muted small' }, `${stance(c.stance)} · ${chainOf(c)}`),
            await quoteOf(caseId, c),
            link(claimRoute(caseId, c), { class: 'small' }, `${t('openReport')} · ${figureText(c.quantity)}`),
          );
        }),
      );
      return h(
        'article',
        { class: `conflict kind-${k.kind}`, 'data-conflict': k.id },
        h(
          'header',
          null,
          h('span', { class: 'badge' }, k.kind),
          ' ',
          h('span', { class: 'note', dir: 'auto' }, k.note),
        ),
        h('div', { class: 'sides' }, sides),
      );
    }),
  );
  const disputes = incidents.flatMap((i) => (i.disputes ?? []).map((d) => ({ incident: i, d })));
  return {
    el: h(
      'section',
      { class: 'conflicts' },
      h('h1', null, `${t('conflicts')} (${number(conflicts.length)})`),
      legend(),
      disputes.map(({ d }) =>
        h(
          'article',
          { class: 'conflict kind-dispute', 'data-dispute': d.kind },
          h(
            'header',
            null,
            h('span', { class: 'badge' }, d.kind),
            ' ',
            h('span', { class: 'note', dir: 'auto' }, d.note),
          ),
        ),
      ),
      items.length === 0 ? h('p', { class: 'empty' }, t('noConflicts')) : items,
    ),
  };
}
