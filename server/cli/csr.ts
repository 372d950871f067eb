import "server-only";
import { parseArgs } from "node:util";
import { isLocale } from "@/lib/i18n/translate";
import { EXIT, type CliIo, type OpenDatabase } from "./cli-io";
import { runBeneficiaryImport, runBeneficiaryOverlaps } from "./beneficiaries.command";
import { runImportCommand } from "./import.command";
import { runImportGovernmentCommand } from "./import-government.command";
import { runOverlapsCommand } from "./overlaps.command";
import { runRescanCommand } from "./rescan.command";
import { runSendEmailsCommand } from "./send-emails.command";

export const USAGE = `Sinergi CSR command line (uses PGLITE_DIR or DATABASE_URL, like the app)

  npm run csr -- import FILE [--dry-run] [--json] [--drafts] [--skip-invalid] [--company NAME]
                                      import programs from a CSV or XLSX file as companies keep them (title rows,
                                      Indonesian headers, place names, "Rp 1,5 M"), submit them and check them for overlaps.
                                      --dry-run saves nothing; --drafts saves drafts instead of submitting (the default);
                                      --skip-invalid imports the rows without problems and reports the others (without it,
                                      one row with an error or an ambiguous place refuses the file: nothing is guessed);
                                      --company names the company of rows whose company column is blank;
                                      --json prints {"imported": N, "rows": [...]} on stdout and nothing else
  npm run csr -- import-government FILE [--dry-run] [--json] [--skip-invalid]
                                      import government activities (APBN, APBD, APBDes) as reference data; header
                                      ref,agency,funding,title,description,sector,target_group,locations,start_date,end_date,
                                      budget_idr,beneficiaries plus optional source_name,source_date,program_code,program_name,
                                      kegiatan_code,kegiatan_name,sub_kegiatan_code,sub_kegiatan_name. funding: apbn |
                                      apbd_province | apbd_regency | apbdes | other, or "APBD Prov", "APBD Kab/Kota", "Dana Desa"...
                                      The same file again updates by (agency, ref). Other columns read as in import.
  npm run csr -- overlaps [--json]    list every open overlap flag (--json: a JSON array on stdout, nothing else;
                                      each pair carries "cluster": the id of its cluster of 3+ programs, or null)
  npm run csr -- rescan               compare all programs again and bring the flags up to date
  npm run csr -- send-emails          send pending notification e-mail and retry failed ones (needs SMTP_HOST)
  npm run csr -- beneficiaries import --company NAME --ref REF FILE [--skip-invalid]
                                      the people a running or finished program reached (header nik,name plus optional
                                      kk,village; or NIK, Nama, No KK, Desa/Kelurahan). Only a keyed token of each NIK is
                                      kept (key: BENEFICIARY_KEY). One invalid NIK saves nothing unless --skip-invalid.
  npm run csr -- beneficiaries overlaps [--json]
                                      pairs of programs sharing people, exact counts (--json: a JSON array on stdout,
                                      [{"a":{"company","ref"},"b":{"company","ref"},"shared":N}], nothing else)
  npm run csr -- help                 this text

Options:
  --lang id|en   language of messages and overlap reasons (default: id)

Import columns: ref,company,title,description,sector,target_group,locations,start_date,end_date,budget_idr,beneficiaries
(or as people write them: Kode, Perusahaan, Nama Program/Kegiatan, Uraian, Sektor/Bidang, Sasaran, Lokasi or
Desa/Kelurahan + Kecamatan + Kabupaten/Kota, Tanggal Mulai/Selesai or Tahun or Periode, Anggaran (Rp), Jumlah Penerima).

Exit codes: 0 ok (import: imported, or a dry run without errors), 1 failure,
2 bad usage or an invalid file (every row problem is printed to stderr).`;

function parseCsrArgs(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      lang: { type: "string", default: "id" },
      help: { type: "boolean", short: "h" },
      "dry-run": { type: "boolean", default: false },
      drafts: { type: "boolean", default: false },
      "skip-invalid": { type: "boolean", default: false },
      company: { type: "string" },
      ref: { type: "string" },
    },
  });
}

/** Runs one `csr` command; returns the process exit code. */
export async function runCsr(args: string[], io: CliIo, open: OpenDatabase): Promise<number> {
  let parsed: ReturnType<typeof parseCsrArgs>;
  try {
    parsed = parseCsrArgs(args);
  } catch (err) {
    io.err(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (!isLocale(values.lang)) {
    io.err(`--lang must be id or en\n\n${USAGE}`);
    return EXIT.usage;
  }
  const ctx = { io, lang: values.lang, open };
  if (values.help || command === "help") {
    io.out(USAGE);
    return EXIT.ok;
  }
  if (command === "import" && rest.length === 1 && rest[0]) {
    return runImportCommand(ctx, rest[0], {
      dryRun: values["dry-run"],
      json: values.json,
      drafts: values.drafts,
      skipInvalid: values["skip-invalid"],
      company: values.company?.trim() || null,
    });
  }
  if (command === "import-government" && rest.length === 1 && rest[0]) {
    return runImportGovernmentCommand(ctx, rest[0], { dryRun: values["dry-run"], json: values.json, skipInvalid: values["skip-invalid"] });
  }
  if (command === "beneficiaries" && rest[0] === "import" && rest.length === 2 && rest[1]) {
    return runBeneficiaryImport(ctx, rest[1], { company: values.company?.trim() || null, ref: values.ref?.trim() || null, skipInvalid: values["skip-invalid"] });
  }
  if (command === "beneficiaries" && rest[0] === "overlaps" && rest.length === 1) return runBeneficiaryOverlaps(ctx, values.json);
  if (command === "overlaps" && rest.length === 0) return runOverlapsCommand(ctx, values.json);
  if (command === "rescan" && rest.length === 0) return runRescanCommand(ctx);
  if (command === "send-emails" && rest.length === 0) return runSendEmailsCommand(ctx);
  io.err(`${command ? `Unknown command or arguments: ${args.join(" ")}` : "No command given."}\n\n${USAGE}`);
  return EXIT.usage;
}
