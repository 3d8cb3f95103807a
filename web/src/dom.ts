// Building the page without HTML strings: every text (and every piece of article text above all)
// goes in as a text node, every attribute through setAttribute. Nothing here parses markup.

export type Child = Node | string | number | null | undefined | false;

export interface Attrs {
  readonly [name: string]: string | number | boolean | null | undefined | EventListener;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: (Child | readonly Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs) setAttrs(el, attrs);
  append(el, children);
  return el;
}

export function setAttrs(el: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') {
      el.addEventListener(name.replace(/^on/, ''), value);
    } else if (name === 'href' && typeof value === 'string' && !safeHref(value)) {
      continue;
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
}

export function append(el: Node, children: readonly (Child | readonly Child[])[]): void {
  for (const c of children) {
    if (Array.isArray(c)) append(el, c as readonly Child[]);
    else if (c === null || c === undefined || c === false) continue;
    else if (typeof c === 'string' || typeof c === 'number')
      el.appendChild(document.createTextNode(String(c)));
    else el.appendChild(c as Node);
  }
}

/** Links the UI writes: its own routes, and http(s) addresses of reports (never javascript:). */
export function safeHref(href: string): boolean {
  return href.startsWith('#') || /^\/(?!\/)/.test(href) || /^https?:\/\//i.test(href);
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** A link to a route of the UI. */
export function link(route: string, attrs: Attrs | null, ...children: (Child | readonly Child[])[]) {
  return h('a', { ...(attrs ?? {}), href: `#${route}` }, ...children);
}
