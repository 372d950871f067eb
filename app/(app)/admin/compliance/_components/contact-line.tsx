"use client";

import { useI18n } from "@/components/i18n/i18n-provider";

/** A company's CSR contact on one line, with tap-to-mail and tap-to-call links for phones. */
export function ContactLine({ name, email, phone }: { name: string | null; email: string | null; phone: string | null }) {
  const { t } = useI18n();
  if (!name && !email && !phone) return <p className="text-sm text-slate-500">{t("compliance.noContact")}</p>;
  return (
    <p className="text-sm text-slate-700">
      <span className="sr-only">{t("compliance.contact")}: </span>
      {name ? <span>{name}</span> : null}
      {email ? (
        <>
          {name ? " · " : null}
          <a href={`mailto:${email}`} className="text-brand-700 hover:underline">
            {email}
          </a>
        </>
      ) : null}
      {phone ? (
        <>
          {name || email ? " · " : null}
          <a href={`tel:${phone.replace(/[^\d+]/g, "")}`} className="text-brand-700 hover:underline">
            {phone}
          </a>
        </>
      ) : null}
    </p>
  );
}
