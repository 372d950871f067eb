"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTransition } from "react";

/**
 * Filters that live in the URL, for the dashboard's pages: `select(name)` binds a <select> to one
 * parameter (an empty value removes it), `reset()` clears them all; `pending` while the page loads.
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
  const select = (name: string, fallback = "") => ({
    value: params.get(name) ?? fallback,
    onChange: (e: React.ChangeEvent<HTMLSelectElement>) => {
      const next = new URLSearchParams(params.toString());
      if (e.target.value) next.set(name, e.target.value);
      else next.delete(name);
      go(next);
    },
  });
  return { params, pending, select, reset: () => go(new URLSearchParams()) };
}
