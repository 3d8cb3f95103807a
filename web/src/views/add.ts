// Adding reports to a case: pasted text, uploaded files (several at once) or a URL the server fetches.

import { api } from '../api.js';
import { h, link } from '../dom.js';
import { number, t } from '../i18n.js';
import type { View } from '../router.js';
import type { AddedDocument } from '../types.js';

export async function addView(caseId: number): Promise<View> {
  const results = h('ul', { class: 'results', 'data-testid': 'add-results', 'aria-live': 'polite' });
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'add-status' });

  const show = (docs: readonly AddedDocument[]): void => {
    for (const d of docs) {
      results.append(
        h(
          'li',
          { class: `added ${d.status}`, 'data-doc': d.document, 'data-status': d.status },
          h(
            'strong',
            null,
            t(d.status === 'added' ? 'added' : d.status === 'duplicate' ? 'duplicate' : 'failed'),
          ),
          ' · ',
          d.status === 'failed'
            ? h('bdi', null, d.document)
            : link(
                `/case/${caseId}/doc/${encodeURIComponent(d.existing ?? d.document)}`,
                null,
                h('bdi', null, d.document),
              ),
          ` · ${number(d.claims)} ${t('claims')}`,
          d.message ? h('span', { class: 'muted' }, ` · ${d.message}`) : null,
        ),
      );
    }
  };
  const run = async (work: () => Promise<{ documents: AddedDocument[] }>): Promise<boolean> => {
    status.textContent = t('working');
    try {
      const out = await work();
      show(out.documents);
      status.textContent = `${number(out.documents.filter((d) => d.status === 'added').length)} ${t('added')}`;
      return true;
    } catch (e) {
      status.textContent = `${t('error')}: ${e instanceof Error ? e.message : String(e)}`;
      return false;
    }
  };

  const meta = (): HTMLElement[] => [
    h('label', null, t('docId'), h('input', { name: 'id' })),
    h('label', null, t('source'), h('input', { name: 'source' })),
    h(
      'label',
      null,
      t('published'),
      h('input', { name: 'published', pattern: '\\d{4}-\\d\\d-\\d\\d', placeholder: 'YYYY-MM-DD' }),
    ),
  ];
  const fields = (form: HTMLFormElement): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v.trim() !== '') out[k] = v.trim();
    return out;
  };

  const paste = h(
    'form',
    { class: 'add-form', 'data-testid': 'add-paste' },
    h('h2', null, t('paste')),
    h(
      'label',
      null,
      t('text'),
      h('textarea', { name: 'text', rows: 10, required: true, dir: 'rtl', 'data-testid': 'paste-text' }),
    ),
    meta(),
    h('button', { type: 'submit', 'data-testid': 'paste-send' }, t('send')),
  );
  paste.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(() => api.addText(caseId, fields(paste))).then((ok) => ok && paste.reset());
  });

  const files = h('input', {
    type: 'file',
    name: 'file',
    multiple: true,
    accept: '.txt,.html,.htm,.xml,text/*',
    required: true,
    'data-testid': 'upload-files',
  });
  const upload = h(
    'form',
    { class: 'add-form', 'data-testid': 'add-upload' },
    h('h2', null, t('upload')),
    h('label', null, files),
    meta(),
    h('button', { type: 'submit', 'data-testid': 'upload-send' }, t('send')),
  );
  upload.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(() => api.addFiles(caseId, new FormData(upload))).then((ok) => ok && upload.reset());
  });

  const url = h(
    'form',
    { class: 'add-form', 'data-testid': 'add-url' },
    h('h2', null, t('url')),
    h('label', null, t('url'), h('input', { name: 'url', type: 'url', required: true, dir: 'ltr' })),
    meta(),
    h('button', { type: 'submit' }, t('send')),
  );
  url.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(() => api.addText(caseId, fields(url))).then((ok) => ok && url.reset());
  });

  return {
    el: h(
      'section',
      { class: 'add' },
      h('h1', null, t('add')),
      status,
      results,
      h('div', { class: 'three' }, upload, paste, url),
    ),
  };
}
