"use client";

import { useState, type ReactNode } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";

/** A search field that applies on submit; `children` adds more filters beside it. */
export function SearchBox({ label, onSearch, children }: { label: string; onSearch: (q: string) => void; children?: ReactNode }) {
  const { t } = useI18n();
  const [q, setQ] = useState("");
  return (
    <form
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(q.trim());
      }}
      className="mb-4 flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-3 shadow-sm sm:flex-row sm:items-center"
    >
      <div className="flex flex-1 gap-2">
        <Input type="search" aria-label={label} placeholder={label} value={q} onChange={(e) => setQ(e.target.value)} maxLength={100} />
        <Button type="submit" variant="secondary">
          {t("common.search")}
        </Button>
      </div>
      {children}
    </form>
  );
}
