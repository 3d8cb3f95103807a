// Calendar days as integers (days since 1970-01-01, UTC), for cheap comparisons across reports.

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function dayOf(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const m = ISO.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? Math.round(t / 86_400_000) : null;
}

export function isoOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The day a claim's time names: its date, or the first day of an open span (`منذ السبت`: counted
 * from that day, `start` alone). The day the reports tell of, for placing a report in its days;
 * a closed span (a month, `start` and `end`) names none.
 */
export function toldDayOf(time: { date?: string; start?: string; end?: string } | undefined): number | null {
  if (!time) return null;
  return dayOf(time.date ?? (time.end === undefined ? time.start : undefined));
}
