"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Select } from "@/components/ui/field";
import { ROLES, type Role } from "@/server/users/users.schemas";
import { useTRPC } from "../../../../_trpc/client";
import { SearchBox } from "../../_components/search-box";
import type { AdminSelf, ManagedUser } from "../../_components/types";
import { ActiveConfirm } from "./active-confirm";
import { ResetPasswordForm } from "./reset-password-form";
import { UserForm } from "./user-form";
import { UserList, type UserAction } from "./user-list";

type Open = { kind: "new" } | { kind: UserAction; user: ManagedUser } | null;

/** The accounts an admin manages: filter, add, edit, reset a password, deactivate. */
export function UsersAdmin({ self }: { self: AdminSelf }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [q, setQ] = useState("");
  const [role, setRole] = useState<Role | "">("");
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const input = { ...(q ? { q } : {}), ...(role ? { role } : {}) };
  const { data, isFetching } = useQuery({ ...trpc.users.list.queryOptions(input), placeholderData: keepPreviousData });

  const show = (next: Open) => {
    setNotice(null);
    setOpen(next);
  };
  const close = () => setOpen(null);
  const saved = (message: string) => () => {
    setNotice(message);
    setOpen(null);
  };

  const title = (() => {
    switch (open?.kind) {
      case "edit":
        return t("admin.editUser");
      case "reset":
        return t("admin.resetPassword");
      case "active":
        return open.user.isActive ? t("admin.deactivate") : t("admin.reactivate");
      default:
        return t("admin.newUser");
    }
  })();

  return (
    <div aria-busy={isFetching}>
      <SearchBox label={t("admin.usersSearch")} onSearch={setQ}>
        <Select
          aria-label={t("admin.roleFilter")}
          value={role}
          onChange={(e) => setRole(ROLES.find((r) => r === e.target.value) ?? "")}
          className="sm:w-56"
        >
          <option value="">{t("admin.allRoles")}</option>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </Select>
        <Button onClick={() => show({ kind: "new" })}>{t("admin.newUser")}</Button>
      </SearchBox>
      {notice ? (
        <Alert tone="success" label="form-success" className="mb-4">
          {notice}
        </Alert>
      ) : null}
      {data ? (
        <UserList users={data} selfId={self.userId} onAction={(kind, user) => show({ kind, user })} />
      ) : (
        <p className="text-sm text-slate-500">{t("common.loading")}</p>
      )}
      <Dialog open={open !== null} onClose={close} title={title} closeLabel={t("common.close")}>
        {open?.kind === "new" ? <UserForm self={self} onCancel={close} onSaved={saved(t("admin.created"))} /> : null}
        {open?.kind === "edit" ? (
          <UserForm key={open.user.id} user={open.user} self={self} onCancel={close} onSaved={saved(t("admin.saved"))} />
        ) : null}
        {open?.kind === "reset" ? <ResetPasswordForm user={open.user} onClose={close} /> : null}
        {open?.kind === "active" ? <ActiveConfirm user={open.user} onCancel={close} onDone={saved(t("admin.saved"))} /> : null}
      </Dialog>
    </div>
  );
}
