import "server-only";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { translateServerMessage } from "@/lib/i18n/server-message";
import { createTranslator, translateServerKey, type Locale } from "@/lib/i18n/translate";
import { recordAudit } from "@/server/audit/audit";
import type { Importer, PlannedRow } from "@/server/imports/importer";
import { checkImportedPrograms, describeImportFailure, OverlapCheckError, saveImportRows } from "@/server/imports/imports.execute";
import { MAX_IMPORT_BYTES } from "@/server/imports/imports.schemas";
import { needsChoice, programOf } from "@/server/imports/preview-checks";
import { loadEngineContext, readAndCheck, type CheckedSheetRow } from "@/server/imports/preview-engine";
import type { PreviewMessage } from "@/server/imports/preview.schemas";
import { readSheetOrRefuse } from "@/server/imports/preview.service";
import { getHomeProvince } from "@/server/settings/settings.queries";
import { fieldOfColumn } from "@/server/imports/columns";
import { EXIT, withDatabase, type CommandContext } from "./cli-io";

export interface ImportFlags {
  dryRun: boolean;
  json: boolean;
  drafts: boolean;
  skipInvalid: boolean;
  /** The company of rows whose company column is blank (or a file without one). */
  company: string | null;
}

/** One row of `--json`: what the app read and every message in the chosen language. */
interface JsonRow {
  row: number;
  ref: string;
  status: "ok" | "warning" | "error";
  areas: string[];
  target_category: string | null;
  messages: { field: string | null; level: string; text: string; candidates?: { code: string; name: string }[] }[];
}

const render = (lang: Locale, m: PreviewMessage) => translateServerMessage(createTranslator(lang), lang, m, "errors.invalid");

function toJsonRow(r: CheckedSheetRow, lang: Locale): JsonRow {
  const p = r.checked.preview;
  return {
    row: p.row,
    ref: p.ref,
    status: p.status,
    areas: p.areas.map((a) => a.code),
    target_category: p.targetGroup,
    messages: p.messages.map((m) => ({
      field: m.field,
      level: m.level,
      text: render(lang, m),
      ...(m.candidates ? { candidates: m.candidates.map((c) => ({ code: c.code, name: c.label })) } : {}),
    })),
  };
}

/** A row saved as it stands: no error, no place left to choose. */
const isSavable = (r: CheckedSheetRow) => r.checked.preview.status !== "error" && !needsChoice(r.checked.preview);

function plannedOf(r: CheckedSheetRow): PlannedRow {
  const program = programOf(r.checked.preview);
  const { sector, startDate, endDate } = program;
  if (!r.checked.target || !sector || !startDate || !endDate) throw new Error(`row ${r.checked.preview.row} is not ready to save`);
  return { row: r.checked.preview.row, company: r.checked.target, updateId: r.checked.updateId, replacedStatus: r.checked.updateStatus, program: { ...program, sector, startDate, endDate } };
}

/** Progress lines at most every tenth of the work, so a large import does not flood the terminal. */
function createProgressPrinter(ctx: CommandContext) {
  let lastTenth = -1;
  return (done: number, total: number) => {
    const tenth = Math.floor((done / total) * 10);
    if (tenth === lastTenth && done < total) return;
    lastTenth = tenth;
    ctx.io.err(`[import] overlap check ${done}/${total}`);
  };
}

