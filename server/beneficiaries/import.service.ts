import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { execute, type Database, type DbOrTx } from "@/db/client";
import { beneficiaryLists, beneficiaryTokens, companies, programs, settings } from "@/db/schema";
import { checkKk, checkNik, districtCodeOfArea } from "@/lib/beneficiaries/nik";
import type { ProgramStatus } from "@/lib/enums";
import { recordAudit } from "@/server/audit/audit";
import { asCsr } from "@/server/programs/csr";
import { enqueue } from "@/server/jobs/enqueue";
import { readCellText, type Cell, type SheetRow } from "@/server/imports/cells";
import { ImportFileError } from "@/server/imports/import-errors";
import { readSheet } from "@/server/imports/sheet";
import { SHEET_LIMITS } from "@/server/imports/sheet-limits";
import { getBeneficiaryKey, keyFingerprint, kkToken, nikToken } from "./key";
import { refreshPairCounts } from "./shared.queries";

export const KEY_FINGERPRINT_SETTING = "beneficiary_key_fingerprint";

/**
 * Whether the tokens in the database were made with this key: the first upload records the key's
 * fingerprint; a later upload under another key is refused (rotation deletes the lists and the
 * fingerprint first, see docs/privacy.md).
 */
export async function keyMatchesStoredTokens(db: DbOrTx, key: Buffer): Promise<boolean> {
  const fingerprint = keyFingerprint(key);
  await db.insert(settings).values({ key: KEY_FINGERPRINT_SETTING, value: fingerprint }).onConflictDoNothing();
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, KEY_FINGERPRINT_SETTING));
  return row?.value === fingerprint;
}

/** Rows one list may hold; the file's size is bounded before reading (10 MB, as every import). */
export const MAX_BENEFICIARY_ROWS = 50_000;
/** Header rows searched for the column names (title rows may sit above them). */
const HEADER_SEARCH_ROWS = 15;
/** A list records people a program reached, so only a program that runs or has finished has one. */
export const LIST_STATUSES: readonly ProgramStatus[] = ["in_progress", "completed"];

/** One problem or note about a row (or the file, row null); `key` is a catalog key. */
export interface ListMessage {
  row: number | null;
  column: string | null;
  level: "error" | "warning";
  key: string;
  params: Record<string, string | number>;
}

/** Who uploads: the company's officer in the app, or staff on the command line (named company and ref). */
export type Uploader = { kind: "officer"; userId: string; companyId: string } | { kind: "cli" };

export interface ListImportResult {
  status: "saved" | "invalid";
  listId: string | null;
  /** Non-blank data rows read. */
  rowCount: number;
  /** Distinct people saved (0 when nothing was saved). */
  personCount: number;
  duplicateRows: number;
  invalidRows: number;
  skippedRows: number;
  messages: ListMessage[];
}

type Field = "nik" | "name" | "kk" | "village";
const HEADER_NAMES: Record<Field, string[]> = {
  nik: ["nik", "noktp", "nomorktp", "ktp", "niktp", "nikktp", "nomornik", "nonik", "nomorindukkependudukan"],
  name: ["name", "nama", "namalengkap", "namapenerima", "namapenerimamanfaat", "fullname"],
  kk: ["kk", "nokk", "nomorkk", "nokartukeluarga", "nomorkartukeluarga", "kartukeluarga"],
  village: ["village", "desa", "kelurahan", "desakelurahan", "kelurahandesa", "desakel", "kodedesa", "kodewilayah", "villagecode"],
};
const headerKey = (c: Cell) =>
  readCellText(c)
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

interface Layout {
  headerRow: number;
  columns: Partial<Record<Field, { index: number; name: string }>>;
}

/** The first of the leading rows that names an NIK column, with where each known column is. */
export function findLayout(sheet: SheetRow[]): Layout | null {
  for (const r of sheet.slice(0, HEADER_SEARCH_ROWS)) {
    const columns: Layout["columns"] = {};
    r.cells.forEach((c, index) => {
      const k = headerKey(c);
      for (const field of Object.keys(HEADER_NAMES) as Field[]) {
        if (!columns[field] && HEADER_NAMES[field].includes(k)) columns[field] = { index, name: readCellText(c) };
      }
    });
    if (columns.nik) return { headerRow: r.row, columns };
  }
  return null;
}

