import type { Database, DatabaseHandle } from "@/db/client";
import { translateServerMessage } from "@/lib/i18n/server-message";
import { createTranslator, type Locale } from "@/lib/i18n/translate";
import type { RowError } from "@/server/imports/import-errors";

/** Where a command writes: `out` is the result (stdout, kept clean for pipes), `err` everything else. */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Opens the configured database, migrated; commands close it when done. */
export type OpenDatabase = () => Promise<Pick<DatabaseHandle, "db" | "close">>;

export interface CommandContext {
  io: CliIo;
  lang: Locale;
  open: OpenDatabase;
}

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** `row 3, tanggal_mulai: Tanggal tidak valid…`, or the message alone for the file as a whole. */
export function formatRowError(e: RowError, lang: Locale): string {
  const message = translateServerMessage(createTranslator(lang), lang, e, "errors.invalid");
  if (e.row === null) return message;
  return `row ${e.row}, ${e.column ?? e.field ?? "?"}: ${message}`;
}

/** Runs work against the database and always closes it. */
export async function withDatabase<T>(open: OpenDatabase, work: (db: Database) => Promise<T>): Promise<T> {
  const handle = await open();
  try {
    return await work(handle.db);
  } finally {
    await handle.close();
  }
}
