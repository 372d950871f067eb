"use client";

import { useQueries, useQuery } from "@tanstack/react-query";
import { isBlocking, pageCount } from "@/lib/imports/preview-plan";
import { useTRPC } from "../../../../_trpc/client";

const PAGE = 500;

/**
 * Every row of the preview that cannot be saved as it stands, across all pages (the confirm must
 * skip them), read from the "perlu dicek" filter. These are getPreview queries, so a fix, which
 * invalidates the preview, reads them again too. `problems` is that filter's count.
 */
export function useBlockingRows(previewId: string, enabled: boolean) {
  const trpc = useTRPC();
  // Not while the file is still read: the rows are not all there yet.
  const options = (page: number) => ({
    ...trpc.imports.getPreview.queryOptions({ id: previewId, filter: "problems", page, pageSize: PAGE }),
    enabled,
  });
  const first = useQuery(options(1));
  const pages = first.data ? pageCount(first.data.filtered, PAGE) : 1;
  const rest = useQueries({ queries: Array.from({ length: pages - 1 }, (_, i) => options(i + 2)) });
  const all = [first, ...rest];
  const isReady = all.every((q) => q.data !== undefined);
  return {
    rows: isReady ? all.flatMap((q) => (q.data?.rows ?? []).filter(isBlocking).map((r) => r.row)) : null,
    problems: first.data?.filtered ?? null,
    isFetching: all.some((q) => q.isFetching),
  };
}
