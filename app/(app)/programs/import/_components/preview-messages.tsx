"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { cn } from "@/components/ui/cn";
import { translateServerMessage } from "@/lib/i18n/server-message";
import type { PreviewMessage } from "@/server/imports/preview.schemas";

const TONE = { error: "text-red-700", warning: "text-amber-800", info: "text-slate-600" } as const;
const MARK = { error: "✕", warning: "!", info: "i" } as const;

/** What the import says about one field, shown under it; the level is spoken, not only coloured. */
export function PreviewMessages({ messages, id, className }: { messages?: PreviewMessage[]; id?: string; className?: string }) {
  const { t, locale } = useI18n();
  if (!messages?.length) return null;
  return (
    <ul id={id} className={cn("mt-1 space-y-0.5 text-sm", className)}>
      {messages.map((m, i) => (
        <li key={i} className={cn("flex gap-1.5", TONE[m.level])}>
          <span aria-hidden="true" className="w-3 shrink-0 text-center font-semibold">
            {MARK[m.level]}
          </span>
          <span>
            <span className="sr-only">{t(`imports.preview.levels.${m.level}`)}: </span>
            {translateServerMessage(t, locale, m, "errors.invalid")}
          </span>
        </li>
      ))}
    </ul>
  );
}
