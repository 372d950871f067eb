"use client";

import { formatDateTime, formatNumber } from "@/lib/format";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { AreaLabel } from "../../_components/area-label";
import type { ManagedUser } from "../../_components/types";
import { useAreaNames } from "../../_components/use-area-names";

export type UserAction = "edit" | "reset" | "active";

interface Props {
  users: ManagedUser[];
  selfId: string;
  onAction: (action: UserAction, user: ManagedUser) => void;
}

/** Accounts as a table on wide screens and as cards on phones. */
export function UserList({ users, selfId, onAction }: Props) {
  const { t, locale, timeZone } = useI18n();
  const nameOf = useAreaNames(users.map((u) => u.jurisdiction));

  const scope = (u: ManagedUser) =>
    u.role === "officer" ? (
      <span>{u.companyName ?? t("common.none")}</span>
    ) : u.jurisdiction ? (
      <AreaLabel code={u.jurisdiction} name={nameOf(u.jurisdiction)} />
    ) : (
      <span>{t("common.none")}</span>
    );
  const status = (u: ManagedUser) => (
    <Badge tone={u.isActive ? "green" : "gray"}>{u.isActive ? t("common.active") : t("common.inactive")}</Badge>
  );
  const lastSignIn = (u: ManagedUser) => (u.lastSignInAt ? formatDateTime(u.lastSignInAt, locale, timeZone) : t("admin.never"));
  const name = (u: ManagedUser) => (
    <span className="font-medium text-slate-900">
      {u.name}
      {u.id === selfId ? (
        <Badge tone="blue" className="ml-2">
          {t("admin.you")}
        </Badge>
      ) : null}
    </span>
  );
  // The server refuses deactivating oneself, so the button is not offered on one's own row.
  const actions = (u: ManagedUser) => (
    <div className="flex flex-wrap gap-2 md:justify-end">
      <Button variant="secondary" size="sm" onClick={() => onAction("edit", u)}>
        {t("common.edit")}
      </Button>
      <Button variant="secondary" size="sm" onClick={() => onAction("reset", u)}>
        {t("admin.resetPassword")}
      </Button>
      {u.id === selfId ? null : (
        <Button variant={u.isActive ? "danger" : "secondary"} size="sm" onClick={() => onAction("active", u)}>
          {u.isActive ? t("admin.deactivate") : t("admin.reactivate")}
        </Button>
      )}
    </div>
  );

  if (users.length === 0) return <Card className="p-10 text-center text-sm text-slate-600">{t("admin.usersEmpty")}</Card>;
  return (
    <>
      <p className="mb-3 text-sm text-slate-600" data-testid="user-count">
        {t("admin.usersCount", { n: formatNumber(users.length) })}
      </p>
      <Card className="hidden overflow-x-auto md:block">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-4 py-3">
                {t("admin.name")}
              </th>
              <th scope="col" className="px-4 py-3">
                {t("admin.email")}
              </th>
              <th scope="col" className="px-4 py-3">
                {t("admin.role")}
              </th>
              <th scope="col" className="px-4 py-3">
                {t("admin.scope")}
              </th>
              <th scope="col" className="px-4 py-3">
                {t("admin.status")}
              </th>
              <th scope="col" className="px-4 py-3">
                {t("admin.lastSignIn")}
              </th>
              <th scope="col" className="px-4 py-3">
                <span className="sr-only">{t("common.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {users.map((u) => (
              <tr key={u.id} className="align-top hover:bg-slate-50">
                <td className="px-4 py-3">{name(u)}</td>
                <td className="px-4 py-3 break-all text-slate-700">{u.email}</td>
                <td className="px-4 py-3 text-slate-700">{t(`roles.${u.role}`)}</td>
                <td className="max-w-56 px-4 py-3 text-slate-700">{scope(u)}</td>
                <td className="px-4 py-3">{status(u)}</td>
                <td className="px-4 py-3 whitespace-nowrap text-slate-700">{lastSignIn(u)}</td>
                <td className="px-4 py-3">{actions(u)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <ul className="space-y-3 md:hidden">
        {users.map((u) => (
          <li key={u.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0">
                {name(u)}
                <div className="break-all text-xs text-slate-500">{u.email}</div>
              </div>
              {status(u)}
            </div>
            <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs text-slate-700">
              <dt className="text-slate-500">{t("admin.role")}</dt>
              <dd>{t(`roles.${u.role}`)}</dd>
              <dt className="text-slate-500">{u.role === "officer" ? t("admin.company") : t("admin.jurisdiction")}</dt>
              <dd>{scope(u)}</dd>
              <dt className="text-slate-500">{t("admin.lastSignIn")}</dt>
              <dd>{lastSignIn(u)}</dd>
            </dl>
            <div className="mt-3">{actions(u)}</div>
          </li>
        ))}
      </ul>
    </>
  );
}
