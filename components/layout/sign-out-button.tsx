"use client";

import { signOut } from "next-auth/react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { cn } from "@/components/ui/cn";

export function SignOutButton({ className }: { className?: string }) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      onClick={() => signOut({ redirectTo: "/sign-in" })}
      className={cn("rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900", className)}
    >
      {t("common.signOut")}
    </button>
  );
}
