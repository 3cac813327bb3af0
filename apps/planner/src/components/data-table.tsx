import type { ReactNode } from 'react';
import type { CsvCell } from '../lib/csv.js';

export interface Column<R> {
  key: string;
  header: string;
  numeric?: boolean;
  /** Cell content; defaults to the CSV value. */
  render?: (row: R) => ReactNode;
  /** Value written to CSV downloads. */
  value: (row: R) => CsvCell;
  /** Row header cell (`<th scope="row">`). */
  rowHeader?: boolean;
}

export function DataTable<R>({
  caption,
  columns,
  rows,
  rowKey,
  captionHidden = false,
}: {
  caption: string;
  columns: readonly Column<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  captionHidden?: boolean;
}) {
  return (
    <div className="table-wrap">
      <table>
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={rowKey(r)}>
              {columns.map((c) => {
                const content = c.render ? c.render(r) : (c.value(r) ?? '');
                const cls = c.numeric ? 'num' : undefined;
                return c.rowHeader ? (
                  <th key={c.key} scope="row" className={cls}>
                    {content}
                  </th>
                ) : (
                  <td key={c.key} className={cls}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The CSV header and rows of a table as shown. */
export const tableToCsv = <R,>(columns: readonly Column<R>[], rows: readonly R[]) => ({
  header: columns.map((c) => c.header),
  rows: rows.map((r) => columns.map((c) => c.value(r))),
});
