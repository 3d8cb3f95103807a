// The web UI's only way into the page for links: its own routes and http(s) addresses of reports.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { safeHref } from '../web/src/dom.js';

describe('safeHref', () => {
  it('lets through the UI routes, its own paths and http(s) addresses', () => {
    for (const href of ['#/case/1', '/openapi.json', 'https://example.org/a', 'HTTP://example.org']) {
      assert.equal(safeHref(href), true, href);
    }
  });
  it('refuses script, data and other schemes, protocol-relative and odd addresses', () => {
    for (const href of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      '//evil.example/x',
      'file:///etc/passwd',
      '',
    ]) {
      assert.equal(safeHref(href), false, href);
    }
  });
});
