import { useEffect } from 'react';
import type { RefObject } from 'react';
import type { Zoom } from '../common/search.js';

/** Keeps the focused activity's bar in view: scrolls the timeline sideways when the bar is outside. */
export function useBarInView(
  panesRef: RefObject<HTMLDivElement | null>,
  gridRef: RefObject<HTMLDivElement | null>,
  focusedKey: string | undefined,
  zoom: Zoom,
): void {
  useEffect(() => {
    const panes = panesRef.current;
    const gridEl = gridRef.current;
    if (!panes || !gridEl || focusedKey === undefined) return;
    const bar = panes.querySelector<SVGGraphicsElement>(
      `.tl-bar[data-activity="${CSS.escape(focusedKey)}"] :is(.tl-bar__body, .tl-milestone)`,
    );
    if (!bar) return;
    const pr = panes.getBoundingClientRect();
    const br = bar.getBoundingClientRect();
    const left = pr.left + gridEl.offsetWidth;
    if (br.left < left + 8 || br.left > pr.right - 40) panes.scrollLeft += br.left - left - 48;
  }, [panesRef, gridRef, focusedKey, zoom]);
}
