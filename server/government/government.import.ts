import "server-only";
// Import of government activities from a CSV or XLSX file (`npm run csr -- import-government FILE`
// and, later, an upload page). The program import's reader does the reading: header detection,
// titles, sectors, target groups, places with their typos and variants, periods, rupiah and
// counts (server/imports). This module adds the government columns (agency, funding, source,
// Permendagri 90/2019 nomenclature), the key (agency, ref) and the save.
import path from "node:path";
import type { Database, DbOrTx } from "@/db/client";
import type { GovernmentFunding, Sector, TargetGroup } from "@/lib/enums";
import { recordAudit } from "@/server/audit/audit";
import { isBlank, readCellText, type Cell, type SheetRow } from "@/server/imports/cells";
import { fieldOfColumn, normalizeHeader } from "@/server/imports/columns";
import { MAX_IMPORT_BYTES } from "@/server/imports/imports.schemas";
import { detectLayout } from "@/server/imports/layout";
import { needsChoice } from "@/server/imports/preview-checks";
import { loadEngineContext, type EngineContext } from "@/server/imports/preview-engine";
import { readPreviewSheet, type ReadSheetRow } from "@/server/imports/preview-read";
import type { PreviewLevel, PreviewMessage } from "@/server/imports/preview.schemas";
import { readSheetOrRefuse } from "@/server/imports/preview.service";
import { readCodeHierarchy, sectorOfCode, type ParentContext } from "./code-hierarchy";
import { documentLevelOf, parseFunding, type DocumentLevel } from "./funding";
import { parseCount, parseDateCell } from "@/server/imports/values";
import { findActivityByAgencyRef } from "./government.queries";
import { agencyKeyOf, createActivitySchema, type CreateActivityInput } from "./government.schemas";
import { agencyOfNationalProgram, expandNationalProgram } from "./national-programs";
import { insertActivity, rewriteActivity, writeRefusal, type GovernmentActor } from "./government.service";

/** The columns a government file has beside the program import's. */
export const GOVERNMENT_COLUMNS = [
  "agency",
  "funding",
  "source_name",
  "source_date",
  "program_code",
  "program_name",
  "kegiatan_code",
  "kegiatan_name",
  "sub_kegiatan_code",
  "sub_kegiatan_name",
] as const;
export type GovernmentColumn = (typeof GOVERNMENT_COLUMNS)[number];

// Headers as offices write them, compared as the program import compares them (no case, spaces, punctuation).
const SYNONYMS: Record<GovernmentColumn, string[]> = {
  agency: ["agency", "instansi", "opd", "perangkat_daerah", "skpd", "satker", "satuan_kerja", "instansi_pelaksana", "nama_opd", "pelaksana", "dinas", "kementerian_lembaga"],
  funding: ["funding", "sumber_dana", "sumber_anggaran", "sumber_pendanaan", "pendanaan", "jenis_anggaran", "sumber", "asal_dana", "sumber_bantuan"],
  source_name: ["source_name", "sumber_data", "dokumen_sumber", "nama_sumber", "sumber_angka"],
  source_date: ["source_date", "tanggal_sumber", "tanggal_data", "tanggal_dokumen", "per_tanggal"],
  program_code: ["program_code", "kode_program_pemda", "kode_program_nomenklatur"],
  program_name: ["program_name", "nama_program_pemda", "nama_program_nomenklatur", "program_pemda"],
  kegiatan_code: ["kegiatan_code"],
  kegiatan_name: ["kegiatan_name"],
  sub_kegiatan_code: ["sub_kegiatan_code", "kode_sub_kegiatan", "kode_subkegiatan"],
  sub_kegiatan_name: ["sub_kegiatan_name", "nama_sub_kegiatan", "sub_kegiatan", "subkegiatan", "nama_subkegiatan"],
};
const BY_HEADER = new Map<string, GovernmentColumn>(GOVERNMENT_COLUMNS.flatMap((c) => SYNONYMS[c].map((s) => [normalizeHeader(s), c] as const)));

// Units of government counts: houses, households, families receiving aid (KPM), connections.
const COUNT_UNITS = /\s*(?:unit|rumah|rtlh|kk|kpm|rtm|rts|keluarga|rumah\s+tangga|sr|sambungan(?:\s+rumah)?|paket|titik)\.?$/i;

/** One thing said about a row (or the file, row null), with the column as the file names it. */
export interface GovernmentImportMessage {
  row: number | null;
  /** The column as the file names it ("Sumber Dana"), or the field's name when the file has none. */
  column: string | null;
  field: string | null;
  /** The value the message is about, as written. */
  value: string | null;
  level: PreviewLevel;
  /** Catalog key. */
  message: string;
  params?: Record<string, string>;
}

