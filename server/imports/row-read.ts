// One data row of a spreadsheet read as a program, without the database: what the app resolved,
// what it asks, and what it refuses, each beside its field. The database checks (company, refs
// already used, overlaps) come after, in batches (preview-checks.ts).
import { inferTargetGroup, type TargetTerm } from "@/lib/target-groups/infer";
import { TARGET_GROUPS, type Sector, type TargetGroup } from "@/lib/enums";
import { MAX_BUDGET_IDR } from "@/server/programs/programs.schemas";
import type { PlaceIndex } from "@/server/places/resolve";
import { parseTargetGroup, readCellText, type Cell } from "./cells";
import type { ImportColumn, ImportField } from "./columns";
import type { PlaceChoice, PreviewLevel, PreviewMessage, PreviewRow } from "./preview.schemas";
import { composePlaceText, readRowPlaces } from "./row-places";
import { readPeriod } from "./row-period";
import { guessSectorFromTitle, readSector } from "./sectors";
import { parseCount, parseRupiah } from "./values";

/** What the person decided in the preview for one row (fixRow), kept so a re-read keeps it. */
export interface RowDecisions {
  /** Ask index → chosen area code. */
  places?: Record<string, string>;
  targetGroup?: TargetGroup | null;
  sector?: Sector;
}

/** What reading a row needs besides its cells, loaded once per file. */
export interface RowContext {
  columns: ReadonlyMap<ImportColumn, number>;
  places: PlaceIndex;
  /** Areas preferred when a name exists in several provinces (the forum's province). */
  within: readonly string[];
  terms: readonly TargetTerm[];
  titleYear: number | null;
  /** The area the lines above the table name, preferred among same-named places (row-places.ts). */
  documentArea?: PlaceChoice | null;
}

/** A row as read, before the database checks; `preview.status` and `action` are settled later. */
export interface ReadRow {
  preview: PreviewRow;
  /** The company column as written ("" when blank or absent). */
  companyText: string;
  /** The ref as written; null when the app makes one (see refs.ts). */
  givenRef: string | null;
  /** The first place as written, for a made ref. */
  firstPlaceText: string;
  /** What giving refs over the whole file said about this row (a made ref, a ref used twice): kept when the row is read again. */
  refMessages: PreviewMessage[];
  decisions: RowDecisions;
}

const oneLine = (c: Cell) => readCellText(c).replace(/\s+/g, " ").trim();
/** A catalog key to show in the reader's language (lib/i18n/server-message.ts). */
export const labelParam = (group: "sectors" | "targetGroups", code: string) => `@${group}.${code}`;

const REF_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

export function readRow(row: number, cells: Cell[], ctx: RowContext, sectionSector: Sector | null, decisions: RowDecisions = {}): ReadRow {
  const messages: PreviewMessage[] = [];
  const say = (field: ImportField | null, level: PreviewLevel, message: string, params?: Record<string, string>) =>
    messages.push({ field, level, message, ...(params ? { params } : {}) });
  const cell = (c: ImportColumn): Cell => {
    const i = ctx.columns.get(c);
    return i === undefined ? null : (cells[i] ?? null);
  };

  const title = oneLine(cell("title"));
  if (!title) say("title", "error", "errors.importTitleMissing");
  else if (title.length < 5 || title.length > 200) say("title", "error", "errors.importTitleLength", { value: title.slice(0, 60) });

  const refText = oneLine(cell("ref"));
  let givenRef: string | null = null;
  if (refText) {
    givenRef = refText.replace(/\s+/g, "-");
    if (givenRef.length > 40) say("ref", "error", "errors.importRefLength", { value: refText });
    else if (!REF_PATTERN.test(givenRef)) say("ref", "error", "errors.importRefFormat", { value: refText });
  }

  const sector = readRowSector(cell("sector"), title, sectionSector, decisions.sector, say);
  const target = readRowTarget(cell("target_group"), title, ctx.terms, decisions.targetGroup, say);

  const placeText = composePlaceText({
    locations: cell("locations"),
    village: cell("village"),
    district: cell("district"),
    regency: cell("regency"),
    province: cell("province"),
  });
  const places = readRowPlaces(placeText, ctx.places, ctx.within, decisions.places, ctx.documentArea ?? null);
  messages.push(...places.messages);

  const period = readPeriod(
    {
      start: cell("start_date"),
      end: cell("end_date"),
      period: cell("period"),
      year: cell("year"),
      hasDateColumns: ctx.columns.has("start_date") || ctx.columns.has("end_date"),
    },
    ctx.titleYear,
  );
  for (const n of period.notes) say(n.field, n.level, n.message, n.params);

  const budget = parseRupiah(cell("budget_idr"));
  let budgetIdr: number | null = null;
  if (!budget.ok) say("budget_idr", "error", budget.message, budget.params);
  else if (budget.value !== null && budget.value > MAX_BUDGET_IDR) say("budget_idr", "error", "errors.importRupiahTooLarge", { value: oneLine(cell("budget_idr")) });
  else if (budget.value === null) say("budget_idr", "info", "importNotes.budgetBlank");
  else budgetIdr = budget.value;

  const count = parseCount(cell("beneficiaries"));
  let plannedBeneficiaries: number | null = null;
  if (!count.ok) say("beneficiaries", "error", count.message, count.params);
  else if (count.value === null) say("beneficiaries", "info", "importNotes.beneficiariesBlank");
  else if (count.value === 0) say("beneficiaries", "info", "importNotes.beneficiariesZero");
  else if (count.value > 100_000_000) say("beneficiaries", "error", "errors.importCount", { value: oneLine(cell("beneficiaries")) });
  else plannedBeneficiaries = count.value;

  const description = composeDescription(readCellText(cell("description")), readCellText(cell("notes")), title, target.text, places.areas.map((a) => a.label.split(",")[0] ?? a.label), say);

  return {
    preview: {
      row,
      ref: givenRef ?? "",
      title,
      status: "ok",
      action: "create",
      sector,
      targetGroupText: target.text,
      targetGroup: target.category,
      targetGroupInferred: target.inferred,
      areas: places.areas,
      placeAsks: places.asks,
      startDate: period.startDate,
      endDate: period.endDate,
      budgetIdr,
      plannedBeneficiaries,
      overlaps: [],
      skipped: false,
      messages,
      description,
      companyName: null,
    },
    companyText: oneLine(cell("company")),
    givenRef,
    firstPlaceText: placeText.split(/[;,\n]/)[0]?.trim() ?? "",
    refMessages: [],
    decisions,
  };
}

