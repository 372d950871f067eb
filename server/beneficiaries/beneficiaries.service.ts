import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { execute, type Database, type DbOrTx } from "@/db/client";
import { beneficiaryLists, programs } from "@/db/schema";
import { suppressCount } from "@/lib/beneficiaries/suppress";
import { recordAudit } from "@/server/audit/audit";
import type { OfficerViewer, StaffViewer } from "@/server/auth/viewer";
import { notFound } from "@/server/errors";
import { MAX_ERRORS_SHOWN } from "@/server/imports/imports.schemas";
import { enqueue } from "@/server/jobs/enqueue";
import { asCsr } from "@/server/programs/csr";
import { touchesArea } from "@/server/programs/programs.queries";
import { getBeneficiaryRetentionYears } from "@/server/settings/settings.queries";
import { checkBeneficiaryFile, importBeneficiaryList, LIST_STATUSES, type ListImportResult, type ListMessage, type ProgramForList } from "./import.service";
import { refreshPairCounts, storedSharedCounts } from "./shared.queries";

const decode = (b64: string) => Buffer.from(b64, "base64");

/** The officer's own program, or not found (another company's program is not confirmed to exist). */
export async function ownProgram(db: DbOrTx, viewer: OfficerViewer, programId: string): Promise<ProgramForList & { title: string }> {
  const [p] = await db
    .select({ id: programs.id, ref: programs.ref, title: programs.title, companyId: programs.companyId, status: programs.status })
    .from(programs)
    .where(and(eq(programs.id, programId), eq(programs.companyId, viewer.companyId)));
  if (!p) throw notFound();
  return asCsr(p);
}

export interface ListPreview {
  rowCount: number;
  /** People that would be saved (each once). */
  personCount: number;
  invalidRows: number;
  duplicateRows: number;
  /** Row problems and notes, the first 500; `messageTotal` counts them all. */
  messages: ListMessage[];
  messageTotal: number;
  /** Whether the file can be saved as it is, or only by skipping the invalid rows, or not at all. */
  canSave: "yes" | "skipInvalid" | "no";
}

/** Reads and checks an upload without saving anything; the preview holds no NIK (messages show at most 4 digits of one). */
export async function previewList(db: DbOrTx, viewer: OfficerViewer, input: { programId: string; filename: string; contentBase64: string }): Promise<ListPreview> {
  const program = await ownProgram(db, viewer, input.programId);
  if (!LIST_STATUSES.includes(program.status)) {
    const m: ListMessage = { row: null, column: null, level: "error", key: "beneficiaries.programStatus", params: { ref: program.ref, status: program.status } };
    return { rowCount: 0, personCount: 0, invalidRows: 0, duplicateRows: 0, messages: [m], messageTotal: 1, canSave: "no" };
  }
  const checked = await checkBeneficiaryFile(db, program.id, input.filename, decode(input.contentBase64));
  const fileFailed = checked.messages.some((m) => m.row === null && m.level === "error");
  const canSave = fileFailed || checked.persons.length === 0 ? "no" : checked.invalidRows > 0 ? "skipInvalid" : "yes";
  return {
    rowCount: checked.rowCount,
    personCount: checked.persons.length,
    invalidRows: checked.invalidRows,
    duplicateRows: checked.duplicateRows,
    // Errors first, then notes, each in row order.
    messages: [...checked.messages].sort((a, b) => (a.level === b.level ? (a.row ?? 0) - (b.row ?? 0) : a.level === "error" ? -1 : 1)).slice(0, MAX_ERRORS_SHOWN),
    messageTotal: checked.messages.length,
    canSave,
  };
}

/** Saves the list (replacing the program's earlier one); the shared-beneficiaries flags follow by a job committed with it. */
export async function confirmList(
  db: Database,
  viewer: OfficerViewer,
  input: { programId: string; filename: string; contentBase64: string; skipInvalid: boolean },
  ip: string | null,
): Promise<ListImportResult> {
  const program = await ownProgram(db, viewer, input.programId);
  const result = await importBeneficiaryList(db, {
    program,
    uploader: { kind: "officer", userId: viewer.userId, companyId: viewer.companyId },
    filename: input.filename,
    bytes: decode(input.contentBase64),
    skipInvalid: input.skipInvalid,
    purposeAcknowledged: true,
    ip,
  });
  return { ...result, messages: result.messages.slice(0, MAX_ERRORS_SHOWN) };
}

