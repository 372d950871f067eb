"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { BrandMark } from "@/components/layout/brand";
import { useI18n } from "@/components/i18n/i18n-provider";
import { cn } from "@/components/ui/cn";
import { DeckFrame } from "./frame";
import { SLIDE_PARAM } from "./present-links";

export interface DeckSlide {
  key: string;
  title: string;
  content: ReactNode;
}

const subscribeFullscreen = (onChange: () => void) => {
  document.addEventListener("fullscreenchange", onChange);
  return () => document.removeEventListener("fullscreenchange", onChange);
};
const noSubscription = () => () => undefined;

/** Keys that move through the deck, as presentation software and clickers send them. */
const MOVES: Record<string, "next" | "previous" | "first" | "last"> = {
  ArrowRight: "next",
  PageDown: "next",
  ArrowLeft: "previous",
  PageUp: "previous",
  Home: "first",
  End: "last",
};

const control = cn(
  "inline-flex h-11 min-w-11 items-center justify-center gap-2 whitespace-nowrap rounded-lg px-3 text-base font-semibold transition-colors",
  "disabled:cursor-not-allowed disabled:opacity-40 sm:px-4 sm:text-lg",
);

/**
 * The slides, one at a time. All are rendered on the server; moving only shows another one, so
 * nothing loads or shifts. The slide number is kept in `?slide=` (reload stays put) with
 * replaceState, so the browser's Back leaves the presentation rather than stepping through it.
 */
