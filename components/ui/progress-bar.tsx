import { cn } from "./cn";

/**
 * A horizontal bar for a share of a plan. The bar stops at 100% while `percent` may be more
 * (a program can reach more people than planned); `label` names it for assistive tech.
 */
export function ProgressBar({ percent, label, className }: { percent: number; label: string; className?: string }) {
  const shown = Math.max(0, Math.min(100, percent));
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(shown)}
      className={cn("h-2 w-full overflow-hidden rounded-full bg-slate-100", className)}
    >
      <div className="h-full rounded-full bg-brand-600" style={{ width: `${shown}%` }} />
    </div>
  );
}
