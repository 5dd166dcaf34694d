/**
 * Horizontal bars drawn with divs, each row with its label and its number as text, so the
 * chart reads without colour and without hovering. One or more series stack in a row (e.g.
 * 3★, 4★, 5★), with a legend. The chart is hidden from screen readers: put the same figures
 * in a table beside it (DataTable), which is the source of truth for them.
 *
 *   <BarChart title={t("…")} series={[{ label: "3★", className: "bg-brand-200" }]}
 *     rows={[{ key: "25", label: "Tỉnh Phú Thọ", values: [12] }]} format={(n) => formatNumber(lang, n)} />
 */
export type BarSeries = { label: string; className: string };
export type BarRow = { key: string; label: string; values: readonly number[] };

export function BarChart({
  title,
  series,
  rows,
  format = String,
}: {
  /** A visible caption; leave it out when a heading right above already says it. */
  title?: string;
  series: readonly BarSeries[];
  rows: readonly BarRow[];
  format?: (n: number) => string;
}) {
  const totals = rows.map((r) => r.values.reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  return (
    <figure
      aria-hidden="true"
      className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm"
    >
      {title && (
        <figcaption className="mb-3 text-sm font-semibold text-stone-700">{title}</figcaption>
      )}
      {series.length > 1 && (
        <ul className="mb-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-700">
          {series.map((s) => (
            <li key={s.label} className="flex items-center gap-1.5">
              <span className={`inline-block h-3 w-3 rounded-sm ${s.className}`} />
              {s.label}
            </li>
          ))}
        </ul>
      )}
      <ul className="space-y-2">
        {rows.map((row, i) => {
          const total = totals[i] ?? 0;
          return (
            <li
              key={row.key}
              className="grid grid-cols-[minmax(0,9rem)_1fr] items-center gap-3 text-sm sm:grid-cols-[minmax(0,12rem)_1fr]"
            >
              <span className="truncate text-stone-800" title={row.label}>
                {row.label}
              </span>
              <span className="flex items-center gap-2">
                <span
                  className="flex h-5 overflow-hidden rounded"
                  style={{ width: `${(total / max) * 85}%` }}
                >
                  {row.values.map((v, j) =>
                    v > 0 ? (
                      <span
                        key={series[j]?.label ?? j}
                        className={`h-full ${series[j]?.className ?? "bg-brand-500"}`}
                        style={{ width: `${(v / Math.max(1, total)) * 100}%` }}
                      />
                    ) : null,
                  )}
                </span>
                <span className="shrink-0 font-semibold tabular-nums text-stone-900">
                  {format(total)}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
