/**
 * A table for workspace lists: a caption (visible or for screen readers only), header cells
 * with scope, and a frame that scrolls sideways on a phone instead of squeezing the columns.
 * Columns marked `wide` are hidden below 640 px, for details a phone can live without.
 *
 *   <DataTable caption={t("…")} rows={items} rowKey={(p) => p.id} empty={t("…")}
 *     columns={[{ key: "name", header: t("…"), cell: (p) => <Link …>{p.name}</Link>, rowHeader: true }]} />
 */
import type { ReactNode } from "react";

export type Column<T> = {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** Hidden on a phone. */
  wide?: boolean;
  /** The cell that names the row (a <th scope="row">), usually the first. */
  rowHeader?: boolean;
};

export function DataTable<T>({
  caption,
  captionHidden = false,
  columns,
  rows,
  rowKey,
  empty,
  footer,
  dense = false,
}: {
  caption: string;
  captionHidden?: boolean;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  /** Shown instead of the table when there are no rows. */
  empty: ReactNode;
  /** A last row (e.g. totals), already made of <td>/<th> cells. */
  footer?: ReactNode;
  /** Tighter rows, for figures rather than records. */
  dense?: boolean;
}) {
  if (rows.length === 0) {
    return (
      <p className="rounded-xl border border-dashed border-stone-300 bg-white p-5 text-stone-600">
        {empty}
      </p>
    );
  }
  const cellClass = (c: Column<T>) =>
    `px-3 ${dense ? "py-2" : "py-3"} align-top sm:px-4 ${c.numeric ? "text-right tabular-nums" : "text-left"} ${c.wide ? "hidden sm:table-cell" : ""}`;
  return (
    <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white shadow-sm">
      <table className="w-full border-collapse text-sm">
        <caption
          className={
            captionHidden ? "sr-only" : "px-4 pt-3 text-left text-sm font-semibold text-stone-700"
          }
        >
          {caption}
        </caption>
        <thead className="border-b border-stone-200 bg-stone-50 text-xs uppercase tracking-wide text-stone-600">
          <tr>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={`${cellClass(c)} font-semibold ${c.numeric ? "whitespace-nowrap" : ""}`}
              >
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.key} scope="row" className={`${cellClass(c)} font-medium`}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.key} className={cellClass(c)}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        {footer && (
          <tfoot className="border-t-2 border-stone-200 bg-stone-50 font-semibold">{footer}</tfoot>
        )}
      </table>
    </div>
  );
}
