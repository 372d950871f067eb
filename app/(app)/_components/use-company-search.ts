"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useDebounced } from "@/components/ui/use-debounced";
import { useTRPC } from "../../_trpc/client";

/**
 * A search over the companies the viewer may pick, 20 at a time, for the comboboxes that choose
 * one (the filter bars, the import's "on behalf of"): asked only while the list is open, typed
 * words debounced, the last answer kept on screen while the next one loads.
 */
export function useCompanySearch() {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const term = useDebounced(query.trim(), 250);
  const results = useQuery({
    ...trpc.companies.options.queryOptions(term ? { q: term } : {}),
    enabled: open,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  // Until the results match what is typed, none is offered: Enter must not pick from an older search.
  const loading = results.isPending || results.isPlaceholderData || term !== query.trim();
  return { open, setOpen, query, setQuery, results, loading };
}
