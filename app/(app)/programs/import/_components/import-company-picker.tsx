"use client";

import { useId } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Combobox, type ComboboxOption } from "@/components/ui/combobox";
import { useCompanySearch } from "../../../_components/use-company-search";

interface Props {
  value: ComboboxOption | null;
  onChange: (company: ComboboxOption | null) => void;
  disabled?: boolean;
}

/**
 * An admin's "import on behalf of" choice: a search over the companies, 20 at a time (the company
 * filter's pattern). Empty means the file's company column names each row's company.
 */
export function ImportCompanyPicker({ value, onChange, disabled }: Props) {
  const { t } = useI18n();
  const hintId = useId();
  const { open, setOpen, query, setQuery, results, loading } = useCompanySearch();

  return (
    <fieldset disabled={disabled} className="space-y-1.5" aria-describedby={hintId}>
      {/* The combobox names itself (aria-label); the legend shows the same words to sighted readers. */}
      <legend className="block text-sm font-medium text-slate-800">{t("imports.preview.companyAsk")}</legend>
      <Combobox
        label={t("imports.preview.companyAsk")}
        value={value}
        options={(results.data ?? []).map((c) => ({ id: c.id, label: c.name }))}
        query={query}
        onQueryChange={setQuery}
        open={open}
        onOpenChange={setOpen}
        onSelect={onChange}
        placeholder={t("imports.preview.companyFromFile")}
        clearLabel={t("companyPicker.clear")}
        emptyText={t("companyPicker.noResults")}
        loadingText={t("companyPicker.loading")}
        loading={loading}
      />
      <p id={hintId} className="text-xs text-slate-500">
        {t("imports.preview.companyAskHint")}
      </p>
    </fieldset>
  );
}
