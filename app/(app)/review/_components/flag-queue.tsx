"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { formatPeriod } from "@/lib/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import { renderPairHistory, renderReason } from "@/lib/overlaps/reasons";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Select } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import type { ListFlagsInput } from "@/server/overlaps/overlaps.schemas";
import type { Reason } from "@/lib/overlaps/reasons";
import { useTRPC } from "../../../_trpc/client";
import { KindBadge, ScoreMeter } from "./flag-badges";

interface QueueCluster {
  id: string;
  kind: "duplicate" | "overlap";
  score: number;
  status: string;
  resolution: "distinct" | "collaboration" | "duplicate" | null;
  pairCount: number;
  members: { id: string; title: string; ref: string; companyName: string; startDate: string; endDate: string }[];
}

/** A cluster in the queue: its programs and the count of its pairs, decided once on its own page. */
function ClusterCard({ cluster }: { cluster: QueueCluster }) {
  const { t, locale } = useI18n();
  return (
    <Card className="border-l-4 border-l-brand-600 p-4 sm:p-5" data-testid="cluster-card">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone="violet">{t("review.cluster.badge")}</Badge>
        <KindBadge kind={cluster.kind} />
        <ScoreMeter score={cluster.score} />
        {cluster.status === "resolved" && cluster.resolution ? (
          <Badge tone="gray">{t(`review.resolutions.${cluster.resolution}`)}</Badge>
        ) : null}
        <LinkButton href={`/review/clusters/${cluster.id}`} size="sm" variant="secondary" className="ml-auto">
          {t("review.cluster.open")}
        </LinkButton>
      </div>
      <p className="mt-2 text-sm font-medium text-slate-800" data-testid="cluster-summary">
        {t("review.cluster.summary", { programs: cluster.members.length, pairs: cluster.pairCount })}
      </p>
      <ul className="mt-3 grid gap-2 md:grid-cols-2">
        {cluster.members.map((p) => (
          <li key={p.id} className="rounded-lg bg-slate-50 p-3">
            <Link href={`/programs/${p.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
              {p.title}
            </Link>
            <div className="mt-0.5 text-xs text-slate-500">
              {p.companyName} · <span className="font-mono">{p.ref}</span> · {formatPeriod(p.startDate, p.endDate, locale)}
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** The reviewer's queue: open flags first by score, each pair side by side with why it was raised. */
export function FlagQueue({ input }: { input: ListFlagsInput }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const { data } = useQuery({ ...trpc.overlaps.queue.queryOptions(input), placeholderData: keepPreviousData });
  const tabHref = (tab: "conflicts" | "repeats" | "shared") => {
    const next = new URLSearchParams(params.toString());
    next.set("tab", tab);
    next.delete("kind");
    next.delete("page");
    return `${pathname}?${next.toString()}`;
  };
  const tab = input.tab ?? "conflicts";
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params.toString());
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete("page");
    router.push(`${pathname}?${next.toString()}`);
  };
  const tabs = (
    <nav aria-label={t("review.tabs")} className="mb-4 flex gap-1 border-b border-slate-200">
      {(["conflicts", "shared", "repeats"] as const).map((k) => (
        <Link
          key={k}
          href={tabHref(k)}
          aria-current={tab === k ? "page" : undefined}
          data-testid={`queue-tab-${k}`}
          className={cn(
            "-mb-px border-b-2 px-3 py-2 text-sm font-medium",
            tab === k ? "border-brand-600 text-brand-800" : "border-transparent text-slate-600 hover:text-slate-900",
          )}
        >
          {t(k === "conflicts" ? "review.tabConflicts" : k === "shared" ? "review.tabShared" : "review.tabRepeats")}
        </Link>
      ))}
    </nav>
  );
  if (!data) return <p className="text-sm text-slate-500">{t("common.loading")}</p>;
  // Pages follow the items (a cluster is one); the count beside the filters still counts pairs.
  const pages = Math.max(1, Math.ceil(data.itemTotal / data.pageSize));
  const pageHref = (p: number) => {
    const next = new URLSearchParams(params.toString());
    next.set("page", String(p));
    return `${pathname}?${next.toString()}`;
  };

  return (
    <div>
      {tabs}
      {tab === "repeats" ? <p className="mb-4 text-sm text-slate-600">{t("review.repeatsHint")}</p> : null}
      {tab === "shared" ? (
        <p className="mb-4 text-sm text-slate-600">
          {t("review.sharedHint")}{" "}
          <Link href="/review/beneficiaries" className="font-medium text-brand-700 hover:underline" data-testid="shared-overview-link">
            {t("review.sharedView")} →
          </Link>
        </p>
      ) : null}
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <Select
          aria-label={t("review.filterStatus")}
          value={input.status}
          onChange={(e) => setParam("status", e.target.value)}
          className="w-auto"
        >
          <option value="open">{t("review.statusOpen")}</option>
          <option value="resolved">{t("review.statusResolved")}</option>
          <option value="all">{t("review.statusAll")}</option>
        </Select>
        {tab === "conflicts" ? (
          <Select
            aria-label={t("review.filterKind")}
            value={input.kind ?? ""}
            onChange={(e) => setParam("kind", e.target.value)}
            className="w-auto"
          >
            <option value="">{t("review.kindAll")}</option>
            <option value="duplicate">{t("review.kinds.duplicate")}</option>
            <option value="overlap">{t("review.kinds.overlap")}</option>
          </Select>
        ) : null}
        <span className="text-sm text-slate-600" data-testid="flag-count">
          {t("review.count", { n: data.total })}
        </span>
      </div>
      {data.items.length === 0 ? (
        <Card className="p-10 text-center text-sm text-slate-600">{t("review.empty")}</Card>
      ) : (
        <ul className="space-y-3">
          {data.items.map((f) =>
            f.type === "cluster" ? (
              <li key={f.id}>
                <ClusterCard cluster={f} />
              </li>
            ) : (
              <li key={f.id}>
                <Card className="p-4 sm:p-5">
                  <div className="flex flex-wrap items-center gap-2">
                    <KindBadge kind={f.kind} />
                    {f.kind === "shared_beneficiaries" ? null : <ScoreMeter score={f.score} />}
                    {f.status === "resolved" && f.resolution ? <Badge tone="gray">{t(`review.resolutions.${f.resolution}`)}</Badge> : null}
                    <LinkButton href={`/review/${f.id}`} size="sm" variant="secondary" className="ml-auto">
                      {t("review.compare")}
                    </LinkButton>
                  </div>
                  <div className="mt-3 grid gap-3 md:grid-cols-2">
                    {[f.a, f.b].map((p) => (
                      <div key={p.id} className="rounded-lg bg-slate-50 p-3">
                        <Link href={`/programs/${p.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                          {p.title}
                        </Link>
                        <div className="mt-0.5 text-xs text-slate-500">
                          {p.companyName} · <span className="font-mono">{p.ref}</span> · {formatPeriod(p.startDate, p.endDate, locale)}
                        </div>
                      </div>
                    ))}
                  </div>
                  {f.kind === "repeat" ? (
                    <p className="mt-3 text-sm text-slate-800" data-testid="flag-history">
                      {renderPairHistory(f.a, f.b, f.reasons as Reason[], t)}
                    </p>
                  ) : null}
                  <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
                    {(f.reasons as Reason[]).map((r, i) => (
                      <li key={i} className="before:mr-1 before:text-slate-400 before:content-['•']">
                        {renderReason(r, t, locale)}
                      </li>
                    ))}
                  </ul>
                </Card>
              </li>
            ),
          )}
        </ul>
      )}
      {pages > 1 ? (
        <nav className="mt-4 flex items-center justify-between" aria-label={t("common.pageOf", { page: data.page, pages })}>
          <LinkButton
            variant="secondary"
            size="sm"
            href={pageHref(data.page - 1)}
            className={data.page <= 1 ? "pointer-events-none opacity-50" : undefined}
          >
            {t("common.previous")}
          </LinkButton>
          <span className="text-sm text-slate-600">{t("common.pageOf", { page: data.page, pages })}</span>
          <LinkButton
            variant="secondary"
            size="sm"
            href={pageHref(data.page + 1)}
            className={data.page >= pages ? "pointer-events-none opacity-50" : undefined}
          >
            {t("common.next")}
          </LinkButton>
        </nav>
      ) : null}
    </div>
  );
}
