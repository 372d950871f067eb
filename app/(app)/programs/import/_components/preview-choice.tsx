"use client";

import { useId, useState, type ReactNode } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";

interface Props {
  label: ReactNode;
  options: { value: string; label: string }[];
  /** The value chosen before, if any (the select starts on it). */
  current?: string;
  pending: boolean;
  error?: string;
  onApply: (value: string) => void;
}

/**
 * A select with its own "Pakai" button: moving through a closed select with the arrow keys fires a
 * change on each step, so the choice is sent only when the person says so.
 */
export function PreviewChoice({ label, options, current, pending, error, onApply }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [value, setValue] = useState(current ?? "");
  return (
    <form
      className="space-y-1.5"
      onSubmit={(e) => {
        e.preventDefault();
        if (value) onApply(value);
      }}
    >
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Select
          id={id}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          disabled={pending}
          invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
          className="sm:max-w-md"
        >
          <option value="">{t("imports.preview.choose")}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
        <Button type="submit" variant="secondary" disabled={pending || !value || value === current}>
          {pending ? t("imports.preview.applying") : t("imports.preview.apply")}
        </Button>
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
