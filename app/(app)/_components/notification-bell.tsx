"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import { cn } from "@/components/ui/cn";
import { useTRPC } from "../../_trpc/client";

/** How often the count is asked for again; a hidden tab does not ask (React Query's default). */
const POLL_MS = 30_000;

/** The bell in the page header: the number of unread notifications, leading to the list. */
export function NotificationBell() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const pathname = usePathname();
  const { data: unread = 0 } = useQuery({ ...trpc.notifications.unreadCount.queryOptions(), refetchInterval: POLL_MS });
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
