// `isnad extract <file|->`: every quantity, date and entity the reader finds, with no claim logic —
// for checking what isnad sees before trusting a claim. Input is decoded like `analyze` (HTML,
// TREC, Windows-1256); a file that yields no text is a usage error (exit 2), never a stack trace.

import { Command, Option } from 'commander';
import { IsnadError } from '../../errors.js';
import type { Loaded } from '../../ingest/index.js';
import type { ExtractOptions, ExtractResult, Quantity, ReferenceDate } from '../../types.js';
import { formatQuantity } from '../../quantity-format.js';

export interface ExtractCommandDeps {
  loadInputs(paths: string[]): Loaded;
  extract(text: string, options: ExtractOptions): ExtractResult;
  out?(text: string): void;
}

interface Opts {
  referenceDate?: string;
  format: 'json' | 'text';
  normalized?: boolean;
}

export interface ExtractedDocument extends ExtractResult {
  readonly document: string;
}

/** `~200 (180–220)`, `>200`, `60–90`, `vague ≥10`. */
export function quantityValue(q: Quantity): string {
  return q.qualifier === 'vague' ? `vague ${q.low}–${q.high ?? '?'}` : formatQuantity(q, 'band');
}

function referenceLine(r: ReferenceDate): string {
  if (r.source === 'option') return `reference date: ${r.date} (--reference-date)`;
  if (r.source === 'text')
    return `reference date: ${r.date} (publication date from the text: ${r.rule}, ${r.confidence})`;
  return 'reference date: none (relative dates stay unresolved; give --reference-date)';
}

function clip(s: string, width: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > width ? flat.slice(0, width - 1) + '…' : flat;
}

/** The readable table: one row per mention in text order (kind, span, text, value, rules). */
export function formatExtract(doc: ExtractedDocument, normalized: boolean): string {
  const rows: { start: number; cells: string[] }[] = [];
  for (const q of doc.quantities) {
    const value = [quantityValue(q), q.unit ? `[${q.unit}]` : '', q.noun ? `noun: ${q.noun}` : '']
      .filter(Boolean)
      .join(' ');
    rows.push({
      start: q.start,
      cells: ['quantity', `${q.start}–${q.end}`, q.text, value, q.rules.join(' '), q.normalized ?? ''],
    });
  }
  for (const d of doc.dates) {
    const parts = [d.kind === 'date' ? (d.date ?? 'unresolved') : d.kind];
    if (d.precision && d.kind === 'date') parts.push(d.precision);
    if (d.range) parts.push(`${d.range.start}…${d.range.end}`);
    if (d.duration) parts.push(`${d.duration.amount} ${d.duration.unit}`);
    if (d.clock) parts.push(d.clock);
    if (d.timeOfDay) parts.push(d.timeOfDay);
    if (d.relative) parts.push('relative');
    rows.push({
      start: d.start,
      cells: [d.kind, `${d.start}–${d.end}`, d.text, parts.join(' '), d.rules.join(' '), d.normalized ?? ''],
    });
  }
  for (const e of doc.entities) {
    rows.push({
      start: e.start,
      cells: [
        'entity',
        `${e.start}–${e.end}`,
        e.text,
        `${e.type} ${e.name}`,
        e.rules.join(' '),
        e.normalized ?? '',
      ],
    });
  }
  rows.sort((a, b) => a.start - b.start);
  const header = ['kind', 'span', 'text', 'value', 'rules', ...(normalized ? ['normalized'] : [])];
  const table = [
    header,
    ...rows.map((r) => r.cells.slice(0, header.length).map((c, k) => (k === 2 || k === 5 ? clip(c, 40) : c))),
  ];
  const widths = header.map((_, k) => Math.max(...table.map((r) => (r[k] ?? '').length)));
  const lines = table.map((r) =>
    r
      .map((c, k) => (k === r.length - 1 ? c : c.padEnd(widths[k]!)))
      .join('  ')
      .trimEnd(),
  );
  const counts = `${doc.quantities.length} quantities · ${doc.dates.length} dates · ${doc.entities.length} entities`;
  return [`▌ ${doc.document}`, referenceLine(doc.reference), counts, '', ...lines, ''].join('\n') + '\n';
}

export function extractCommand(deps: ExtractCommandDeps): Command {
  const out = deps.out ?? ((s: string) => void process.stdout.write(s));
  return new Command('extract')
    .description('list every quantity, date and entity isnad reads in one report (no claim logic)')
    .argument('<input>', 'a report file, or - for standard input')
    .option(
      '--reference-date <YYYY-MM-DD>',
      'resolve relative dates against this day (default: the publication date read from the text)',
    )
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'text']).default('json'))
    .option('--normalized', 'add the matching (folded) view of the text and of every mention')
    .action((input: string, opts: Opts) => {
      if (opts.referenceDate !== undefined && !/^\d{4}-\d\d-\d\d$/.test(opts.referenceDate)) {
        throw new IsnadError('usage', `--reference-date «${opts.referenceDate}» is not YYYY-MM-DD`);
      }
      const loaded = deps.loadInputs([input]);
      if (loaded.documents.length === 0) {
        const why = loaded.diagnostics.map((d) => d.message).join('; ') || 'no text';
        throw new IsnadError('input_invalid', `${input}: ${why}`);
      }
      const docs: ExtractedDocument[] = loaded.documents.map((doc) => {
        // Caller-given metadata (a TREC date) wins over what isnad infers, as in `analyze`.
        const referenceDate = opts.referenceDate ?? doc.published;
        const result = deps.extract(doc.text, {
          ...(referenceDate ? { referenceDate } : {}),
          ...(opts.normalized ? { normalized: true } : {}),
        });
        const reference: ReferenceDate =
          !opts.referenceDate && doc.published
            ? { date: doc.published, source: 'option', rule: 'input metadata' }
            : result.reference;
        return {
          document: doc.id,
          ...result,
          reference,
          diagnostics: [
            ...loaded.diagnostics.filter((d) => !d.document || d.document === doc.id),
            ...result.diagnostics,
          ],
        };
      });
      if (opts.format === 'text') {
        out(docs.map((d) => formatExtract(d, opts.normalized === true)).join('\n'));
        return;
      }
      out(JSON.stringify(docs.length === 1 ? docs[0] : { documents: docs }, null, 2) + '\n');
    });
}
