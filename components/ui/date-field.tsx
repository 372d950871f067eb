"use client";

import { useId, useState } from "react";
import { isoToDayMonthYear, maskDayMonthYear, parseDayMonthYear } from "@/lib/dates/day-month-year";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Input } from "./field";

interface Props {
  id?: string;
  /** For a plain form: the ISO date (or, when unreadable, the text typed) is sent under this name. */
  name?: string;
  /** Controlled: the ISO date, or the text typed when it is not a date yet. */
  value?: string;
  /** Uncontrolled: the ISO date to start from. */
  defaultValue?: string;
  /** The ISO date when the text is a date; "" when empty; otherwise the text, which the server refuses. */
  onChange?: (value: string) => void;
  invalid?: boolean;
  "aria-describedby"?: string;
  "aria-label"?: string;
  className?: string;
}

/**
 * A date typed and shown as dd/mm/yyyy whatever the browser's language (the native date input
 * follows the browser's locale). Digits get their slashes as they are typed; on leaving the field
 * a date that is not one says why, in the reader's language ("31/02/2026 bukan tanggal yang ada").
 */
export function DateField({ id, name, value, defaultValue, onChange, invalid, className, ...aria }: Props) {
  const { t } = useI18n();
  const errorId = `${useId()}-date-error`;
  const start = isoToDayMonthYear(value ?? defaultValue ?? "");
  const [text, setText] = useState(start);
  const [emitted, setEmitted] = useState(value);
  const [touched, setTouched] = useState(false);
  // A value changed from outside (a draft loaded, a form reset) replaces the text.
  if (value !== undefined && value !== emitted) {
    setEmitted(value);
    setText(isoToDayMonthYear(value));
  }
  const parsed = parseDayMonthYear(text);
  const error =
    !touched || parsed.kind === "ok" || parsed.kind === "empty"
      ? null
      : parsed.kind === "impossible"
        ? t("errors.dateImpossible", { date: text })
        : t("errors.dateFormat");
  const out = parsed.kind === "ok" ? parsed.iso : parsed.kind === "empty" ? "" : text;
  const describedBy = [error ? errorId : null, aria["aria-describedby"]].filter(Boolean).join(" ") || undefined;
  return (
    <div className="min-w-0">
      <Input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t("common.datePlaceholder")}
        maxLength={10}
        value={text}
        aria-label={aria["aria-label"]}
        aria-describedby={describedBy}
        invalid={invalid || Boolean(error)}
        className={className}
        data-date-field=""
        onChange={(e) => {
          const next = maskDayMonthYear(e.target.value);
          setText(next);
          const p = parseDayMonthYear(next);
          const v = p.kind === "ok" ? p.iso : p.kind === "empty" ? "" : next;
          setEmitted(v);
          onChange?.(v);
        }}
        onBlur={() => {
          setTouched(true);
          if (parsed.kind === "ok" && parsed.text !== text) setText(parsed.text);
        }}
      />
      {name ? <input type="hidden" name={name} value={out} /> : null}
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-red-700" data-testid="date-field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
