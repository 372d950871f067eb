"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { translateServerKey } from "@/lib/i18n/core";
import { Button } from "@/components/ui/button";
import { useTRPC } from "../../../../_trpc/client";
import { describeError } from "../../../../_trpc/errors";
import { AuditEntries } from "./audit-entries";
import { AuditFilters, type AuditFilterValues } from "./audit-filters";

/** The audit log an admin may read: filters applied on submit, newest first, a page at a time. */
export function AuditLog() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const [filters, setFilters] = useState<AuditFilterValues>({});
  const [page, setPage] = useState(1);
  const { data, isFetching, error } = useQuery({
    ...trpc.audit.search.queryOptions({ ...filters, page }),
    placeholderData: keepPreviousData,
  });
  // A refused filter (an end date before the start) is said in words beside the filters.
  const errorText = error ? translateServerKey(t, locale, Object.values(describeError(error).fieldErrors)[0], "errors.validation") : null;
  const apply = (next: AuditFilterValues) => {
    setFilters(next);
    setPage(1);
  };

  return (
    <div aria-busy={isFetching}>
      <AuditFilters onApply={apply} error={errorText} />
      {data ? <AuditEntries entries={data.items} names={data.names} /> : <p className="text-sm text-slate-500">{t("common.loading")}</p>}
      {data && (page > 1 || data.hasNext) ? (
        <nav aria-label={t("audit.page", { page })} className="mt-4 flex items-center justify-between gap-2">
          <Button variant="secondary" size="sm" onClick={() => setPage(page - 1)} disabled={page <= 1}>
            {t("common.previous")}
          </Button>
          <span className="text-sm text-slate-600">{t("audit.page", { page })}</span>
          <Button variant="secondary" size="sm" onClick={() => setPage(page + 1)} disabled={!data.hasNext}>
            {t("common.next")}
          </Button>
        </nav>
      ) : null}
    </div>
  );
}
