"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { ListNotificationsInput } from "@/server/notifications/notifications.schemas";
import { useTRPC } from "../../../_trpc/client";
import { refreshUnread, updateUnread } from "../../_components/unread-count";
import { NotificationItem } from "./notification-item";
import { NotificationPager, NotificationTabs } from "./notification-nav";

/** The reader's notifications, newest first; unread ones stand out, and opening one marks it read. */
export function NotificationList({ input }: { input: ListNotificationsInput }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const { data, isFetching } = useQuery({ ...trpc.notifications.list.queryOptions(input), placeholderData: keepPreviousData });
  // The list and the bell's count both change when something is marked read.
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() }), refreshUnread()]);
  // The bell's count drops at once (then the server's count replaces it), so it never lags behind what was read.
  const lowerCount = (by: number | "all") => updateUnread((n) => (n === undefined ? n : by === "all" ? 0 : Math.max(0, n - by)));
  const markRead = useMutation(
    trpc.notifications.markRead.mutationOptions({ onMutate: (vars) => void lowerCount(vars.ids.length), onSettled: refresh }),
  );
  const markAll = useMutation(
    trpc.notifications.markAllRead.mutationOptions({
      onMutate: () => void lowerCount("all"),
      onSuccess: () => setNotice(t("notifications.allMarkedRead")),
      onSettled: refresh,
    }),
  );
  if (!data) return <p className="text-sm text-slate-500">{t("common.loading")}</p>;
  const hasUnread = data.items.some((n) => n.readAt === null) || input.unreadOnly;

  return (
    <div aria-busy={isFetching}>
      <div className="mb-4 flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <NotificationTabs unreadOnly={Boolean(input.unreadOnly)} />
        <Button variant="secondary" onClick={() => markAll.mutate()} disabled={!hasUnread || markAll.isPending}>
          {t("notifications.markAllRead")}
        </Button>
      </div>
      {notice ? (
        <Alert tone="success" label="form-success" className="mb-4">
          {notice}
        </Alert>
      ) : null}
      {data.items.length === 0 ? (
        <Card className="p-10 text-center text-sm text-slate-600">
          {input.unreadOnly ? t("notifications.emptyUnread") : t("notifications.empty")}
        </Card>
      ) : (
        <>
          <p className="mb-3 text-sm text-slate-600">{t("notifications.count", { n: data.total.toLocaleString("id-ID") })}</p>
          <Card className="overflow-hidden">
            <ul className="divide-y divide-slate-100">
              {data.items.map((n) => (
                <NotificationItem key={n.id} notification={n} onOpen={() => n.readAt === null && markRead.mutate({ ids: [n.id] })} />
              ))}
            </ul>
          </Card>
          <NotificationPager
            page={data.page}
            pages={Math.max(1, Math.ceil(data.total / data.pageSize))}
            unreadOnly={Boolean(input.unreadOnly)}
          />
        </>
      )}
    </div>
  );
}
