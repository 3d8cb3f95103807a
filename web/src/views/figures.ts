// Estimates per slot — the range low–best–high, and every claim as a dot coloured by its source —
// and a map of the incidents from their coordinates (the geojson export), drawn over country
// outlines that ship with the app (world-atlas), so no tile server is needed.

import * as Plot from '@observablehq/plot';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { api } from '../api.js';
import { h, link } from '../dom.js';
import { lang, number, t } from '../i18n.js';
import {
  claimRoute,
  compareSlots,
  figureValue,
  outletOf,
  slotKey,
  slotLabel,
  slotOf,
  speakerOf,
  figureText,
} from '../model.js';
import { go } from '../router.js';
import type { View } from '../router.js';
import type { CaseEstimate, GeoFeature, Incident, StoredClaim } from '../types.js';

interface Dot {
  readonly slot: string;
  readonly value: number;
  readonly outlet: string;
  readonly counted: boolean;
  readonly claim: StoredClaim;
}

const countries = feature(
  world as unknown as Topology,
  (world as unknown as Topology).objects['countries'] as GeometryCollection,
);

function clickable(dots: readonly Dot[], caseId: number) {
  // Plot's render hook: the circles come in the order of the index it passes.
  return (
    index: number[],
    scales: Plot.ScaleFunctions,
    values: Plot.ChannelValues,
    dimensions: Plot.Dimensions,
    context: Plot.Context,
    next?: Plot.RenderFunction,
  ): SVGElement | null => {
    const g = next ? next(index, scales, values, dimensions, context) : null;
    if (!g) return g;
    g.querySelectorAll('circle').forEach((circle, k) => {
      const d = dots[index[k]!];
      if (!d) return;
      circle.setAttribute('data-claim', d.claim.id);
      circle.setAttribute('class', 'dot');
      circle.addEventListener('click', () => go(claimRoute(caseId, d.claim)));
    });
    return g;
  };
}

