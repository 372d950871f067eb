import "server-only";
import type { Sector } from "@/lib/enums";
import type { TargetTerm } from "@/lib/target-groups/infer";
import type { DbOrTx } from "@/db/client";
import { loadPlaceIndex } from "@/server/places/place-index";
import type { PlaceIndex } from "@/server/places/resolve";
import { loadThesaurus } from "@/server/overlaps/thesaurus.service";
import type { Thesaurus } from "@/server/overlaps/thesaurus";
import { getHomeProvince } from "@/server/settings/settings.queries";
import { loadTargetTerms } from "@/server/target-groups/target-groups.service";
import type { Cell, SheetRow } from "./cells";
import type { Importer } from "./importer";
import { normalizeCompanyName } from "./imports.queries";
import { checkRows, fileCompanyOf, type CheckedRow } from "./preview-checks";
import { readPreviewSheet, type ReadPreview } from "./preview-read";
import type { ReadRow } from "./row-read";

/** What reading and checking rows needs, loaded once per file (the place index once per process). */
export interface EngineContext {
  places: PlaceIndex;
  within: string[];
  terms: readonly TargetTerm[];
  thesaurus: Thesaurus;
}

export async function loadEngineContext(db: DbOrTx): Promise<EngineContext> {
  const [places, home, thesaurus, terms] = await Promise.all([loadPlaceIndex(db), getHomeProvince(db), loadThesaurus(db), loadTargetTerms(db)]);
  return { places, within: [home], terms, thesaurus };
}

/** Rows of one company share refs; the key groups them (one company for an officer's file). */
export function companyKeyFor(importer: Importer, defaultCompany: string | null = null) {
  const own = fileCompanyOf(importer);
  return (r: Pick<ReadRow, "companyText">) => (own ? own.id : normalizeCompanyName(r.companyText || defaultCompany || ""));
}

export interface CheckedSheetRow {
  checked: CheckedRow;
  cells: Cell[];
  section: Sector | null;
}

/** Rows checked against the database per statement batch: a few queries per 500 rows. */
export const CHECK_BATCH = 500;

export interface ReadOptions {
  /** The command line's --company: the company of rows that name none. */
  defaultCompany?: string | null;
  /** A resumed job: rows up to this one are stored already. */
  afterRow?: number;
  /** Called after each batch, with the rows checked so far and in all. */
  onBatch?: (rows: CheckedSheetRow[], done: number, total: number) => Promise<void>;
}

/**
 * The import engine, shared by the preview, its job and the command line: reads the sheet
 * (header, columns, each row, refs over the whole file), then checks the rows against the
 * database in batches. Returns what was read and the checked rows (those after `afterRow`).
 */
export async function readAndCheck(
  db: DbOrTx,
  importer: Importer,
  sheet: SheetRow[],
  ctx: EngineContext,
  opts: ReadOptions = {},
): Promise<{ read: ReadPreview; rows: CheckedSheetRow[] }> {
  const read = readPreviewSheet(sheet, { places: ctx.places, within: ctx.within, terms: ctx.terms }, companyKeyFor(importer, opts.defaultCompany));
  const todo = read.rows.filter((r) => r.read.preview.row > (opts.afterRow ?? 0));
  const out: CheckedSheetRow[] = [];
  let done = read.rows.length - todo.length;
  for (let i = 0; i < todo.length; i += CHECK_BATCH) {
    const batch = todo.slice(i, i + CHECK_BATCH);
    const checked = await checkRows(
      db,
      importer,
      batch.map((r) => r.read),
      { places: ctx.places, thesaurus: ctx.thesaurus, defaultCompany: opts.defaultCompany },
    );
    const rows = checked.map((c, k) => ({ checked: c, cells: batch[k]?.cells ?? [], section: batch[k]?.section ?? null }));
    out.push(...rows);
    done += batch.length;
    await opts.onBatch?.(rows, done, read.rows.length);
  }
  return { read, rows: out };
}
