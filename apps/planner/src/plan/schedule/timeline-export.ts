import { saveBlob, saveText, slug } from '../../lib/download.js';
import type { ExportText } from '../../lib/svg-export.js';
import { composeSvg, svgToPng } from '../../lib/svg-export.js';

const STYLE_PROPS = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-weight',
  'font-style',
] as const;

/** A detached copy of the live timeline with the stylesheet's colours written onto every element. */
function inlined(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const live = [svg, ...svg.querySelectorAll('*')];
  const copy = [clone, ...clone.querySelectorAll('*')];
  live.forEach((el, i) => {
    const target = copy[i];
    if (!target || el.closest('defs')) return;
    const cs = getComputedStyle(el);
    for (const p of STYLE_PROPS) {
      const v = cs.getPropertyValue(p);
      if (v && !target.getAttribute(p)) target.setAttribute(p, v);
    }
  });
  clone.setAttribute('viewBox', `0 0 ${svg.width.baseVal.value} ${svg.height.baseVal.value}`);
  return clone;
}

export function exportTimeline(svg: SVGSVGElement, text: ExportText, format: 'svg' | 'png'): Promise<void> {
  const doc = composeSvg(inlined(svg), text);
  const name = `${slug(text.title)}-timeline`;
  if (format === 'svg') {
    saveText(doc, `${name}.svg`, 'image/svg+xml');
    return Promise.resolve();
  }
  return svgToPng(doc).then((png) => saveBlob(png, `${name}.png`));
}
