import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { execute, type Database, type DbOrTx } from "@/db/client";
import { registryTokens } from "@/db/schema";
import { checkNik } from "@/lib/beneficiaries/nik";
import { suppressCount } from "@/lib/beneficiaries/suppress";
import { recordAudit } from "@/server/audit/audit";
import { readCellText, type Cell, type SheetRow } from "@/server/imports/cells";
import { ImportFileError } from "@/server/imports/import-errors";
import { readSheet } from "@/server/imports/sheet";
import { SHEET_LIMITS } from "@/server/imports/sheet-limits";
import { keyMatchesStoredTokens, loadDistricts, type ListMessage } from "./import.service";
import { getBeneficiaryKey, nikToken } from "./key";

/** Rows one registry file may hold (a 10 MB file holds about 400,000 `nik,desil` rows). */
export const MAX_REGISTRY_ROWS = 500_000;
/** Row problems one answer lists; the counts say how many there are. */
const MAX_MESSAGES = 500;

const NIK_HEADERS = ["nik", "noktp", "nomorktp", "ktp", "nomornik", "nomorindukkependudukan"];
const DECILE_HEADERS = [
  "desil",
  "decile",
  "desilkesejahteraan",
  "peringkatdesil",
  "kelompokdesil",
  "desilrumahtangga",
  "desildtsen",
  "desildtks",
];
const headerKey = (c: Cell) =>
  readCellText(c)
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

/** `4`, `04`, `Desil 4`, `desil-4` → 4; null when it is not one decile from 1 to 10. */
export function readDecile(c: Cell): number | null {
  const text =
    typeof c === "number"
      ? String(c)
      : readCellText(c)
          .toLowerCase()
          .replace(/^desil\s*[-:]?\s*/, "");
  if (!/^\d{1,2}$/.test(text.trim())) return null;
  const n = Number(text.trim());
  return n >= 1 && n <= 10 ? n : null;
}

export interface RegistryImportResult {
  status: "saved" | "invalid";
  rowCount: number;
  /** Distinct people saved (0 when nothing was saved). */
  personCount: number;
  invalidRows: number;
  duplicateRows: number;
  messages: ListMessage[];
}

/**
 * Imports the DTSEN/DTKS registry: each NIK hashed with the lists' key on the way in (no NIK is
 * kept), with its decile. Replaces the registry whole. Nothing is saved while a row is invalid
 * unless `skipInvalid`. The same person twice keeps the first row. Audited.
 */
export async function importRegistry(
  db: Database,
  input: { actorId: string | null; filename: string; bytes: Uint8Array; skipInvalid: boolean; ip?: string | null; key?: Buffer },
): Promise<RegistryImportResult> {
  const messages: ListMessage[] = [];
  const key = input.key ?? getBeneficiaryKey();
  const fail = (k: string, params: Record<string, string | number> = {}): RegistryImportResult => ({
    status: "invalid",
    rowCount: 0,
    personCount: 0,
    invalidRows: 0,
    duplicateRows: 0,
    messages: [{ row: null, column: null, level: "error", key: k, params }],
  });
  if (!(await keyMatchesStoredTokens(db, key))) return fail("beneficiaries.keyChanged");
  let sheet: SheetRow[];
  try {
    sheet = await readSheet(input.filename, input.bytes, { ...SHEET_LIMITS, maxDataRows: MAX_REGISTRY_ROWS + 15 });
  } catch (err) {
    if (err instanceof ImportFileError)
      return err.message === "errors.sheetTooManyRows" ? fail("beneficiaries.tooManyRows", { max: MAX_REGISTRY_ROWS }) : fail(err.message);
    throw err;
  }
  let header: { row: number; nik: number; decile: number; nikName: string; decileName: string } | null = null;
  for (const r of sheet.slice(0, 15)) {
    const keys = r.cells.map(headerKey);
    const nik = keys.findIndex((k) => NIK_HEADERS.includes(k));
    const decile = keys.findIndex((k) => DECILE_HEADERS.includes(k));
    if (nik >= 0 && decile >= 0) {
      header = { row: r.row, nik, decile, nikName: readCellText(r.cells[nik] ?? null), decileName: readCellText(r.cells[decile] ?? null) };
      break;
    }
  }
  if (!header) return fail("beneficiaries.registryHeaderMissing");
  const h = header;
  const data = sheet.filter((r) => r.row > h.row);
  if (data.length === 0) return fail("beneficiaries.empty");
  const districts = await loadDistricts(db);
  const seen = new Set<string>();
  const people: { token: Buffer; decile: number }[] = [];
  let invalidRows = 0;
  let duplicateRows = 0;
  const note = (m: ListMessage) => {
    if (messages.length < MAX_MESSAGES) messages.push(m);
  };
  for (const r of data) {
    const raw = r.cells[h.nik] ?? null;
    const nik = checkNik(typeof raw === "number" ? raw : raw instanceof Date ? "" : readCellText(raw), (c) => districts.has(c));
    if (!nik.ok) {
      invalidRows++;
      note({ row: r.row, column: h.nikName, level: "error", key: `beneficiaries.nik.${nik.problem.key}`, params: nik.problem.params });
      continue;
    }
    const decile = readDecile(r.cells[h.decile] ?? null);
    if (decile === null) {
      invalidRows++;
      note({
        row: r.row,
        column: h.decileName,
        level: "error",
        key: "beneficiaries.decileInvalid",
        params: { value: readCellText(r.cells[h.decile] ?? null).slice(0, 20) },
      });
      continue;
    }
    const token = nikToken(key, nik.nik);
    const hex = token.toString("hex");
    if (seen.has(hex)) {
      duplicateRows++;
      continue;
    }
    seen.add(hex);
    people.push({ token, decile });
  }
  const base = { rowCount: data.length, invalidRows, duplicateRows, messages };
  if (people.length === 0 || (invalidRows > 0 && !input.skipInvalid)) {
    await recordAudit(db, {
      actorId: input.actorId,
      action: "beneficiaries.registry_rejected",
      ip: input.ip ?? null,
      details: { rows: data.length, invalid: invalidRows },
    });
    return { status: "invalid", personCount: 0, ...base };
  }
  await db.transaction(async (tx) => {
    await tx.delete(registryTokens);
    for (let i = 0; i < people.length; i += 5000) await tx.insert(registryTokens).values(people.slice(i, i + 5000));
    await recordAudit(tx, {
      actorId: input.actorId,
      action: "beneficiaries.registry_import",
      ip: input.ip ?? null,
      details: { rows: data.length, persons: people.length, invalid: invalidRows, duplicates: duplicateRows },
    });
  });
  return { status: "saved", personCount: people.length, ...base };
}