/**
 * The company's own lists (or one program's), with how many of their people are also on another
 * program's list and on how many programs: counts of the company's own people only. Audited.
 */
export async function ownLists(db: DbOrTx, viewer: OfficerViewer, programId: string | undefined, ip: string | null) {
  const res = await execute<{
    id: string;
    program_id: string;
    ref: string;
    title: string;
    uploaded_at: Date | string;
    filename: string;
    via: string;
    row_count: number;
    person_count: number;
    duplicate_rows: number;
    skipped_rows: number;
    shared_people: number;
    shared_programs: number;
  }>(
    db,
    sql`SELECT l.id, l.program_id, p.ref, p.title, l.uploaded_at, l.filename, l.via, l.row_count, l.person_count, l.duplicate_rows, l.skipped_rows,
          (SELECT count(*) FROM beneficiary_tokens x WHERE x.program_id = l.program_id
             AND EXISTS (SELECT 1 FROM beneficiary_tokens y WHERE y.token = x.token AND y.program_id <> x.program_id))::int AS shared_people,
          (SELECT count(DISTINCT y.program_id) FROM beneficiary_tokens x JOIN beneficiary_tokens y ON y.token = x.token AND y.program_id <> x.program_id
             WHERE x.program_id = l.program_id)::int AS shared_programs
        FROM beneficiary_lists l JOIN programs p ON p.id = l.program_id
        WHERE p.company_id = ${viewer.companyId} ${programId ? sql`AND l.program_id = ${programId}` : sql``}
        ORDER BY l.uploaded_at DESC`,
  );
  await recordAudit(db, { actorId: viewer.userId, action: "beneficiaries.list_view", targetType: programId ? "program" : undefined, targetId: programId, ip, details: { lists: res.rows.length } });
  const lists = res.rows.map((r) => ({
    id: r.id,
    programId: r.program_id,
    ref: r.ref,
    title: r.title,
    uploadedAt: new Date(r.uploaded_at),
    filename: r.filename,
    via: r.via,
    rowCount: Number(r.row_count),
    personCount: Number(r.person_count),
    duplicateRows: Number(r.duplicate_rows),
    skippedRows: Number(r.skipped_rows),
    sharedPeople: Number(r.shared_people),
    sharedPrograms: Number(r.shared_programs),
  }));
  return { lists, retentionYears: await getBeneficiaryRetentionYears(db) };
}

/** Deletes the company's list of one program (its tokens and pair counts go with it); the flags follow by a job. Audited. */
export async function deleteOwnList(db: Database, viewer: OfficerViewer, programId: string, ip: string | null) {
  await ownProgram(db, viewer, programId);
  return db.transaction(async (tx) => {
    const gone = await tx.delete(beneficiaryLists).where(eq(beneficiaryLists.programId, programId)).returning({ id: beneficiaryLists.id, persons: beneficiaryLists.personCount });
    if (gone.length === 0) throw notFound();
    await recordAudit(tx, { actorId: viewer.userId, action: "beneficiaries.delete", targetType: "program", targetId: programId, ip, details: { persons: gone[0]?.persons ?? 0 } });
    await refreshPairCounts(tx, programId);
    await enqueue(tx, "beneficiaries.shared", { programId });
    return { deleted: gone.length };
  });
}

/**
 * Which rows of the company's own list are also on other programs' lists, and on how many:
 * row numbers of its own file only, nothing of the other lists. Audited as a view of the list.
 */
export async function ownSharedRows(db: DbOrTx, viewer: OfficerViewer, programId: string, ip: string | null) {
  await ownProgram(db, viewer, programId);
  const res = await execute<{ row: number; programs: number }>(
    db,
    sql`SELECT x.row, count(*)::int AS programs FROM beneficiary_tokens x
        JOIN beneficiary_tokens y ON y.token = x.token AND y.program_id <> x.program_id
        WHERE x.program_id = ${programId}
        GROUP BY x.row ORDER BY x.row`,
  );
  await recordAudit(db, { actorId: viewer.userId, action: "beneficiaries.view", targetType: "program", targetId: programId, ip, details: { shared_rows: res.rows.length } });
  return res.rows.map((r) => ({ row: Number(r.row), otherPrograms: Number(r.programs) }));
}

