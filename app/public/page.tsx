import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDateTime } from "@/lib/format";
import { getTranslator } from "@/server/i18n/locale";
import { getQueryClient, trpc } from "../_trpc/server";
import { AreaCard } from "./_components/area-list";
import { PublicHeader } from "./_components/public-header";
import { SectorTable, TotalsTiles } from "./_components/public-figures";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("public.title"), description: t("public.metaDescription") };
}

/** The same aggregates for every visitor; while the admins keep the page off, the procedure answers not found and so does the page. */
async function fetchSummaryOr404() {
  try {
    return await getQueryClient().fetchQuery(trpc.public.summary.queryOptions());
  } catch (err) {
    if (err instanceof TRPCError && err.code === "NOT_FOUND") notFound();
    throw err;
  }
}

export default async function PublicPage() {
  const summary = await fetchSummaryOr404();
  const { t, locale, timeZone } = await getTranslator();
  const province = summary.province.name;
  return (
    <div className="min-h-dvh bg-slate-50">
      <PublicHeader appName={t("common.appName")} signInLabel={t("public.signIn")} locale={locale} switchLabel={t("common.switchTo")} />
      <main id="main" className="mx-auto max-w-6xl space-y-10 px-4 py-8 sm:px-6">
        <section className="max-w-3xl">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">{t("public.heading", { province })}</h1>
          <p className="mt-3 text-slate-700">{t("public.intro")}</p>
          <p className="mt-2 text-sm text-slate-600">{t("public.scope")}</p>
          <p className="mt-3 text-sm font-medium text-slate-700" data-testid="public-as-of">
            {t("public.asOf", { date: formatDateTime(summary.asOf, locale, timeZone) })}
          </p>
        </section>

        <section aria-labelledby="totals-title">
          <h2 id="totals-title" className="mb-3 text-lg font-semibold text-slate-900">
            {t("public.totalsTitle")}
          </h2>
          {!summary.totals.suppressed && summary.totals.programs === 0 ? (
            <p className="text-sm text-slate-600">{t("public.empty")}</p>
          ) : (
            <TotalsTiles summary={summary} t={t} locale={locale} />
          )}
        </section>

        <section aria-labelledby="sectors-title">
          <h2 id="sectors-title" className="mb-3 text-lg font-semibold text-slate-900">
            {t("public.bySectorTitle")}
          </h2>
          <div className="rounded-xl border border-slate-200 bg-white shadow-sm">
            <SectorTable summary={summary} t={t} locale={locale} />
          </div>
        </section>

        <section aria-labelledby="areas-title">
          <h2 id="areas-title" className="text-lg font-semibold text-slate-900">
            {t("public.byAreaTitle")}
          </h2>
          <p className="mt-1 text-sm text-slate-600">{t("public.byAreaHint")}</p>
          <p className="mb-3 mt-1 text-xs text-slate-500" data-testid="public-suppressed-hint">
            {t("authz.suppressedHint")}
          </p>
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {summary.areas.map((a) => (
              <AreaCard
                key={a.code}
                title={a.name}
                figures={a}
                companies={a.suppressed ? undefined : a.companies}
                sectors={a.suppressed ? undefined : a.sectors}
                otherSectors={a.suppressed ? false : a.otherSectors}
                t={t}
                locale={locale}
                testId={`public-area-${a.code}`}
              />
            ))}
            {summary.wide.suppressed || summary.wide.programs > 0 ? (
              <AreaCard
                title={t("public.wide")}
                hint={t("public.wideHint")}
                figures={summary.wide}
                t={t}
                locale={locale}
                testId="public-area-wide"
              />
            ) : null}
          </div>
        </section>
      </main>
      <footer className="mx-auto max-w-6xl space-y-3 px-4 pb-10 sm:px-6">
        <p className="rounded-xl border border-brand-200 bg-brand-50 p-4 text-sm text-brand-900">
          {t("public.members")}{" "}
          <Link href="/sign-in" className="font-medium text-brand-700 underline-offset-2 hover:underline">
            {t("public.membersLink")}
          </Link>
        </p>
        <p className="text-xs text-slate-500">{t("public.footer")}</p>
      </footer>
    </div>
  );
}
