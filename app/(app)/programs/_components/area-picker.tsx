"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { areaContext, areaName, type AreaLike } from "@/lib/areas/area-label";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/field";
import { useTRPC } from "../../../_trpc/client";
import { useDebounced } from "@/components/ui/use-debounced";

export type PickedArea = AreaLike & { path: string[] };

interface Props {
  homeProvince: string;
  homeProvinceName: string;
  value: PickedArea[];
  onChange: (areas: PickedArea[]) => void;
  invalid?: boolean;
  describedBy?: string;
  inputId?: string;
}

/**
 * Chooses one or more areas at any level: search by name across the home province, or browse
 * regency → district → village. Choosing a whole district covers each of its villages.
 */
export function AreaPicker({ homeProvince, homeProvinceName, value, onChange, invalid, describedBy, inputId }: Props) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [q, setQ] = useState("");
  const term = useDebounced(q.trim(), 250);
  const [trail, setTrail] = useState<PickedArea[]>([]);
  const parent = trail.at(-1)?.code ?? homeProvince;
  const search = useQuery({ ...trpc.areas.search.queryOptions({ q: term, within: homeProvince }), enabled: term.length >= 2 });
  const children = useQuery(trpc.areas.children.queryOptions({ parent }));
  const chosen = new Set(value.map((a) => a.code));
  const listId = useId();

  const add = (a: PickedArea) => {
    if (!chosen.has(a.code)) onChange([...value, a]);
  };
  const remove = (code: string) => onChange(value.filter((a) => a.code !== code));
  const pathFor = (): string[] => [homeProvinceName, ...trail.map((a) => a.name)];

  return (
    <div className={cn("rounded-xl border bg-white", invalid ? "border-red-500" : "border-slate-300")} data-testid="area-picker">
      <div className="border-b border-slate-200 p-3">
        <p className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">{t("areaPicker.selected")}</p>
        {value.length === 0 ? (
          <p className="text-sm text-slate-500">{t("areaPicker.noneSelected")}</p>
        ) : (
          <ul className="flex flex-wrap gap-2" aria-label={t("areaPicker.selected")}>
            {value.map((a) => (
              <li
                key={a.code}
                className="flex items-center gap-1 rounded-full bg-brand-50 py-1 pl-3 pr-1 text-sm text-brand-900 ring-1 ring-brand-200"
              >
                <span>
                  {areaName(a, t)}
                  {areaContext(a, t) ? <span className="text-xs text-brand-700"> · {areaContext(a, t)}</span> : null}
                </span>
                <button
                  type="button"
                  onClick={() => remove(a.code)}
                  aria-label={t("areaPicker.remove", { name: areaName(a, t) })}
                  className="ml-1 flex h-6 w-6 items-center justify-center rounded-full text-brand-700 hover:bg-brand-100"
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="p-3">
        <Input
          id={inputId}
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder={t("areaPicker.search")}
          aria-label={t("areaPicker.search")}
          aria-describedby={describedBy}
          aria-controls={listId}
          autoComplete="off"
        />
        <div id={listId} className="mt-2">
          {term.length >= 2 ? (
            search.data && search.data.length === 0 ? (
              <p className="px-1 py-2 text-sm text-slate-500">{t("areaPicker.noResults")}</p>
            ) : (
              <ul className="max-h-72 divide-y divide-slate-100 overflow-y-auto rounded-lg border border-slate-200">
                {(search.data ?? []).map((a) => (
                  <li key={a.code}>
                    <button
                      type="button"
                      disabled={chosen.has(a.code)}
                      onClick={() => {
                        add(a);
                        setQ("");
                      }}
                      aria-label={`${t("areaPicker.add")} ${areaName(a, t)}, ${areaContext(a, t)}`}
                      className="flex w-full items-center justify-between gap-3 px-3 py-2 text-left text-sm hover:bg-slate-50 disabled:opacity-50"
                    >
                      <span>
                        <span className="font-medium text-slate-900">{areaName(a, t)}</span>
                        <span className="block text-xs text-slate-500">{areaContext(a, t)}</span>
                      </span>
                      <span className="text-xs font-medium text-brand-700">{t("areaPicker.add")}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )
          ) : (
            <div>
              <div className="mb-2 flex flex-wrap items-center gap-1 text-sm">
                <span className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t("areaPicker.browse")}</span>
                {trail.map((a, i) => (
                  <span key={a.code} className="text-slate-600">
                    ›{" "}
                    <button type="button" className="hover:underline" onClick={() => setTrail(trail.slice(0, i + 1))}>
                      {areaName(a, t)}
                    </button>
                  </span>
                ))}
                {trail.length > 0 ? (
                  <Button variant="ghost" size="sm" className="ml-auto" onClick={() => setTrail(trail.slice(0, -1))}>
                    {t("areaPicker.up")}
                  </Button>
                ) : null}
              </div>
              {trail.length > 0 ? (
                <Button
                  variant="secondary"
                  size="sm"
                  className="mb-2"
                  disabled={chosen.has(parent)}
                  onClick={() => {
                    const here = trail.at(-1);
                    if (here) add(here);
                  }}
                >
                  {t("areaPicker.selectWhole", { name: areaName(trail.at(-1) as PickedArea, t) })}
                </Button>
              ) : null}
              <ul className="max-h-72 divide-y divide-slate-100 overflow-y-auto rounded-lg border border-slate-200">
                {(children.data ?? []).map((c) => {
                  const area: PickedArea = { ...c, path: pathFor() };
                  return (
                    <li key={c.code} className="flex items-center justify-between gap-2 px-3 py-1.5 text-sm">
                      {c.level < 4 ? (
                        <button
                          type="button"
                          className="min-w-0 flex-1 py-1 text-left text-slate-800 wrap-break-word hover:text-brand-700 hover:underline"
                          onClick={() => setTrail([...trail, area])}
                          aria-label={t("areaPicker.open", { name: areaName(area, t) })}
                        >
                          {areaName(area, t)} <span aria-hidden="true">›</span>
                        </button>
                      ) : (
                        <span className="min-w-0 flex-1 py-1 text-slate-800 wrap-break-word">{areaName(area, t)}</span>
                      )}
                      <Button
                        variant="ghost"
                        size="sm"
                        disabled={chosen.has(c.code)}
                        onClick={() => add(area)}
                        aria-label={`${t("areaPicker.add")} ${areaName(area, t)}`}
                      >
                        {t("areaPicker.add")}
                      </Button>
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