export interface GovernmentImportRow {
  row: number;
  ref: string;
  agency: string;
  funding: GovernmentFunding | null;
  title: string;
  areas: string[];
  status: "ok" | "warning" | "error";
  action: "create" | "update";
  messages: GovernmentImportMessage[];
}

export interface GovernmentImportReport {
  filename: string;
  dryRun: boolean;
  fileMessages: GovernmentImportMessage[];
  rows: GovernmentImportRow[];
  /** Nothing was saved: the file or a row had an error (and skipInvalid was off), or a dry run. */
  saved: boolean;
  created: number;
  updated: number;
  /** Rows left out with --skip-invalid. */
  skipped: number;
  /** The ids written, in file order. */
  ids: string[];
}

export interface GovernmentImportOptions {
  dryRun?: boolean;
  /** Save the valid rows and leave the others out (reported), instead of refusing the file. */
  skipInvalid?: boolean;
  /** Marks every row as demo data. */
  isDemo?: boolean;
}

interface PlannedRow {
  report: GovernmentImportRow;
  input: CreateActivityInput | null;
  existing: { id: string; version: number } | null;
}

/** The header row's government columns: index by column, and the header text. */
function findGovernmentColumns(header: SheetRow): Map<GovernmentColumn, { index: number; name: string }> {
  const out = new Map<GovernmentColumn, { index: number; name: string }>();
  header.cells.forEach((c, index) => {
    const name = readCellText(c);
    const col = BY_HEADER.get(normalizeHeader(name));
    if (col && !out.has(col)) out.set(col, { index, name });
  });
  return out;
}

const oneLine = (c: Cell) => readCellText(c).replace(/\s+/g, " ").trim();

/**
 * Reads and checks a government file without saving: the program import's reader for the common
 * columns, then the government columns, the (agency, ref) key against the database and the
 * actor's jurisdiction. Pure but for the lookups.
 */
