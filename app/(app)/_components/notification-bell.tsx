"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useSyncExternalStore } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { cn } from "@/components/ui/cn";
import { getUnread, refreshUnread, refreshUnreadIfStale, subscribeUnread } from "./unread-count";

/** How often the count is asked for again; a hidden tab does not ask, and asks again when shown. */
const POLL_MS = 30_000;

/** Keeps the count current: at mount unless just asked, every POLL_MS while the tab is visible, and when the tab comes back. */
function usePolledUnread(): number {
  const unread = useSyncExternalStore(subscribeUnread, getUnread, () => undefined);
  useEffect(() => {
    void refreshUnreadIfStale();
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") void refreshUnread();
    }, POLL_MS);
    const onShow = () => {
      if (document.visibilityState === "visible") void refreshUnreadIfStale();
    };
    document.addEventListener("visibilitychange", onShow);
    window.addEventListener("focus", onShow);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onShow);
      window.removeEventListener("focus", onShow);
    };
  }, []);
  return unread ?? 0;
}

/** The bell in the page header: the number of unread notifications, leading to the list. */
export function NotificationBell() {
  const { t } = useI18n();
  const pathname = usePathname();
  const unread = usePolledUnread();
  const label = unread > 0 ? t("notifications.bellUnread", { n: unread }) : t("notifications.bell");
  const current = pathname === "/notifications";
  return (
    <Link
      href="/notifications"
      aria-label={label}
      title={label}
      aria-current={current ? "page" : undefined}
      data-testid="notification-bell"
      className={cn(
        "relative inline-flex h-9 w-9 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100 hover:text-slate-900",
        current && "bg-brand-50 text-brand-800",
      )}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth={1.8}>
        <path strokeLinecap="round" strokeLinejoin="round" d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path strokeLinecap="round" strokeLinejoin="round" d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 ? (
        <span
          aria-hidden="true"
          className="absolute -right-0.5 -top-0.5 min-w-[1.25rem] rounded-full bg-red-600 px-1 text-center text-[11px] font-semibold leading-5 text-white"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