/** A program as a reviewer sees it in a shared count: its ref, title and company (no person). */
interface ProgramRef {
  id: string;
  ref: string;
  title: string;
  companyName: string;
}

async function programsById(db: DbOrTx, ids: string[]): Promise<Map<string, ProgramRef>> {
  if (ids.length === 0) return new Map();
  const res = await execute<{ id: string; ref: string; title: string; company_name: string }>(
    db,
    sql`SELECT p.id, p.ref, p.title, c.name AS company_name FROM programs p JOIN companies c ON c.id = p.company_id
        WHERE p.id IN (SELECT value::uuid FROM json_array_elements_text(${JSON.stringify(ids)}::json))`,
  );
  return new Map(res.rows.map((r) => [r.id, { id: r.id, ref: r.ref, title: r.title, companyName: r.company_name }]));
}

/** The ids of programs with a list that touch the reviewer's jurisdiction. */
async function visibleListPrograms(db: DbOrTx, viewer: StaffViewer): Promise<Set<string>> {
  const res = await execute<{ id: string }>(db, sql`SELECT l.program_id AS id FROM beneficiary_lists l WHERE ${touchesArea(viewer.jurisdiction, sql`l.program_id`)}`);
  return new Set(res.rows.map((r) => r.id));
}

/**
 * Pairs of programs (both in the reviewer's jurisdiction) sharing people, counts below 5 shown as
 * "<5", largest first; and clusters: 3 or more programs joined by shared people, with how many
 * people appear on at least two of their lists. Counts only, never a person. Audited.
 */
export async function sharedOverview(db: DbOrTx, viewer: StaffViewer, ip: string | null) {
  const visible = await visibleListPrograms(db, viewer);
  // Kept by the beneficiaries.shared job: the overview costs the pairs, not a join of every token.
  const all = await storedSharedCounts(db);
  const pairs = all.filter((p) => visible.has(p.a.programId) && visible.has(p.b.programId));
  // Clusters: connected programs (union-find over the pairs).
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    parent.set(x, r);
    return r;
  };
  for (const p of pairs) {
    for (const id of [p.a.programId, p.b.programId]) if (!parent.has(id)) parent.set(id, id);
    const ra = find(p.a.programId);
    const rb = find(p.b.programId);
    if (ra !== rb) parent.set(ra, rb);
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) groups.set(find(id), [...(groups.get(find(id)) ?? []), id]);
  const clusterIds = [...groups.values()].filter((g) => g.length >= 3);
  const refs = await programsById(db, [...new Set(pairs.flatMap((p) => [p.a.programId, p.b.programId]))]);
  const clusters = [];
  for (const ids of clusterIds) {
    const res = await execute<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM (SELECT token FROM beneficiary_tokens
            WHERE program_id IN (SELECT value::uuid FROM json_array_elements_text(${JSON.stringify(ids)}::json))
            GROUP BY token HAVING count(*) >= 2) s`,
    );
    const members = ids.map((id) => refs.get(id)).filter((m): m is ProgramRef => !!m).sort((x, y) => x.companyName.localeCompare(y.companyName) || x.ref.localeCompare(y.ref));
    clusters.push({ members, shared: suppressCount(Number(res.rows[0]?.n ?? 0)), sort: Number(res.rows[0]?.n ?? 0) });
  }
  clusters.sort((x, y) => y.sort - x.sort);
  await recordAudit(db, { actorId: viewer.userId, action: "beneficiaries.overlaps_view", ip, details: { via: "app", pairs: pairs.length, clusters: clusters.length } });
  const ref = (id: string) => refs.get(id) ?? { id, ref: "", title: "", companyName: "" };
  return {
    pairs: pairs.map((p) => ({ a: ref(p.a.programId), b: ref(p.b.programId), shared: suppressCount(p.shared), sameCompany: p.a.company === p.b.company })),
    clusters: clusters.map(({ members, shared }) => ({ members, shared })),
  };
}
