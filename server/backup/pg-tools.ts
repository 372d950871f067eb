import "server-only";
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { BackupError } from "./manifest";

/**
 * pg_dump or pg_restore: from PG_BIN_DIR, then PATH, then Debian's versioned directories
 * (/usr/lib/postgresql/<n>/bin, newest first; a newer client reads older servers).
 */
export function findPgTool(name: "pg_dump" | "pg_restore" | "psql", debian = "/usr/lib/postgresql"): string {
  const dirs = [process.env.PG_BIN_DIR ?? "", ...(process.env.PATH ?? "").split(path.delimiter)];
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((v) => /^\d+$/.test(v));
    dirs.push(...versions.sort((a, b) => Number(b) - Number(a)).map((v) => path.join(debian, v, "bin")));
  }
  for (const dir of dirs) {
    const candidate = dir && path.join(dir, name);
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new BackupError(
    `${name} not found; install the PostgreSQL client tools (Debian: apt-get install postgresql-client) or set PG_BIN_DIR`,
  );
}

export interface PgTarget {
  /** The URL without its password, safe to pass on a command line. */
  dbnameArg: string;
  env: NodeJS.ProcessEnv;
  /** host:port/database, for messages. */
  label: string;
  redact: (text: string) => string;
}

/** Splits the password off DATABASE_URL into PGPASSWORD, so it shows up neither in `ps` nor in messages. */
export function pgTarget(url: string): PgTarget {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new BackupError("DATABASE_URL is not a valid URL");
  }
  const password = decodeURIComponent(u.password);
  u.password = "";
  const env: NodeJS.ProcessEnv = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) };
  const label = `${u.hostname}:${u.port || "5432"}${u.pathname}`;
  const redact = (text: string) => (password ? text.split(password).join("***") : text);
  return { dbnameArg: u.toString(), env, label, redact };
}

/** Runs a client tool; on failure, the last lines of its stderr (password removed) become the error. */
export function runPgTool(bin: string, args: string[], target: PgTarget): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { env: target.env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    child.on("error", (err) => reject(new BackupError(`${path.basename(bin)}: ${err.message}`)));
    child.on("close", (code) => {
      if (code === 0) return resolve();
      const tail = target.redact(stderr.trim()).split("\n").slice(-5).join("\n");
      reject(new BackupError(`${path.basename(bin)} failed (exit ${code}): ${tail}`));
    });
  });
}

/**
 * Replaces the whole content of the target database with a custom-format dump, atomically:
 * pg_restore writes the dump as SQL, and psql runs it after dropping the database's own schemas,
 * all in one transaction that commits only when the whole dump was read, so a failure leaves
 * the database as it was. (pg_restore --clean cannot
 * drop the job queue's partitioned tables, and would leave tables the dump does not name.)
 */
export function replaceFromDump(pgRestore: string, psql: string, file: string, schemas: string[], target: PgTarget): Promise<void> {
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const prelude = [
    "BEGIN;",
    "SET client_min_messages = warning;",
    ...schemas.map((name) => `DROP SCHEMA IF EXISTS ${quote(name)} CASCADE;`),
    "CREATE SCHEMA IF NOT EXISTS public;",
    "",
  ].join("\n");
  return new Promise((resolve, reject) => {
    let stderr = "";
    const keep = (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    };
    const sink = spawn(psql, ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", target.dbnameArg, "-f", "-"], {
      env: target.env,
      stdio: ["pipe", "ignore", "pipe"],
    });
    const source = spawn(pgRestore, ["--no-owner", "--no-privileges", "-f", "-", file], { env: target.env, stdio: ["ignore", "pipe", "pipe"] });
    sink.stderr.on("data", keep);
    source.stderr.on("data", keep);
    sink.stdin.on("error", () => undefined); // psql stopped early: its exit code says why
    sink.stdin.write(prelude);
    // COMMIT only once pg_restore has read the whole dump: a dump cut short must change nothing.
    source.stdout.pipe(sink.stdin, { end: false });
    let sourceCode: number | null = null;
    source.on("error", (err) => reject(new BackupError(`${path.basename(pgRestore)}: ${err.message}`)));
    sink.on("error", (err) => reject(new BackupError(`${path.basename(psql)}: ${err.message}`)));
    source.on("close", (code) => {
      sourceCode = code;
      sink.stdin.end(code === 0 ? "COMMIT;\n" : "ROLLBACK;\n");
    });
    sink.on("close", (code) => {
      if (code === 0 && sourceCode === 0) return resolve();
      const tail = target.redact(stderr.trim()).split("\n").slice(-5).join("\n");
      reject(new BackupError(`restore failed (pg_restore exit ${sourceCode ?? "?"}, psql exit ${code}); nothing was changed: ${tail}`));
    });
  });
}
