import { en } from "@/lib/i18n/messages/en";
import { id } from "@/lib/i18n/messages/id";
import { TARGET_GROUPS, type TargetGroup } from "@/lib/enums";

/** A spreadsheet cell as the import sees it: text from CSV; text, a number or a date from XLSX. */
export type Cell = string | number | Date | null;

/** One spreadsheet row with the number the user sees beside it (the header is usually row 1). */
export interface SheetRow {
  row: number;
  cells: Cell[];
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * An XLSX date cell is a day count that exceljs hands over as a UTC instant; reading its UTC
 * fields gives the calendar date the user typed, whatever the server's time zone. The half
 * second absorbs floating-point dust (`45688.99999999`).
 */
export function formatIsoDate(d: Date): string {
  const t = new Date(Math.round(d.getTime() / 1000) * 1000);
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

export function readCellText(c: Cell): string {
  if (c === null) return "";
  if (c instanceof Date) return formatIsoDate(c);
  if (typeof c === "number") return Number.isFinite(c) ? String(c) : "";
  // Line breaks inside a cell (a description's paragraphs) are kept, in one style.
  return c.replace(/\r\n?/g, "\n").trim();
}

export function isBlank(c: Cell): boolean {
  return readCellText(c) === "";
}

/**
 * Whole numbers as spreadsheets hold them: numeric cells, or text like `150.000.000`,
 * `150,000,000`, `Rp 150.000.000` or `150000000`. Anything else is NaN, which the schema reports.
 */
export function parseWholeNumberCell(c: Cell): number {
  if (typeof c === "number") return c;
  const text = readCellText(c)
    .replace(/^rp\.?\s*/i, "")
    .replace(/\s/g, "")
    .replace(/,-$|\.-$/, "");
  if (/^-?\d+$/.test(text)) return Number(text);
  // Thousands grouped by dots (Indonesian) or commas (English), the same separator throughout.
  if (/^-?\d{1,3}(\.\d{3})+$/.test(text) || /^-?\d{1,3}(,\d{3})+$/.test(text)) return Number(text.replace(/[.,]/g, ""));
  return Number.NaN;
}

const normalizeLabel = (s: string) => s.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();

function buildLookup<T extends string>(codes: readonly T[], labels: Record<T, string>[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const code of codes) {
    map.set(normalizeLabel(code), code);
    map.set(normalizeLabel(code.replace(/_/g, " ")), code);
    for (const l of labels) map.set(normalizeLabel(l[code]), code);
  }
  return map;
}

const TARGET_BY_NAME = buildLookup(TARGET_GROUPS, [id.targetGroups, en.targetGroups]);

/** `children`, `Anak dan balita` → `children`; anything else is returned as typed. */
export function parseTargetGroup(c: Cell): TargetGroup | string {
  const text = readCellText(c);
  return TARGET_BY_NAME.get(normalizeLabel(text)) ?? text;
}
