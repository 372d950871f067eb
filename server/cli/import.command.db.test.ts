import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { companies, programs } from "@/db/schema";
import { buildMessyXlsx, MESSY_LINES } from "@/server/imports/messy.fixtures";
import { createTestDatabase } from "@/server/test/harness";
import { EXIT } from "./cli-io";
import { runImportCommand, type ImportFlags } from "./import.command";

// The command line runs the app's import engine in-process here (the child-process runs are in
// csr.cli.test.ts): what it prints, what it saves, and its exit codes.

let h: Awaited<ReturnType<typeof createTestDatabase>>;
const dir = mkdtempSync(path.join(tmpdir(), "csr-import-db-"));
let messy: string;
let small: string;

beforeAll(async () => {
  h = await createTestDatabase();
  messy = path.join(dir, "rencana.xlsx");
  writeFileSync(messy, await buildMessyXlsx());
  // Three rows: two that read cleanly and "Kampung Baru", which fits three villages.
  const lines = MESSY_LINES.filter((l) => ["ALFA-25-001", "ALFA-25-002", "ALFA-25-003"].includes(String(l[1])));
  small = path.join(dir, "kecil.xlsx");
  writeFileSync(small, await buildMessyXlsx(lines));
});
afterAll(async () => {
  await h?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function run(file: string, flags: Partial<ImportFlags>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runImportCommand(
    { io: { out: (l) => out.push(l), err: (l) => err.push(l) }, lang: "id", open: async () => ({ db: h.db, close: async () => undefined }) },
    file,
    { dryRun: false, json: false, drafts: false, skipInvalid: false, company: "PT Alfa Tambang", ...flags },
  );
  return { code, out, err };
}

interface JsonReport {
  imported: number;
  rows: { row: number; ref: string; status: string; areas: string[]; target_category: string | null; messages: { field: string | null; text: string; candidates?: { code: string; name: string }[] }[] }[];
}

const countPrograms = async () => (await h.db.select({ n: sql<number>`count(*)::int` }).from(programs))[0]?.n ?? 0;

describe(`csr import (${process.env.TEST_DB_KIND})`, () => {
  it("--dry-run --json: the report alone on stdout, areas even of a row with an error, nothing saved, exit 2 for errors", async () => {
    const before = await countPrograms();
    const { code, out } = await run(messy, { dryRun: true, json: true });
    expect(code).toBe(EXIT.usage);
    expect(out).toHaveLength(1);
    const report = JSON.parse(out[0] ?? "") as JsonReport;
    expect(report.imported).toBe(0);
    expect(report.rows).toHaveLength(32);
    const byRef = new Map(report.rows.map((r) => [r.ref, r]));
    expect(byRef.get("ALFA-25-001")).toMatchObject({ status: "ok", areas: ["64.74.01.1004"], target_category: "elderly" });
    expect(byRef.get("ALFA-25-001")?.messages).toContainEqual({ field: "target_group", level: "info", text: "'lansia' → Lanjut usia" });
    const kampung = byRef.get("ALFA-25-002");
    expect(kampung).toMatchObject({ status: "warning", areas: [] });
    const ask = kampung?.messages.find((m) => m.field === "locations");
    expect(ask?.text).toBe("'Kampung Baru': 3 tempat cocok, pilih satu.");
    expect(ask?.candidates?.map((c) => c.code).sort()).toEqual(["64.02.06.1008", "64.02.12.2008", "64.09.01.1006"]);
    expect(ask?.candidates?.[0]?.name).toMatch(/^(Kel\.|Desa) Kampung Baru, Kec\. /);
    // The sector is wrong, the place is not: its code is there.
    expect(byRef.get("ALFA-25-009")).toMatchObject({ status: "error", areas: ["64.74.01.1002"] });
    expect(byRef.get("ALFA-25-009")?.messages.find((m) => m.field === "sector")?.text).toBe(
      "'Pndidikan' bukan sektor yang dikenal. Pilih salah satu: Ekonomi, Pendidikan, Kesehatan, Lingkungan, Sosial, Infrastruktur, Kebencanaan.",
    );
    expect(await countPrograms()).toBe(before);
  });

  it("a dry run with only an ambiguous place exits 0; the real import refuses it, nothing guessed", async () => {
    expect((await run(small, { dryRun: true })).code).toBe(EXIT.ok);
    const before = await countPrograms();
    const refused = await run(small, {});
    expect(refused.code).toBe(EXIT.usage);
    expect(refused.out).toEqual([]);
    expect(refused.err.join("\n")).toContain("'Kampung Baru': 3 tempat cocok, pilih satu.");
    expect(await countPrograms()).toBe(before);
  });

  it("--skip-invalid --drafts imports the rows without problems as drafts and reports the others", async () => {
    const { code, out } = await run(messy, { skipInvalid: true, drafts: true, json: true });
    expect(code).toBe(EXIT.ok);
    const report = JSON.parse(out[0] ?? "") as JsonReport;
    const clean = report.rows.filter((r) => r.status !== "error" && r.ref !== "ALFA-25-002");
    expect(report.imported).toBe(clean.length);
    const [alfa] = await h.db.select({ id: companies.id }).from(companies).where(eq(companies.name, "PT Alfa Tambang"));
    const saved = await h.db
      .select({ ref: programs.ref, status: programs.status, companyId: programs.companyId, budget: programs.budgetIdr })
      .from(programs)
      .where(inArray(programs.ref, ["ALFA-25-001", "ALFA-25-002", "ALFA-25-004", "ALFA-25-009", "BETA-25-001"]));
    expect(saved.map((p) => p.ref).sort()).toEqual(["ALFA-25-001", "ALFA-25-004", "BETA-25-001"]);
    expect(saved.every((p) => p.status === "draft")).toBe(true);
    expect(saved.find((p) => p.ref === "ALFA-25-004")).toMatchObject({ companyId: alfa?.id, budget: null });
    // The command line may name any company: the row for PT Beta Sawit goes to it, created in the home province.
    const [beta] = await h.db.select({ id: companies.id }).from(companies).where(eq(companies.name, "PT Beta Sawit"));
    expect(saved.find((p) => p.ref === "BETA-25-001")?.companyId).toBe(beta?.id);
  });

  it("without --json, says what it did on stdout and the problems on stderr", async () => {
    const { code, out, err } = await run(small, { skipInvalid: true });
    expect(code).toBe(EXIT.ok);
    expect(out).toEqual([expect.stringMatching(/^Imported 2 programs from kecil\.xlsx \(0 new companies, 1 rows left out\)/)]);
    expect(err.some((l) => l.startsWith(`row `) && l.includes("Lokasi / Desa: warning: 'Kampung Baru'"))).toBe(true);
  });
});
