"use client";

import { useEffect, useState } from "react";
import { useDebounced } from "@/components/ui/use-debounced";
import { fetchCompanyOptions, QueryError } from "../../_trpc/fetch-query";

type Company = { id: string; name: string };

/** How long an answer for the same words is reused without asking again. */
const FRESH_MS = 60_000;
/** Tries per search: a network or server failure is retried twice, after 1 s and 2 s; a refusal (4xx) is final. */
const TRIES = 3;

// Answers by search words, shared by every picker in the tab (as a query cache would be).
const answers = new Map<string, { at: number; data: Company[] }>();

async function search(term: string, signal: AbortSignal): Promise<Company[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetchCompanyOptions(term ? { q: term } : {}, signal);
    } catch (err) {
      const final = err instanceof QueryError && err.status >= 400 && err.status < 500;
      if (signal.aborted || final || attempt >= TRIES) throw err;
      await new Promise((r) => setTimeout(r, 1000 * 2 ** (attempt - 1)));
      if (signal.aborted) throw err;
    }
  }
}

/**
 * A search over the companies the viewer may pick, 20 at a time, for the comboboxes that choose
 * one (the filter bars, the import's "on behalf of"): asked only while the list is open, typed
 * words debounced, the last answer kept on screen while the next one loads. Plain fetch, no query
 * library: the dashboard's filter bar uses it, and the dashboard's JavaScript carries none.
 */
export function useCompanySearch() {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const term = useDebounced(query.trim(), 250);
  // The last answer shown (kept while the next search loads), and the words whose search failed.
  const [shown, setShown] = useState<Company[] | undefined>(undefined);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    const cached = answers.get(term);
    if (cached && Date.now() - cached.at < FRESH_MS) return;
    const ctrl = new AbortController();
    search(term, ctrl.signal).then(
      (data) => {
        answers.set(term, { at: Date.now(), data });
        setShown(data);
        setFailed(null);
      },
      () => {
        if (!ctrl.signal.aborted) setFailed(term);
      },
    );
    return () => ctrl.abort();
  }, [open, term]);

  const answer = answers.get(term)?.data;
  const data = answer ?? (failed === term ? [] : shown);
  // Until the results match what is typed, none is offered: Enter must not pick from an older search.
  const loading = (answer === undefined && failed !== term) || term !== query.trim();
  return { open, setOpen, query, setQuery, results: { data }, loading };
}
