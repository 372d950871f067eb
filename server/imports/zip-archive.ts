import "server-only";
import { createInflateRaw } from "node:zlib";
import { ImportFileError } from "./import-errors";
import { MAX_UNPACKED_BYTES } from "./imports.schemas";

/**
 * The ZIP container of an XLSX file, read from its central directory before anything is inflated.
 * Written here rather than borrowed: the zip libraries in node_modules either inflate whole entries
 * into memory at the size the archive declares (jszip, fflate), or are untyped and trust the local
 * headers of a stream (unzipper, which exceljs's streaming reader uses); none lets us refuse an
 * archive on its declared sizes first and then cap what each entry really inflates to.
 */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipLimits {
  /** Declared unpacked size of all entries together. */
  maxUnpackedBytes: number;
  maxEntries: number;
  /** Unpacked ÷ packed beyond which an entry is a bomb, not a spreadsheet (XML deflates about 10:1). */
  maxRatio: number;
  /** Entries smaller than this may be as compressible as they like (a blank sheet). */
  ratioFloorBytes: number;
}

export const ZIP_LIMITS: ZipLimits = {
  maxUnpackedBytes: MAX_UNPACKED_BYTES,
  maxEntries: 1000,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
};

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** An archive inside the workbook is never read, and only ever there to multiply work. */
const NESTED_ARCHIVE = /\.(zip|xlsx|xlsm|xlsb|xls|docx|pptx|odt|ods|jar|gz|tgz|bz2|xz|7z|rar|cab)$/i;

const INFLATE_SLICE = 4096;

const unreadable = () => new ImportFileError("errors.fileUnreadable");
const tooLarge = () => new ImportFileError("errors.fileUnpackedTooLarge");

function findEndOfDirectory(view: DataView): number {
  // The end record is 22 bytes plus a comment of at most 65,535.
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= stop; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw unreadable();
}

/** Lists the entries of a ZIP file from its central directory; nothing is inflated. */
export function readZipDirectory(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 22) throw unreadable();
  const end = findEndOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  // ZIP64 markers: a spreadsheet within our upload limit never needs them.
  if (count === 0xffff || offset === 0xffffffff) throw unreadable();
  if (count > limits.maxEntries) throw new ImportFileError("errors.fileArchiveParts");
  const decoder = new TextDecoder("utf-8");
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== CENTRAL) throw unreadable();
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (at + 46 + skip > bytes.byteLength) throw unreadable();
    // Encrypted entries (bit 0) cannot be read without a password.
    if (flags & 1) throw unreadable();
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + skip;
  }
  return entries;
}

/**
 * Refuses an archive on what its directory declares: too many entries, more unpacked bytes than
 * the limit, an absurd compression ratio, or an archive nested inside it.
 */
export function checkZipEntries(entries: ZipEntry[], limits: ZipLimits = ZIP_LIMITS): void {
  if (entries.length > limits.maxEntries) throw new ImportFileError("errors.fileArchiveParts");
  let total = 0;
  for (const e of entries) {
    if (NESTED_ARCHIVE.test(e.name)) throw new ImportFileError("errors.fileArchiveParts");
    if (e.uncompressedSize === 0xffffffff || e.compressedSize === 0xffffffff) throw unreadable();
    total += e.uncompressedSize;
    if (total > limits.maxUnpackedBytes) throw tooLarge();
    if (e.uncompressedSize > limits.ratioFloorBytes && e.uncompressedSize > e.compressedSize * limits.maxRatio) throw tooLarge();
  }
}

function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL) throw unreadable();
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.byteLength) throw unreadable();
  return bytes.subarray(start, end);
}

/**
 * The unpacked bytes of one entry, chunk by chunk. Inflation stops, and the file is refused, as
 * soon as the entry yields more than its directory declared (checked against the limits before),
 * so a lying header costs no more than an honest one. A consumer that stops early stops the work.
 */
export async function* inflateZipEntry(bytes: Uint8Array, entry: ZipEntry): AsyncGenerator<Uint8Array> {
  const data = entryData(bytes, entry);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize) throw unreadable();
    for (let at = 0; at < data.length; at += 64 * 1024) yield data.subarray(at, at + 64 * 1024);
    return;
  }
  if (entry.method !== 8) throw unreadable();
  // Fed a little at a time: zlib turns a whole written chunk into output before it looks at
  // backpressure, and 4 KB of deflate cannot unpack to more than about 4 MB.
  const inflate = createInflateRaw();
  const out: Buffer[] = [];
  let failure: Error | null = null;
  inflate.on("data", (chunk: Buffer) => out.push(chunk));
  const ended = new Promise<void>((resolve) => {
    inflate.once("end", resolve);
    inflate.once("close", resolve);
    inflate.on("error", (err) => {
      failure ??= err;
      resolve();
    });
  });
  const write = (slice: Uint8Array) => new Promise<void>((resolve) => inflate.write(slice, () => resolve()));
  let produced = 0;
  function* drain() {
    if (failure) throw unreadable(); // a broken deflate stream
    for (let chunk = out.shift(); chunk; chunk = out.shift()) {
      produced += chunk.length;
      if (produced > entry.uncompressedSize) throw tooLarge();
      yield chunk;
    }
  }
  try {
    for (let at = 0; at < data.length; at += INFLATE_SLICE) {
      await Promise.race([write(data.subarray(at, at + INFLATE_SLICE)), ended]);
      yield* drain();
    }
    inflate.end();
    await ended;
    yield* drain();
  } finally {
    inflate.destroy();
  }
}

/** The entry with this exact name, if the archive holds one. */
export function findZipEntry(entries: ZipEntry[], name: string): ZipEntry | undefined {
  return entries.find((e) => e.name === name);
}
