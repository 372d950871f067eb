import type { Metadata } from "next";
import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslator } from "@/server/i18n/locale";
import { requireRole } from "@/server/auth/session";
import { HydrateClient, getQueryClient, trpc } from "../../../_trpc/server";
import { FlagCompare } from "../_components/flag-compare";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("review.compareTitle") };
}

export default async function FlagPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("reviewer", "admin");
  const { id } = await params;
  const { t } = await getTranslator();
  try {
    await getQueryClient().fetchQuery(trpc.overlaps.byId.queryOptions({ id }));
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
      <FlagCompare id={id} />
    </HydrateClient>
  );
}
