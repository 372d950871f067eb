import "server-only";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { translateServerMessage } from "@/lib/i18n/server-message";
import { createTranslator, type Locale } from "@/lib/i18n/translate";
import { importGovernmentActivities, type GovernmentImportMessage, type GovernmentImportReport } from "@/server/government/government.import";
import { SYSTEM_ACTOR } from "@/server/government/government.service";
import { checkImportedPrograms, OverlapCheckError } from "@/server/imports/imports.execute";
import { MAX_IMPORT_BYTES } from "@/server/imports/imports.schemas";
import { EXIT, withDatabase, type CommandContext } from "./cli-io";

export interface ImportGovernmentFlags {
  dryRun: boolean;
  json: boolean;
  skipInvalid: boolean;
}

const render = (lang: Locale, m: GovernmentImportMessage) =>
  translateServerMessage(createTranslator(lang), lang, { message: m.message, ...(m.params ? { params: m.params } : {}) }, "errors.invalid");

/** `row 4, Sumber Dana: error: Sumber dana 'APBX' tidak dikenal. …` (the value and the fix are in the message). */
function formatMessage(m: GovernmentImportMessage, lang: Locale): string {
  const text = render(lang, m);
  if (m.row === null) return `${m.column ? `${m.column}: ` : ""}${m.level}: ${text}`;
  return `row ${m.row}, ${m.column ?? "?"}: ${m.level}: ${text}`;
}

function toJson(report: GovernmentImportReport, lang: Locale) {
  return {
    imported: report.saved ? report.ids.length : 0,
    created: report.created,
    updated: report.updated,
    rows: report.rows.map((r) => ({
      row: r.row,
      agency: r.agency,
      ref: r.ref,
      funding: r.funding,
      status: r.status,
      action: r.action,
      areas: r.areas,
      messages: r.messages.map((m) => ({ column: m.column, value: m.value, level: m.level, text: render(lang, m) })),
    })),
  };
}

/**
 * `import-government FILE`: government activities (APBN, APBD, APBDes) as the operator, who may
 * write any area. Re-importing a file updates the activities by (agency, ref). `--dry-run` saves
 * nothing; a real import refuses the file when a row has an error unless `--skip-invalid`. Exit 0
 * when it saved (or a dry run found no error), 2 with the row report otherwise.
 */
export async function runImportGovernmentCommand(ctx: CommandContext, file: string, flags: ImportGovernmentFlags = { dryRun: false, json: false, skipInvalid: false }): Promise<number> {
  let bytes: Uint8Array;
  try {
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
    const report = await importGovernmentActivities(db, SYSTEM_ACTOR, { filename, bytes }, { dryRun: flags.dryRun, skipInvalid: flags.skipInvalid });
    for (const m of report.fileMessages) ctx.io.err(`${filename}: ${formatMessage(m, ctx.lang)}`);
    for (const r of report.rows) for (const m of r.messages.filter((x) => x.level !== "info")) ctx.io.err(formatMessage(m, ctx.lang));
    const invalid = report.rows.filter((r) => r.status === "error").length;
    const fileError = report.fileMessages.some((m) => m.level === "error");
    if (flags.json) ctx.io.out(JSON.stringify(toJson(report, ctx.lang)));
    if (flags.dryRun) {
      ctx.io.err(`${filename}: ${report.rows.length} rows; ${report.rows.length - invalid} ready, ${invalid} with an error. Dry run: nothing saved.`);
      return fileError || invalid > 0 || report.rows.length === 0 ? EXIT.usage : EXIT.ok;
    }
    if (!report.saved) {
      ctx.io.err(`${filename}: ${invalid} rows with an error; nothing imported${flags.skipInvalid || fileError ? "" : " (--skip-invalid imports the other rows)"}.`);
      return EXIT.usage;
    }
    // The checks are queued with the rows; running them here gives `overlaps` its answer at once.
    let openFlags: number | null = null;
    try {
      openFlags = await checkImportedPrograms(db, report.ids, 0);
    } catch (err) {
      const cause = err instanceof OverlapCheckError ? err.cause : err;
      ctx.io.err(`[import-government] overlap check failed (queued jobs will retry): ${cause instanceof Error ? cause.message : String(cause)}`);
    }
    if (!flags.json) {
      ctx.io.out(
        `Imported ${report.ids.length} government activities from ${filename} (${report.created} new, ${report.updated} updated${report.skipped ? `, ${report.skipped} rows left out` : ""})` +
          (openFlags === null ? "." : `; ${openFlags} open overlap flags involve them.`),
      );
    }
    return EXIT.ok;
  });
}