async function readGovernmentSheet(db: DbOrTx, actor: GovernmentActor, filename: string, sheet: SheetRow[], engine: EngineContext, isDemo: boolean) {
  const fileMessages: GovernmentImportMessage[] = [];
  const fileSay = (message: string, level: PreviewLevel = "error", params?: Record<string, string>, column: string | null = null) =>
    fileMessages.push({ row: null, column, field: column, value: null, level, message, ...(params ? { params } : {}) });

  const filled = sheet.filter((r) => r.cells.some((c) => !isBlank(c)));
  const first = detectLayout(filled);
  const header = first ? filled.find((r) => r.row === first.headerRow) : undefined;
  const gov = header ? findGovernmentColumns(header) : new Map<GovernmentColumn, { index: number; name: string }>();
  // The government headers are hidden from the program reader, so "program_code" is not read as the ref.
  const hidden = new Set([...gov.values()].map((g) => g.index));
  // In a budget document the program and kegiatan lines are the parents of the sub kegiatan
  // under them: they are no activities, and their codes and names go to each of those.
  const columnIndex = (c: string) => first?.columns.find((x) => x.column === c)?.index;
  const afterHeader = header ? filled.filter((r) => r.row > header.row) : [];
  const hierarchy = readCodeHierarchy(afterHeader, columnIndex("ref"), columnIndex("title"));
  const parents = new Set(hierarchy.parentRows);
  if (parents.size) fileSay("importNotes.governmentParentRows", "info", { rows: hierarchy.parentRows.join(", ") });
  const titleRows = header ? filled.filter((r) => r.row < header.row) : [];
  const documentLevel = documentLevelOf(titleRows, "kind" in actor ? null : actor.jurisdiction);
  // "PKH" alone in the title cell: the program's full name, and its sector and target group where blank.
  const [titleCol, sectorCol, targetCol] = [columnIndex("title"), columnIndex("sector"), columnIndex("target_group")];
  const expanded = new Map<number, { from: string; sector: Sector; targetGroup: TargetGroup }>();
  const expandRow = (r: SheetRow): SheetRow => {
    const from = titleCol === undefined ? "" : oneLine(r.cells[titleCol] ?? null);
    const national = from ? expandNationalProgram(from) : null;
    if (!national || titleCol === undefined) return r;
    expanded.set(r.row, { from, sector: national.sector, targetGroup: national.targetGroup });
    const cells = [...r.cells];
    while (cells.length <= Math.max(titleCol, sectorCol ?? 0, targetCol ?? 0)) cells.push(null);
    cells[titleCol] = national.name;
    if (sectorCol !== undefined && isBlank(cells[sectorCol] ?? null)) cells[sectorCol] = national.sector;
    if (targetCol !== undefined && isBlank(cells[targetCol] ?? null)) cells[targetCol] = national.targetGroup;
    return { ...r, cells };
  };
  const forReader = sheet
    .filter((r) => !parents.has(r.row))
    .map((r) => {
      if (!header) return r;
      if (r.row === header.row) return { ...r, cells: r.cells.map((c, i) => (hidden.has(i) ? null : c)) };
      return r.row > header.row ? expandRow(r) : r;
    });

  const agencyOfRow = new Map<number, string>();
  const agencyCol = gov.get("agency");
  for (const r of filled) agencyOfRow.set(r.row, agencyCol ? oneLine(r.cells[agencyCol.index] ?? null) : "");
  // A list of national aid by village (PKH, BPNT, PIP, BLT Dana Desa) names no agency: the program says who.
  const nationalAgency = (p: { title: string; areas: readonly { code: string }[] }) => {
    // The row's one village, by its name in the register ("Pemerintah Desa Liang Buaya").
    const only = p.areas.length === 1 ? engine.places.byCode.get(p.areas[0]?.code ?? "") : undefined;
    return agencyOfNationalProgram(p.title ?? "", only?.level === 4 ? only.name : null);
  };
  const read = readPreviewSheet(forReader, { places: engine.places, within: engine.within, terms: engine.terms }, (r) =>
    agencyKeyOf(agencyOfRow.get(r.preview.row) || nationalAgency(r.preview) || ""),
  );
  for (const m of read.fileMessages) {
    if (m.level === "info") continue;
    fileSay(m.message, m.level, m.params, m.field);
  }
  const inferredAgency = new Map<number, string>();
  for (const sr of read.rows) {
    const p = sr.read.preview;
    const a = agencyOfRow.get(p.row) ? null : nationalAgency(p);
    if (a) inferredAgency.set(p.row, a);
  }
  // Said once for the file when no row can do without the column; else beside each row that cannot.
  if (read.layout && !agencyCol && inferredAgency.size === 0) fileSay("errors.governmentAgencyColumnMissing", "error", undefined, "agency");
  if (read.layout && !gov.has("funding")) fileSay("errors.governmentFundingColumnMissing", "error", undefined, "funding");
  if (fileMessages.some((m) => m.level === "error")) return { fileMessages, planned: [] as PlannedRow[] };

  const columnName = (field: string | null) =>
    field === null ? null : (gov.get(field as GovernmentColumn)?.name ?? read.layout?.columns.find((c) => fieldOfColumn(c.column) === field)?.name ?? field);
  const defaultSource = path.basename(filename);
  const planned: PlannedRow[] = [];
  for (const sr of read.rows) {
    const context = hierarchy.contextOf.get(sr.read.preview.row) ?? null;
    planned.push(
      await readGovernmentRow(db, actor, sr, gov, columnName, defaultSource, isDemo, context, documentLevel, {
        agency: inferredAgency.get(sr.read.preview.row) ?? null,
        expanded: expanded.get(sr.read.preview.row) ?? null,
      }),
    );
  }
  return { fileMessages, planned };
}

