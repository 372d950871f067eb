import "server-only";
import { ImportFileError } from "./import-errors";
import type { SheetLimits } from "./sheet-limits";
import { parseXmlStream } from "./xml-stream";

/** The bytes of one part of the workbook, as they are unpacked. */
export type PartChunks = AsyncIterable<Uint8Array>;

export interface Relationship {
  type: string;
  /** The part's path inside the archive, such as `xl/worksheets/sheet1.xml`. */
  path: string;
}

/** `worksheets/sheet1.xml` relative to `xl/`, or `/xl/worksheets/sheet1.xml` from the root. */
export function resolvePartPath(base: string, target: string): string {
  const parts = target.startsWith("/") ? [] : base.split("/").filter(Boolean);
  for (const p of target.split("/")) {
    if (p === "..") parts.pop();
    else if (p && p !== ".") parts.push(p);
  }
  return parts.join("/");
}

/** The relationships of a part, by id. */
export async function readRelationships(chunks: PartChunks, base: string): Promise<Map<string, Relationship>> {
  const rels = new Map<string, Relationship>();
  await parseXmlStream(chunks, {
    open(name, a) {
      if (name === "Relationship" && a.Id && a.Target && a.TargetMode !== "External") {
        rels.set(a.Id, { type: a.Type ?? "", path: resolvePartPath(base, a.Target) });
      }
    },
  });
  return rels;
}

export interface WorkbookInfo {
  /** Relationship ids of the sheets, in the order the workbook shows their tabs. */
  sheetIds: string[];
  /** The same sheets' tab names and whether they are hidden (`state="hidden"` or `"veryHidden"`). */
  sheets: { id: string; name: string; hidden: boolean }[];
  /** Mac Excel's old day count, which starts in 1904. */
  date1904: boolean;
}

export async function readWorkbook(chunks: PartChunks): Promise<WorkbookInfo> {
  const info: WorkbookInfo = { sheetIds: [], sheets: [], date1904: false };
  await parseXmlStream(chunks, {
    open(name, a) {
      if (name === "workbookPr") info.date1904 = a.date1904 === "1" || a.date1904 === "true";
      if (name !== "sheet") return;
      // The id attribute lives in the relationships namespace, whatever prefix the writer chose.
      const id = Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1];
      if (!id) return;
      info.sheetIds.push(id);
      info.sheets.push({ id, name: a.name ?? "", hidden: a.state === "hidden" || a.state === "veryHidden" });
    },
  });
  return info;
}

/** Built-in formats (ECMA-376 §18.8.30) that exceljs reads as dates: 14–22 and 45–47. */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
/** Built-in `0%` and `0.00%`. */
const BUILT_IN_PERCENT_FORMATS = new Set([9, 10]);

/** exceljs's test for a date format: a date or time letter outside quotes and brackets. */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/**
 * Whether a format shows its number times 100 with a `%`: a `%` outside quotes and brackets that
 * is not escaped (`\%`), a padding (`_%`) or a fill (`*%`), all of which print the sign without scaling.
 */
export function isPercentFormat(code: string): boolean {
  return /%/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "").replace(/[\\_*]./g, ""));
}

/** How a cell style shows a number: as a date, as a percent, or as it is. */
export type NumberStyle = "date" | "percent" | null;

/** For each cell style (the `s` of a cell), whether its number format shows a date or a percent. */
export async function readNumberStyles(chunks: PartChunks): Promise<NumberStyle[]> {
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  await parseXmlStream(chunks, {
    open(name, a) {
      if (name === "numFmt") custom.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) formatIds.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return formatIds.map((id) => {
    // Format 0 is General, whatever a custom entry says (as exceljs reads it).
    if (!id) return null;
    const code = custom.get(id);
    if (code === undefined) return BUILT_IN_DATE_FORMATS.has(id) ? "date" : BUILT_IN_PERCENT_FORMATS.has(id) ? "percent" : null;
    return isDateFormat(code) ? "date" : isPercentFormat(code) ? "percent" : null;
  });
}

/**
 * A percent cell as the text it shows, `0.0881` → `8.81%` (15 significant digits, as Excel
 * displays, so no float dust). Text and not a scaled number: the `%` keeps the meaning with the
 * value. A CSV saved from the same sheet holds the same text, so both formats read alike; the
 * indicator import reads `8.81%` as 8.81, and a percent-styled budget or date in a program sheet
 * is refused as not an amount instead of silently becoming a hundred times larger.
 */
export function formatPercentCell(n: number): string {
  return `${Number((n * 100).toPrecision(15))}%`;
}

/**
 * The table of strings cells refer to by index; rich text runs joined into their plain text,
 * phonetic guides (`rPh`) left out. Refused beyond the limit, since each costs memory.
 */
export async function readSharedStrings(chunks: PartChunks, limits: SheetLimits): Promise<string[]> {
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  await parseXmlStream(chunks, {
    open(name) {
      if (name === "si") {
        if (strings.length >= limits.maxSharedStrings) throw new ImportFileError("errors.fileUnpackedTooLarge");
        current = "";
      } else if (name === "rPh") phonetic++;
      else if (name === "t" && !phonetic) inText = true;
    },
    text(text) {
      if (inText && current !== null) current += text;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") {
        strings.push(current ?? "");
        current = null;
      }
    },
  });
  return strings;
}

/** A serial day number as the instant exceljs gives for it: the UTC midnight of that date (plus the time of day). */
export function excelSerialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}
