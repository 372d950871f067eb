"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useTRPC } from "../../../../_trpc/client";
import { isWithinJurisdiction } from "../../_components/jurisdiction";
import type { PriorityProgram } from "../../_components/types";
import { PriorityForm } from "./priority-form";
import { PriorityList } from "./priority-list";

type Editing = { kind: "new" } | { kind: "edit"; program: PriorityProgram } | null;

/** Government priority programs: every one the admin can see, active or not; add and edit. */
export function PriorityAdmin({ jurisdiction }: { jurisdiction: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { data, isFetching } = useQuery(trpc.priorityPrograms.list.queryOptions({ includeInactive: true }));

  const open = (next: Editing) => {
    setNotice(null);
    setEditing(next);
  };

  return (
    <div aria-busy={isFetching}>
      <div className="mb-4 flex justify-end">
        <Button onClick={() => open({ kind: "new" })}>{t("admin.newPriority")}</Button>
      </div>
      {notice ? (
        <Alert tone="success" label="form-success" className="mb-4">
          {notice}
        </Alert>
      ) : null}
      {data ? (
        <PriorityList
          programs={data}
          // Programs of a wider jurisdiction (the province's, seen from a regency) are shown but not editable here.
          canEdit={(p) => isWithinJurisdiction(p.jurisdiction, jurisdiction)}
          onEdit={(program) => open({ kind: "edit", program })}
        />
      ) : (
        <p className="text-sm text-slate-500">{t("common.loading")}</p>
      )}
      <Dialog
        open={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.kind === "edit" ? t("admin.editPriority") : t("admin.newPriority")}
        closeLabel={t("common.close")}
      >
        {editing ? (
          <PriorityForm
            key={editing.kind === "edit" ? editing.program.id : "new"}
            program={editing.kind === "edit" ? editing.program : undefined}
            defaultJurisdiction={jurisdiction}
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
