import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { TYPE } from "./type-scale";

/** One slide: the active filters above a large title, then the content filling the rest. */
export function Slide({ title, subtitle, children }: { title: string; subtitle: string; children: ReactNode }) {
  return (
    <div className="mx-auto flex min-h-full w-full max-w-[120rem] flex-col px-4 py-5 sm:px-[4vw] sm:py-[3.5vh]">
      <header className="mb-[max(1rem,3vh)] shrink-0">
        <p className={cn(TYPE.eyebrow, "font-semibold uppercase tracking-wider text-brand-700")} data-testid="slide-filters">
          {subtitle}
        </p>
        <h2 className={cn(TYPE.title, "mt-1 font-bold leading-tight tracking-tight text-slate-900")}>{title}</h2>
      </header>
      <div className="flex min-h-0 flex-1 flex-col">{children}</div>
    </div>
  );
}

/** What a slide shows when there is nothing to list: a calm, centred statement rather than a blank page. */
export function SlideEmpty({ children, tone = "neutral" }: { children: ReactNode; tone?: "neutral" | "good" }) {
  return (
    <div className="flex flex-1 items-center justify-center py-10">
      <p
        className={cn(
          TYPE.lead,
          "max-w-4xl rounded-3xl px-[4vmin] py-[5vmin] text-center font-medium",
          tone === "good" ? "bg-brand-50 text-brand-800" : "bg-slate-50 text-slate-600",
        )}
      >
        {tone === "good" ? <CheckMark className="mx-auto mb-[2vmin]" /> : null}
        {children}
      </p>
    </div>
  );
}

/** The "nothing open here" mark, shared by the empty states. */
export function CheckMark({ className }: { className?: string }) {
  return (
    <span
      className={cn(
        "flex h-[max(3rem,9vmin)] w-[max(3rem,9vmin)] items-center justify-center rounded-full bg-brand-100 text-[1.4em] leading-none text-brand-700",
        className,
      )}
      aria-hidden="true"
    >
      ✓
    </span>
  );
}
