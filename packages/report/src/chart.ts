import { createRequire } from 'node:module';
import type { BarChart, Section } from './model.js';

/** The bundled fonts (DejaVu Sans: Latin and Cyrillic, Kazakh letters included), from the `dejavu-fonts-ttf` package. */
export function fontFiles(): { readonly regular: string; readonly bold: string } {
  const require = createRequire(import.meta.url);
  return {
    regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
    bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  };
}

const WIDTH = 640;
const LABEL = 220;
const ROW = 26;
const TOP = 34;
const ACCENT = '#1f5fa8';
const PLAIN = '#8fa9c8';
const COMPARE = '#c9c9c9';

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const clip = (s: string, n = 34): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The chart as an SVG document: one horizontal bar per label, the highlighted one in the accent colour. */
export function chartSvg(chart: BarChart): string {
  const barArea = WIDTH - LABEL - 60;
  const per = chart.bars.some((b) => b.compare) ? 2 : 1;
  const legend = chart.legend ? 22 : 0;
  const height = TOP + legend + chart.bars.length * ROW * per + 10;
  const x = (v: number) => (Math.max(0, Math.min(v, chart.max)) / chart.max) * barArea;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="DejaVu Sans" font-size="12">`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="8" y="20" font-size="13" font-weight="bold">${escape(chart.title)}</text>`,
  ];
  if (chart.legend) {
    const [a, b] = chart.legend;
    parts.push(
      `<rect x="${LABEL}" y="${TOP - 4}" width="12" height="12" fill="${ACCENT}"/><text x="${LABEL + 18}" y="${TOP + 6}">${escape(a)}</text>`,
      `<rect x="${LABEL + 200}" y="${TOP - 4}" width="12" height="12" fill="${COMPARE}"/><text x="${LABEL + 218}" y="${TOP + 6}">${escape(b)}</text>`,
    );
  }
  chart.bars.forEach((bar, i) => {
    const y = TOP + legend + i * ROW * per;
    const fill = bar.highlight || chart.legend ? ACCENT : PLAIN;
    parts.push(
      `<text x="${LABEL - 8}" y="${y + 15}" text-anchor="end"${bar.highlight ? ' font-weight="bold"' : ''}>${escape(clip(bar.label))}</text>`,
      `<rect x="${LABEL}" y="${y + 3}" width="${x(bar.value).toFixed(1)}" height="16" fill="${fill}"/>`,
      `<text x="${(LABEL + x(bar.value) + 6).toFixed(1)}" y="${y + 15}">${escape(bar.valueText)}</text>`,
    );
    if (bar.compare) {
      const cy = y + ROW - 4;
      parts.push(
        `<rect x="${LABEL}" y="${cy + 3}" width="${x(bar.compare.value).toFixed(1)}" height="12" fill="${COMPARE}"/>`,
        `<text x="${(LABEL + x(bar.compare.value) + 6).toFixed(1)}" y="${cy + 13}" font-size="11">${escape(bar.compare.valueText)}</text>`,
      );
    }
  });
  parts.push('</svg>');
  return parts.join('');
}

export type ChartImage = { readonly png: Uint8Array; readonly width: number; readonly height: number };

/**
 * The chart as a PNG image at twice its size (for DOCX and PDF), drawn with the bundled fonts only. The rasteriser
 * (a native module) is loaded on first use, so the Markdown report never loads it.
 */
export async function chartPng(chart: BarChart): Promise<ChartImage> {
  const { Resvg } = await import('@resvg/resvg-js');
  const fonts = fontFiles();
  const resvg = new Resvg(chartSvg(chart), {
    fitTo: { mode: 'zoom', value: 2 },
    font: {
      loadSystemFonts: false,
      fontFiles: [fonts.regular, fonts.bold],
      defaultFontFamily: 'DejaVu Sans',
    },
  });
  const image = resvg.render();
  return { png: image.asPng(), width: image.width / 2, height: image.height / 2 };
}

/** The PNG image of every chart of the report's sections, drawn once. */
export async function chartImages(sections: readonly Section[]): Promise<Map<BarChart, ChartImage>> {
  const out = new Map<BarChart, ChartImage>();
  for (const s of sections)
    for (const b of s.blocks) if (b.kind === 'chart') out.set(b.chart, await chartPng(b.chart));
  return out;
}
