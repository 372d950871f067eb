import type { Metadata } from "next";
import { getTranslator } from "@/server/i18n/locale";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/session";
import { listFlagsSchema } from "@/server/overlaps/overlaps.schemas";
import { HydrateClient, getQueryClient, trpc } from "../../_trpc/server";
import { FlagQueue } from "./_components/flag-queue";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("review.title") };
}

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireRole("reviewer", "admin");
  const { t } = await getTranslator();
  const sp = await searchParams;
  const parsed = listFlagsSchema.safeParse({
    status: one(sp.status),
    kind: one(sp.kind),
    // Conflicts by default; repeats (history across years) in their own tab.
    tab: one(sp.tab) ?? "conflicts",
    page: one(sp.page) ? Number(one(sp.page)) : undefined,
  });
  const input = parsed.success ? parsed.data : listFlagsSchema.parse({ tab: "conflicts" });
  await getQueryClient().prefetchQuery(trpc.overlaps.queue.queryOptions(input));
  return (
    <HydrateClient>
      <PageHeader title={t("review.title")} description={t("review.subtitle")} />
      <FlagQueue input={input} />
    </HydrateClient>
  );
}
