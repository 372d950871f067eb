import { createHash, randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import { TRPCError } from "@trpc/server";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execute } from "@/db/client";
import { auditLog, beneficiaryLists, beneficiaryTokens, overlapFlags, registryTokens } from "@/db/schema";
import { enqueue } from "@/server/jobs/enqueue";
import { setBeneficiaryRetentionYears } from "@/server/settings/settings.queries";
import { AREAS, insertProgram, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { callerFor, createTestDatabase, runJobsUntilIdle } from "@/server/test/harness";
import { getBeneficiaryKey, nikToken } from "./key";
import { sharedCountsByProgramPair, storedSharedCounts } from "./shared.queries";

// A key for this test process only (the app reads BENEFICIARY_KEY the same way).
process.env.BENEFICIARY_KEY = randomBytes(32).toString("base64");

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const ids: Record<string, string> = {};

/** A valid NIK: a real district (Palaran 647201, Kaliorang 640810), a birth date (women: day + 40) and a serial. */
const nik = (district: string, day: number, month: number, yy: number, serial: number) =>
  `${district}${String(day).padStart(2, "0")}${String(month).padStart(2, "0")}${String(yy).padStart(2, "0")}${String(serial).padStart(4, "0")}`;
// Twelve people of Palaran and Kaliorang.
const PEOPLE = Array.from({ length: 12 }, (_, i) => nik(i % 2 ? "640810" : "647201", (i % 28) + 1 + (i % 3 === 0 ? 40 : 0), (i % 12) + 1, 80 + i, 100 + i));
const spaced = (n: string) => `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8, 12)} ${n.slice(12)}`;
const dotted = (n: string) => `${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)}.${n.slice(6)}`;
const NAMES = ["Siti Aminah", "Muhammad Rizky", "Ni Made Ayu", "Hj. Rusdiana", "Andi Baso", "Yohanes Lasar", "Dg. Mappa", "Sri Wahyuni", "La Ode Hamid", "Fransiska", "Budi S.", "Nurul"];
const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

/** Company A's messy list: NIKs with spaces and dots, one invalid (a letter O), one person twice, a blank name. */
const A_CSV = [
  "No,NIK,Nama Lengkap,No KK,Desa/Kelurahan",
  ...PEOPLE.slice(0, 8).map((p, i) => `${i + 1},${i % 3 === 0 ? `"${spaced(p)}"` : i % 3 === 1 ? dotted(p) : `'${p}`},${NAMES[i]},,${i % 2 ? "" : "Rawa Makmur"}`),
  `9,6472O11203900009,Tanpa NIK Benar,,`,
  `10,"${spaced(PEOPLE[2] ?? "")}",Ni Made Ayu (dobel),,`,
  `11,${PEOPLE[8]},,,`,
].join("\r\n");

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  ids.A1 = await insertProgram(h.db, { companyId: fx.companies.a, ref: "A-BEA-1", status: "in_progress", areas: [AREAS.samarindaWard] });
  ids.A2 = await insertProgram(h.db, { companyId: fx.companies.a, ref: "A-DRAFT", status: "draft", areas: [AREAS.samarindaWard] });
  ids.B1 = await insertProgram(h.db, { companyId: fx.companies.b, ref: "B-SEM-1", status: "completed", areas: [AREAS.samarindaWard] });
  ids.B2 = await insertProgram(h.db, { companyId: fx.companies.b, ref: "B-PMT-2", status: "completed", areas: [AREAS.kutimVillage] });
  ids.C1 = await insertProgram(h.db, { companyId: fx.companies.c, ref: "C-SEK-1", status: "in_progress", areas: [AREAS.kutimVillage] });
});
afterAll(() => h?.close());

const as = (who: keyof Fixtures["users"]) => callerFor(h.db, fx.users[who]);
const upload = (programId: string, lines: string[], filename = "penerima.csv") => ({ programId, filename, contentBase64: b64(lines.join("\n")) });

async function codeOf(p: Promise<unknown>) {
  try {
    await p;
    return null;
  } catch (err) {
    return err instanceof TRPCError ? err.code : String(err);
  }
}

