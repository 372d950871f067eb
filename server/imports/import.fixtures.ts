// Spreadsheet rows for the import tests: a supplementary-feeding (PMT) program in Rawa Makmur,
// Samarinda, that two rows with different refs repeat closely enough to be flagged.
import { AREAS } from "@/server/test/fixtures";

export const ID_HEADER =
  "kode_program;perusahaan;judul;deskripsi;sektor;kelompok_sasaran;lokasi;tanggal_mulai;tanggal_selesai;anggaran_rp;penerima_manfaat";
const PMT = "PMT lokal bagi balita gizi kurang di posyandu Kelurahan Rawa Makmur selama sepuluh bulan";

/** One `;`-separated row with Indonesian labels and a dotted budget; fields override the PMT program. */
export function pmtRow(ref: string, f: Partial<Record<"company" | "title" | "sector" | "locations" | "start", string>> = {}) {
  const title = f.title ?? "Pemberian Makanan Tambahan Balita Rawa Makmur";
  const cells = [ref, f.company ?? "", title, PMT, f.sector ?? "Kesehatan", "Anak dan balita", f.locations ?? AREAS.samarindaWard];
  return [...cells, f.start ?? "2026-02-01", "2026-11-30", "250.000.000", "120"].join(";");
}

/** The upload of a CSV file with the Indonesian header and these rows, CRLF-separated. */
export const csvUpload = (...rows: string[]) => ({
  filename: "rencana.csv",
  contentBase64: Buffer.from([ID_HEADER, ...rows].join("\r\n")).toString("base64"),
});
