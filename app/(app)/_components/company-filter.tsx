"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Combobox, type ComboboxOption } from "@/components/ui/combobox";
import { useCompanySearch } from "./use-company-search";

interface Props {
  /** The company in the URL, with the name the page looked up (only that one; the rest is searched). */
  selected: { id: string; name: string } | null;
  onChange: (id: string | null) => void;
  className?: string;
}

/** The company filter of the filter bars: a search over the companies the viewer may pick, 20 at a time. */
export function CompanyFilter({ selected, onChange, className }: Props) {
  const { t } = useI18n();
  const { open, setOpen, query, setQuery, results, loading } = useCompanySearch();
  // The pick shows at once, while the page reloads with the new URL; a new `selected` (back,
  // forward, reset) replaces it. Adjusted while rendering, as in the program filters' search box.
  const [picked, setPicked] = useState<ComboboxOption | null>(toOption(selected));
  const [seen, setSeen] = useState(selected);
  if (seen !== selected) {
    setSeen(selected);
    setPicked(toOption(selected));
  }

  return (
    <Combobox
      className={className}
      label={t("programs.filters.company")}
      value={picked}
      options={(results.data ?? []).map((c) => ({ id: c.id, label: c.name }))}
      query={query}
      onQueryChange={setQuery}
      open={open}
      onOpenChange={setOpen}
      onSelect={(o) => {
        setPicked(o);
        if (o?.id !== picked?.id) onChange(o?.id ?? null);
      }}
      placeholder={t("programs.filters.allCompanies")}
      clearLabel={t("companyPicker.clear")}
      emptyText={t("companyPicker.noResults")}
      loadingText={t("companyPicker.loading")}
      loading={loading}
    />
  );
}

function toOption(c: { id: string; name: string } | null): ComboboxOption | null {
  return c ? { id: c.id, label: c.name } : null;
}
