// The cases of the store, and a form for a new one.

import { ApiError, api } from '../api.js';
import { h, link } from '../dom.js';
import { number, t } from '../i18n.js';
import { go } from '../router.js';
import type { View } from '../router.js';

export async function casesView(): Promise<View> {
  const cases = await api.cases();
  const message = h('p', { class: 'error', role: 'alert' });
  const name = h('input', {
    name: 'name',
    required: true,
    maxlength: 200,
    placeholder: t('caseName'),
    'data-testid': 'case-name-input',
  });
  const form = h(
    'form',
    {
      class: 'inline-form',
      'data-testid': 'new-case',
      onsubmit: (e: Event) => {
        e.preventDefault();
        message.textContent = '';
        api
          .createCase(name.value)
          .then((c) => go(`/case/${c.id}/add`))
          .catch((err: unknown) => {
            message.textContent = err instanceof ApiError ? err.message : String(err);
          });
      },
    },
    h('label', null, t('newCase'), ' ', name),
    h('button', { type: 'submit' }, t('create')),
  );
  return {
    el: h(
      'section',
      { class: 'cases' },
      h('h1', null, t('cases')),
      cases.length === 0
        ? h('p', { class: 'empty' }, t('noCases'))
        : h(
            'ul',
            { class: 'case-list' },
            cases.map((c) =>
              h(
                'li',
                { 'data-case': c.id },
                link(`/case/${c.id}`, { class: 'case-link' }, c.name),
                h(
                  'span',
                  { class: 'muted' },
                  ` · ${number(c.documents)} ${t('documents')} · ${number(c.claims)} ${t('claims')}`,
                ),
              ),
            ),
          ),
      form,
      message,
    ),
  };
}
