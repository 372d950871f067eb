import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslator } from "@/server/i18n/locale";
import { BrandMark } from "@/components/layout/brand";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { safeNextPath } from "@/server/auth/safe-next";
import { CHANGE_PASSWORD_PATH, getSessionViewer } from "@/server/auth/session";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("auth.title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const signedIn = await getSessionViewer();
  if (signedIn) redirect(signedIn.mustChangePassword ? CHANGE_PASSWORD_PATH : "/");
  const { t } = await getTranslator();
  const { next } = await searchParams;
  return (
    <div className="grid min-h-dvh lg:grid-cols-2">
      <aside className="relative hidden flex-col justify-between bg-brand-800 p-12 text-white lg:flex">
        <div className="flex items-center gap-3 text-lg font-semibold">
          <BrandMark className="h-9 w-9" />
          {t("common.appName")}
        </div>
        <div className="max-w-md">
          <h2 className="text-3xl font-semibold leading-tight">{t("auth.aboutTitle")}</h2>
          <p className="mt-4 text-brand-100">{t("auth.aboutBody")}</p>
        </div>
        <p className="text-sm text-brand-200">{t("common.appTagline")}</p>
      </aside>
      <main className="flex flex-col px-4 py-8 sm:px-8">
        <div className="flex items-center justify-between">
          <div className="flex items-center gap-2 font-semibold lg:invisible">
            <BrandMark className="h-7 w-7" />
            {t("common.appName")}
          </div>
          <LanguageSwitch />
        </div>
        <div className="mx-auto flex w-full max-w-sm flex-1 flex-col justify-center py-12">
          <h1 className="text-2xl font-semibold tracking-tight">{t("auth.title")}</h1>
          <p className="mb-8 mt-2 text-sm text-slate-600">{t("auth.subtitle")}</p>
          <SignInForm next={safeNextPath(next)} />
        </div>
      </main>
    </div>
  );
}
