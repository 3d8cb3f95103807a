// The claims board: one row per slot (category × side × kind), one column per source in the order
// the reports appeared, each claim a figure with its stance mark, partisan and review marks.

import { api } from '../api.js';
import { h, link } from '../dom.js';
import { STANCE_MARK, lang, number, stance, t } from '../i18n.js';
import {
  byTime,
  chainOf,
  claimRoute,
  compareSlots,
  figureText,
  outletOf,
  slotKey,
  slotLabel,
  slotOf,
} from '../model.js';
import type { SlotOf } from '../model.js';
import { go } from '../router.js';
import type { View } from '../router.js';
import type { StoredClaim } from '../types.js';

export function claimChip(caseId: number, c: StoredClaim): HTMLElement {
  const classes = ['chip', `stance-${c.stance}`, `q-${c.quantity.qualifier}`];
  if (c.partisan) classes.push('partisan');
  if (c.review) classes.push(c.review);
  if (c.corrected) classes.push('corrected');
  const title = [`${stance(c.stance)} · ${chainOf(c)}`, c.partisan ? `⚑ ${t('partisan')}` : '', c.text]
    .filter(Boolean)
    .join('\n');
  return link(
    claimRoute(caseId, c),
    { class: classes.join(' '), 'data-claim': c.id, title },
    h('span', { class: 'mark' }, STANCE_MARK[c.stance] ?? ''),
    h('span', { class: 'fig', dir: lang() === 'en' ? 'ltr' : null }, figureText(c.quantity)),
    c.partisan ? h('span', { class: 'flag', title: t('partisan') }, '⚑') : null,
    c.review === 'confirmed' ? h('span', { class: 'rv', title: t('confirmed') }, '✓') : null,
    c.review === 'rejected' ? h('span', { class: 'rv', title: t('rejected') }, '✗') : null,
    c.corrected ? h('span', { class: 'rv', title: t('corrected') }, '✎') : null,
  );
}

export function legend(): HTMLElement {
  return h(
    'p',
    { class: 'legend' },
    h('strong', null, `${t('legend')}: `),
    Object.entries(STANCE_MARK).map(([s, m]) =>
      h('span', { class: `chip stance-${s}` }, `${m} ${stance(s)}`),
    ),
    h('span', { class: 'chip partisan' }, `⚑ ${t('partisan')}`),
    h('span', { class: 'chip' }, `✓ ${t('confirmed')}`),
    h('span', { class: 'chip' }, `✗ ${t('rejected')}`),
    h('span', { class: 'chip' }, `✎ ${t('corrected')}`),
  );
}

export async function boardView(caseId: number, query: URLSearchParams): Promise<View> {
  const [docs, claims, incidents] = await Promise.all([
    api.documents(caseId),
    api.claims(caseId),
    api.incidents(caseId),
  ]);
  const incident = query.get('incident');
  const shown = incident ? claims.filter((c) => c.incident === incident) : claims;
  const withClaims = new Set(shown.map((c) => c.document));
  const columns = byTime(docs.items).filter((d) => withClaims.has(d.id));
  const slots = new Map<string, SlotOf>();
  const cells = new Map<string, StoredClaim[]>();
  for (const c of shown) {
    const s = slotOf(c);
    const key = slotKey(s);
    slots.set(key, s);
    const cell = `${key}\u0000${c.document}`;
    const list = cells.get(cell);
    if (list) list.push(c);
    else cells.set(cell, [c]);
  }
  const rows = [...slots.entries()].sort((a, b) => compareSlots(a[1], b[1]));
  const partisanDocs = new Set(shown.filter((c) => c.partisan).map((c) => c.document));
  const picker = h(
    'select',
    {
      'data-testid': 'incident-filter',
      onchange: (e: Event) => {
        const v = (e.target as HTMLSelectElement).value;
        go(`/case/${caseId}/board${v ? `?incident=${encodeURIComponent(v)}` : ''}`);
      },
    },
    h('option', { value: '' }, t('allIncidents')),
    incidents.map((i) => h('option', { value: i.id, selected: i.id === incident }, i.title)),
  );
  const table = h(
    'table',
    { class: 'board', 'data-testid': 'board' },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { class: 'slot' }, t('slot')),
        columns.map((d) =>
          h(
            'th',
            { 'data-doc': d.id, class: partisanDocs.has(d.id) ? 'src has-partisan' : 'src' },
            link(`/case/${caseId}/doc/${encodeURIComponent(d.id)}`, null, outletOf(d)),
            h('div', { class: 'muted' }, d.published ?? t('undated')),
            partisanDocs.has(d.id) ? h('div', { class: 'flag', title: t('partisan') }, '⚑') : null,
          ),
        ),
      ),
    ),
    h(
      'tbody',
      null,
      rows.map(([key, s]) =>
        h(
          'tr',
          { 'data-slot': key },
          h('th', { class: 'slot', dir: lang() === 'en' ? 'ltr' : null }, slotLabel(s)),
          columns.map((d) =>
            h(
              'td',
              { 'data-doc': d.id },
              (cells.get(`${key}\u0000${d.id}`) ?? []).map((c) => claimChip(caseId, c)),
            ),
          ),
        ),
      ),
    ),
  );
  // Review in place: j/k walk the chips in reading order (row by row), c/x confirm or reject the
  // chosen one here, e or Enter opens it in its report.
  const chips = [...table.querySelectorAll<HTMLAnchorElement>('a.chip[data-claim]')];
  const chosenId = query.get('claim');
  const at = chips.findIndex((a) => a.dataset.claim === chosenId);
  const status = h('span', { class: 'status small', role: 'status', 'data-testid': 'board-status' });
  const route = (claim: string | undefined): string => {
    const q = new URLSearchParams();
    if (incident) q.set('incident', incident);
    if (claim) q.set('claim', claim);
    const s = q.toString();
    return `/case/${caseId}/board${s ? `?${s}` : ''}`;
  };
  const move = (delta: number): void => {
    const next = chips[at < 0 ? (delta > 0 ? 0 : chips.length - 1) : at + delta];
    if (next) go(route(next.dataset.claim), true);
  };
  const review = (action: 'confirm' | 'reject'): void => {
    const id = chips[at]?.dataset.claim;
    if (!id) return;
    status.textContent = t('working');
    api
      .review(caseId, id, { action })
      .then(() => go(route(id), true))
      .catch((e: unknown) => {
        status.textContent = `${t('error')}: ${e instanceof Error ? e.message : String(e)}`;
      });
  };
  return {
    el: h(
      'section',
      { class: 'board-view' },
      h('h1', null, t('board')),
      h(
        'p',
        null,
        picker,
        ' ',
        h('span', { class: 'muted' }, `${number(shown.length)} ${t('claims')}`),
        ' ',
        status,
      ),
      legend(),
      h('p', { class: 'muted small' }, t('boardKeys')),
      h('div', { class: 'scroll-x' }, table),
    ),
    mounted: () => {
      const chosen = chips[at];
      if (!chosen) return;
      chosen.classList.add('selected');
      chosen.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    },
    onKey: (e) => {
      if (e.key === 'j') move(1);
      else if (e.key === 'k') move(-1);
      else if (e.key === 'c') review('confirm');
      else if (e.key === 'x') review('reject');
      else if ((e.key === 'e' || e.key === 'Enter') && chips[at]) {
        const c = shown.find((x) => x.id === chips[at]!.dataset.claim);
        if (c) go(claimRoute(caseId, c));
      } else return false;
      return true;
    },
  };
}
