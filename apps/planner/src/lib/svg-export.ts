const SVG_NS = 'http://www.w3.org/2000/svg';

export interface ExportText {
  title: string;
  subtitle?: string | undefined;
  source?: string | undefined;
  disclaimer?: string | undefined;
}

/** Splits text into lines of at most `max` characters at spaces. */
const wrap = (text: string, max: number): string[] => {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
};

/**
 * A standalone SVG document of a chart with its title, subtitle, source line and (for maps) the UN
 * disclaimer burned in, as the Grapher "Visualization" download does.
 */
export function composeSvg(chart: SVGSVGElement, text: ExportText): string {
  const vb = chart.viewBox.baseVal;
  const width = vb && vb.width > 0 ? vb.width : chart.clientWidth || 800;
  const height = vb && vb.height > 0 ? vb.height : chart.clientHeight || 500;
  const pad = 24;
  const chars = Math.max(40, Math.floor((width + 2 * pad) / 7.2));
  const head: Array<{ text: string; size: number; weight: number; fill: string }> = [
    ...wrap(text.title, Math.floor(chars * 0.75)).map((t) => ({ text: t, size: 20, weight: 700, fill: '#003a59' })),
    ...(text.subtitle ? wrap(text.subtitle, chars).map((t) => ({ text: t, size: 13, weight: 400, fill: '#44515e' })) : []),
  ];
  const foot = [
    ...(text.source ? wrap(text.source, chars) : []),
    ...(text.disclaimer ? wrap(text.disclaimer, chars) : []),
  ];
  const headH = head.reduce((s, l) => s + l.size * 1.4, 0) + 8;
  const footH = foot.length * 15 + 8;
  const total = { w: width + 2 * pad, h: pad + headH + height + footH + pad };

  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(total.w));
  root.setAttribute('height', String(total.h));
  root.setAttribute('viewBox', `0 0 ${total.w} ${total.h}`);
  root.setAttribute('font-family', 'Noto Sans, DejaVu Sans, Arial, sans-serif');
  const bg = doc.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#ffffff');
  root.append(bg);
  let y = pad;
  for (const l of head) {
    y += l.size * 1.2;
    const t = doc.createElementNS(SVG_NS, 'text');
    t.setAttribute('x', String(pad));
    t.setAttribute('y', String(y));
    t.setAttribute('font-size', String(l.size));
    t.setAttribute('font-weight', String(l.weight));
    t.setAttribute('fill', l.fill);
    t.textContent = l.text;
    root.append(t);
    y += l.size * 0.2;
  }
  y += 8;
  const g = doc.createElementNS(SVG_NS, 'g');
  g.setAttribute('transform', `translate(${pad},${y})`);
  const clone = chart.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  // Inline the computed styles the page's stylesheet gives to text and lines.
  clone.querySelectorAll('text').forEach((el) => {
    if (!el.getAttribute('fill')) el.setAttribute('fill', '#44515e');
    if (!el.getAttribute('font-size')) el.setAttribute('font-size', '12');
  });
  g.append(doc.importNode(clone, true));
  root.append(g);
  y += height + 8;
  for (const line of foot) {
    y += 15;
    const t = doc.createElementNS(SVG_NS, 'text');
    t.setAttribute('x', String(pad));
    t.setAttribute('y', String(y));
    t.setAttribute('font-size', '11');
    t.setAttribute('fill', '#5d6975');
    t.textContent = line;
    root.append(t);
  }
  return new XMLSerializer().serializeToString(doc);
}

/** Rasterises an SVG document to PNG in the browser (canvas), at the given pixel ratio. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(img.naturalWidth * scale);
    canvas.height = Math.ceil(img.naturalHeight * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('Canvas 2D is not available');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