async function readGovernmentRow(
  db: DbOrTx,
  actor: GovernmentActor,
  sr: ReadSheetRow,
  gov: Map<GovernmentColumn, { index: number; name: string }>,
  columnName: (field: string | null) => string | null,
  defaultSource: string,
  isDemo: boolean,
  /** A sub kegiatan's program and kegiatan, from the lines above it (budget documents). */
  parent: ParentContext | null = null,
  documentLevel: DocumentLevel | null = null,
  /** The national program the title names: its agency when the row names none, and its acronym written alone. */
  national: { agency: string | null; expanded: { from: string; sector: Sector; targetGroup: TargetGroup } | null } = { agency: null, expanded: null },
): Promise<PlannedRow> {
  const nationalAgency = national.agency;
  const p = sr.read.preview;
  const cellOf = (c: GovernmentColumn): Cell => {
    const g = gov.get(c);
    return g ? (sr.cells[g.index] ?? null) : null;
  };
  const textOf = (c: GovernmentColumn) => oneLine(cellOf(c));
  const messages: GovernmentImportMessage[] = [];
  const say = (field: string | null, level: PreviewLevel, message: string, params?: Record<string, string>, value?: string | null) =>
    messages.push({ row: p.row, column: columnName(field), field, value: value ?? params?.value ?? params?.place ?? null, level, message, ...(params ? { params } : {}) });

  // A budget document has no sector column: a blank sector comes from the code's bidang urusan
  // (1.06 Sosial, 1.02 Kesehatan…), before any guess from the title.
  const sectorBlank = (p.messages as PreviewMessage[]).some(
    (m) => m.field === "sector" && (m.message === "errors.importSectorMissing" || m.message === "importNotes.sectorFromTitle"),
  );
  const fromCode = sectorBlank
    ? sectorOfCode(textOf("sub_kegiatan_code") || textOf("kegiatan_code") || textOf("program_code") || p.ref || parent?.kegiatanCode || "")
    : null;
  if (fromCode) say("sector", "info", "importNotes.sectorFromCode", { code: fromCode.bidang, sector: `@sectors.${fromCode.sector}` });
  if (national.expanded) say("title", "info", "importNotes.governmentProgramExpanded", { value: national.expanded.from, name: p.title });
  // Without a target group (no column, or a blank cell the title did not settle), the national program's own.
  const nationalTarget = national.expanded && p.targetGroup === null && !p.targetGroupText ? national.expanded.targetGroup : null;
  // Without a sector column, a national program written as its acronym brings its own.
  const codeSector = fromCode ?? (sectorBlank && national.expanded ? { bidang: "", sector: national.expanded.sector } : null);

  // The program reader's messages; a count in houses or families ("87 unit", "1.204 KPM") is read here.
  let beneficiaries = p.plannedBeneficiaries;
  for (const m of p.messages as PreviewMessage[]) {
    if (m.level === "info") continue;
    if (codeSector && m.field === "sector") continue;
    if (nationalTarget && m.field === "target_group") continue;
    if (m.field === "beneficiaries" && m.message === "errors.importCountUnit") {
      const unitless = (m.params?.value ?? "").replace(COUNT_UNITS, "");
      const count = parseCount(unitless);
      if (count.ok && count.value !== null && count.value > 0) {
        beneficiaries = count.value;
        continue;
      }
    }
    say(m.field, m.level, m.message, m.params);
  }
  if (needsChoice(p)) say("locations", "error", "errors.governmentPlaceChoice", { place: p.placeAsks.filter((a) => a.chosen === null).map((a) => a.text).join("; ") });

  const agency = textOf("agency") || nationalAgency || "";
  if (!agency) say("agency", "error", "errors.governmentAgencyMissing");
  else if (!textOf("agency")) say("agency", "info", "importNotes.governmentAgencyFromProgram", { agency, value: p.title });
  const fundingText = textOf("funding");
  const funding = parseFunding(fundingText, agency, documentLevel);
  if ("error" in funding) say("funding", "error", funding.error, { value: fundingText });
  else if (funding.note) say("funding", "info", funding.note, { value: fundingText, funding: `@governmentFundings.${funding.funding}` });

  let sourceDate: string | null = null;
  const dateCell = cellOf("source_date");
  if (!isBlank(dateCell)) {
    const d = parseDateCell(dateCell, "end");
    if (d.ok) sourceDate = d.value;
    else say("source_date", "error", d.message, d.params);
  }

  const input = {
    ref: p.ref,
    agency,
    funding: "error" in funding ? undefined : funding.funding,
    title: p.title,
    description: p.description ?? "",
    sector: codeSector?.sector ?? p.sector ?? undefined,
    targetGroup: p.targetGroup ?? nationalTarget,
    targetGroupText: p.targetGroupText,
    areaCodes: p.areas.map((a) => a.code),
    startDate: p.startDate ?? undefined,
    endDate: p.endDate ?? undefined,
    budgetIdr: p.budgetIdr,
    plannedBeneficiaries: beneficiaries,
    programCode: textOf("program_code") || parent?.programCode || null,
    programName: textOf("program_name") || parent?.programName || null,
    kegiatanCode: textOf("kegiatan_code") || parent?.kegiatanCode || null,
    kegiatanName: textOf("kegiatan_name") || parent?.kegiatanName || null,
    subKegiatanCode: textOf("sub_kegiatan_code") || (parent ? p.ref : null) || null,
    subKegiatanName: textOf("sub_kegiatan_name") || (parent ? p.title : null) || null,
    sourceName: textOf("source_name") || defaultSource,
    sourceDate,
    isDemo,
  };
  let parsed: CreateActivityInput | null = null;
  const hasErrors = () => messages.some((m) => m.level === "error");
  if (!hasErrors()) {
    const result = createActivitySchema.safeParse(input);
    if (result.success) parsed = result.data;
    else {
      for (const issue of result.error.issues) {
        const field = String(issue.path[0] ?? "");
        const fieldName = { areaCodes: "locations", startDate: "start_date", endDate: "end_date", budgetIdr: "budget_idr", plannedBeneficiaries: "beneficiaries", sourceName: "source_name", targetGroupText: "target_group" }[field] ?? field;
        say(fieldName, "error", issue.message, { value: String((input as Record<string, unknown>)[field] ?? "") });
      }
    }
  }
  let existing: { id: string; version: number } | null = null;
  if (parsed) {
    const refusal = writeRefusal(actor, parsed.areaCodes);
    if (refusal) say("locations", "error", refusal === "errors.outsideJurisdiction" ? "errors.governmentOutsideJurisdiction" : refusal, { place: p.areas.map((a) => a.label).join("; ") });
    existing = await findActivityByAgencyRef(db, agencyKeyOf(parsed.agency), parsed.ref);
    if (existing) say("ref", "info", "importNotes.governmentUpdates", { ref: parsed.ref, agency: parsed.agency });
  }
  const status = hasErrors() ? "error" : messages.some((m) => m.level === "warning") ? "warning" : "ok";
  return {
    report: {
      row: p.row,
      ref: p.ref,
      agency,
      funding: "error" in funding ? null : funding.funding,
      title: p.title,
      areas: p.areas.map((a) => a.code),
      status,
      action: existing ? "update" : "create",
      messages,
    },
    input: status === "error" ? null : parsed,
    existing,
  };
}

