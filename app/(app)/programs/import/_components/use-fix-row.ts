"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { ImportPreview } from "@/server/imports/preview.schemas";
import { useTRPC } from "../../../../_trpc/client";
import { usePreviewActions } from "./preview-context";

/**
 * Sends one decision for a row (a place, a category). The answer replaces the row where it is
 * shown at once; the counts and the filtered pages are then read again, since the row's status
 * may have moved it between "perlu dicek" and "siap".
 */
export function useFixRow() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { announce } = usePreviewActions();
  return useMutation(
    trpc.imports.fixRow.mutationOptions({
      onSuccess: async (updated) => {
        queryClient.setQueriesData<ImportPreview>({ queryKey: trpc.imports.getPreview.pathKey() }, (old) =>
          old ? { ...old, rows: old.rows.map((r) => (r.row === updated.row ? updated : r)) } : old,
        );
        announce(t("imports.preview.fixed", { row: updated.row, status: t(`imports.preview.status.${updated.status}`) }));
        // The control just used may be gone (the question answered): keep the keyboard in the row.
        document.querySelector<HTMLElement>(`[data-row-heading="${updated.row}"]`)?.focus();
        await queryClient.invalidateQueries({ queryKey: trpc.imports.getPreview.pathKey() });
      },
    }),
  );
}
