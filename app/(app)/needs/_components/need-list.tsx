"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { usePathname, useSearchParams } from "next/navigation";
import { useState } from "react";
import { formatNumber } from "@/lib/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import type { ListNeedsInput } from "@/server/needs/needs.schemas";
import { useTRPC } from "../../../_trpc/client";
import { AdoptForm } from "./adopt-form";
import { CloseNeedConfirm } from "./close-need-confirm";
import { NeedCard } from "./need-card";
import type { NeedItem } from "./types";

type Acting = { kind: "adopt" | "link" | "close"; need: NeedItem } | null;

/** The catalogue: cards (one column on a phone, two on wide screens), paging, and the action dialogs. */
export function NeedList({ input }: { input: ListNeedsInput }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const pathname = usePathname();
  const params = useSearchParams();
  const { data, isFetching } = useQuery({ ...trpc.needs.list.queryOptions(input), placeholderData: keepPreviousData });
  const [acting, setActing] = useState<Acting>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (!data) return <p className="text-sm text-slate-500">{t("common.loading")}</p>;

  const open = (kind: "adopt" | "link" | "close") => (need: NeedItem) => {
    setNotice(null);
    setActing({ kind, need });
  };
  const done = (message: string) => {
    setNotice(message);
    setActing(null);
  };
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  const pageHref = (page: number) => {
    const next = new URLSearchParams(params.toString());
    if (page > 1) next.set("page", String(page));
    else next.delete("page");
    const qs = next.toString();
    return qs ? `${pathname}?${qs}` : pathname;
  };
  const titles = { adopt: t("needs.adopt"), link: t("needs.linkTitle"), close: t("needs.close") };

  return (
    <div aria-busy={isFetching}>
      {notice ? (
        <Alert tone="success" label="need-notice" className="mb-4">
          {notice}
        </Alert>
      ) : null}
      <p className="mb-3 text-sm text-slate-600" data-testid="need-count">
        {t("needs.count", { n: formatNumber(data.total) })}
      </p>
      {data.items.length === 0 ? (
        <Card className="p-10 text-center text-sm text-slate-600">{t("needs.empty")}</Card>
      ) : (
        <ul className="grid gap-3 lg:grid-cols-2">
          {data.items.map((need) => (
            <li key={need.id}>
              <NeedCard need={need} onAdopt={open("adopt")} onLink={open("link")} onClose={open("close")} />
            </li>
          ))}
        </ul>
      )}
      {pages > 1 ? (
        <nav aria-label={t("common.pageOf", { page: data.page, pages })} className="mt-4 flex items-center justify-between gap-2">
          <LinkButton
            variant="secondary"
            size="sm"
            href={pageHref(data.page - 1)}
            aria-disabled={data.page <= 1}
            className={data.page <= 1 ? "pointer-events-none opacity-50" : undefined}
          >
            {t("common.previous")}
          </LinkButton>
          <span className="text-sm text-slate-600">{t("common.pageOf", { page: data.page, pages })}</span>
          <LinkButton
            variant="secondary"
            size="sm"
            href={pageHref(data.page + 1)}
            aria-disabled={data.page >= pages}
            className={data.page >= pages ? "pointer-events-none opacity-50" : undefined}
          >
            {t("common.next")}
          </LinkButton>
        </nav>
      ) : null}
      <Dialog
        open={acting !== null}
        onClose={() => setActing(null)}
        title={acting ? titles[acting.kind] : ""}
        description={acting?.need.title}
        closeLabel={t("common.close")}
      >
        {acting?.kind === "close" ? (
          <CloseNeedConfirm need={acting.need} onDone={() => done(t("needs.closed"))} onCancel={() => setActing(null)} />
        ) : acting ? (
          <AdoptForm need={acting.need} mode={acting.kind} onDone={done} onCancel={() => setActing(null)} />
        ) : null}
      </Dialog>
    </div>
  );
}
