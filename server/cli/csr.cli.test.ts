import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openPglite } from "@/db/client";
import { ID_HEADER as HEADER, pmtRow } from "@/server/imports/import.fixtures";

// Runs `scripts/csr.ts` as admins do, in a child process on its own PGlite directory. Each run
// costs seconds, so there are few of them.

let dir: string;
let dataDir: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function csr(...args: string[]): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: dataDir, DEMO_DATA: "0" };
  delete env.DATABASE_URL;
  return new Promise((resolve) => {
    execFile("npx", ["tsx", "--conditions=react-server", "scripts/csr.ts", ...args], { cwd: process.cwd(), env }, (err, stdout, stderr) => {
      const code = err && typeof err.code === "number" ? err.code : err ? 1 : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "csr-cli-"));
  dataDir = path.join(dir, "pglite");
  // Start from the test template (migrated, areas loaded) instead of loading 91,599 areas again.
  const h = await openPglite({ dataDir, loadDataDir: new Blob([readFileSync(inject("pgliteTemplate"))]) });
  await h.close();
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const line = (ref: string, company: string, start?: string) => pmtRow(ref, { company, start });

describe("npm run csr", () => {
  it("refuses an invalid file with every row error on stderr and exit code 2", async () => {
    const file = path.join(dir, "salah.csv");
    writeFileSync(file, [HEADER, line("PMT-01", "PT Sinar Uji"), line("PMT-02", "PT Sinar Uji", "2026-02-30")].join("\r\n"));
    const run = await csr("import", file, "--lang", "en");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("row 3, tanggal_mulai: error: The date '2026-02-30' does not exist.");
    expect(run.stdout).toBe("");
  }, 60_000);

  it("imports a file, then lists the overlap of two near-identical programs as JSON on stdout alone", async () => {
    const file = path.join(dir, "rencana.csv");
    writeFileSync(file, "\uFEFF" + [HEADER, line("PMT-01", "PT Sinar Uji"), line("PMT-02", "PT Cahaya Uji")].join("\r\n") + "\r\n");
    // PMT-01 is free again: the refused file above imported nothing.
    const imported = await csr("import", file);
    expect(imported.stderr).not.toContain("Error");
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^Imported 2 programs from rencana\.csv \(2 new companies\); 1 open overlap flags/);

    const listed = await csr("overlaps", "--json", "--lang", "en");
    expect(listed.code).toBe(0);
    const flags = JSON.parse(listed.stdout) as {
      a: { company: string; ref: string };
      b: { company: string; ref: string };
      kind: string;
      score: number;
      reasons: string[];
      cluster: string | null;
    }[];
    expect(flags).toHaveLength(1);
    // Two programs are a plain pair: the field is there, with no cluster.
    expect(flags[0]).toHaveProperty("cluster", null);
    const [flag] = flags;
    expect([flag?.a, flag?.b].map((p) => `${p?.company}/${p?.ref}`).sort()).toEqual(["PT Cahaya Uji/PMT-02", "PT Sinar Uji/PMT-01"]);
    expect(flag?.kind).toBe("duplicate");
    expect(flag?.score).toBeGreaterThan(0.8);
    expect(flag?.reasons).toContain("Same area: Kelurahan Rawa Makmur");
    expect(flag?.reasons).toContain("Overlapping period: Feb–Nov 2026");
  }, 90_000);
});