function chart(
  caseId: number,
  incident: Incident,
  estimates: readonly CaseEstimate[],
  claims: readonly StoredClaim[],
  outlets: Map<string, string>,
): HTMLElement {
  const rows = estimates
    .filter((e) => e.best !== null || e.low !== null || e.high !== null)
    .sort((a, b) => compareSlots(a, b));
  const labels = rows.map((e) => slotLabel(e));
  const wanted = new Map(rows.map((e) => [slotKey(e), e]));
  const dots: Dot[] = [];
  for (const c of claims) {
    if (c.incident !== incident.id || c.review === 'rejected') continue;
    const e = wanted.get(slotKey(slotOf(c)));
    const v = figureValue(c.quantity);
    if (!e || v === null) continue;
    dots.push({
      slot: slotLabel(e),
      value: v,
      outlet: outlets.get(c.document) ?? c.document,
      counted: !c.partisan,
      claim: c,
    });
  }
  if (rows.length === 0) return h('p', { class: 'muted' }, t('none'));
  // A log axis: tolls run from 1 to thousands in one case. A zero sits at 1.
  const floor = (n: number): number => Math.max(1, n);
  const ranges = rows.map((e) => ({
    slot: slotLabel(e),
    low: floor(e.low ?? e.best ?? e.high ?? 1),
    high: floor(e.high ?? e.best ?? e.low ?? 1),
    best: e.best === null ? null : floor(e.best),
  }));
  const max = Math.max(1, ...ranges.map((r) => r.high), ...dots.map((d) => d.value));
  const outletsShown = [...new Set(dots.map((d) => d.outlet))];
  const plot = Plot.plot({
    width: 900,
    height: 40 + rows.length * 34,
    marginLeft: 60,
    marginRight: 300,
    style: { fontFamily: 'inherit', fontSize: '13px', direction: 'ltr' },
    x:
      max > 30
        ? { type: 'log', label: t('figure'), grid: true, domain: [1, max * 1.2] }
        : { type: 'linear', label: t('figure'), grid: true, domain: [0, max + 1] },
    y: { domain: labels, label: null, axis: 'right', tickSize: 0 },
    color: { type: 'categorical', domain: outletsShown },
    marks: [
      Plot.ruleY(ranges, {
        y: 'slot',
        x1: 'low',
        x2: 'high',
        stroke: '#7a8ca3',
        strokeWidth: 10,
        strokeOpacity: 0.35,
      }),
      Plot.tickX(
        ranges.filter((r) => r.best !== null),
        { y: 'slot', x: 'best', stroke: '#111', strokeWidth: 3 },
      ),
      // Partisan figures as hollow dots, the others filled; both in their source's colour.
      ...[dots.filter((d) => d.counted), dots.filter((d) => !d.counted)].map((set) =>
        Plot.dot(set, {
          y: 'slot',
          x: (d: Dot) => (max > 30 ? floor(d.value) : d.value),
          r: 6,
          stroke: 'outlet',
          fill: set[0]?.counted === false ? 'white' : 'outlet',
          strokeWidth: 2,
          title: (d: Dot) =>
            `${d.outlet} · ${speakerOf(d.claim)}\n${figureText(d.claim.quantity)} — ${d.claim.text}`,
          render: clickable(set, caseId),
        }),
      ),
    ],
  });
  // The legend is the page's own (Plot's swatches clip right-to-left labels).
  const palette = [...(plot.scale('color')?.range ?? [])].map(String);
  const swatches = h(
    'p',
    { class: 'swatches' },
    outletsShown.map((o, k) =>
      h(
        'span',
        { class: 'swatch' },
        h('i', { style: `background:${palette[k % Math.max(1, palette.length)] ?? '#888'}` }),
        o,
      ),
    ),
  );
  const table = h(
    'table',
    { class: 'grid estimates', 'data-testid': 'estimates' },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', null, t('slot')),
        h('th', null, t('low')),
        h('th', null, t('best')),
        h('th', null, t('high')),
        h('th', null, t('conservative')),
        h('th', null, t('claims')),
        h('th', null, t('basis')),
      ),
    ),
    h(
      'tbody',
      null,
      rows.map((e) =>
        h(
          'tr',
          { 'data-slot': slotKey(e), 'data-incident': incident.id },
          h('th', { dir: lang() === 'en' ? 'ltr' : null }, slotLabel(e)),
          h('td', { class: 'low' }, e.low === null ? '' : number(e.low)),
          h('td', { class: 'best' }, e.best === null ? '' : number(e.best)),
          h('td', { class: 'high' }, e.high === null ? '' : number(e.high)),
          h('td', { class: 'conservative' }, e.conservative === null ? '' : number(e.conservative)),
          h(
            'td',
            null,
            e.claims.map((id) => {
              const c = claims.find((x) => x.id === id);
              return c ? link(claimRoute(caseId, c), { class: 'cite' }, id.replace(/^.*#/, '#')) : null;
            }),
          ),
          h('td', { class: 'basis', dir: 'auto' }, e.basis),
        ),
      ),
    ),
  );
  return h(
    'div',
    { class: 'estimate-block' },
    swatches,
    h('div', { class: 'chart', 'data-incident': incident.id }, plot),
    h(
      'p',
      { class: 'muted small' },
      lang() === 'ar'
        ? 'الشريط: من الأدنى إلى الأعلى · الخط الأسود: الأرجح · كل نقطة ادعاء بلون مصدره؛ النقطة الفارغة: طرف في القتال يتحدث عن خسائر خصمه (مستبعدة من الأدنى والأرجح)'
        : 'bar: low to high · black tick: best · each dot a claim in its source’s colour; hollow: a party speaking of its enemy’s losses (kept out of low and best)',
    ),
    table,
  );
}

