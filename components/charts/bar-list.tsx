import Link from "next/link";

export interface Bar {
  key: string;
  label: string;
  value: number;
  valueText: string;
  href?: string;
}

/**
 * Horizontal bars as a list: readable on a phone and by a screen reader; fixed height per row, so
 * nothing shifts. Bars whose values are all 0 (programs whose budgets are not known yet) are still
 * listed, with their text, rather than called empty.
 */
export function BarList({ bars, emptyLabel }: { bars: Bar[]; emptyLabel: string }) {
  const max = Math.max(0, ...bars.map((b) => b.value));
  if (bars.length === 0) return <p className="py-6 text-center text-sm text-slate-500">{emptyLabel}</p>;
  return (
    <ul className="space-y-2">
      {bars.map((b) => {
        const body = (
          <>
            <span className="flex items-baseline justify-between gap-2 text-sm">
              <span className="truncate text-slate-800">{b.label}</span>
              <span className="shrink-0 font-medium tabular-nums text-slate-900">{b.valueText}</span>
            </span>
            <span className="mt-1 block h-2 rounded-full bg-slate-100" aria-hidden="true">
              <span
                className="block h-2 rounded-full bg-brand-600"
                style={{ width: `${max > 0 ? Math.max(2, (b.value / max) * 100) : 0}%` }}
              />
            </span>
          </>
        );
        return (
          <li key={b.key} className="h-11">
            {b.href ? (
              <Link href={b.href} className="block rounded-md px-1 hover:bg-slate-50">
                {body}
              </Link>
            ) : (
              <div className="px-1">{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
