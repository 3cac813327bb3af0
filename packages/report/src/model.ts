import type { Locale } from '@dsc/domain';

/** A run of text and the BCP 47 tag of its language (a proper name or a fallback may differ from the report's; `und` when unknown). */
export type Run = { readonly text: string; readonly lang: string; readonly bold?: boolean };

/** A paragraph, list item or table cell: runs of text. */
export type Text = readonly Run[];

/** A horizontal bar chart: one bar per label on a 0–`max` scale, optionally with a second (comparison) bar. */
export type BarChart = {
  readonly title: string;
  readonly max: number;
  readonly bars: readonly {
    readonly label: string;
    readonly value: number;
    readonly valueText: string;
    readonly highlight?: boolean;
    readonly compare?: { readonly value: number; readonly valueText: string };
  }[];
  /** Names of the bar and of the comparison bar, when there is one. */
  readonly legend?: readonly [string, string];
};

export type Block =
  | { readonly kind: 'paragraph'; readonly text: Text }
  | { readonly kind: 'list'; readonly items: readonly Text[] }
  | {
      readonly kind: 'table';
      readonly head: readonly string[];
      readonly rows: readonly (readonly Text[])[];
      readonly numeric?: readonly boolean[];
    }
  | { readonly kind: 'chart'; readonly chart: BarChart };

export type Section = { readonly heading: string; readonly blocks: readonly Block[] };

/**
 * The assessment report in one language, ready for a renderer: every text is already in the reader's language
 * (or tagged with the language of a proper name), numbers and dates formatted the way that language writes them.
 */
export type ReportDocument = {
  readonly lang: Locale;
  readonly title: string;
  readonly subtitle: string;
  readonly methodology: string;
  readonly sections: readonly Section[];
  /** The page footer: `{page}` and `{pages}` are replaced by the renderer. */
  readonly pageFooter: string;
};
