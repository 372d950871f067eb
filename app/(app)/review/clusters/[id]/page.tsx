import type { Metadata } from "next";
import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslator } from "@/server/i18n/locale";
import { requireRole } from "@/server/auth/session";
import { HydrateClient, getQueryClient, trpc } from "../../../../_trpc/server";
import { ClusterView } from "../../_components/cluster-view";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("review.cluster.title") };
}

export default async function ClusterPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("reviewer", "admin");
  const { id } = await params;
  const { t } = await getTranslator();
  try {
    await getQueryClient().fetchQuery(trpc.overlaps.cluster.queryOptions({ id }));
  } catch (err) {
    if (err instanceof TRPCError && (err.code === "NOT_FOUND" || err.code === "BAD_REQUEST")) notFound();
    throw err;
  }
  return (
    <HydrateClient>
      <nav className="mb-4 text-sm">
        <Link href="/review" className="text-brand-700 hover:underline">
          ← {t("review.title")}
        </Link>
      </nav>
      <ClusterView id={id} />
    </HydrateClient>
  );
}