/** Every district code as the first six digits of an NIK (`647201`). */
export async function loadDistricts(db: DbOrTx): Promise<Set<string>> {
  const res = await execute<{ code: string }>(db, sql`SELECT code FROM areas WHERE level = 3`);
  return new Set(res.rows.map((r) => districtCodeOfArea(r.code)));
}

const normalizePlace = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/^(desa|kelurahan|kel\.?|ds\.?)\s+/, "")
    .replace(/\s+/g, " ")
    .trim();

/** Village codes, and names of the villages in the program's own areas (name → codes). */
async function loadVillages(db: DbOrTx, programId: string) {
  const res = await execute<{ code: string; name: string }>(
    db,
    sql`SELECT DISTINCT a.code, a.name FROM program_areas pa
        JOIN areas a ON a.level = 4 AND (a.code = pa.area_code OR a.code LIKE pa.area_code || '.%')
        WHERE pa.program_id = ${programId}`,
  );
  const byName = new Map<string, string[]>();
  for (const r of res.rows) {
    const k = normalizePlace(r.name);
    byName.set(k, [...(byName.get(k) ?? []), r.code]);
  }
  return byName;
}

async function villageCodeExists(db: DbOrTx, code: string): Promise<boolean> {
  const res = await execute(db, sql`SELECT 1 FROM areas WHERE code = ${code} AND level = 4`);
  return res.rows.length > 0;
}

