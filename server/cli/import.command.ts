import "server-only";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { createTranslator, translateServerKey } from "@/lib/i18n/translate";
import { recordAudit } from "@/server/audit/audit";
import type { Importer } from "@/server/imports/imports.checks";
import { executeImport, describeImportFailure, OverlapCheckError } from "@/server/imports/imports.execute";
import { MAX_IMPORT_BYTES } from "@/server/imports/imports.schemas";
import { validateImportFile } from "@/server/imports/imports.service";
import { getHomeProvince } from "@/server/settings/settings.queries";
import { EXIT, formatRowError, withDatabase, type CommandContext } from "./cli-io";

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

/**
 * `import FILE`: the same validation and import as the app's upload, as the operator: any
 * company, unknown ones created in the home province's forum. Every row error goes to stderr.
 */
export async function runImportCommand(ctx: CommandContext, file: string): Promise<number> {
  let bytes: Uint8Array;
  try {
    // The same size limit as an upload, checked before the file is read into memory.
    if ((await stat(file)).size > MAX_IMPORT_BYTES) {
      ctx.io.err(`${path.basename(file)}: ${createTranslator(ctx.lang)("errors.fileTooLarge")}`);
      return EXIT.usage;
    }
    bytes = await readFile(file);
  } catch (err) {
    ctx.io.err(`Cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
    return EXIT.usage;
  }
  const filename = path.basename(file);
  return withDatabase(ctx.open, async (db) => {
    const importer: Importer = { kind: "system", forum: await getHomeProvince(db) };
    const result = await validateImportFile(db, importer, { filename, bytes });
    if (result.errors.length) {
      for (const e of result.errors) ctx.io.err(formatRowError(e, ctx.lang));
      ctx.io.err(`${filename}: ${result.errors.length} problems; nothing imported.`);
      await recordAudit(db, {
        actorId: null,
        action: "program.import_rejected",
        details: { via: "cli", rows: result.rowCount, errors: result.errors.length },
      });
      return EXIT.usage;
    }
    ctx.io.err(`[import] ${filename}: ${result.plan.length} rows valid; saving…`);
    try {
      const outcome = await executeImport(db, importer, result.plan, {
        via: "cli",
        onSaved: (s) => ctx.io.err(`[import] saved ${s.imported} programs, ${s.companiesCreated} new companies`),
        onChecked: createProgressPrinter(ctx),
      });
      ctx.io.out(
        `Imported ${outcome.imported} programs from ${filename} (${outcome.companiesCreated} new companies); ${outcome.flags} open overlap flags involve them.`,
      );
      return EXIT.ok;
    } catch (err) {
      const t = createTranslator(ctx.lang);
      ctx.io.err(translateServerKey(t, ctx.lang, describeImportFailure(err), "errors.importFailed"));
      const cause = err instanceof OverlapCheckError ? err.cause : err;
      ctx.io.err(cause instanceof Error ? (cause.stack ?? cause.message) : String(cause));
      return EXIT.failure;
    }
  });
}
