"use client";

import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import { LinkButton } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

const href = (unreadOnly: boolean, page = 1) => {
  const qs = new URLSearchParams();
  if (unreadOnly) qs.set("unread", "1");
  if (page > 1) qs.set("page", String(page));
  const s = qs.toString();
  return s ? `/notifications?${s}` : "/notifications";
};

/** All or unread only; in the URL, so the choice survives a reload and the back button. */
export function NotificationTabs({ unreadOnly }: { unreadOnly: boolean }) {
  const { t } = useI18n();
  const tab = (active: boolean) =>
    cn("rounded-md px-3 py-1.5 text-sm font-medium", active ? "bg-white text-slate-900 shadow-sm" : "text-slate-600 hover:text-slate-900");
  return (
    <nav aria-label={t("notifications.show")} className="inline-flex w-fit rounded-lg bg-slate-100 p-1">
      <Link href={href(false)} aria-current={!unreadOnly ? "page" : undefined} className={tab(!unreadOnly)}>
        {t("notifications.filterAll")}
      </Link>
      <Link href={href(true)} aria-current={unreadOnly ? "page" : undefined} className={tab(unreadOnly)}>
        {t("notifications.filterUnread")}
      </Link>
    </nav>
  );
}

export function NotificationPager({ page, pages, unreadOnly }: { page: number; pages: number; unreadOnly: boolean }) {
  const { t } = useI18n();
  if (pages <= 1) return null;
  const off = "pointer-events-none opacity-50";
  return (
    <nav aria-label={t("common.pageOf", { page, pages })} className="mt-4 flex items-center justify-between gap-2">
      <LinkButton
        variant="secondary"
        size="sm"
        href={href(unreadOnly, page - 1)}
        aria-disabled={page <= 1}
        className={page <= 1 ? off : undefined}
      >
        {t("common.previous")}
      </LinkButton>
      <span className="text-sm text-slate-600">{t("common.pageOf", { page, pages })}</span>
      <LinkButton
        variant="secondary"
        size="sm"
        href={href(unreadOnly, page + 1)}
        aria-disabled={page >= pages}
        className={page >= pages ? off : undefined}
      >
        {t("common.next")}
      </LinkButton>
    </nav>
  );
}
