import type { I18n } from '../i18n/i18n-context.js';
import type { IndexView } from '../model/index-engine.js';

type Texts = Pick<I18n, 't' | 'text'>;

/** Which pillars were left out of the index because only some countries have a score on them, and who has one. */
export function excludedNote({ t, text }: Texts, view: IndexView, names: Readonly<Record<string, string>>): string {
  return view.excluded
    .map((e) => {
      const node = view.nodes.get(e.node);
      return t('planner.index.excludedPillar', {
        pillar: node?.name ? text(node.name) : e.node,
        scored: e.scored.length,
        of: e.of,
        countries: e.scored.map((u) => names[u] ?? u).join(', '),
      });
    })
    .join(' ');
}

/** The source line of a chart computed from the index: the methodology, then any pillar left out. */
export function computedNote(i18n: Texts, view: IndexView, names: Readonly<Record<string, string>>): string {
  const base = i18n.t('planner.overview.computedNote', { preset: i18n.text(view.spec.name) });
  const left = excludedNote(i18n, view, names);
  return left ? `${base} ${left}` : base;
}