describe(`beneficiaries router (${process.env.TEST_DB_KIND})`, () => {
  it("previews a messy list: the invalid row by number, the duplicate counted once, nothing saved", async () => {
    const officer = await as("officerA");
    const p = await officer.beneficiaries.preview({ programId: ids.A1 ?? "", filename: "Penerima Beasiswa 2026.csv", contentBase64: b64(A_CSV) });
    expect(p).toMatchObject({ rowCount: 11, personCount: 9, invalidRows: 1, duplicateRows: 1, canSave: "skipInvalid" });
    expect(p.messages.find((m) => m.level === "error")).toMatchObject({ row: 10, column: "NIK", key: "beneficiaries.nik.notDigits" });
    expect(p.messages.find((m) => m.key === "beneficiaries.duplicate")).toMatchObject({ row: 11, params: { first: 4 } });
    // The preview repeats no NIK.
    for (const person of PEOPLE) expect(JSON.stringify(p)).not.toContain(person.slice(0, 12));
    expect(await h.db.select().from(beneficiaryLists)).toEqual([]);
    // Not a running program, another company's program: refused.
    expect((await officer.beneficiaries.preview(upload(ids.A2 ?? "", ["nik,nama", PEOPLE[0] ?? ""]))).canSave).toBe("no");
    expect(await codeOf(officer.beneficiaries.preview(upload(ids.B1 ?? "", ["nik,nama", `${PEOPLE[0]},Ani`])))).toBe("NOT_FOUND");
  });

  it("reads a workbook's list past its cover sheet", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sampul").addRows([["DAFTAR PENERIMA BEASISWA 2026"], ["PT Alfa Tambang"]]);
    const list = wb.addWorksheet("Daftar");
    list.addRows([["No", "NIK", "Nama", "Desa/Kelurahan"], ...PEOPLE.slice(0, 3).map((nik, i) => [i + 1, nik, `Penerima ${i}`, "Sidodadi"])]);
    const contentBase64 = Buffer.from(await wb.xlsx.writeBuffer()).toString("base64");
    const p = await (await as("officerA")).beneficiaries.preview({ programId: ids.A1 ?? "", filename: "penerima.xlsx", contentBase64 });
    expect(p).toMatchObject({ rowCount: 3, personCount: 3, invalidRows: 0 });
  });

  it("saves nothing while a row is invalid, then the valid rows with skip-invalid; the purpose must be acknowledged", async () => {
    const officer = await as("officerA");
    const input = { programId: ids.A1 ?? "", filename: "Penerima Beasiswa 2026.csv", contentBase64: b64(A_CSV) };
    const refused = await officer.beneficiaries.confirm({ ...input, skipInvalid: false, purposeAcknowledged: true });
    expect(refused).toMatchObject({ status: "invalid", personCount: 0 });
    expect(await h.db.select().from(beneficiaryTokens)).toEqual([]);
    expect(await codeOf(officer.beneficiaries.confirm({ ...input, skipInvalid: true, purposeAcknowledged: false as true }))).toBe("BAD_REQUEST");
    const saved = await officer.beneficiaries.confirm({ ...input, skipInvalid: true, purposeAcknowledged: true });
    expect(saved).toMatchObject({ status: "saved", personCount: 9, skippedRows: 1, duplicateRows: 1 });
    const rows = await h.db.select({ row: beneficiaryTokens.row }).from(beneficiaryTokens).where(eq(beneficiaryTokens.programId, ids.A1 ?? ""));
    expect(rows.map((r) => r.row).sort((x, y) => x - y)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 12]);
  });

  it("flags another company's program sharing people through the job queue, with the count and no names", async () => {
    const officerB = await as("officerB");
    // B1 shares 6 of A1's people (rows 2–7), B2 shares 2; C1 shares 1 with B2 only.
    const b1 = await officerB.beneficiaries.confirm({ ...upload(ids.B1 ?? "", ["NIK;Nama", ...PEOPLE.slice(0, 6).map((p, i) => `${p};Penerima ${i}`), `${PEOPLE[10]};Lain`]), skipInvalid: false, purposeAcknowledged: true });
    expect(b1.status).toBe("saved");
    await officerB.beneficiaries.confirm({ ...upload(ids.B2 ?? "", ["nik,name", `${PEOPLE[6]},X`, `${PEOPLE[7]},Y`, `${PEOPLE[11]},Z`]), skipInvalid: false, purposeAcknowledged: true });
    await (await as("officerC")).beneficiaries.confirm({ ...upload(ids.C1 ?? "", ["nik,name", `${PEOPLE[11]},Z`]), skipInvalid: false, purposeAcknowledged: true });
    // Nothing is flagged until the job runs (it was committed with each upload).
    expect(await h.db.select().from(overlapFlags)).toEqual([]);
    await runJobsUntilIdle(h.db);
    const flags = await h.db.select({ a: overlapFlags.programAId, b: overlapFlags.programBId, kind: overlapFlags.kind, score: overlapFlags.score }).from(overlapFlags);
    const byPair = new Map(flags.map((f) => [[f.a, f.b].sort().join("|"), f]));
    expect(flags.every((f) => f.kind === "shared_beneficiaries")).toBe(true);
    expect(byPair.get([ids.A1, ids.B1].sort().join("|"))?.score).toBe(6);
    expect(byPair.get([ids.A1, ids.B2].sort().join("|"))?.score).toBe(2);
    expect(byPair.get([ids.B2, ids.C1].sort().join("|"))?.score).toBe(1);
    expect(flags).toHaveLength(3);

    // The queue's own tab, the largest count first; the reason renders as a count only.
    const reviewer = await as("reviewer");
    const queue = await reviewer.overlaps.queue({ tab: "shared" });
    const pairs = queue.items.flatMap((i) => (i.type === "pair" ? [i] : []));
    expect(pairs.map((i) => i.score)).toEqual([6, 2, 1]);
    expect(pairs[0]?.reasons).toEqual([{ code: "shared_beneficiaries", shared: 6 }]);
    expect((await reviewer.overlaps.queue({ tab: "conflicts" })).items).toEqual([]);
    // A decision the kind allows, and one it does not.
    const first = queue.items[0];
    expect(await codeOf(reviewer.overlaps.resolve({ id: first?.id ?? "", version: 1, resolution: "duplicate", note: "x" }))).toBe("BAD_REQUEST");
    await reviewer.overlaps.resolve({ id: first?.id ?? "", version: 1, resolution: "coordinate", note: "Beasiswa dan PMT saling melengkapi; koordinasi daftar 2027" });
    // An officer's program page never shows these flags.
    expect((await (await as("officerA")).overlaps.forProgram({ programId: ids.A1 ?? "" })).filter((f) => f.kind === "shared_beneficiaries")).toEqual([]);
  });

  it("shows reviewers pairs and clusters as counts (below 5 as <5) within their jurisdiction, audited", async () => {
    const overview = await (await as("reviewer")).beneficiaries.shared();
    const count = (x: string, y: string) => overview.pairs.find((p) => [p.a.id, p.b.id].sort().join() === [x, y].sort().join())?.shared;
    expect(count(ids.A1 ?? "", ids.B1 ?? "")).toBe(6);
    expect(count(ids.A1 ?? "", ids.B2 ?? "")).toBe("<5");
    expect(count(ids.B2 ?? "", ids.C1 ?? "")).toBe("<5");
    // A1–B1–B2–C1 are joined: one cluster; the people on two or more of its lists: 6 + 2 + 1 = 9.
    expect(overview.clusters).toHaveLength(1);
    expect(overview.clusters[0]?.members.map((m) => m.ref).sort()).toEqual(["A-BEA-1", "B-PMT-2", "B-SEM-1", "C-SEK-1"]);
    expect(overview.clusters[0]?.shared).toBe(9);
    const text = JSON.stringify(overview);
    for (const n of [...NAMES, "Penerima 0", ...PEOPLE.map((p) => p.slice(6, 16))]) expect(text).not.toContain(n);
    expect(text).not.toContain(nikToken(getBeneficiaryKey(), PEOPLE[0] ?? "").toString("hex").slice(0, 16));
    // Kutai Timur's reviewer sees only the pair inside Kutai Timur.
    const kutim = await (await as("reviewerKutim")).beneficiaries.shared();
    expect(kutim.pairs.map((p) => [p.a.ref, p.b.ref].sort())).toEqual([["B-PMT-2", "C-SEK-1"]]);
    expect(kutim.clusters).toEqual([]);
    const audits = await h.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.action, "beneficiaries.overlaps_view"));
    expect(audits).toHaveLength(2);
  });

  it("lets a company see only which of its own rows are shared, never another company's people", async () => {
    const officerA = await as("officerA");
    const rows = await officerA.beneficiaries.sharedRows({ programId: ids.A1 ?? "" });
    // Rows 2–7 are on B1 (rows 8–9 on B2); row 12 is on no other list.
    expect(rows).toEqual([2, 3, 4, 5, 6, 7, 8, 9].map((row) => ({ row, otherPrograms: 1 })));
    const { lists, retentionYears } = await officerA.beneficiaries.lists({});
    expect(retentionYears).toBeGreaterThan(0);
    expect(lists).toHaveLength(1);
    expect(lists[0]).toMatchObject({ programId: ids.A1, personCount: 9, sharedPeople: 8, sharedPrograms: 2, skippedRows: 1 });
    const text = JSON.stringify([rows, lists]);
    for (const n of ["PT Beta", "B-SEM-1", "B-PMT-2", "Penerima 0", "Lain", "penerima.csv", ids.B1 ?? "", ids.B2 ?? ""]) expect(text).not.toContain(n);
    // Another company's list: not found, for every procedure that names a program.
    const officerB = await as("officerB");
    expect(await codeOf(officerB.beneficiaries.sharedRows({ programId: ids.A1 ?? "" }))).toBe("NOT_FOUND");
    expect(await codeOf(officerB.beneficiaries.delete({ programId: ids.A1 ?? "" }))).toBe("NOT_FOUND");
    expect((await officerB.beneficiaries.lists({ programId: ids.A1 ?? "" })).lists).toEqual([]);
    const views = await h.db.select({ action: auditLog.action }).from(auditLog).where(sql`${auditLog.action} IN ('beneficiaries.view', 'beneficiaries.list_view')`);
    expect(views.map((v) => v.action).sort()).toEqual(["beneficiaries.list_view", "beneficiaries.list_view", "beneficiaries.view"]);
  });

  it("reports targeting by registry decile per program, company and regency, below 5 hidden; the registry keeps no NIK", async () => {
    const admin = await as("admin");
    // Deciles for A1's people: 5 in deciles 1–4 (one written "Desil 3"), 2 higher; a bad decile and a bad NIK refused.
    const lines = [
      "NIK,Desil",
      ...PEOPLE.slice(0, 5).map((p, i) => (i === 2 ? `${dotted(p)},Desil 3` : `${p},${(i % 4) + 1}`)),
      `${PEOPLE[5]},7`,
      `${PEOPLE[6]},10`,
      `${PEOPLE[10]},11`,
      "6472011203900,2",
    ];
    const refused = await admin.beneficiaries.importRegistry({ filename: "dtsen-kaltim.csv", contentBase64: b64(lines.join("\n")) });
    expect(refused.status).toBe("invalid");
    expect(refused.messages.map((m) => [m.row, m.key])).toEqual([
      [9, "beneficiaries.decileInvalid"],
      [10, "beneficiaries.nik.length"],
    ]);
    expect(await h.db.select().from(registryTokens)).toEqual([]);
    const saved = await admin.beneficiaries.importRegistry({ filename: "dtsen-kaltim.csv", contentBase64: b64(lines.join("\n")), skipInvalid: true });
    expect(saved).toMatchObject({ status: "saved", personCount: 7, invalidRows: 2 });

    const shares = await (await as("viewer")).beneficiaries.registryShares();
    expect(shares.registrySize).toBe(7);
    const a1 = shares.byProgram.find((r) => r.key === ids.A1);
    // A1: 9 people; 5 in deciles 1–4 (55.6%), 2 higher (<5), 2 not found (<5).
    expect(a1?.shares).toEqual({ persons: 9, poorest: { count: 5, share: 55.6 }, higher: { count: "<5", share: null }, notFound: { count: "<5", share: null } });
    const companyA = shares.byCompany.find((r) => r.key === fx.companies.a);
    expect(companyA?.shares.persons).toBe(9);
    expect(shares.byArea.map((r) => r.key)).toContain("64.72");
    // C1's list of one person: hidden whole.
    expect(shares.byProgram.find((r) => r.key === ids.C1)?.shares.persons).toBe("<5");

    // The meeting brief carries the same figures per company.
    const brief = await (await as("reviewer")).brief.get({ from: "2026-01-01", to: "2026-12-31" });
    expect(brief.targeting.registrySize).toBe(7);
    expect(brief.targeting.byCompany.find((r) => r.key === fx.companies.a)?.shares).toEqual(companyA?.shares);

    // No NIK, no unkeyed SHA-256/MD5 of one, anywhere in the database (the registry included).
    const cols = await execute<{ schema: string; table: string; column: string; type: string }>(
      h.db,
      sql`SELECT c.table_schema AS schema, c.table_name AS "table", c.column_name AS column, c.data_type AS type
          FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
          WHERE t.table_type = 'BASE TABLE' AND c.table_schema NOT IN ('pg_catalog', 'information_schema')
            AND c.data_type IN ('text', 'character varying', 'character', 'bytea', 'json', 'jsonb', 'ARRAY', 'USER-DEFINED')`,
    );
    const hits = async (needles: string[]) => {
      const found: string[] = [];
      for (const c of cols.rows) {
        const col = sql.raw(`"${c.column}"`);
        const asText = c.type === "bytea" ? sql`encode(${col}, 'hex')` : sql`lower(${col}::text)`;
        const cond = sql.join(
          needles.map((n) => sql`${asText} LIKE ${`%${n}%`}`),
          sql` OR `,
        );
        const res = await execute<{ n: number }>(h.db, sql`SELECT count(*)::int AS n FROM ${sql.raw(`"${c.schema}"."${c.table}"`)} WHERE ${cond}`);
        if (Number(res.rows[0]?.n) > 0) found.push(`${c.table}.${c.column}`);
      }
      return found;
    };
    const forbidden = PEOPLE.flatMap((p) => [p, createHash("sha256").update(p).digest("hex"), createHash("md5").update(p).digest("hex"), Buffer.from(p).toString("hex")]);
    expect(await hits(forbidden)).toEqual([]);
    expect((await hits([nikToken(getBeneficiaryKey(), PEOPLE[5] ?? "").toString("hex")])).sort()).toEqual(["beneficiary_tokens.token", "registry_tokens.token"]);
  });

  it("deleting a list takes its flags out of the queue; the scheduled retention job deletes expired lists", async () => {
    const officerA = await as("officerA");
    await officerA.beneficiaries.delete({ programId: ids.A1 ?? "" });
    await runJobsUntilIdle(h.db);
    const open = await h.db.select({ score: overlapFlags.score }).from(overlapFlags).where(eq(overlapFlags.status, "open"));
    expect(open.map((f) => f.score)).toEqual([1]);

    const old = await insertProgram(h.db, { companyId: fx.companies.a, ref: "A-LAMA", status: "completed", areas: [AREAS.samarindaWard], startDate: "2019-01-01", endDate: "2019-12-31" });
    await officerA.beneficiaries.confirm({ ...upload(old, ["nik,nama", `${PEOPLE[0]},Siti`]), skipInvalid: false, purposeAcknowledged: true });
    await setBeneficiaryRetentionYears(h.db, 5);
    await enqueue(h.db, "maintenance.retention", {});
    await runJobsUntilIdle(h.db);
    const left = await h.db.select({ programId: beneficiaryLists.programId }).from(beneficiaryLists);
    expect(left.map((l) => l.programId)).not.toContain(old);
    expect(left.map((l) => l.programId).sort()).toEqual([ids.B1, ids.B2, ids.C1].sort());
    // The old list's flag (it shared a person with B1) was raised, then made obsolete with the list.
    const oldFlags = await h.db.select({ status: overlapFlags.status }).from(overlapFlags).where(sql`${overlapFlags.programAId} = ${old} OR ${overlapFlags.programBId} = ${old}`);
    expect(oldFlags.map((f) => f.status)).toEqual(["obsolete"]);
    // The deleted and the expired lists left the stored pair counts too.
    const stored = await storedSharedCounts(h.db);
    expect(stored.some((p) => [p.a.programId, p.b.programId].includes(old) || [p.a.programId, p.b.programId].includes(ids.A1 ?? ""))).toBe(false);
    expect(stored).toEqual(await sharedCountsByProgramPair(h.db));
  });

  it("changes the stored pair counts with the list itself, before any job has run", async () => {
    const officerA = await as("officerA");
    const fresh = await insertProgram(h.db, { companyId: fx.companies.a, ref: "A-BARU", status: "completed", areas: [AREAS.samarindaWard] });
    await officerA.beneficiaries.confirm({ ...upload(fresh, ["nik,nama", ...PEOPLE.slice(0, 3).map((p) => `${p},Warga`)]), skipInvalid: false, purposeAcknowledged: true });
    const withFresh = await storedSharedCounts(h.db);
    expect(withFresh.some((p) => p.a.programId === fresh || p.b.programId === fresh)).toBe(true);
    expect(withFresh).toEqual(await sharedCountsByProgramPair(h.db));
    await officerA.beneficiaries.delete({ programId: fresh });
    const after = await storedSharedCounts(h.db);
    expect(after.some((p) => p.a.programId === fresh || p.b.programId === fresh)).toBe(false);
    expect(after).toEqual(await sharedCountsByProgramPair(h.db));
    await runJobsUntilIdle(h.db);
  });
});
