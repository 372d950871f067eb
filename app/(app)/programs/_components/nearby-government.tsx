"use client";

import { skipToken, useQuery } from "@tanstack/react-query";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Badge } from "@/components/ui/badge";
import { CardSection } from "@/components/ui/card";
import { Field, Select } from "@/components/ui/field";
import { useDebounced } from "@/components/ui/use-debounced";
import { nearbyActivitiesSchema, type NearbyActivitiesInput } from "@/server/government/government.schemas";
import { useTRPC } from "../../../_trpc/client";
import { activitySentence } from "@/lib/government/activity-sentence";
import type { ProgramFormValues } from "./program-form";
import type { SectionProps } from "./program-form-sections";

/** How many activities the picker offers; the warning shows the first few. */
const PICKER_LIMIT = 20;
const WARNING_LIMIT = 5;

/** Government activities in the form's places (and period, when it is readable), most alike first. */
export function useNearbyGovernment(v: ProgramFormValues) {
  const trpc = useTRPC();
  const codes = v.areas.map((a) => a.code);
  const period = /^\d{4}-\d{2}-\d{2}$/.test(v.startDate) && /^\d{4}-\d{2}-\d{2}$/.test(v.endDate) && v.startDate <= v.endDate;
  const probe: NearbyActivitiesInput = {
    areaCodes: codes,
    ...(period ? { startDate: v.startDate, endDate: v.endDate } : {}),
    ...(v.sector ? { sector: v.sector as NonNullable<NearbyActivitiesInput["sector"]> } : {}),
    title: v.title.slice(0, 200),
    description: v.description.slice(0, 5000),
    limit: PICKER_LIMIT,
  };
  const ok = nearbyActivitiesSchema.safeParse(probe).success;
  const input = useDebounced(ok ? probe : null, 600);
  const query = useQuery({ ...trpc.government.nearby.queryOptions(input ?? skipToken), placeholderData: (prev) => prev });
  return { data: codes.length > 0 ? query.data : [], codes };
}

/**
 * "Program pemerintah di lokasi yang sama": the government's activities where the program will
 * run, as sentences with a link, and the hint to name one as the program it supports.
 */
export function NearbyGovernmentWarning({ v }: { v: ProgramFormValues }) {
  const { t, locale } = useI18n();
  const { data, codes } = useNearbyGovernment(v);
  if (!data || data.length === 0) return null;
  return (
    <section
      aria-labelledby="nearby-gov-title"
      className="mt-4 rounded-xl border border-violet-200 bg-violet-50 p-4 sm:p-5"
      data-testid="live-government"
    >
      <h2 id="nearby-gov-title" className="text-base font-semibold text-violet-950">
        {t("government.nearby.heading")}
      </h2>
      <p className="mt-1 text-sm text-violet-900">{t("government.nearby.intro")}</p>
      <ul className="mt-3 space-y-2">
        {data.slice(0, WARNING_LIMIT).map((a) => (
          <li key={a.id} className="rounded-lg border border-violet-100 bg-white p-3 text-sm text-slate-800">
            <div className="flex flex-wrap items-start gap-2">
              <Badge tone="violet">{t(`governmentFundings.${a.funding}`)}</Badge>
              {a.sameSector ? <Badge tone="amber">{t("government.nearby.sameSector")}</Badge> : null}
            </div>
            <p className="mt-1">
              {activitySentence(a, codes, t, locale)}{" "}
              <a
                href={`/government/${a.id}`}
                target="_blank"
                rel="noreferrer"
                className="text-xs font-medium text-brand-700 hover:underline"
              >
                {t("government.nearby.open")}
              </a>
            </p>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-xs text-violet-900">{t("government.nearby.complementHint")}</p>
    </section>
  );
}

/** "Mendukung program pemerintah (opsional)": one of the government activities in the program's places. */
export function SupportsSection({ v, set, msg }: Pick<SectionProps, "v" | "set" | "msg">) {
  const { t } = useI18n();
  const { data } = useNearbyGovernment(v);
  const options = data ?? [];
  // A saved choice stays listed while the places or dates are being changed.
  const missing = v.supportsActivityId && !options.some((a) => a.id === v.supportsActivityId);
  return (
    <CardSection>
      <Field
        label={t("government.supports.label")}
        hint={v.areas.length === 0 ? t("government.supports.pickPlaces") : t("government.supports.hint")}
        error={msg("supportsActivityId")}
      >
        {({ id, describedBy, invalid }) => (
          <Select
            id={id}
            value={v.supportsActivityId}
            onChange={(e) => set("supportsActivityId", e.target.value)}
            aria-describedby={describedBy}
            invalid={invalid}
            disabled={v.areas.length === 0 && !v.supportsActivityId}
          >
            <option value="">{t("government.supports.none")}</option>
            {missing ? <option value={v.supportsActivityId}>{v.supportsActivityLabel || v.supportsActivityId}</option> : null}
            {options.map((a) => (
              <option key={a.id} value={a.id}>
                {a.agency}: {a.title} ({a.startDate.slice(0, 4)})
              </option>
            ))}
          </Select>
        )}
      </Field>
    </CardSection>
  );
}