export function Deck({ slides, initial, exitHref }: { slides: DeckSlide[]; initial: number; exitHref: string }) {
  const { t } = useI18n();
  const total = slides.length;
  const [index, setIndex] = useState(() => Math.min(Math.max(initial, 0), total - 1));
  const isFullscreen = useSyncExternalStore(
    subscribeFullscreen,
    () => document.fullscreenElement !== null,
    () => false,
  );
  // Phones without the Fullscreen API (iPhone Safari) get no button that would do nothing.
  const canFullscreen = useSyncExternalStore(
    noSubscription,
    () => document.fullscreenEnabled === true,
    () => true,
  );
  const touchStart = useRef<{ x: number; y: number } | null>(null);

  const go = useCallback((i: number) => setIndex(Math.min(Math.max(i, 0), total - 1)), [total]);
  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    // Refused when the browser forbids it (an embedding frame's policy); the deck works the same without.
    else void document.documentElement.requestFullscreen().catch(() => undefined);
  }, []);

  // The deck covers the app's frame; keep the frame's links out of the Tab order while it does.
  useEffect(() => {
    const chrome = Array.from(document.querySelectorAll<HTMLElement>("[data-app-chrome]"));
    for (const el of chrome) el.inert = true;
    return () => {
      for (const el of chrome) el.inert = false;
    };
  }, []);

  useEffect(() => {
    const url = new URL(window.location.href);
    const value = String(index + 1);
    if (url.searchParams.get(SLIDE_PARAM) === value) return;
    url.searchParams.set(SLIDE_PARAM, value);
    window.history.replaceState(null, "", url);
  }, [index]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest("input, textarea, select, [contenteditable='true']")) return;
      const move = e.key === " " ? (e.shiftKey ? "previous" : "next") : MOVES[e.key];
      if (move) {
        // Space on a focused button or link presses it; it must not also turn the page.
        if (e.key === " " && target?.closest("a, button")) return;
        e.preventDefault();
        setIndex((i) => {
          const next = move === "next" ? i + 1 : move === "previous" ? i - 1 : move === "first" ? 0 : total - 1;
          return Math.min(Math.max(next, 0), total - 1);
        });
      } else if (e.key === "f" || e.key === "F") {
        e.preventDefault();
        toggleFullscreen();
      } else if (e.key === "Escape" && document.fullscreenElement) {
        void document.exitFullscreen();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [total, toggleFullscreen]);

  // Leaving the deck (the exit link) also leaves full screen.
  useEffect(
    () => () => {
      if (document.fullscreenElement) void document.exitFullscreen();
    },
    [],
  );

  const onTouchStart = (e: React.TouchEvent) => {
    const p = e.touches[0];
    touchStart.current = p ? { x: p.clientX, y: p.clientY } : null;
  };
  const onTouchEnd = (e: React.TouchEvent) => {
    const start = touchStart.current;
    const p = e.changedTouches[0];
    touchStart.current = null;
    if (!start || !p) return;
    const dx = p.clientX - start.x;
    const dy = p.clientY - start.y;
    // A clear sideways swipe turns the page; anything more vertical is the slide scrolling.
    if (Math.abs(dx) > 60 && Math.abs(dx) > 2 * Math.abs(dy)) go(index + (dx < 0 ? 1 : -1));
  };

  const current = slides[index];
  const slideLabel = t("present.slideLabel", { n: index + 1, total, title: current?.title ?? "" });

  return (
    <DeckFrame
      label={t("present.title")}
      progress={(index + 1) / total}
      controls={
        <div className="flex items-center gap-2 sm:gap-4">
          <div className="flex min-w-0 flex-1 items-center gap-3">
            <Link href={exitHref} className={cn(control, "text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-white")}>
              <span aria-hidden="true">✕</span>
              {t("present.exit")}
            </Link>
            <span className="hidden items-center gap-2 truncate text-base font-semibold text-slate-700 lg:flex">
              <BrandMark className="h-7 w-7 shrink-0" />
              {t("common.appName")}
            </span>
          </div>
          <nav aria-label={t("present.nav")} className="flex shrink-0 items-center gap-1 sm:gap-3">
            <button
              type="button"
              className={cn(control, "text-slate-800 hover:bg-slate-200")}
              onClick={() => go(index - 1)}
              disabled={index === 0}
            >
              <span aria-hidden="true">←</span>
              <span className="sr-only sm:not-sr-only">{t("present.previous")}</span>
            </button>
            <span
              className="min-w-[4.5ch] text-center text-lg font-bold tabular-nums text-slate-900 sm:text-2xl"
              data-testid="slide-indicator"
            >
              {t("present.slideOf", { n: index + 1, total })}
            </span>
            <button
              type="button"
              className={cn(control, "bg-brand-700 text-white hover:bg-brand-800")}
              onClick={() => go(index + 1)}
              disabled={index === total - 1}
            >
              <span className="sr-only sm:not-sr-only">{t("present.next")}</span>
              <span aria-hidden="true">→</span>
            </button>
          </nav>
          <div className="flex min-w-0 flex-1 items-center justify-end gap-3">
            <span className="hidden truncate text-sm text-slate-500 2xl:block">{t("present.keysHint")}</span>
            <button
              type="button"
              className={cn(control, "text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-white", !canFullscreen && "invisible")}
              onClick={toggleFullscreen}
              aria-pressed={isFullscreen}
              title={isFullscreen ? t("present.exitFullscreen") : t("present.fullscreen")}
            >
              <FullscreenIcon leave={isFullscreen} />
              <span className="sr-only md:not-sr-only">{isFullscreen ? t("present.exitFullscreen") : t("present.fullscreen")}</span>
            </button>
          </div>
        </div>
      }
    >
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {slideLabel}
      </p>
      <div className="h-full" onTouchStart={onTouchStart} onTouchEnd={onTouchEnd}>
        {slides.map((s, i) => (
          <section
            key={s.key}
            hidden={i !== index}
            aria-roledescription="slide"
            aria-label={t("present.slideLabel", { n: i + 1, total, title: s.title })}
            className="h-full"
            data-slide={s.key}
          >
            {s.content}
          </section>
        ))}
      </div>
    </DeckFrame>
  );
}

function FullscreenIcon({ leave }: { leave: boolean }) {
  return (
    <svg viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" aria-hidden="true">
      {leave ? <path d="M9 4v5H4M15 4v5h5M9 20v-5H4M15 20v-5h5" /> : <path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />}
    </svg>
  );
}