async function readFileBounded(ctx: CommandContext, file: string): Promise<Uint8Array | null> {
  try {
    // The same size limit as an upload, checked before the file is read into memory.
    if ((await stat(file)).size > MAX_IMPORT_BYTES) {
      ctx.io.err(`${path.basename(file)}: ${createTranslator(ctx.lang)("errors.fileTooLarge")}`);
      return null;
    }
    return await readFile(file);
  } catch (err) {
    ctx.io.err(`Cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
}

/**
 * `import FILE`: the app's import engine as the operator (any company; unknown ones created in
 * the home province's forum). `--dry-run` saves nothing; a real import refuses the file when a
 * row has an error or a place to choose, unless `--skip-invalid` leaves those rows out.
 * `--json` prints the report on stdout and nothing else. Exit 0 when it imported, or when a dry
 * run found no error; 2 otherwise.
 */
export async function runImportCommand(ctx: CommandContext, file: string, flags: ImportFlags = { dryRun: false, json: false, drafts: false, skipInvalid: false, company: null }): Promise<number> {
  const bytes = await readFileBounded(ctx, file);
  if (!bytes) return EXIT.usage;
  const filename = path.basename(file);
  const t = createTranslator(ctx.lang);
  const print = (imported: number, rows: CheckedSheetRow[]) => {
    if (flags.json) ctx.io.out(JSON.stringify({ imported, rows: rows.map((r) => toJsonRow(r, ctx.lang)) }));
  };
  return withDatabase(ctx.open, async (db) => {
    const importer: Importer = { kind: "system", forum: await getHomeProvince(db) };
    const upload = await readSheetOrRefuse(filename, bytes);
    if ("refusal" in upload) {
      ctx.io.err(`${filename}: ${translateServerKey(t, ctx.lang, upload.refusal, "errors.fileUnreadable")}`);
      print(0, []);
      return EXIT.usage;
    }
    const { read, rows } = await readAndCheck(db, importer, upload.sheet, await loadEngineContext(db), { defaultCompany: flags.company });
    for (const m of read.fileMessages.filter((x) => x.level !== "info")) ctx.io.err(`${filename}: ${m.level}: ${render(ctx.lang, m)}`);
    // The column as the file names it ("Tanggal Mulai"), so the person finds the cell.
    const columnOf = (field: string | null) => read.layout?.columns.find((c) => fieldOfColumn(c.column) === field)?.name ?? field ?? "?";
    for (const r of rows) {
      for (const m of r.checked.preview.messages.filter((x) => x.level !== "info")) {
        ctx.io.err(`row ${r.checked.preview.row}, ${columnOf(m.field)}: ${m.level}: ${render(ctx.lang, m)}`);
      }
    }
    const savable = rows.filter(isSavable);
    const blocked = rows.length - savable.length;
    const hasErrors = read.fileMessages.some((m) => m.level === "error") || rows.some((r) => r.checked.preview.status === "error");
    if (flags.dryRun) {
      ctx.io.err(`${filename}: ${rows.length} rows; ${savable.length} ready to import, ${blocked} with a problem. Dry run: nothing saved.`);
      print(0, rows);
      return hasErrors || rows.length === 0 ? EXIT.usage : EXIT.ok;
    }
    if (savable.length === 0 || (blocked > 0 && !flags.skipInvalid)) {
      ctx.io.err(`${filename}: ${blocked} rows with a problem; nothing imported${flags.skipInvalid ? "" : " (--skip-invalid imports the other rows)"}.`);
      await recordAudit(db, { actorId: null, action: "program.import_rejected", details: { via: "cli", rows: rows.length, errors: blocked } });
      print(0, rows);
      return EXIT.usage;
    }
    try {
      const saved = await saveImportRows(db, importer, savable.map(plannedOf), { via: "cli", mode: flags.drafts ? "draft" : "submit", skipped: blocked });
      ctx.io.err(`[import] saved ${saved.ids.length} programs (${saved.updated} replaced drafts), ${saved.companiesCreated} new companies`);
      const openFlags = await checkImportedPrograms(db, saved.ids, 0, createProgressPrinter(ctx));
      if (flags.json) print(saved.ids.length, rows);
      else {
        ctx.io.out(
          `Imported ${saved.ids.length} programs from ${filename} (${saved.companiesCreated} new companies${blocked ? `, ${blocked} rows left out` : ""}); ${openFlags} open overlap flags involve them.`,
        );
      }
      return EXIT.ok;
    } catch (err) {
      ctx.io.err(translateServerKey(t, ctx.lang, describeImportFailure(err), "errors.importFailed"));
      const cause = err instanceof OverlapCheckError ? err.cause : err;
      ctx.io.err(cause instanceof Error ? (cause.stack ?? cause.message) : String(cause));
      print(0, rows);
      return EXIT.failure;
    }
  });
}
