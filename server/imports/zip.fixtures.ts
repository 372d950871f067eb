// Hand-made ZIP and XLSX files for the reader's tests, hostile ones included: entries may declare
// any size, and a huge repetitive part is deflated piece by piece, never held whole in memory.
import { constants, createDeflateRaw, deflateRawSync } from "node:zlib";

export interface FixtureEntry {
  name: string;
  /** Deflated bytes (method 8), or the text to deflate. */
  data: Uint8Array | string;
  /** The real unpacked size; needed when `data` is already deflated. */
  size?: number;
  /** What the directory claims the entry unpacks to, when it should lie. */
  declaredSize?: number;
}

interface Packed {
  name: Uint8Array;
  deflated: Uint8Array;
  declared: number;
}

/** A ZIP archive in the usual layout: local headers and data, then the central directory (CRCs left 0). */
export function buildZip(entries: FixtureEntry[]): Uint8Array {
  const packed: Packed[] = entries.map((e) => {
    const raw = typeof e.data === "string" ? Buffer.from(e.data) : null;
    const deflated = raw ? deflateRawSync(raw) : (e.data as Uint8Array);
    const size = raw ? raw.length : (e.size ?? 0);
    return { name: Buffer.from(e.name), deflated, declared: e.declaredSize ?? size };
  });
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of packed) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.deflated.length, 18);
    local.writeUInt32LE(p.declared, 22);
    local.writeUInt16LE(p.name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(p.deflated.length, 20);
    dir.writeUInt32LE(p.declared, 24);
    dir.writeUInt16LE(p.name.length, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(local, Buffer.from(p.name), Buffer.from(p.deflated));
    central.push(dir, Buffer.from(p.name));
    offset += 30 + p.name.length + p.deflated.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(packed.length, 8);
  end.writeUInt16LE(packed.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, directory, end]));
}

/** `head`, then `unit` `count` times, then `tail`, deflated as a stream: 3M rows cost a few MB of memory. */
export async function deflateRepeated(head: string, unit: string, count: number, tail: string) {
  const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const out: Buffer[] = [];
  deflate.on("data", (c: Buffer) => out.push(c));
  const done = new Promise<void>((resolve, reject) => deflate.on("end", resolve).on("error", reject));
  const write = (s: string | Buffer) =>
    new Promise<void>((resolve) => {
      if (deflate.write(s)) resolve();
      else deflate.once("drain", () => resolve());
    });
  const batch = Buffer.from(unit.repeat(10_000));
  await write(head);
  for (let left = count; left > 0; left -= 10_000) await write(left >= 10_000 ? batch : unit.repeat(left));
  await write(tail);
  deflate.end();
  await done;
  const size = Buffer.byteLength(head) + Buffer.byteLength(unit) * count + Buffer.byteLength(tail);
  return { deflated: new Uint8Array(Buffer.concat(out)), size };
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}"><sheetData>`;
export const SHEET_TAIL = "</sheetData></worksheet>";

/** The parts around a first sheet `xl/worksheets/sheet1.xml`, which the caller supplies. */
export function workbookParts(opts: { sharedStrings?: string; styles?: string; date1904?: boolean } = {}): FixtureEntry[] {
  const rels = [
    `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>`,
    opts.sharedStrings ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : "",
    opts.styles ? `<Relationship Id="rId3" Type="${REL}/styles" Target="/xl/styles.xml"/>` : "",
  ].join("");
  const parts: FixtureEntry[] = [
    {
      name: "xl/workbook.xml",
      data: `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${opts.date1904 ? '<workbookPr date1904="1"/>' : ""}<sheets><sheet name="Program" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
    },
  ];
  if (opts.sharedStrings) parts.push({ name: "xl/sharedStrings.xml", data: `<sst xmlns="${MAIN}">${opts.sharedStrings}</sst>` });
  if (opts.styles) parts.push({ name: "xl/styles.xml", data: `<styleSheet xmlns="${MAIN}">${opts.styles}</styleSheet>` });
  return parts;
}

/** A small XLSX file whose first sheet holds `rowsXml` (the inside of `<sheetData>`). */
export function buildXlsx(rowsXml: string, opts: Parameters<typeof workbookParts>[0] = {}): Uint8Array {
  return buildZip([...workbookParts(opts), { name: "xl/worksheets/sheet1.xml", data: SHEET_HEAD + rowsXml + SHEET_TAIL }]);
}
