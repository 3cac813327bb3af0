import { Link } from '@tanstack/react-router';
import { geoConicEqualArea, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { useMemo } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { NO_DATA_FILL } from '../charts/palette.js';
import regionMap from './region-map.json';

interface RegionMapData {
  attribution: string;
  bbox: [number, number, number, number];
  topology: Topology<{ countries: GeometryCollection }>;
  neighbours: FeatureCollection<Geometry>;
}
const data = regionMap as unknown as RegionMapData;

const WIDTH = 900;
const HEIGHT = 470;

/** Projected outlines of the eight countries and their clipped neighbours (computed once). */
const useShapes = () =>
  useMemo(() => {
    const countries = feature(data.topology, data.topology.objects.countries) as FeatureCollection<Geometry>;
    const projection = geoConicEqualArea().parallels([38, 50]).rotate([-75, 0]);
    projection.fitExtent(
      [
        [12, 12],
        [WIDTH - 12, HEIGHT - 12],
      ],
      countries,
    );
    const path = geoPath(projection);
    return {
      countries: countries.features.map((f) => ({ id: String(f.id), d: path(f) ?? '', centroid: path.centroid(f) })),
      neighbours: data.neighbours.features.map((f) => ({ id: String(f.id), d: path(f) ?? '' })),
    };
  }, []);

export interface MapDatum {
  fill: string | undefined;
  /** Accessible name of the country's link, e.g. "Kazakhstan: 62.4". */
  label: string;
  /** Short text drawn on the map (the value). */
  value?: string | undefined;
}

/** Choropleth map of the eight countries; each country links to its profile. */
export function ChoroplethMap({
  values,
  label,
  names,
}: {
  values: Readonly<Record<string, MapDatum>>;
  label: string;
  names: Readonly<Record<string, string>>;
}) {
  const shapes = useShapes();
  return (
    <svg className="chart map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={label}>
      <rect width={WIDTH} height={HEIGHT} fill="#f4f8fb" aria-hidden="true" />
      <g aria-hidden="true">
        {shapes.neighbours.map((n) => (
          <path key={n.id} d={n.d} fill="#e6e9ec" stroke="#ffffff" strokeWidth="0.8" />
        ))}
      </g>
      {shapes.countries.map((c) => {
        const v = values[c.id];
        return (
          <Link key={c.id} to="/country/$iso3" params={{ iso3: c.id }} aria-label={v?.label ?? names[c.id] ?? c.id}>
            <path d={c.d} fill={v?.fill ?? NO_DATA_FILL} stroke="#ffffff" strokeWidth="1.2">
              <title>{v?.label ?? names[c.id] ?? c.id}</title>
            </path>
          </Link>
        );
      })}
      <g aria-hidden="true" pointerEvents="none">
        {shapes.countries.map((c) => {
          const v = values[c.id];
          const [x, y] = c.centroid;
          if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
          return (
            <text key={c.id} x={x} y={y} textAnchor="middle" fontSize="12" fontWeight="600" fill="#1b2733" stroke="#ffffff" strokeWidth="3" paintOrder="stroke">
              <tspan x={x}>{names[c.id] ?? c.id}</tspan>
              {v?.value && (
                <tspan x={x} dy="1.2em" fontWeight="400">
                  {v.value}
                </tspan>
              )}
            </text>
          );
        })}
      </g>
    </svg>
  );
}
