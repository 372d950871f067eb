import type { ReactNode } from "react";

/**
 * The deck's frame: a full-viewport overlay above the app's navigation, a progress line, the
 * slide area and the control bar. Shared by the deck and its loading state, so nothing moves
 * when the slides arrive.
 */
export function DeckFrame({
  label,
  progress,
  controls,
  children,
}: {
  label: string;
  /** 0 to 1: how far through the deck. */
  progress: number;
  controls: ReactNode;
  children: ReactNode;
}) {
  return (
    <div
      className="fixed inset-0 z-50 flex flex-col bg-white text-slate-900"
      role="region"
      aria-roledescription="presentation"
      aria-label={label}
      data-testid="presentation"
    >
      <div className="h-1.5 shrink-0 bg-slate-100" aria-hidden="true">
        <div className="h-full bg-brand-600 transition-[width] duration-300" style={{ width: `${Math.round(progress * 100)}%` }} />
      </div>
      <div className="relative min-h-0 flex-1 overflow-y-auto overscroll-contain focus:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-brand-600" tabIndex={0}>{children}</div>
      <div className="shrink-0 border-t border-slate-200 bg-slate-50 px-3 py-2 sm:px-[3vw] sm:py-3">{controls}</div>
    </div>
  );
}