function map(caseId: number, features: readonly GeoFeature[]): HTMLElement {
  const located = features.filter((f) => f.geometry !== null);
  const missing = features.filter((f) => f.geometry === null);
  if (located.length === 0) {
    return h('div', { class: 'map' }, h('p', { class: 'muted' }, t('notOnMap')));
  }
  const lons = located.map((f) => f.geometry!.coordinates[0]);
  const lats = located.map((f) => f.geometry!.coordinates[1]);
  const pad = 4;
  const domain = {
    type: 'MultiPoint' as const,
    coordinates: [
      [Math.min(...lons) - pad, Math.min(...lats) - pad],
      [Math.max(...lons) + pad, Math.max(...lats) + pad],
    ],
  };
  const points = located.map((f) => ({
    lon: f.geometry!.coordinates[0],
    lat: f.geometry!.coordinates[1],
    label:
      lang() === 'en'
        ? (f.properties.location_en ?? f.properties.location ?? '')
        : (f.properties.location ?? ''),
    claims: f.properties.claims,
    id: f.id,
    title: `${f.properties.title}\n${f.properties.start ?? ''} ${f.properties.end ?? ''}`,
  }));
  const svg = Plot.plot({
    width: 640,
    height: 480,
    projection: { type: 'mercator', domain },
    style: { fontFamily: 'inherit', fontSize: '13px', background: '#dfeaf3' },
    r: { range: [5, 18] },
    marks: [
      Plot.geo(countries, { fill: '#f4f1ea', stroke: '#9aa5b1', strokeWidth: 0.8 }),
      Plot.graticule({ strokeOpacity: 0.15 }),
      Plot.dot(points, {
        x: 'lon',
        y: 'lat',
        r: 'claims',
        fill: '#b3261e',
        fillOpacity: 0.75,
        stroke: 'white',
        title: 'title',
      }),
      Plot.text(points, {
        x: 'lon',
        y: 'lat',
        text: 'label',
        dy: -18,
        fontWeight: 'bold',
        stroke: 'white',
        strokeWidth: 3,
        fill: '#222',
      }),
    ],
  });
  svg.setAttribute('data-testid', 'map');
  return h(
    'div',
    { class: 'map' },
    svg,
    h(
      'ul',
      { class: 'map-list' },
      features.map((f) =>
        h(
          'li',
          { 'data-incident': f.id },
          link(
            `/case/${caseId}/board?incident=${encodeURIComponent(f.id)}`,
            null,
            f.properties.location ?? f.properties.title,
          ),
          f.geometry
            ? h(
                'span',
                { class: 'muted' },
                ` ${f.geometry.coordinates[1].toFixed(3)}, ${f.geometry.coordinates[0].toFixed(3)}`,
              )
            : h(
                'span',
                { class: 'muted' },
                ` — ${t('notOnMap')}${f.properties.geo_note ? `: ${f.properties.geo_note}` : ''}`,
              ),
        ),
      ),
    ),
    missing.length > 0
      ? h('p', { class: 'muted small' }, `${number(missing.length)} ${t('notOnMap')}`)
      : null,
  );
}

export async function figuresView(caseId: number): Promise<View> {
  const [incidents, estimates, claims, docs, features] = await Promise.all([
    api.incidents(caseId),
    api.estimates(caseId),
    api.claims(caseId),
    api.documents(caseId),
    api.places(caseId),
  ]);
  const outlets = new Map(docs.items.map((d) => [d.id, outletOf(d)]));
  const withFigures = incidents.filter((i) => estimates.some((e) => e.incident === i.id && e.best !== null));
  return {
    el: h(
      'section',
      { class: 'figures' },
      h('h1', null, t('figures')),
      h('h2', null, t('map')),
      map(caseId, features),
      withFigures.map((i) =>
        h(
          'section',
          { class: 'incident-figures', 'data-incident': i.id },
          h('h2', null, i.title),
          chart(
            caseId,
            i,
            estimates.filter((e) => e.incident === i.id),
            claims,
            outlets,
          ),
        ),
      ),
    ),
  };
}
