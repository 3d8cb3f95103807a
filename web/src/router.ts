// Routes live in the hash (#/case/1/board); a view asks for another route through `go`.

export interface View {
  readonly el: HTMLElement;
  /** Keys for this view (review); returns true when it used the key. */
  readonly onKey?: (e: KeyboardEvent) => boolean;
  /** Called once the view is in the page (scrolling to a span). */
  readonly mounted?: () => void;
}

let rerender: () => void = () => undefined;

export function onReplace(fn: () => void): void {
  rerender = fn;
}

/** Moves to a route; `replace` keeps the history entry (next/previous claim, redirects). */
export function go(route: string, replace = false): void {
  if (replace) {
    history.replaceState(null, '', `#${route}`);
    rerender();
  } else {
    location.hash = route;
  }
}
