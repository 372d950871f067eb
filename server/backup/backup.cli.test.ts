import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// The npm scripts as an operator runs them: exit codes and what they print.
const work = mkdtempSync(path.join(tmpdir(), "backup-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(script: "db-backup" | "db-restore", args: string[], env: Record<string, string>) {
  const { DATABASE_URL: _url, PGLITE_DIR: _dir, ...rest } = process.env;
  const res = spawnSync(path.join("node_modules", ".bin", "tsx"), ["--conditions=react-server", `scripts/${script}.ts`, ...args], {
    env: { ...rest, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

describe("db:backup and db:restore on the command line", { timeout: 90_000 }, () => {
  it("exits 2 with the usage on wrong arguments", () => {
    const noFile = run("db-restore", [], { PGLITE_DIR: path.join(work, "pglite") });
    expect(noFile.code).toBe(2);
    expect(noFile.err).toMatch(/usage: npm run db:restore -- FILE \[--force\]/);
    const unknown = run("db-backup", ["--outt", "x"], { PGLITE_DIR: path.join(work, "pglite") });
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/usage: npm run db:backup/);
  });

  it("exits 1 with one line when there is nothing to back up or restore", () => {
    const backup = run("db-backup", [], { PGLITE_DIR: path.join(work, "missing") });
    expect(backup.code).toBe(1);
    expect(backup.err).toMatch(/^backup failed: no PGlite database at .*missing$/m);
    const restore = run("db-restore", [path.join(work, "nope.tar.gz")], { PGLITE_DIR: path.join(work, "pglite") });
    expect(restore.code).toBe(1);
    expect(restore.err).toMatch(/^restore failed: no such file: .*nope\.tar\.gz$/m);
  });

  it("never prints the password of DATABASE_URL", () => {
    // Nothing listens on port 1: the connection fails and the error is reported.
    const res = run("db-backup", ["--out", path.join(work, "x.dump")], {
      DATABASE_URL: "postgres://csr:Top-Secret-42@127.0.0.1:1/sinergi",
    });
    expect(res.code).toBe(1);
    expect(res.err).toMatch(/backup failed: cannot connect to 127\.0\.0\.1:1\/sinergi/);
    expect(res.out + res.err).not.toContain("Top-Secret-42");
  });
});
