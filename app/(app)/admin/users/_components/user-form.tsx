"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Field, Input, Select } from "@/components/ui/field";
import { createUserSchema, PASSWORD_MIN_LENGTH, ROLES, updateUserSchema, type Role } from "@/server/users/users.schemas";
import { useTRPC } from "../../../../_trpc/client";
import { FormFooter } from "../../_components/form-actions";
import { normaliseCode } from "../../_components/jurisdiction";
import type { AdminSelf, ManagedUser } from "../../_components/types";
import { useFormErrors } from "../../_components/use-form-errors";

const FIELDS = ["name", "email", "role", "companyId", "jurisdiction", "password"] as const;
const asRole = (v: string): Role | undefined => ROLES.find((r) => r === v);

interface Props {
  /** The user to edit; absent for a new one. */
  user?: ManagedUser;
  self: AdminSelf;
  onSaved: () => void;
  onCancel: () => void;
}

/** Adds or edits an account. Officers act for one company; everyone else within a jurisdiction. */
export function UserForm({ user, self, onSaved, onCancel }: Props) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errors = useFormErrors(FIELDS);
  const isSelf = user?.id === self.userId;
  const [role, setRole] = useState<Role>(user?.role ?? "officer");
  const companies = useQuery(trpc.companies.list.queryOptions({}));
  // On the mutation itself, so the lists refresh even if the dialog closes before the answer.
  // Companies too: their officer counts change with these accounts.
  const refresh = {
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.companies.list.queryKey() }),
      ]),
  };
  const create = useMutation(trpc.users.create.mutationOptions(refresh));
  const update = useMutation(trpc.users.update.mutationOptions(refresh));
  const pending = create.isPending || update.isPending;

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    const scope =
      role === "officer"
        ? { role, companyId: text("companyId") || null, jurisdiction: null }
        : { role, companyId: null, jurisdiction: normaliseCode(text("jurisdiction")) };
    if (user) {
      const input = { ...scope, id: user.id, version: user.version, name: text("name") };
      if (!errors.validate(updateUserSchema, input)) return;
      update.mutate(input, { onSuccess: onSaved, onError: (err) => errors.fail(err, { isUpdate: true }) });
    } else {
      const input = { ...scope, name: text("name"), email: text("email"), password: text("password") };
      if (!errors.validate(createUserSchema, input)) return;
      create.mutate(input, { onSuccess: onSaved, onError: (err) => errors.fail(err) });
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field label={t("admin.name")} error={errors.errorFor("name")}>
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            name="name"
            required
            defaultValue={user?.name ?? ""}
            autoComplete="off"
            aria-describedby={describedBy}
            invalid={invalid}
          />
        )}
      </Field>
      {user ? (
        <div className="space-y-1.5">
          <p className="text-sm font-medium text-slate-800">{t("admin.email")}</p>
          <p className="break-all text-sm text-slate-700">{user.email}</p>
        </div>
      ) : (
        <Field label={t("admin.email")} error={errors.errorFor("email")}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              name="email"
              type="email"
              inputMode="email"
              required
              autoComplete="off"
              aria-describedby={describedBy}
              invalid={invalid}
            />
          )}
        </Field>
      )}
      {isSelf ? (
        <div className="space-y-1.5">
          <p className="text-sm font-medium text-slate-800">{t("admin.role")}</p>
          <p className="text-sm text-slate-700">{t(`roles.${role}`)}</p>
          <p className="text-xs text-slate-500">{t("admin.ownRoleNote")}</p>
        </div>
      ) : (
        <Field label={t("admin.role")} error={errors.errorFor("role")}>
          {({ id, describedBy, invalid }) => (
            <Select
              id={id}
              name="role"
              value={role}
              onChange={(e) => setRole(asRole(e.target.value) ?? role)}
              aria-describedby={describedBy}
              invalid={invalid}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      )}
      {role === "officer" ? (
        <Field label={t("admin.company")} error={errors.errorFor("companyId")}>
          {({ id, describedBy, invalid }) => (
            <Select
              id={id}
              name="companyId"
              required
              defaultValue={user?.companyId ?? ""}
              disabled={!companies.data}
              aria-describedby={describedBy}
              invalid={invalid}
            >
              <option value="">{companies.data ? t("admin.chooseCompany") : t("common.loading")}</option>
              {(companies.data ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      ) : (
        <Field label={t("admin.jurisdiction")} hint={t("admin.jurisdictionHint")} error={errors.errorFor("jurisdiction")}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              name="jurisdiction"
              required
              defaultValue={user?.jurisdiction ?? self.jurisdiction}
              readOnly={isSelf}
              autoComplete="off"
              spellCheck={false}
              className="font-mono"
              aria-describedby={describedBy}
              invalid={invalid}
            />
          )}
        </Field>
      )}
      {user ? null : (
        <Field label={t("admin.password")} hint={t("admin.passwordHint")} error={errors.errorFor("password")}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              name="password"
              type="password"
              required
              minLength={PASSWORD_MIN_LENGTH}
              autoComplete="new-password"
              aria-describedby={describedBy}
              invalid={invalid}
            />
          )}
        </Field>
      )}
      <FormFooter error={errors.formError} pending={pending} onCancel={onCancel} />
    </form>
  );
}
