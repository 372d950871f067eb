"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useTRPC } from "../../../../_trpc/client";
import { SearchBox } from "../../_components/search-box";
import type { ManagedCompany } from "../../_components/types";
import { CompanyForm } from "./company-form";
import { CompanyList } from "./company-list";

type Editing = { kind: "new" } | { kind: "edit"; company: ManagedCompany } | null;

/** The companies an admin manages: search, add, edit. */
export function CompaniesAdmin({ defaultJurisdiction }: { defaultJurisdiction: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [q, setQ] = useState("");
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { data, isFetching } = useQuery({ ...trpc.companies.list.queryOptions(q ? { q } : {}), placeholderData: keepPreviousData });

  const open = (next: Editing) => {
    setNotice(null);
    setEditing(next);
  };

  return (
    <div aria-busy={isFetching}>
      <SearchBox label={t("admin.companiesSearch")} onSearch={setQ}>
        <Button onClick={() => open({ kind: "new" })}>{t("admin.newCompany")}</Button>
      </SearchBox>
      {notice ? (
        <Alert tone="success" label="form-success" className="mb-4">
          {notice}
        </Alert>
      ) : null}
      {data ? (
        <CompanyList companies={data} onEdit={(company) => open({ kind: "edit", company })} />
      ) : (
        <p className="text-sm text-slate-500">{t("common.loading")}</p>
      )}
      <Dialog
        open={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.kind === "edit" ? t("admin.editCompany") : t("admin.newCompany")}
        closeLabel={t("common.close")}
      >
        {editing ? (
          <CompanyForm
            key={editing.kind === "edit" ? editing.company.id : "new"}
            company={editing.kind === "edit" ? editing.company : undefined}
            defaultJurisdiction={defaultJurisdiction}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              setNotice(editing.kind === "edit" ? t("admin.saved") : t("admin.created"));
              setEditing(null);
            }}
          />
        ) : null}
      </Dialog>
    </div>
  );
}
