import { getTranslator } from "@/server/i18n/locale";
import { LinkButton } from "@/components/ui/button";

export default async function NotFound() {
  const { t } = await getTranslator();
  return (
    <div className="mx-auto max-w-lg px-4 py-24 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold">{t("common.notFoundTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("common.notFoundBody")}</p>
      <LinkButton href="/programs" variant="secondary" className="mt-6">
        {t("nav.programs")}
      </LinkButton>
    </div>
  );
}
