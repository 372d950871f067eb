import "server-only";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { createTranslator, translateServerKey } from "@/lib/i18n/translate";
import { recordAudit } from "@/server/audit/audit";
import { findProgramByRef, importBeneficiaryList, type ListMessage } from "@/server/beneficiaries/import.service";
import { getBeneficiaryKey } from "@/server/beneficiaries/key";
import { importRegistry } from "@/server/beneficiaries/registry.service";
import { sharedCountsByProgramPair } from "@/server/beneficiaries/shared.queries";
import { MAX_IMPORT_BYTES } from "@/server/imports/imports.schemas";
import { EXIT, withDatabase, type CommandContext } from "./cli-io";

export interface BeneficiaryImportFlags {
  company: string | null;
  ref: string | null;
  skipInvalid: boolean;
}

function renderMessage(ctx: CommandContext, m: ListMessage): string {
  const t = createTranslator(ctx.lang);
  const text = translateServerKey(t, ctx.lang, m.key, "errors.invalid", m.params);
  return m.row === null ? `${m.level}: ${text}` : `row ${m.row}, ${m.column ?? "?"}: ${m.level}: ${text}`;
}

/**
 * `beneficiaries import --company NAME --ref REF FILE`: the list of people a running or finished
 * program reached. Only keyed tokens of the NIKs are kept. Exit 0 when saved; 2 with every row
 * problem on stderr otherwise (one invalid NIK saves nothing unless --skip-invalid).
 */
export async function runBeneficiaryImport(ctx: CommandContext, file: string, flags: BeneficiaryImportFlags): Promise<number> {
  const t = createTranslator(ctx.lang);
  if (!flags.company || !flags.ref) {
    ctx.io.err("beneficiaries import needs --company NAME and --ref REF");
    return EXIT.usage;
  }
  let bytes: Uint8Array;
  try {
    if ((await stat(file)).size > MAX_IMPORT_BYTES) {
      ctx.io.err(`${path.basename(file)}: ${t("errors.fileTooLarge")}`);
      return EXIT.usage;
    }
    bytes = await readFile(file);
  } catch (err) {
    ctx.io.err(`Cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
    return EXIT.usage;
  }
  // Read before opening the database, so a missing or weak key stops the command with its message.
  const key = getBeneficiaryKey();
  const company = flags.company;
  const ref = flags.ref;
  return withDatabase(ctx.open, async (db) => {
    const program = await findProgramByRef(db, company, ref);
    if ("key" in program) {
      ctx.io.err(renderMessage(ctx, program));
      return EXIT.usage;
    }
    // Staff running the command act for the forum; the purpose is stated here as at upload.
    ctx.io.err(t("beneficiaries.purpose"));
    const filename = path.basename(file);
    const result = await importBeneficiaryList(db, { program, uploader: { kind: "cli" }, filename, bytes, skipInvalid: flags.skipInvalid, purposeAcknowledged: true, key });
    for (const m of result.messages) ctx.io.err(renderMessage(ctx, m));
    if (result.status !== "saved") {
      ctx.io.err(
        `${filename}: ${result.rowCount} rows, ${result.invalidRows} with an invalid NIK; nothing saved${result.invalidRows && !flags.skipInvalid ? " (--skip-invalid saves the other rows)" : ""}.`,
      );
      return EXIT.usage;
    }
    ctx.io.out(
      `Saved ${result.personCount} people for ${company} ${program.ref} from ${filename} (${result.rowCount} rows, ${result.duplicateRows} duplicate rows counted once, ${result.skippedRows} invalid rows left out).`,
    );
    return EXIT.ok;
  });
}

/**
 * `beneficiaries overlaps [--json]`: every pair of programs sharing at least one person, with the
 * exact count (staff only: dashboards and exports show counts below 5 as "<5"). The view is audited.
 */
export async function runBeneficiaryOverlaps(ctx: CommandContext, json: boolean): Promise<number> {
  return withDatabase(ctx.open, async (db) => {
    const pairs = await sharedCountsByProgramPair(db);
    await recordAudit(db, { actorId: null, action: "beneficiaries.overlaps_view", details: { via: "cli", pairs: pairs.length } });
    if (json) {
      ctx.io.out(JSON.stringify(pairs.map((p) => ({ a: { company: p.a.company, ref: p.a.ref }, b: { company: p.b.company, ref: p.b.ref }, shared: p.shared }))));
      return EXIT.ok;
    }
    if (pairs.length === 0) ctx.io.out("No two programs share a beneficiary.");
    for (const p of pairs) ctx.io.out(`${p.shared}\t${p.a.company} ${p.a.ref}\t${p.b.company} ${p.b.ref}`);
    return EXIT.ok;
  });
}

/**
 * `beneficiaries registry FILE [--skip-invalid]`: the DTSEN/DTKS registry (`nik,desil`), each NIK
 * hashed with the lists' key on the way in; replaces the stored registry. Exit 0 when saved, 2
 * with the row report otherwise.
 */
export async function runBeneficiaryRegistry(ctx: CommandContext, file: string, skipInvalid: boolean): Promise<number> {
  const t = createTranslator(ctx.lang);
  let bytes: Uint8Array;
  try {
    if ((await stat(file)).size > MAX_IMPORT_BYTES) {
      ctx.io.err(`${path.basename(file)}: ${t("errors.fileTooLarge")}`);
      return EXIT.usage;
    }
    bytes = await readFile(file);
  } catch (err) {
    ctx.io.err(`Cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
    return EXIT.usage;
  }
  const key = getBeneficiaryKey();
  return withDatabase(ctx.open, async (db) => {
    const filename = path.basename(file);
    const r = await importRegistry(db, { actorId: null, filename, bytes, skipInvalid, key });
    for (const m of r.messages) ctx.io.err(renderMessage(ctx, m));
    if (r.status !== "saved") {
      ctx.io.err(`${filename}: ${r.rowCount} rows, ${r.invalidRows} invalid; nothing saved${r.invalidRows && !skipInvalid ? " (--skip-invalid saves the other rows)" : ""}.`);
      return EXIT.usage;
    }
    ctx.io.out(`Registry saved: ${r.personCount} people from ${filename} (${r.rowCount} rows, ${r.duplicateRows} duplicates counted once, ${r.invalidRows} invalid rows left out).`);
    return EXIT.ok;
  });
}
