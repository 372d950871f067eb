"use client";

import { TRPCClientError } from "@trpc/client";
import { useState } from "react";
import type { z } from "zod";
import { useI18n } from "@/components/i18n/i18n-provider";
import { translateServerKey } from "@/lib/i18n/core";
import type { AppRouter } from "@/server/trpc/root";
import { describeError } from "../../../_trpc/errors";

/**
 * Sorts error keys by where they show: the first per visible field (by the first segment of the
 * path, `jurisdictions.0` → `jurisdictions`), and anything else, or else `general`, for the form.
 */
export function sortErrors(entries: [string, string][], fields: readonly string[], general: string | null) {
  const byField: Record<string, string> = {};
  let other: string | null = null;
  for (const [path, key] of entries) {
    const field = path.split(".")[0] ?? path;
    if (fields.includes(field)) byField[field] ??= key;
    else other ??= key;
  }
  return { byField, form: other ?? general };
}

/**
 * Error state for an admin form: catalog keys per field and for the whole form, translated at
 * render time. `fields` names the inputs the form shows; errors for anything else (an id, a
 * version) go to the form-level message so they are never lost.
 */
export function useFormErrors(fields: readonly string[]) {
  const { t, locale } = useI18n();
  const [fieldKeys, setFieldKeys] = useState<Record<string, string>>({});
  const [formKey, setFormKey] = useState<string | null>(null);

  const place = (entries: [string, string][], general: string | null) => {
    const { byField, form } = sortErrors(entries, fields, general);
    setFieldKeys(byField);
    setFormKey(form);
  };

  /**
   * Checks values with the procedure's own schema, showing the issues when they fail. The raw
   * values are what gets sent: the procedure parses them again with the same schema.
   */
  function validate<S extends z.ZodType>(schema: S, values: z.input<S>): boolean {
    const parsed = schema.safeParse(values);
    if (parsed.success) {
      setFieldKeys({});
      setFormKey(null);
      return true;
    }
    place(
      parsed.error.issues.map((issue) => [issue.path.map(String).join("."), issue.message]),
      "errors.validation",
    );
    return false;
  }

  /** Shows what the server answered; an update refused for a stale version says so plainly. */
  function fail(err: unknown, { isUpdate = false }: { isUpdate?: boolean } = {}) {
    const { message, fieldErrors } = describeError(err);
    const code = err instanceof TRPCClientError ? (err as TRPCClientError<AppRouter>).data?.code : undefined;
    if (isUpdate && code === "CONFLICT") {
      setFieldKeys({});
      setFormKey("errors.staleVersion");
      return;
    }
    place(Object.entries(fieldErrors), message);
  }

  const translate = (key: string | null | undefined) => (key ? translateServerKey(t, locale, key, "errors.invalid") : undefined);
  return {
    /** The translated error to show beside `field`, if any. */
    errorFor: (field: string) => translate(fieldKeys[field]),
    /** The translated message for the form-level Alert, if any. */
    formError: translate(formKey),
    validate,
    fail,
  };
}
