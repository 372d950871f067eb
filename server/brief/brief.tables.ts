import { budgetShortLabel } from "@/lib/program-labels";
import { areaName } from "@/lib/areas/area-label";
import { figureGapsNote } from "@/lib/figure-gaps";
import { formatDate, formatDateTime, formatNumber, formatRupiahShort } from "@/lib/format";
import type { Locale, Translate } from "@/lib/i18n/translate";
import { renderReason } from "@/lib/overlaps/reasons";
import type { Brief } from "./brief";

// The brief as tables of text, in the reader's language: the page and the PDF render the same
// rows, so what is printed and what is downloaded cannot drift apart.

export type BriefSectionKey = "submissions" | "decisions" | "flags" | "gaps" | "blankSpots" | "targeting";

export interface BriefColumn {
  label: string;
  /** Share of the table's width, for the PDF; the columns of a table add up to 1. */
  share: number;
}

export interface BriefRow {
  cells: string[];
  /** Where the row's subject opens in the app (a program, a need, an area's programs), if anywhere. */
  href: string | null;
}

export interface BriefTable {
  key: BriefSectionKey;
  title: string;
  hint: string;
  total: number;
  columns: BriefColumn[];
  rows: BriefRow[];
}

const cols = (t: Translate, spec: [Parameters<Translate>[0], number][]): BriefColumn[] =>
  spec.map(([key, share]) => ({ label: t(key), share }));

/**
 * Builds the five sections of a brief; `now` only dates the "waiting" of needs, which the query already counts.
 * `canReview` (reviewers and admins) links a flag to its review page; a forum viewer cannot open
 * that page, so their flag links to the first program's page, which lists the pair's flags too.
 */
export function briefTables(brief: Brief, t: Translate, locale: Locale, { canReview = false }: { canReview?: boolean } = {}): BriefTable[] {
  const day = (d: Date) => formatDateTime(d, locale, brief.zone);
  const program = (p: { ref: string; title: string }) => `${p.title} (${p.ref})`;
  const tables: BriefTable[] = [
    {
      key: "submissions",
      title: t("brief.sections.submissions"),
      // The budgets listed below may be "belum diisi"; the hint says how many programs lack a figure.
      hint: [t("brief.hints.submissions"), figureGapsNote(t, brief.submissions)].filter(Boolean).join(" "),
      total: brief.submissions.total,
      columns: cols(t, [
        ["brief.columns.date", 0.17],
        ["brief.columns.program", 0.38],
        ["brief.columns.company", 0.2],
        ["brief.columns.sector", 0.12],
        ["brief.columns.budget", 0.13],
      ]),
      rows: brief.submissions.items.map((s) => ({
        cells: [day(s.at), program(s), s.companyName, t(`sectors.${s.sector}`), budgetShortLabel(t, s.budgetIdr, locale)],
        href: `/programs/${s.programId}`,
      })),
    },
    {
      key: "decisions",
      title: t("brief.sections.decisions"),
      hint: t("brief.hints.decisions"),
      total: brief.decisions.total,
      columns: cols(t, [
        ["brief.columns.date", 0.16],
        ["brief.columns.program", 0.27],
        ["brief.columns.decision", 0.13],
        ["brief.columns.by", 0.14],
        ["brief.columns.note", 0.3],
      ]),
      rows: brief.decisions.items.map((d) => ({
        cells: [day(d.at), `${program(d)} · ${d.companyName}`, t(`brief.decisions.${d.action}`), d.actorName ?? (d.actorRole ? t(`roles.${d.actorRole}`) : t("common.none")), d.note ?? t("common.none")],
        href: `/programs/${d.programId}`,
      })),
    },
    {
      key: "flags",
      title: t("brief.sections.flags"),
      hint: t("brief.hints.flags"),
      total: brief.flags.total,
      columns: cols(t, [
        ["brief.columns.date", 0.16],
        ["brief.columns.pair", 0.4],
        ["brief.columns.reasons", 0.44],
      ]),
      rows: brief.flags.items.map((f) => ({
        cells: [
          day(f.detectedAt),
          `${program(f.a)} · ${f.a.companyName} ${t("brief.and")} ${program(f.b)} · ${f.b.companyName} — ${t(`review.kinds.${f.kind}`)}, ${t("review.score", { pct: Math.round(f.score * 100) })}`,
          f.reasons.map((r) => renderReason(r, t, locale)).join("; "),
        ],
        href: canReview ? `/review/${f.id}` : `/programs/${f.a.id}`,
      })),
    },
    {
      key: "gaps",
      title: t("brief.sections.gaps"),
      hint: t("brief.hints.gaps"),
      total: brief.gaps.total,
      columns: cols(t, [
        ["brief.columns.need", 0.36],
        ["brief.columns.area", 0.24],
        ["brief.columns.sector", 0.14],
        ["brief.columns.budget", 0.13],
        ["brief.columns.waiting", 0.13],
      ]),
      rows: brief.gaps.items.map((g) => ({
        cells: [
          g.title,
          g.area ? areaName(g.area, t) : g.areaCode,
          t(`sectors.${g.sector}`),
          formatRupiahShort(g.estimatedBudgetIdr, locale),
          t("needs.age", { n: g.ageDays }),
        ],
        href: `/needs?id=${g.id}&status=all`,
      })),
    },
  ];
  const spots = brief.blankSpots;
  tables.push({
    key: "blankSpots",
    title: t("brief.sections.blankSpots"),
    hint: spots.threshold
      ? t("brief.hints.blankSpots", { rate: formatPercent(spots.threshold.value, locale), year: spots.year })
      : t("brief.hints.blankSpotsNoData"),
    total: spots.total,
    columns: cols(t, [
      ["brief.columns.area", 0.5],
      ["brief.columns.povertyRate", 0.25],
      ["brief.columns.poorPeople", 0.25],
    ]),
    rows: spots.items.map((s) => ({
      cells: [
        s.name,
        s.povertyRate ? `${formatPercent(s.povertyRate.value, locale)}% (${s.povertyRate.year})` : t("common.none"),
        s.poorPeople ? `${formatNumber(s.poorPeople.value)} (${s.poorPeople.year})` : t("common.none"),
      ],
      href: null,
    })),
  });
  const tg = brief.targeting;
  const share = (x: { count: number | "<5"; share: number | null }) => (x.share === null ? String(x.count) : `${x.count} (${formatPercent(x.share, locale)}%)`);
  tables.push({
    key: "targeting",
    title: t("brief.sections.targeting"),
    hint: tg.registrySize === 0 ? t("brief.hints.targetingNoRegistry") : t("brief.hints.targeting"),
    total: tg.byCompany.length,
    columns: cols(t, [
      ["brief.columns.company", 0.32],
      ["beneficiaries.targeting.persons", 0.14],
      ["beneficiaries.targeting.poorest", 0.18],
      ["beneficiaries.targeting.higher", 0.18],
      ["beneficiaries.targeting.notFound", 0.18],
    ]),
    rows:
      tg.registrySize === 0
        ? []
        : tg.byCompany.map((r) => ({ cells: [r.label, String(r.shares.persons), share(r.shares.poorest), share(r.shares.higher), share(r.shares.notFound)], href: null })),
  });
  return tables;
}

const percentFormats = {
  id: new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }),
};

export function formatPercent(value: number, locale: Locale): string {
  return percentFormats[locale === "id" ? "id" : "en"].format(value);
}

/** `01/03/2026 – 31/03/2026` */
export function formatRange(from: string, to: string, locale: Locale): string {
  return `${formatDate(from, locale)} – ${formatDate(to, locale)}`;
}