type Say = (field: ImportField | null, level: PreviewLevel, message: string, params?: Record<string, string>) => void;

function readRowSector(c: Cell, title: string, section: Sector | null, chosen: Sector | undefined, say: Say): Sector | null {
  if (chosen) return chosen;
  const written = oneLine(c);
  const read = readSector(written);
  if (read.sector) {
    if (read.filedUnder) say("sector", "info", "importNotes.sectorFiledUnder", { value: written, sector: labelParam("sectors", read.sector) });
    return read.sector;
  }
  if (read.reason === "unknown") say("sector", "error", "errors.importSectorUnknown", { value: written });
  else if (read.reason === "ambiguous") say("sector", "error", "errors.importSectorAmbiguous", { value: written });
  else if (section) {
    say("sector", "info", "importNotes.sectorFromSection", { sector: labelParam("sectors", section) });
    return section;
  } else {
    const guess = title ? guessSectorFromTitle(title) : null;
    if (guess) {
      say("sector", "warning", "importNotes.sectorFromTitle", { sector: labelParam("sectors", guess) });
      return guess;
    }
    say("sector", "error", "errors.importSectorMissing");
  }
  return null;
}

function readRowTarget(c: Cell, title: string, terms: readonly TargetTerm[], chosen: TargetGroup | null | undefined, say: Say) {
  const written = oneLine(c);
  const exact = written ? parseTargetGroup(written) : "";
  // The cell names a category itself ("Lanjut usia", "elderly"): nothing to infer, no words to keep.
  const category = (TARGET_GROUPS as readonly string[]).includes(exact) ? (exact as TargetGroup) : null;
  const text = written && !category ? written : null;
  if (text && text.length > 200) say("target_group", "error", "errors.importTargetTooLong", { value: text.slice(0, 60) });
  if (chosen !== undefined) {
    if (!text && chosen === null) say("target_group", "error", "errors.targetGroupRequired");
    return { text, category: chosen, inferred: false };
  }
  if (!written) {
    // A blank cell, but a title that names the people ("Penyediaan Makanan Korban Bencana Alam",
    // "Beasiswa Anak Nelayan"): their category, said as a warning to check, as a sector read from
    // the title is. Without such words, the row needs the person.
    const fromTitle = title ? inferTargetGroup(title, terms) : null;
    if (fromTitle?.category) {
      say("target_group", "warning", "importNotes.targetFromTitle", {
        term: fromTitle.term ?? title,
        category: labelParam("targetGroups", fromTitle.category),
      });
      return { text: null, category: fromTitle.category, inferred: true };
    }
    say("target_group", "error", "errors.targetGroupRequired");
    return { text: null, category: null, inferred: false };
  }
  if (category) return { text: null, category, inferred: false };
  const inferred = inferTargetGroup(written, terms);
  if (inferred.category) {
    say("target_group", "info", "importNotes.targetInferred", { term: inferred.term ?? written, category: labelParam("targetGroups", inferred.category) });
    return { text, category: inferred.category, inferred: true };
  }
  say("target_group", "warning", "importNotes.targetUnknown", { value: written });
  return { text, category: null, inferred: false };
}

/**
 * The description as written (with the remarks column after it); a blank or short one is
 * composed from the title, the target group and the places, and the row says so.
 */
function composeDescription(written: string, notes: string, title: string, target: string | null, places: string[], say: Say): string {
  const given = [written.trim(), notes.trim() ? `Keterangan: ${notes.trim()}` : ""].filter(Boolean).join("\n");
  if (given.length >= 20) return given.slice(0, 5000);
  const composed = joinSentences([given || title, target ? `Sasaran: ${target}` : "", places.length ? `Lokasi: ${places.slice(0, 5).join(", ")}` : ""]);
  say("description", "info", given ? "importNotes.descriptionShort" : "importNotes.descriptionComposed");
  return composed.length >= 20 ? composed : `${composed} (program CSR)`.padEnd(20, ".");
}

/**
 * Parts joined as sentences: a part that already ends a sentence ("Perbaikan rumah.", "Bantuan?")
 * gets no second full stop, so a composed description never reads "rumah.. Lokasi".
 */
export function joinSentences(parts: string[]): string {
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p, i, all) => (i < all.length - 1 && !/[.!?]$/.test(p) ? `${p}.` : p))
    .join(" ");
}
