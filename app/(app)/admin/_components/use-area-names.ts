"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useI18n } from "@/components/i18n/i18n-provider";
import { useTRPC } from "../../../_trpc/client";

/** Names for jurisdiction codes (`64.08` → `Kutai Timur`); a code shows as itself until its name arrives. */
export function useAreaNames(codes: (string | null | undefined)[]) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const wanted = [...new Set(codes.filter((c): c is string => Boolean(c) && c !== "ID"))].sort().slice(0, 200);
  const { data } = useQuery({
    ...trpc.areas.describe.queryOptions({ codes: wanted }),
    enabled: wanted.length > 0,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
  const names = new Map((data ?? []).map((a) => [a.code, a.name]));
  return (code: string) => (code === "ID" ? t("common.national") : (names.get(code) ?? code));
}