/** A count of people and its share of the group, both hidden below 5 ("<5", no share). */
export interface SuppressedShare {
  count: number | "<5";
  /** Percent of the group's people, one decimal; null when the count is hidden or the group is empty. */
  share: number | null;
}

export interface RegistryShares {
  persons: number | "<5";
  poorest: SuppressedShare;
  higher: SuppressedShare;
  notFound: SuppressedShare;
}

function shareOf(n: number, total: number): SuppressedShare {
  const count = suppressCount(n);
  return { count, share: count === "<5" || total === 0 ? null : Math.round((n / total) * 1000) / 10 };
}

/** A group's figures: the people in deciles 1–4, in 5–10, and not in the registry. */
export function registrySharesOf(r: { persons: number; poorest: number; higher: number; not_found: number }): RegistryShares {
  const total = Number(r.persons);
  return {
    persons: suppressCount(total),
    poorest: shareOf(Number(r.poorest), total),
    higher: shareOf(Number(r.higher), total),
    notFound: shareOf(Number(r.not_found), total),
  };
}

export interface RegistryGroupRow {
  key: string;
  label: string;
  shares: RegistryShares;
}

/**
 * Tepat sasaran: of the people on the lists, how many are in the registry's deciles 1–4, in
 * deciles 5–10, and not in it; per program, per company and per regency (of the person's village
 * when the list names it, otherwise of the program's first area). `programFilter` is a SQL
 * condition on `p` (programs) that keeps the programs the viewer may see.
 */
export async function registryShares(db: DbOrTx, programFilter: SQL) {
  // One pass over the tokens: counts per program and regency; companies, regencies and the total are sums of these.
  const res = await execute<{
    program_id: string;
    company_id: string;
    label: string;
    company: string;
    regency: string | null;
    area: string | null;
    persons: number;
    poorest: number;
    higher: number;
    not_found: number;
    registry: number;
  }>(
    db,
    sql`WITH t AS (
          SELECT bt.program_id, coalesce(substr(bt.village_code, 1, 5), pr.regency) AS regency, r.decile
          FROM beneficiary_tokens bt
          JOIN programs p ON p.id = bt.program_id
          LEFT JOIN (SELECT program_id, substr(min(area_code), 1, 5) AS regency FROM program_areas GROUP BY program_id) pr ON pr.program_id = bt.program_id
          LEFT JOIN registry_tokens r ON r.token = bt.token
          WHERE ${programFilter}
        ), g AS (
          SELECT program_id, regency, count(*)::int AS persons, count(*) FILTER (WHERE decile BETWEEN 1 AND 4)::int AS poorest,
                 count(*) FILTER (WHERE decile >= 5)::int AS higher, count(*) FILTER (WHERE decile IS NULL)::int AS not_found
          FROM t GROUP BY program_id, regency
        )
        SELECT g.*, p.company_id, p.ref || ' · ' || p.title AS label, c.name AS company, a.name AS area,
               (SELECT count(*)::int FROM registry_tokens) AS registry
        FROM g JOIN programs p ON p.id = g.program_id JOIN companies c ON c.id = p.company_id LEFT JOIN areas a ON a.code = g.regency`,
  );
  type Counts = { label: string; persons: number; poorest: number; higher: number; not_found: number };
  const sum = (into: Map<string, Counts>, key: string, label: string, r: Counts) => {
    const c = into.get(key) ?? { label, persons: 0, poorest: 0, higher: 0, not_found: 0 };
    c.persons += Number(r.persons);
    c.poorest += Number(r.poorest);
    c.higher += Number(r.higher);
    c.not_found += Number(r.not_found);
    into.set(key, c);
  };
  const byProgram = new Map<string, Counts>();
  const byCompany = new Map<string, Counts>();
  const byArea = new Map<string, Counts>();
  const total = new Map<string, Counts>();
  let registrySize = 0;
  for (const r of res.rows) {
    registrySize = Number(r.registry);
    sum(byProgram, r.program_id, r.label, r);
    sum(byCompany, r.company_id, r.company, r);
    sum(byArea, r.regency ?? "-", r.area ?? "-", r);
    sum(total, "all", "", r);
  }
  if (res.rows.length === 0)
    registrySize = Number((await execute<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM registry_tokens`)).rows[0]?.n ?? 0);
  const rows = (m: Map<string, Counts>): RegistryGroupRow[] =>
    [...m.entries()]
      .sort(([, x], [, y]) => y.persons - x.persons || x.label.localeCompare(y.label))
      .map(([key, c]) => ({ key, label: c.label, shares: registrySharesOf(c) }));
  return {
    registrySize,
    total: registrySharesOf(total.get("all") ?? { persons: 0, poorest: 0, higher: 0, not_found: 0 }),
    byProgram: rows(byProgram),
    byCompany: rows(byCompany),
    byArea: rows(byArea),
  };
}
