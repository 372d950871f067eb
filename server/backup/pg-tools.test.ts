import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findPgTool, pgTarget } from "./pg-tools";

describe("PostgreSQL client tool arguments", () => {
  it("moves the password out of the URL into PGPASSWORD and out of messages", () => {
    const t = pgTarget("postgres://csr:s%40cret%2Fpw@db.internal:6543/sinergi?sslmode=require");
    expect(t.dbnameArg).toBe("postgres://csr@db.internal:6543/sinergi?sslmode=require");
    expect(t.env.PGPASSWORD).toBe("s@cret/pw");
    expect(t.label).toBe("db.internal:6543/sinergi");
    expect(t.redact('FATAL: password "s@cret/pw" rejected')).toBe('FATAL: password "***" rejected');
  });
});

describe("finding pg_dump", () => {
  const saved = { path: process.env.PATH, bin: process.env.PG_BIN_DIR };
  let root = "";
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), "pgbin-"));
    process.env.PATH = path.join(root, "nowhere");
    delete process.env.PG_BIN_DIR;
  });
  afterEach(() => {
    process.env.PATH = saved.path;
    if (saved.bin !== undefined) process.env.PG_BIN_DIR = saved.bin;
    rmSync(root, { recursive: true, force: true });
  });

  it("takes the newest of Debian's versioned client directories", () => {
    for (const v of ["9", "15", "13"]) {
      mkdirSync(path.join(root, v, "bin"), { recursive: true });
      writeFileSync(path.join(root, v, "bin", "pg_dump"), "");
    }
    expect(findPgTool("pg_dump", root)).toBe(path.join(root, "15", "bin", "pg_dump"));
  });

  it("says how to get it when it is nowhere to be found", () => {
    expect(() => findPgTool("pg_restore", path.join(root, "missing"))).toThrow(/pg_restore not found; install the PostgreSQL client tools/);
  });
});
