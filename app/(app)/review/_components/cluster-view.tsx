"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { areaName } from "@/lib/areas/area-label";
import { formatPeriod } from "@/lib/format";
import { budgetLabel } from "@/lib/program-labels";
import { translateServerKey } from "@/lib/i18n/core";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Badge, statusTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardSection } from "@/components/ui/card";
import { Field, Textarea } from "@/components/ui/field";
import { resolveClusterSchema } from "@/server/overlaps/overlaps.schemas";
import { describeError } from "../../../_trpc/errors";
import { useTRPC } from "../../../_trpc/client";
import { KindBadge, ScoreMeter } from "./flag-badges";

const CLUSTER_RESOLUTIONS = ["duplicate", "distinct", "collaboration"] as const;
type ClusterResolution = (typeof CLUSTER_RESOLUTIONS)[number];

/** A cluster's programs in one table (company, title, place, period, budget) and one decision for all its pairs. */
export function ClusterView({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const { data: cluster } = useQuery(trpc.overlaps.cluster.queryOptions({ id }));
  if (!cluster) return <p className="text-sm text-slate-500">{t("common.loading")}</p>;
  const place = cluster.members.flatMap((m) => m.areas).find((a) => a.code === cluster.areaCode);
  const title = (programId: string) => cluster.members.find((m) => m.id === programId)?.title ?? "";
  return (
    <div className="space-y-6">
      <div>
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone="violet">{t("review.cluster.badge")}</Badge>
          <KindBadge kind={cluster.kind} />
          <ScoreMeter score={cluster.score} />
        </div>
        <h1 className="mt-2 text-xl font-semibold text-slate-900">{t("review.cluster.title")}</h1>
        <p className="mt-1 text-sm text-slate-700" data-testid="cluster-intro">
          {t("review.cluster.intro", {
            programs: cluster.members.length,
            place: place ? areaName(place, t) : cluster.areaCode,
            pairs: cluster.pairs.length,
          })}
        </p>
      </div>
      <Card>
        <CardSection title={t("review.cluster.members")}>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="cluster-members">
              <thead className="text-xs text-slate-600">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t("review.cluster.company")}
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t("review.cluster.program")}
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t("review.cluster.place")}
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t("review.cluster.period")}
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    {t("review.cluster.budget")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {cluster.members.map((m) => (
                  <tr key={m.id}>
                    <td className="py-2 pr-3 text-slate-800">{m.companyName}</td>
                    <td className="py-2 pr-3">
                      <Link href={`/programs/${m.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                        {m.title}
                      </Link>
                      <div className="mt-0.5 flex items-center gap-2 text-xs text-slate-500">
                        <span className="font-mono">{m.ref}</span>
                        <Badge tone={statusTone(m.status)}>{t(`statuses.${m.status}`)}</Badge>
                      </div>
                    </td>
                    <td className="py-2 pr-3 text-slate-700">{m.areas.map((a) => areaName(a, t)).join(", ")}</td>
                    <td className="py-2 pr-3 whitespace-nowrap text-slate-700">{formatPeriod(m.startDate, m.endDate, locale)}</td>
                    <td className="py-2 whitespace-nowrap text-slate-700">{budgetLabel(t, m.budgetIdr)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </CardSection>
      </Card>
      <Card>
        <CardSection title={t("review.cluster.pairs")}>
          <ul className="space-y-2 text-sm">
            {cluster.pairs.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center gap-2">
                <KindBadge kind={p.kind} />
                <ScoreMeter score={p.score} />
                <Link href={`/review/${p.id}`} className="text-slate-800 hover:text-brand-700 hover:underline">
                  {title(p.a)} ↔ {title(p.b)}
                </Link>
                {p.status === "resolved" && p.resolution ? <Badge tone="gray">{t(`review.resolutions.${p.resolution}`)}</Badge> : null}
              </li>
            ))}
          </ul>
        </CardSection>
      </Card>
      {cluster.status === "open" ? (
        cluster.canResolve ? (
          <ClusterForm cluster={cluster} />
        ) : (
          <Alert tone="info">{t("errors.outsideJurisdiction")}</Alert>
        )
      ) : (
        <Alert tone="success" label="cluster-decided">
          {t("review.cluster.notOpen", { resolution: cluster.resolution ? t(`review.resolutions.${cluster.resolution}`) : "" })}
          {cluster.resolutionNote ? <span className="mt-1 block text-slate-700">{cluster.resolutionNote}</span> : null}
        </Alert>
      )}
    </div>
  );
}

interface FormProps {
  cluster: { id: string; version: number; members: { id: string; title: string; companyName: string }[] };
}

function ClusterForm({ cluster }: FormProps) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [resolution, setResolution] = useState<ClusterResolution | "">("");
  const [keep, setKeep] = useState("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const resolve = useMutation(
    trpc.overlaps.resolveCluster.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.overlaps.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.programs.pathKey() });
        router.refresh();
      },
      onError: (err) => {
        const { message, fieldErrors } = describeError(err);
        setErrors(fieldErrors);
        setFormError(translateServerKey(t, locale, message, "errors.internal"));
      },
    }),
  );
  const msg = (k?: string) => (k ? translateServerKey(t, locale, k, "errors.invalid") : undefined);

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const parsed = resolveClusterSchema.safeParse({
      id: cluster.id,
      version: cluster.version,
      resolution: resolution || undefined,
      note,
      keepProgramId: resolution === "duplicate" ? keep || undefined : undefined,
    });
    if (!parsed.success) {
      const errs: Record<string, string> = {};
      for (const i of parsed.error.issues) errs[String(i.path[0])] ??= i.message;
      setErrors(errs);
      setFormError(t("errors.validation"));
      return;
    }
    setErrors({});
    setFormError(null);
    resolve.mutate(parsed.data);
  }

  return (
    <Card>
      <CardSection title={t("review.cluster.decide")}>
        <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label={t("review.cluster.decide")}>
          {formError ? (
            <Alert tone="error" label="form-error">
              {formError}
            </Alert>
          ) : null}
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">{t("review.decision")}</legend>
            <div className="mt-2 grid gap-2 sm:grid-cols-3">
              {CLUSTER_RESOLUTIONS.map((o) => (
                <label
                  key={o}
                  className="flex cursor-pointer gap-3 rounded-lg border border-slate-200 p-3 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
                >
                  <input
                    type="radio"
                    name="resolution"
                    value={o}
                    checked={resolution === o}
                    onChange={() => setResolution(o)}
                    className="mt-0.5 accent-brand-700"
                  />
                  <span>
                    <span className="block font-medium text-slate-900">{t(`review.resolutions.${o}`)}</span>
                    <span className="block text-xs text-slate-600">{t(`review.cluster.resolutionHints.${o}`)}</span>
                  </span>
                </label>
              ))}
            </div>
            {errors.resolution ? <p className="mt-1 text-sm text-red-700">{msg(errors.resolution)}</p> : null}
          </fieldset>
          {resolution === "duplicate" ? (
            <fieldset aria-describedby={errors.keepProgramId ? "keep-error" : undefined}>
              <legend className="text-sm font-medium text-slate-800">{t("review.cluster.keepWhich")}</legend>
              <div className="mt-2 space-y-2">
                {cluster.members.map((p) => (
                  <label key={p.id} className="flex items-center gap-2 text-sm text-slate-800">
                    <input
                      type="radio"
                      name="keep"
                      value={p.id}
                      checked={keep === p.id}
                      onChange={() => setKeep(p.id)}
                      className="accent-brand-700"
                    />
                    {p.title} · {p.companyName}
                  </label>
                ))}
              </div>
              {errors.keepProgramId ? (
                <p id="keep-error" className="mt-1 text-sm text-red-700">
                  {msg(errors.keepProgramId)}
                </p>
              ) : null}
            </fieldset>
          ) : null}
          <Field
            label={resolution === "distinct" ? t("review.reason") : t("review.note")}
            optionalLabel={resolution === "distinct" ? undefined : t("common.optional")}
            error={msg(errors.note)}
          >
            {({ id, describedBy, invalid }) => (
              <Textarea
                id={id}
                rows={3}
                value={note}
                onChange={(e) => setNote(e.target.value)}
                aria-describedby={describedBy}
                invalid={invalid}
              />
            )}
          </Field>
          <div className="flex justify-end">
            <Button type="submit" disabled={resolve.isPending}>
              {resolve.isPending ? t("common.saving") : t("review.submitDecision")}
            </Button>
          </div>
        </form>
      </CardSection>
    </Card>
  );
}
