import Link from "next/link";
import { BrandMark } from "@/components/layout/brand";
import { LanguageSwitch } from "@/components/layout/language-switch";

/** The public page's own frame: the app's name, the language switch and a way in for forum members. */
export function PublicHeader({ appName, signInLabel }: { appName: string; signInLabel: string }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex h-14 max-w-6xl items-center justify-between gap-3 px-4 sm:px-6">
        <span className="flex min-w-0 items-center gap-2 font-semibold text-slate-900">
          <BrandMark className="h-7 w-7 shrink-0" />
          <span className="truncate">{appName}</span>
        </span>
        <div className="flex shrink-0 items-center gap-1">
          <LanguageSwitch />
          <Link href="/sign-in" className="rounded-md px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50">
            {signInLabel}
          </Link>
        </div>
      </div>
    </header>
  );
}
