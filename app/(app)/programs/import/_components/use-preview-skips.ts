"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";
import { parseSavedSkips, toggleSkip } from "@/lib/imports/preview-plan";

// The rows a person chose to skip live in this tab's session storage, keyed by preview, so a
// reload of the preview keeps them; the server learns them only on confirm (as `skipRows`).
const listeners = new Set<() => void>();
const storageKey = (previewId: string) => `import-preview-skips:${previewId}`;

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function readSaved(previewId: string): string | null {
  try {
    return window.sessionStorage.getItem(storageKey(previewId));
  } catch {
    return null; // storage refused (private mode): the choices last until the page is left
  }
}

const memory = new Map<string, string>();

/** The rows chosen to skip in one preview, and a way to change one. */
export function usePreviewSkips(previewId: string) {
  const saved = useSyncExternalStore(
    subscribe,
    () => memory.get(previewId) ?? readSaved(previewId),
    () => null,
  );
  const chosen = useMemo(() => parseSavedSkips(saved), [saved]);
  const setSkip = useCallback(
    (row: number, skip: boolean) => {
      const text = JSON.stringify([...toggleSkip(chosen, row, skip)]);
      memory.set(previewId, text);
      try {
        window.sessionStorage.setItem(storageKey(previewId), text);
      } catch {
        // kept in memory only
      }
      for (const l of listeners) l();
    },
    [chosen, previewId],
  );
  return { chosen, setSkip };
}
