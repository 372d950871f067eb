import type { Metadata } from "next";
import { getTranslator } from "@/server/i18n/locale";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/server/auth/session";
import { listNotificationsSchema } from "@/server/notifications/notifications.schemas";
import { HydrateClient, getQueryClient, trpc } from "../../_trpc/server";
import { NotificationList } from "./_components/notification-list";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("notifications.title") };
}

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** The filter and page live in the URL (`?unread=1&page=2`); anything invalid falls back to the first page of all. */
function inputFromSearch(sp: Search) {
  const parsed = listNotificationsSchema.safeParse({ unreadOnly: one(sp.unread) === "1", page: Number(one(sp.page) ?? 1) });
  return parsed.success ? parsed.data : { unreadOnly: false, page: 1 };
}

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireViewer();
  const { t } = await getTranslator();
  const input = inputFromSearch(await searchParams);
  await getQueryClient().prefetchQuery(trpc.notifications.list.queryOptions(input));
  return (
    <HydrateClient>
      <PageHeader title={t("notifications.title")} description={t("notifications.subtitle")} />
      <NotificationList input={input} />
    </HydrateClient>
  );
}
