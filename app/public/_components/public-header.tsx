import Link from "next/link";
import type { Locale } from "@/lib/i18n/translate";
import { BrandMark } from "@/components/layout/brand";

interface Props {
  appName: string;
  signInLabel: string;
  /** The language the page is in; the switch offers the other one. */
  locale: Locale;
  switchLabel: string;
}

/**
 * The public page's own frame: the app's name, the language switch and a way in for forum members.
 * The switch is a plain link (no JavaScript needed), unlike the app's own.
 */
export function PublicHeader({ appName, signInLabel, locale, switchLabel }: Props) {
  const next: Locale = locale === "id" ? "en" : "id";
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex h-14 max-w-6xl items-center justify-between gap-3 px-4 sm:px-6">
        <Link href="/public" className="flex min-w-0 items-center gap-2 font-semibold text-slate-900">
          <BrandMark className="h-7 w-7 shrink-0" />
          <span className="truncate">{appName}</span>
        </Link>
        <div className="flex shrink-0 items-center gap-1">
          <a
            href={`/public/language?to=${next}`}
            hrefLang={next}
            lang={next}
            rel="nofollow"
            className="rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900"
          >
            <span aria-hidden="true" className="mr-1 text-xs font-semibold uppercase text-slate-600">
              {next}
            </span>
            {switchLabel}
          </a>
          <Link
            href="/sign-in"
            className="rounded-md px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50"
            data-testid="public-sign-in"
          >
            {signInLabel}
          </Link>
        </div>
      </div>
    </header>
  );
}
