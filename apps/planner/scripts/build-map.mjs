// Builds src/map/region-map.json from world-atlas (Natural Earth 1:50m, public domain; world-atlas ISC):
// the eight countries as a TopoJSON subset (shared borders stay shared arcs) and the neighbouring
// countries as GeoJSON clipped to the region's bounding box, coordinates rounded to 0.05° and thinned.
// Usage: pnpm --filter @dsc/planner map:build
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));

/** ISO 3166-1 numeric → alpha-3 of the eight countries (UN M49 country codes). */
const TARGETS = { '004': 'AFG', '031': 'AZE', '398': 'KAZ', '417': 'KGZ', '496': 'MNG', '762': 'TJK', '795': 'TKM', '860': 'UZB' };
/** Neighbours drawn for context only. */
const NEIGHBOURS = { '643': 'RUS', '156': 'CHN', '364': 'IRN', '586': 'PAK', '356': 'IND', '268': 'GEO', '051': 'ARM', '792': 'TUR', '368': 'IRQ', '760': 'SYR', '524': 'NPL', '408': 'PRK', '410': 'KOR', '050': 'BGD', '064': 'BTN' };
const BBOX = { west: 36, east: 126, south: 24, north: 58 };

const geoms = world.objects.countries.geometries;
const targetGeoms = geoms.filter((g) => TARGETS[g.id]).map((g) => ({ ...g, id: TARGETS[g.id], properties: {} }));
if (targetGeoms.length !== 8) throw new Error(`expected 8 countries, found ${targetGeoms.length}`);

// Keep only the arcs the eight countries use, re-indexed.
const used = new Map();
const remap = (i) => {
  const abs = i < 0 ? ~i : i;
  if (!used.has(abs)) used.set(abs, used.size);
  const j = used.get(abs);
  return i < 0 ? ~j : j;
};
const walk = (arcs) => (typeof arcs[0] === 'number' ? arcs.map(remap) : arcs.map(walk));
for (const g of targetGeoms) g.arcs = walk(g.arcs);
const arcs = [];
for (const [abs, j] of used) arcs[j] = world.arcs[abs];
const topology = {
  type: 'Topology',
  transform: world.transform,
  objects: { countries: { type: 'GeometryCollection', geometries: targetGeoms } },
  arcs,
};

// Sutherland–Hodgman clip of one ring against the bounding box.
const clipRing = (ring) => {
  const edges = [
    (p) => p[0] >= BBOX.west, (p) => p[0] <= BBOX.east, (p) => p[1] >= BBOX.south, (p) => p[1] <= BBOX.north,
  ];
  const cut = [
    (a, b) => [BBOX.west, a[1] + ((b[1] - a[1]) * (BBOX.west - a[0])) / (b[0] - a[0])],
    (a, b) => [BBOX.east, a[1] + ((b[1] - a[1]) * (BBOX.east - a[0])) / (b[0] - a[0])],
    (a, b) => [a[0] + ((b[0] - a[0]) * (BBOX.south - a[1])) / (b[1] - a[1]), BBOX.south],
    (a, b) => [a[0] + ((b[0] - a[0]) * (BBOX.north - a[1])) / (b[1] - a[1]), BBOX.north],
  ];
  let out = ring;
  for (let e = 0; e < 4; e++) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i];
      const prev = input[(i + input.length - 1) % input.length];
      const inCur = edges[e](cur);
      const inPrev = edges[e](prev);
      if (inCur) {
        if (!inPrev) out.push(cut[e](prev, cur));
        out.push(cur);
      } else if (inPrev) out.push(cut[e](prev, cur));
    }
    if (out.length === 0) return null;
  }
  const rounded = [];
  for (const [x, y] of out) {
    // Context shapes only: round to 0.05° and drop points closer than 0.15° to the last kept one.
    const p = [Math.round(x * 20) / 20, Math.round(y * 20) / 20];
    const last = rounded[rounded.length - 1];
    if (!last || Math.hypot(last[0] - p[0], last[1] - p[1]) >= 0.15) rounded.push(p);
  }
  if (rounded.length < 3) return null;
  rounded.push(rounded[0]);
  return rounded;
};
const all = feature(world, world.objects.countries);
const neighbours = [];
for (const f of all.features) {
  const code = NEIGHBOURS[f.id];
  if (!code) continue;
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const clipped = [];
  for (const poly of polys) {
    const outer = clipRing(poly[0]);
    if (!outer) continue;
    clipped.push([outer, ...poly.slice(1).map(clipRing).filter(Boolean)]);
  }
  if (clipped.length) neighbours.push({ type: 'Feature', id: code, properties: {}, geometry: { type: 'MultiPolygon', coordinates: clipped } });
}

const out = {
  attribution: 'Made with Natural Earth (public domain), 1:50m admin-0 countries, via world-atlas 2.0.2 (ISC)',
  bbox: [BBOX.west, BBOX.south, BBOX.east, BBOX.north],
  topology,
  neighbours: { type: 'FeatureCollection', features: neighbours },
};
const target = fileURLToPath(new URL('../src/map/region-map.json', import.meta.url));
writeFileSync(target, JSON.stringify(out));
console.log(`wrote ${target}: ${JSON.stringify(out).length} bytes, ${arcs.length} arcs, ${neighbours.length} neighbours`);
