import Link from "next/link";
import { GOVERNMENT_FUNDINGS, SECTORS } from "@/lib/enums";
import { getTranslator } from "@/server/i18n/locale";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { controlClass } from "@/components/ui/field";
import type { ListActivitiesInput } from "@/server/government/government.schemas";

interface Props {
  input: ListActivitiesInput;
  areas: { code: string; name: string }[];
  years: number[];
  /** Officers choose between their programs' places and every area; null for other roles. */
  scope: "mine" | "all" | null;
}

/** Filters as a plain GET form: the URL holds them, so a link reproduces the list, with no script needed. */
export async function ActivityFilters({ input, areas, years, scope }: Props) {
  const { t } = await getTranslator();
  const label = "mb-1 block text-xs font-medium text-slate-600";
  return (
    <Card className="mb-4 p-4">
      <form
        method="get"
        action="/government"
        className="grid grid-cols-2 gap-3 lg:grid-cols-6"
        role="search"
        aria-label={t("government.filters.q")}
      >
        <div className="col-span-2">
          <label htmlFor="gov-q" className={label}>
            {t("government.filters.q")}
          </label>
          <input
            id="gov-q"
            name="q"
            defaultValue={input.q ?? ""}
            placeholder={t("government.filters.qPlaceholder")}
            className={controlClass()}
          />
        </div>
        {scope ? (
          <div className="col-span-2">
            <label htmlFor="gov-scope" className={label}>
              {t("government.filters.scope")}
            </label>
            <select id="gov-scope" name="scope" defaultValue={scope} className={controlClass()}>
              <option value="mine">{t("government.filters.scopeMine")}</option>
              <option value="all">{t("government.filters.scopeAll")}</option>
            </select>
          </div>
        ) : null}
        <div>
          <label htmlFor="gov-area" className={label}>
            {t("government.filters.area")}
          </label>
          <select id="gov-area" name="area" defaultValue={input.area ?? ""} className={controlClass()}>
            {areas.map((a) => (
              <option key={a.code} value={a.code}>
                {a.name}
              </option>
            ))}
            {input.area && !areas.some((a) => a.code === input.area) ? <option value={input.area}>{input.area}</option> : null}
          </select>
        </div>
        <div>
          <label htmlFor="gov-funding" className={label}>
            {t("government.filters.funding")}
          </label>
          <select id="gov-funding" name="funding" defaultValue={input.funding ?? ""} className={controlClass()}>
            <option value="">{t("government.filters.allFundings")}</option>
            {GOVERNMENT_FUNDINGS.map((f) => (
              <option key={f} value={f}>
                {t(`governmentFundings.${f}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="gov-sector" className={label}>
            {t("government.filters.sector")}
          </label>
          <select id="gov-sector" name="sector" defaultValue={input.sector ?? ""} className={controlClass()}>
            <option value="">{t("government.filters.allSectors")}</option>
            {SECTORS.map((s) => (
              <option key={s} value={s}>
                {t(`sectors.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="gov-year" className={label}>
            {t("government.filters.year")}
          </label>
          <select id="gov-year" name="year" defaultValue={input.year ? String(input.year) : ""} className={controlClass()}>
            <option value="">{t("government.filters.allYears")}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className={`col-span-2 flex items-end gap-3 ${scope ? "lg:col-span-4" : "lg:col-span-6"}`}>
          <button type="submit" className={buttonClass("primary", "sm")}>
            {t("government.filters.apply")}
          </button>
          <Link href="/government" className="text-sm font-medium text-brand-700 hover:underline">
            {t("government.filters.reset")}
          </Link>
        </div>
      </form>
    </Card>
  );
}
