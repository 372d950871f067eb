"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { ImportPreview } from "@/server/imports/preview.schemas";
import { useTRPC } from "../../../../_trpc/client";
import { usePreviewActions } from "./preview-context";

/**
 * Leaves one row out of the import, or takes it back in. The choice is kept on the server (a
 * reload, another tab and the left-out rows' download all see it); the row is replaced where it is
 * shown at once, then the counts are read again. Focus stays on the switch the person used.
 */
export function useSkipRow() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { previewId, announce } = usePreviewActions();
  const mutation = useMutation(
    trpc.imports.fixRow.mutationOptions({
      onSuccess: async (updated) => {
        queryClient.setQueriesData<ImportPreview>({ queryKey: trpc.imports.getPreview.pathKey() }, (old) =>
          old ? { ...old, rows: old.rows.map((r) => (r.row === updated.row ? updated : r)) } : old,
        );
        announce(t(updated.skipped ? "imports.preview.skipSaved" : "imports.preview.unskipSaved", { row: updated.row }));
        await queryClient.invalidateQueries({ queryKey: trpc.imports.getPreview.pathKey() });
      },
    }),
  );
  return {
    setSkip: (row: number, skip: boolean) => mutation.mutate({ id: previewId, row, skip }),
    isPending: mutation.isPending,
    isError: mutation.isError,
  };
}
