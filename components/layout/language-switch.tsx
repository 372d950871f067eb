"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { LOCALE_COOKIE } from "@/lib/i18n/core";
import { cn } from "@/components/ui/cn";

/** `compact`: beside the full menu, only the language code shows below 1536 px (the name is still read out). */
export function LanguageSwitch({ className, compact = false }: { className?: string; compact?: boolean }) {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [pending, start] = useTransition();
  const next = locale === "id" ? "en" : "id";
  return (
    <button
      type="button"
      lang={next}
      disabled={pending}
      onClick={() => {
        document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
        start(() => router.refresh());
      }}
      className={cn("rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900", className)}
    >
      <span aria-hidden="true" className="mr-1 text-xs font-semibold uppercase text-slate-600">
        {next}
      </span>
      <span className={compact ? "sr-only 2xl:not-sr-only" : undefined}>{t("common.switchTo")}</span>
    </button>
  );
}
