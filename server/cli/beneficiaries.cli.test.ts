import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openPglite } from "@/db/client";
import { companies, programAreas, programs } from "@/db/schema";

// `npm run csr -- beneficiaries …` in a child process on its own PGlite directory, without
// BENEFICIARY_KEY: the embedded setup makes its key file beside the data.

let dir: string;
let dataDir: string;

function csr(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: dataDir, DEMO_DATA: "0" };
  delete env.DATABASE_URL;
  delete env.BENEFICIARY_KEY;
  return new Promise((resolve) => {
    execFile("npx", ["tsx", "--conditions=react-server", "scripts/csr.ts", ...args], { cwd: process.cwd(), env }, (err, stdout, stderr) => {
      resolve({ code: err && typeof err.code === "number" ? err.code : err ? 1 : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "csr-benef-cli-"));
  dataDir = path.join(dir, "pglite");
  const h = await openPglite({ dataDir, loadDataDir: new Blob([readFileSync(inject("pgliteTemplate"))]) });
  for (const [name, ref] of [
    ["PT Uji Satu", "S-1"],
    ["PT Uji Dua", "D-1"],
  ] as const) {
    const [c] = await h.db.insert(companies).values({ name }).returning({ id: companies.id });
    const [p] = await h.db
      .insert(programs)
      .values({ companyId: c?.id ?? "", ref, title: `Program ${ref}`, description: "Program uji daftar penerima manfaat.", sector: "education", startDate: "2026-01-01", endDate: "2026-12-31", status: "in_progress" })
      .returning({ id: programs.id });
    await h.db.insert(programAreas).values({ programId: p?.id ?? "", areaCode: "64.72.01.1001" });
  }
  await h.close();
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("npm run csr -- beneficiaries", () => {
  it("imports two lists (exit 2 on an invalid row, 0 when saved) and prints the shared pair as JSON alone", async () => {
    const one = path.join(dir, "satu.csv");
    writeFileSync(one, "NIK;Nama\n6472011203900001;Ani\n6472015203900002;Budi\n647201120390001;Cici\n");
    const refused = await csr("beneficiaries", "import", "--company", "PT Uji Satu", "--ref", "S-1", one, "--lang", "en");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("row 4, NIK: error: NIK 6472… must have 16 digits; it has 15.");
    const saved = await csr("beneficiaries", "import", "--company", "PT Uji Satu", "--ref", "S-1", "--skip-invalid", one);
    expect(saved.code).toBe(0);
    expect(saved.stdout).toContain("Saved 2 people");
    const keyFile = path.join(dir, "beneficiary-key");
    expect(existsSync(keyFile)).toBe(true);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);

    const two = path.join(dir, "dua.csv");
    writeFileSync(two, "nik,name\n6472 0112 0390 0001,Ani\n");
    expect((await csr("beneficiaries", "import", "--company", "PT Uji Dua", "--ref", "D-1", two)).code).toBe(0);
    const overlaps = await csr("beneficiaries", "overlaps", "--json");
    expect(overlaps.code).toBe(0);
    expect(JSON.parse(overlaps.stdout)).toEqual([{ a: { company: "PT Uji Dua", ref: "D-1" }, b: { company: "PT Uji Satu", ref: "S-1" }, shared: 1 }]);
  }, 120_000);
});
