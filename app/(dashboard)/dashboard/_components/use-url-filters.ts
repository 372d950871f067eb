"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTransition } from "react";

/**
 * Filters that live in the URL, for the dashboard's pages: `select(name)` binds a <select> to one
 * parameter (an empty value removes it), `set(name, value)` sets one, `reset()` clears them all; `pending` while the page loads.
 */
export function useUrlFilters() {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, start] = useTransition();
  const go = (next: URLSearchParams) => {
    const qs = next.toString();
    start(() => router.push(qs ? `${pathname}?${qs}` : pathname, { scroll: false }));
  };
  const set = (name: string, value: string | null) => {
    const next = new URLSearchParams(params.toString());
    if (value) next.set(name, value);
    else next.delete(name);
    go(next);
  };
  const select = (name: string, fallback = "") => ({
    value: params.get(name) ?? fallback,
    onChange: (e: React.ChangeEvent<HTMLSelectElement>) => set(name, e.target.value || null),
  });
  return { params, pending, select, set, reset: () => go(new URLSearchParams()) };
}