/** `6472011001` or `64.72.01.1001` → `64.72.01.1001`; null when it is not shaped like a village code. */
function villageCodeOf(text: string): string | null {
  const digits = text.replace(/[\s.]/g, "");
  if (!/^\d{10}$/.test(digits)) return null;
  return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}.${digits.slice(6)}`;
}

export interface ProgramForList {
  id: string;
  ref: string;
  companyId: string;
  status: ProgramStatus;
}

/** A program of a company found by the company's name (any case) and the program's ref, or a message. */
export async function findProgramByRef(db: DbOrTx, company: string, ref: string): Promise<ProgramForList | ListMessage> {
  const [c] = await db
    .select({ id: companies.id })
    .from(companies)
    .where(sql`lower(${companies.name}) = lower(${company.trim()})`);
  if (!c) return { row: null, column: null, level: "error", key: "beneficiaries.companyUnknown", params: { company } };
  const [p] = await db
    .select({ id: programs.id, ref: programs.ref, companyId: programs.companyId, status: programs.status })
    .from(programs)
    .where(and(eq(programs.companyId, c.id), eq(programs.ref, ref.trim())));
  if (!p) return { row: null, column: null, level: "error", key: "beneficiaries.programUnknown", params: { company, ref } };
  return asCsr(p);
}

export class ListForbiddenError extends Error {
  constructor() {
    super("errors.forbidden");
  }
}

interface CheckedPerson {
  row: number;
  token: Buffer;
  kkToken: Buffer | null;
  villageCode: string | null;
}

/**
 * Reads and checks a list without saving: every row's NIK, KK and village, duplicates within the
 * file (the same person counts once, on the first row), and which rows would be saved.
 */
export async function checkBeneficiaryFile(db: DbOrTx, programId: string, filename: string, bytes: Uint8Array, key: Buffer = getBeneficiaryKey()) {
  const messages: ListMessage[] = [];
  const fileError = (k: string, params: Record<string, string | number> = {}) => {
    messages.push({ row: null, column: null, level: "error", key: k, params });
    return { messages, rowCount: 0, persons: [] as CheckedPerson[], invalidRows: 1, duplicateRows: 0 };
  };
  let sheet: SheetRow[];
  try {
    // In a workbook, the first sheet with a NIK column (a cover page or a summary tab is passed over).
    sheet = await readSheet(filename, bytes, { ...SHEET_LIMITS, maxDataRows: MAX_BENEFICIARY_ROWS + HEADER_SEARCH_ROWS }, (rows) =>
      Boolean(findLayout(rows)?.columns.nik),
    );
  } catch (err) {
    if (err instanceof ImportFileError) {
      return err.message === "errors.sheetTooManyRows" ? fileError("beneficiaries.tooManyRows", { max: MAX_BENEFICIARY_ROWS }) : fileError(err.message);
    }
    throw err;
  }
  const layout = findLayout(sheet);
  if (!layout?.columns.nik) return fileError("beneficiaries.headerMissing");
  if (!layout.columns.name) return fileError("beneficiaries.nameColumnMissing");
  const data = sheet.filter((r) => r.row > layout.headerRow);
  if (data.length === 0) return fileError("beneficiaries.empty");
  if (data.length > MAX_BENEFICIARY_ROWS) return fileError("beneficiaries.tooManyRows", { max: MAX_BENEFICIARY_ROWS });

  const districts = await loadDistricts(db);
  const isDistrict = (c: string) => districts.has(c);
  const villages = layout.columns.village ? await loadVillages(db, programId) : new Map<string, string[]>();
  const knownVillageCodes = new Map<string, boolean>();
  const { nik: nikCol, name: nameCol, kk: kkCol, village: villageCol } = layout.columns;
  const cell = (r: SheetRow, col: { index: number } | undefined) => (col ? (r.cells[col.index] ?? null) : null);
  const firstRowOf = new Map<string, number>();
  const persons: CheckedPerson[] = [];
  let invalidRows = 0;
  let duplicateRows = 0;

  for (const r of data) {
    const raw = cell(r, nikCol);
    const nik = checkNik(typeof raw === "number" ? raw : raw instanceof Date ? "" : readCellText(raw), isDistrict);
    if (!nik.ok) {
      invalidRows++;
      messages.push({ row: r.row, column: nikCol.name, level: "error", key: `beneficiaries.nik.${nik.problem.key}`, params: nik.problem.params });
      continue;
    }
    if (readCellText(cell(r, nameCol)) === "") messages.push({ row: r.row, column: nameCol.name, level: "warning", key: "beneficiaries.nameBlank", params: {} });
    const token = nikToken(key, nik.nik);
    const hex = token.toString("hex");
    const first = firstRowOf.get(hex);
    if (first !== undefined) {
      duplicateRows++;
      messages.push({ row: r.row, column: nikCol.name, level: "warning", key: "beneficiaries.duplicate", params: { first } });
      continue;
    }
    firstRowOf.set(hex, r.row);
    let kk: Buffer | null = null;
    const kkText = kkCol ? cell(r, kkCol) : null;
    if (kkCol && readCellText(kkText) !== "") {
      const k = checkKk(typeof kkText === "number" ? kkText : readCellText(kkText), isDistrict);
      if (k.ok) kk = kkToken(key, k.kk);
      else messages.push({ row: r.row, column: kkCol.name, level: "warning", key: "beneficiaries.kkInvalid", params: {} });
    }
    let villageCode: string | null = null;
    const villageText = villageCol ? readCellText(cell(r, villageCol)) : "";
    if (villageCol && villageText !== "") {
      const asCode = villageCodeOf(villageText);
      if (asCode) {
        if (!knownVillageCodes.has(asCode)) knownVillageCodes.set(asCode, await villageCodeExists(db, asCode));
        if (knownVillageCodes.get(asCode)) villageCode = asCode;
        else messages.push({ row: r.row, column: villageCol.name, level: "warning", key: "beneficiaries.villageUnknown", params: { value: villageText } });
      } else {
        const codes = villages.get(normalizePlace(villageText)) ?? [];
        if (codes.length === 1) villageCode = codes[0] ?? null;
        else
          messages.push({
            row: r.row,
            column: villageCol.name,
            level: "warning",
            key: codes.length ? "beneficiaries.villageAmbiguous" : "beneficiaries.villageUnknown",
            params: { value: villageText, count: codes.length },
          });
      }
    }
    persons.push({ row: r.row, token, kkToken: kk, villageCode });
  }
  return { messages, rowCount: data.length, persons, invalidRows, duplicateRows };
}

export interface ListImportInput {
  program: ProgramForList;
  uploader: Uploader;
  filename: string;
  bytes: Uint8Array;
  /** Save the valid rows and leave out rows with an invalid NIK; without it one invalid row saves nothing. */
  skipInvalid: boolean;
  /** The uploader confirmed the purpose and legal basis; required to save. */
  purposeAcknowledged: boolean;
  ip?: string | null;
  key?: Buffer;
}

const actorOf = (u: Uploader) => (u.kind === "officer" ? u.userId : null);

/**
 * Imports a program's beneficiary list: only the owning company's officer (or staff on the
 * command line), only for a running or finished program. The list replaces the program's earlier
 * one. Nothing is saved while a row has an invalid NIK unless `skipInvalid`. Audited either way.
 */
export async function importBeneficiaryList(db: Database, input: ListImportInput): Promise<ListImportResult> {
  const { program, uploader } = input;
  if (uploader.kind === "officer" && uploader.companyId !== program.companyId) throw new ListForbiddenError();
  if (!input.purposeAcknowledged) throw new ListForbiddenError();
  const via = uploader.kind === "officer" ? "app" : "cli";
  const refuse = async (r: Omit<ListImportResult, "status" | "listId" | "personCount">): Promise<ListImportResult> => {
    await recordAudit(db, {
      actorId: actorOf(uploader),
      action: "beneficiaries.import_rejected",
      targetType: "program",
      targetId: program.id,
      ip: input.ip ?? null,
      details: { via, rows: r.rowCount, invalid: r.invalidRows },
    });
    return { status: "invalid", listId: null, personCount: 0, ...r };
  };
  if (!LIST_STATUSES.includes(program.status)) {
    return refuse({
      rowCount: 0,
      duplicateRows: 0,
      invalidRows: 0,
      skippedRows: 0,
      messages: [{ row: null, column: null, level: "error", key: "beneficiaries.programStatus", params: { ref: program.ref, status: program.status } }],
    });
  }
  const key = input.key ?? getBeneficiaryKey();
  if (!(await keyMatchesStoredTokens(db, key))) {
    return refuse({
      rowCount: 0,
      duplicateRows: 0,
      invalidRows: 0,
      skippedRows: 0,
      messages: [{ row: null, column: null, level: "error", key: "beneficiaries.keyChanged", params: {} }],
    });
  }
  const checked = await checkBeneficiaryFile(db, program.id, input.filename, input.bytes, key);
  const fileFailed = checked.messages.some((m) => m.row === null && m.level === "error");
  const base = { rowCount: checked.rowCount, duplicateRows: checked.duplicateRows, invalidRows: checked.invalidRows, messages: checked.messages };
  if (fileFailed || checked.persons.length === 0 || (checked.invalidRows > 0 && !input.skipInvalid)) return refuse({ ...base, skippedRows: 0 });

  const skippedRows = checked.invalidRows;
  const listId = await db.transaction(async (tx) => {
    await tx.delete(beneficiaryLists).where(eq(beneficiaryLists.programId, program.id));
    const [list] = await tx
      .insert(beneficiaryLists)
      .values({
        programId: program.id,
        uploadedBy: actorOf(uploader),
        via,
        filename: input.filename.slice(0, 200),
        rowCount: checked.rowCount,
        personCount: checked.persons.length,
        duplicateRows: checked.duplicateRows,
        skippedRows,
        purposeAcknowledged: true,
      })
      .returning({ id: beneficiaryLists.id });
    if (!list) throw new Error("beneficiary list not saved");
    const BATCH = 5000;
    for (let i = 0; i < checked.persons.length; i += BATCH) {
      await tx.insert(beneficiaryTokens).values(
        checked.persons.slice(i, i + BATCH).map((p) => ({ listId: list.id, programId: program.id, token: p.token, kkToken: p.kkToken, villageCode: p.villageCode, row: p.row })),
      );
    }
    await recordAudit(tx, {
      actorId: actorOf(uploader),
      action: "beneficiaries.import",
      targetType: "program",
      targetId: program.id,
      ip: input.ip ?? null,
      details: { via, listId: list.id, rows: checked.rowCount, persons: checked.persons.length, duplicates: checked.duplicateRows, skipped: skippedRows },
    });
    // The reviewers' pair counts change with the list, in its transaction (one index probe per
    // person, well under a second at 10M tokens); the shared-beneficiaries flags follow by a job.
    await refreshPairCounts(tx, program.id);
    await enqueue(tx, "beneficiaries.shared", { programId: program.id });
    return list.id;
  });
  return { status: "saved", listId, personCount: checked.persons.length, skippedRows, ...base };
}
