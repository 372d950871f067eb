import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { BriefSectionKey, BriefTable } from "@/server/brief/brief.tables";

/** Which cell names the row's subject, and so links to it. */
const LINK_COLUMN: Record<BriefSectionKey, number> = { submissions: 1, decisions: 1, flags: 1, gaps: 0, blankSpots: 0, targeting: 0 };

interface Props {
  table: BriefTable;
  emptyLabel: string;
  /** "Showing 200 of 340.", when the list was capped. */
  shownLabel: string | null;
}

/**
 * One section of the brief: a table on wide screens and on paper; on a phone each row becomes a
 * small card with the column names beside the values, so nothing scrolls sideways.
 */
export function BriefSection({ table, emptyLabel, shownLabel }: Props) {
  const headingId = `brief-${table.key}`;
  return (
    <Card className="mt-6 overflow-hidden print:mt-4 print:rounded-none print:border-0 print:shadow-none">
      <section aria-labelledby={headingId} data-brief-section={table.key} data-testid={`brief-section-${table.key}`}>
        <div className="border-b border-slate-200 px-4 py-3 sm:px-6 print:px-0">
          <h2 id={headingId} className="flex items-center gap-2 text-base font-semibold text-slate-900">
            {table.title}
            <Badge tone={table.total ? "teal" : "gray"} testId={`brief-count-${table.key}`}>
              {table.total}
            </Badge>
          </h2>
          <p className="mt-1 text-sm text-slate-600">{table.hint}</p>
          {shownLabel ? <p className="mt-1 text-xs font-medium text-amber-800">{shownLabel}</p> : null}
        </div>
        {table.rows.length === 0 ? (
          <p className="px-4 py-4 text-sm italic text-slate-500 sm:px-6 print:px-0">{emptyLabel}</p>
        ) : (
          <table className="w-full text-left text-sm max-sm:block print:text-xs">
            <thead className="bg-slate-50 max-sm:hidden">
              <tr className="border-b border-slate-200">
                {table.columns.map((c) => (
                  <th
                    key={c.label}
                    scope="col"
                    style={{ width: `${c.share * 100}%` }}
                    className="px-3 py-2 text-xs font-semibold uppercase tracking-wide text-slate-600 first:pl-6 last:pr-6"
                  >
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 max-sm:block">
              {table.rows.map((row, i) => (
                <tr key={i} className="align-top max-sm:block max-sm:px-4 max-sm:py-3">
                  {row.cells.map((cell, j) => (
                    <td
                      key={j}
                      className="px-3 py-2 text-slate-800 max-sm:flex max-sm:gap-3 max-sm:px-0 max-sm:py-0.5 sm:first:pl-6 sm:last:pr-6"
                    >
                      <span className="w-24 shrink-0 text-xs leading-5 text-slate-500 sm:hidden">{table.columns[j]?.label}</span>
                      <span className="min-w-0 break-words">
                        {row.href && j === LINK_COLUMN[table.key] ? (
                          <Link href={row.href} className="font-medium text-brand-700 hover:underline">
                            {cell}
                          </Link>
                        ) : (
                          cell
                        )}
                      </span>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </Card>
  );
}
