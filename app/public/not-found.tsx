import { getTranslator } from "@/server/i18n/locale";
import { LinkButton } from "@/components/ui/button";
import { PublicHeader } from "./_components/public-header";

/** While the public page is off, visitors get a plain 404 in the public frame, with the way in for members. */
export default async function PublicNotFound() {
  const { t, locale } = await getTranslator();
  return (
    <div className="min-h-dvh bg-slate-50">
      <PublicHeader appName={t("common.appName")} signInLabel={t("public.signIn")} locale={locale} switchLabel={t("common.switchTo")} />
      <main id="main" className="mx-auto max-w-lg px-4 py-24 text-center">
        <p className="text-sm font-semibold text-brand-700">404</p>
        <h1 className="mt-2 text-2xl font-semibold text-slate-900">{t("common.notFoundTitle")}</h1>
        <p className="mt-2 text-slate-600">{t("common.notFoundBody")}</p>
        <LinkButton href="/sign-in" variant="secondary" className="mt-6">
          {t("public.signIn")}
        </LinkButton>
      </main>
    </div>
  );
}