/**
 * Imports a file of government activities for an actor (staff within their jurisdiction, or the
 * operator): reads and checks every row, then saves in one transaction, updating the activities
 * already known by (agency, ref) and creating the others. Nothing is saved when a row is invalid
 * unless `skipInvalid`; nothing at all on a dry run. Audited either way.
 */
export async function importGovernmentActivities(
  db: Database,
  actor: GovernmentActor,
  file: { filename: string; bytes: Uint8Array },
  options: GovernmentImportOptions = {},
): Promise<GovernmentImportReport> {
  const report: GovernmentImportReport = { filename: file.filename, dryRun: !!options.dryRun, fileMessages: [], rows: [], saved: false, created: 0, updated: 0, skipped: 0, ids: [] };
  const actorId = "kind" in actor ? null : actor.userId;
  const refuse = async () => {
    await recordAudit(db, {
      actorId,
      action: "government.import_rejected",
      details: { filename: file.filename, rows: report.rows.length, errors: report.rows.filter((r) => r.status === "error").length + report.fileMessages.filter((m) => m.level === "error").length },
    });
    return report;
  };
  if (file.bytes.length > MAX_IMPORT_BYTES) {
    report.fileMessages.push({ row: null, column: null, field: null, value: file.filename, level: "error", message: "errors.fileTooLarge" });
    return refuse();
  }
  const upload = await readSheetOrRefuse(file.filename, file.bytes);
  if ("refusal" in upload) {
    report.fileMessages.push({ row: null, column: null, field: null, value: file.filename, level: "error", message: upload.refusal });
    return refuse();
  }
  const { fileMessages, planned } = await readGovernmentSheet(db, actor, file.filename, upload.sheet, await loadEngineContext(db), !!options.isDemo);
  report.fileMessages = fileMessages;
  report.rows = planned.map((p) => p.report);
  const savable = planned.filter((p): p is PlannedRow & { input: CreateActivityInput } => p.input !== null);
  const blocked = planned.length - savable.length;
  if (options.dryRun) return report;
  if (fileMessages.some((m) => m.level === "error") || savable.length === 0 || (blocked > 0 && !options.skipInvalid)) return refuse();

  await db.transaction(async (tx) => {
    for (const p of savable) {
      // Looked up again inside the transaction: an earlier row of the file may have created it.
      const existing = await findActivityByAgencyRef(tx, agencyKeyOf(p.input.agency), p.input.ref);
      const row = existing ? await rewriteActivity(tx, existing.id, existing.version, p.input) : await insertActivity(tx, actorId, p.input);
      if (existing) report.updated++;
      else report.created++;
      report.ids.push(row.id);
    }
    await recordAudit(tx, {
      actorId,
      action: "government.import",
      details: { filename: file.filename, via: actorId ? "upload" : "cli", created: report.created, updated: report.updated, skipped: blocked },
    });
  });
  report.saved = true;
  report.skipped = blocked;
  return report;
}
