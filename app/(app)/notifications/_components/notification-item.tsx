"use client";

import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import { describeNotification } from "@/lib/notifications/describe";
import { cn } from "@/components/ui/cn";
import type { NotificationKind } from "@/lib/enums";

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  link: string;
  payload: Record<string, unknown>;
  readAt: Date | null;
  createdAt: Date;
}

/** One notification as a link to what it is about; the whole row is the tap target on a phone. */
export function NotificationItem({ notification: n, onOpen }: { notification: NotificationRow; onOpen: () => void }) {
  const { t, locale, timeZone } = useI18n();
  const text = describeNotification(t, n.kind, n.payload);
  const unread = n.readAt === null;
  return (
    <li data-testid="notification" data-unread={unread || undefined}>
      <Link
        href={n.link}
        onClick={onOpen}
        className={cn("flex gap-3 px-4 py-3 hover:bg-slate-50 focus-visible:bg-slate-50 sm:px-5", unread && "bg-brand-50/40")}
      >
        <span aria-hidden="true" className={cn("mt-1.5 h-2.5 w-2.5 shrink-0 rounded-full", unread ? "bg-brand-600" : "bg-transparent")} />
        <span className="min-w-0 flex-1">
          <span className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5">
            <span className={cn("text-sm text-slate-900", unread ? "font-semibold" : "font-medium")}>
              {text.title}
              {unread ? <span className="sr-only"> ({t("notifications.unread")})</span> : null}
            </span>
            <time dateTime={new Date(n.createdAt).toISOString()} className="text-xs text-slate-500">
              {formatDateTime(n.createdAt, locale, timeZone)}
            </time>
          </span>
          <span className="mt-0.5 block break-words text-sm text-slate-700">{text.body}</span>
          {text.note ? <span className="mt-1 block break-words text-sm italic text-slate-600">{text.note}</span> : null}
        </span>
      </Link>
    </li>
  );
}
