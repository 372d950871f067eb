import type { ReactNode } from "react";
import { cn } from "./cn";

const tones = {
  gray: "bg-slate-100 text-slate-700 ring-slate-200",
  blue: "bg-sky-50 text-sky-800 ring-sky-200",
  green: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  amber: "bg-amber-50 text-amber-900 ring-amber-200",
  red: "bg-red-50 text-red-800 ring-red-200",
  violet: "bg-violet-50 text-violet-800 ring-violet-200",
  teal: "bg-brand-50 text-brand-800 ring-brand-200",
} as const;
export type BadgeTone = keyof typeof tones;

export function Badge({
  tone = "gray",
  children,
  className,
  testId,
}: {
  tone?: BadgeTone;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <span
      data-testid={testId}
      className={cn(
        "inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset whitespace-nowrap",
        tones[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}

const STATUS_TONES: Record<string, BadgeTone> = {
  draft: "gray",
  submitted: "blue",
  approved: "green",
  revision_requested: "amber",
  rejected: "red",
  in_progress: "teal",
  completed: "violet",
  withdrawn: "gray",
};
export const statusTone = (status: string): BadgeTone => STATUS_TONES[status] ?? "gray";
