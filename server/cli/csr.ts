import "server-only";
import { parseArgs } from "node:util";
import { isLocale } from "@/lib/i18n/translate";
import { EXIT, type CliIo, type OpenDatabase } from "./cli-io";
import { runImportCommand } from "./import.command";
import { runOverlapsCommand } from "./overlaps.command";
import { runRescanCommand } from "./rescan.command";
import { runSendEmailsCommand } from "./send-emails.command";

export const USAGE = `Sinergi CSR command line (uses PGLITE_DIR or DATABASE_URL, like the app)

  npm run csr -- import FILE          import programs from a CSV or XLSX file, submit them and check them for overlaps
  npm run csr -- overlaps [--json]    list every open overlap flag (--json: a JSON array on stdout, nothing else)
  npm run csr -- rescan               compare all programs again and bring the flags up to date
  npm run csr -- send-emails          send pending notification e-mail and retry failed ones (needs SMTP_HOST)
  npm run csr -- help                 this text

Options:
  --lang id|en   language of messages and overlap reasons (default: id)

Import header: ref,company,title,description,sector,target_group,locations,start_date,end_date,budget_idr,beneficiaries
(Indonesian headers such as kode_program, perusahaan, judul, sektor, lokasi, tanggal_mulai work too.)

Exit codes: 0 ok, 1 failure, 2 bad usage or an invalid file (every row error is printed to stderr).`;

function parseCsrArgs(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: "boolean", default: false }, lang: { type: "string", default: "id" }, help: { type: "boolean", short: "h" } },
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
  if (command === "import" && rest.length === 1 && rest[0]) return runImportCommand(ctx, rest[0]);
  if (command === "overlaps" && rest.length === 0) return runOverlapsCommand(ctx, values.json);
  if (command === "rescan" && rest.length === 0) return runRescanCommand(ctx);
  if (command === "send-emails" && rest.length === 0) return runSendEmailsCommand(ctx);
  io.err(`${command ? `Unknown command or arguments: ${args.join(" ")}` : "No command given."}\n\n${USAGE}`);
  return EXIT.usage;
}
