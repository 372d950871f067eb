"use client";

import { createContext, useContext, type ReactNode } from "react";

export interface PreviewActions {
  previewId: string;
  /** Says something through the page's polite live region (a row fixed, say). */
  announce: (text: string) => void;
}

const Context = createContext<PreviewActions | null>(null);

/** What every row of one preview shares, without passing it through each list level. */
export function PreviewActionsProvider({ value, children }: { value: PreviewActions; children: ReactNode }) {
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function usePreviewActions(): PreviewActions {
  const ctx = useContext(Context);
  if (!ctx) throw new Error("usePreviewActions needs <PreviewActionsProvider>");
  return ctx;
}
