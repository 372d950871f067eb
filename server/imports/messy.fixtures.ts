// A CSR plan as a company keeps it, not as the template wants it: a title row above the table,
// Indonesian headers, a row of column numbers, section headings, the place over three columns
// with Kel./Kec./Kab. abbreviations and RT noise, words for target groups, "Rp 1,5 M" and
// "250 jt", months for periods, blanks, a duplicate ref, a row for another company, a typo in a
// sector, an ambiguous "Kampung Baru", and a JUMLAH line at the bottom.
import ExcelJS from "exceljs";

export const MESSY_HEADER = [
  "No",
  "Kode",
  "Nama Kegiatan",
  "Uraian",
  "Bidang",
  "Sasaran / Penerima Manfaat",
  "Lokasi / Desa",
  "Kecamatan",
  "Kabupaten/Kota",
  "Waktu Pelaksanaan",
  "Anggaran (Rp)",
  "Jumlah Penerima Manfaat (orang)",
  "Perusahaan",
  "Keterangan",
];

type Line = (string | number | null)[];


/** Data lines after the header; `section` lines are headings. Row numbers follow in the sheet (first data line is row 7). */
export const MESSY_LINES: Line[] = [
  ["A. BIDANG KESEHATAN"],
  [1, "ALFA-25-001", "Posyandu Lansia Sehat", "Pemeriksaan kesehatan rutin dan PMT bagi lansia di posyandu", null, "lansia", "Kel. Guntung", "Bontang Utara", "Kota Bontang", "Maret - Desember 2025", "Rp 150.000.000", "120 orang", null, null],
  [2, "ALFA-25-002", "PMT Balita Stunting", "Pemberian makanan tambahan lokal bagi balita stunting", "Kesehatan Masyarakat", "balita stunting", "Kampung Baru", null, null, 2025, "250 jt", 80, null, null],
  [3, "ALFA-25-003", "Pengobatan Gratis Warga Pesisir", "Pengobatan umum gratis bersama puskesmas", "Kesehatan", "masyarakat umum", "RT 03 Kel. Rawa Makmur", "Palaran", "Samarinda", "Juni 2025", "Rp 1,5 M", "± 500", null, null],
  [4, "ALFA-25-004", "Sunatan Massal", null, "Kesehatan", "anak laki-laki", "Kel. Lok Tuan", "Bontang Utara", "Kota Bontang", "01/07/2025 - 31/07/2025", null, null, null, null],
  ["B. BIDANG PENDIDIKAN"],
  [5, "ALFA-25-005", "Beasiswa Siswa Berprestasi", "Beasiswa bagi siswa SMA berprestasi dari keluarga kurang mampu", null, "pelajar SMA", "Desa Kaliorang", "Kaliorang", "Kutai Timur", 2025, "300.000.000", 50, null, null],
  [6, "ALFA-25-006", "Pelatihan Guru PAUD", "Pelatihan metode bermain untuk guru PAUD se-kecamatan", "Pendidikan", "guru PAUD", "Embalut", "Tenggarong Seberang", "Kab. Kutai Kartanegara", "Agustus 2025", "Rp 75.000.000,-", 40, null, null],
  [7, "ALFA-25-005", "Bantuan Seragam Sekolah", "Seragam dan sepatu bagi siswa SD dari keluarga prasejahtera", "Pendidikan", "siswa SD", "Kel. Bontang Baru", "Bontang Utara", "Bontang", 2025, "60.000.000", 150, null, null],
  [8, "ALFA-25-008", "Bantuan Buku Bacaan", "Buku bacaan anak untuk perpustakaan sekolah dasar", "Bidang Pendidikan", "murid SD", "Guntong", "Bontang Utara", "Bontang", 2025, "50 jt", 200, null, null],
  [9, "ALFA-25-009", "Renovasi Perpustakaan Sekolah", "Perbaikan ruang baca dan rak buku sekolah menengah", "Pndidikan", "siswa", "Kel. Bontang Baru", "Bontang Utara", "Bontang", 2025, "100 jt", 300, null, null],
  ["C. BIDANG EKONOMI"],
  [10, "ALFA-25-010", "Pelatihan UMKM Kuliner", "Pelatihan pengolahan dan pemasaran produk kuliner lokal", "Ekonomi/UMKM", "pelaku UMKM", "Kel. Tanjung Laut", "Bontang Selatan", "Bontang", "Mei - Agustus 2025", "Rp 200.000.000", 60, null, null],
  [11, "ALFA-25-011", "Budidaya Rumput Laut", "Bibit dan pendampingan budidaya rumput laut bagi nelayan", "Ekonomi", "nelayan", "Kel. Bontang Kuala", "Bontang Utara", "Bontang", 2025, "1.250.000.000", "100 KK", null, null],
  [12, "ALFA-25-012", "Bantuan Modal Usaha Mandiri", "Modal usaha bergulir dan pendampingan pembukuan sederhana", "Ekonomi", "warga binaan lapas", "Kel. Api-api", "Bontang Utara", "Bontang", 2025, "80.000.000", 25, null, null],
  [13, "BETA-25-001", "Kebun Plasma Sawit", "Pendampingan kebun plasma bagi petani sawit sekitar", "Ekonomi", "petani sawit", "Kel. Guntung", "Bontang Utara", "Bontang", 2025, "500 jt", 100, "PT Beta Sawit", null],
  ["D. SOSIAL, LINGKUNGAN, INFRASTRUKTUR"],
  [14, "ALFA-25-014", "Pasar Murah Ramadan", "Penjualan sembako bersubsidi menjelang hari raya", "Sosial", null, "Kel. Gunung Elai", "Bontang Utara", "Bontang", "April 2025", "40.000.000", 500, null, null],
  [15, "ALFA-25-015", "Bersih Pantai dan Bank Sampah", "Aksi bersih pantai bulanan dan pembentukan bank sampah", "Lingkungan Hidup", "masyarakat pesisir", "Kel. Berbas Pantai", "Bontang Selatan", "Bontang", 2025, "120.000.000", 500, null, null],
  [16, "ALFA-25-016", "Penanaman Mangrove", "Penanaman bibit mangrove di sepanjang pesisir", "Lingkungan", "kelompok tani hutan", "Xyzabc", null, null, 2025, "70.000.000", 40, null, null],
  [17, "ALFA-25-017", "Jalan Usaha Tani", "Pengerasan jalan usaha tani sepanjang dua kilometer", "Infrastruktur", "petani", "Desa Kaliorang", "Kaliorang", "Kutai Timur", 2025, "Rp 2,5 M", 300, null, null],
  [18, "ALFA-25-018", "Sumur Bor Air Bersih", "Pembangunan sumur bor dan tandon air bersih", "Sarana Prasarana", "warga", "Kel. Satimpo", "Bontang Selatan", "Bontang", "Oktober 2025", "45.000.000", 150, null, null],
  [19, "ALFA-25-019", "Tanggap Darurat Banjir", "Dapur umum dan paket logistik bagi warga terdampak banjir", "Bencana", "korban banjir", "Kel. Gunung Elai", "Bontang Utara", "Bontang", "Januari 2025", "60 jt", 400, null, null],
  [20, "ALFA-25-020", "Santunan Anak Yatim", "Santunan dan perlengkapan sekolah bagi anak yatim", "Sosial", "anak yatim", "Kel. Belimbing", "Bontang Barat", "Bontang", "April 2025", "30.000.000", 100, null, null],
  [21, "ALFA-25-021", "Khitanan dan Cek Kesehatan", "Khitanan massal dan pemeriksaan kesehatan anak", "Kesehatan", "anak", "Kel. Kanaan", "Bontang Barat", "Bontang", "31/02/2025", "25.000.000", 60, null, null],
  [22, "ALFA-25-022", "Bantuan Alat Tangkap", "Jaring dan perahu ketinting bagi nelayan kecil", "Ekonomi", "nelayan kecil", "Kel. Tanjung Laut Indah", "Bontang Selatan", "Bontang", 2025, "1,5", 30, null, null],
  [23, "ALFA-25-023", "Turnamen Sepak Bola Pemuda", "Turnamen antar kelurahan untuk pemuda", "Lain-lain", "pemuda", "Kel. Berbas Tengah", "Bontang Selatan", "Bontang", 2025, "35.000.000", 300, null, null],
  [24, null, "Festival Budaya Pesisir", "Festival seni dan budaya pesisir bersama sanggar remaja", "Sosial", "remaja", "Kel. Tanjung Laut Indah", "Bontang Selatan", "Bontang", 2025, "90.000.000", 200, null, null],
  [25, "ALFA-25-025", "Posyandu Remaja Putri", "Tablet tambah darah dan penyuluhan gizi remaja putri", "Kesehatan", "remaja putri", "Kel. Kanaan", "Bontang Barat", "Bontang", 2025, "40 jt", 60, null, null],
  [26, "ALFA-25-026", "Kampung KB Sejahtera", "Penyuluhan keluarga berencana dan posyandu balita", "Kesehatan", "pasangan usia subur", "Kampung Baru", "Penajam", "Penajam Paser Utara", 2025, "55.000.000", 120, null, null],
  [27, "ALFA-25-027", "PMT", "PMT", "Kesehatan", "balita", "Kel. Guntung", "Bontang Utara", "Bontang", 2025, "10.000.000", 30, null, null],
  [28, "ALFA-25-028", "Pelatihan Menjahit", "Pelatihan menjahit dan bantuan mesin jahit", "Ekonomi", "ibu rumah tangga", "Kel. Gunung Telihan", "Bontang Barat", "Bontang", 2025, "35 jt", 30, null, "Dana sharing dengan Pemkot"],
  [29, "ALFA-25-029", "Rehab Gedung Sekolah", "Rehabilitasi dua ruang kelas sekolah dasar negeri", "Pendidikan", "siswa SD", "Kel. Berbas Tengah", "Bontang Selatan", "Bontang", "2025-2026", "500 jt", 400, null, null],
  [30, "ALFA-25-030", "Bedah Rumah Warga", "Perbaikan rumah tidak layak huni bagi warga miskin", "Sosial", "keluarga miskin", "Kel. Bontang Lestari", "Bontang Selatan", "Bontang", "Jan s/d Des 2025", "Rp 300 juta", 10, null, null],
  [31, "ALFA-25-031", "Donor Darah Bersama", "Donor darah bersama PMI setiap tiga bulan", "Kesehatan", "karyawan dan warga", "Kel. Bontang Baru", "Bontang Utara", "Bontang", "Desember - Maret 2025", "15.000.000", 200, null, null],
  [32, "ALFA-25-032", "Pelatihan Komputer Pemuda", "Kursus komputer dasar untuk pemuda putus sekolah", "Pendidikan", "pemuda putus sekolah", "Kel. Lok Tuan", "Bontang Utara", "Bontang", 2025, "-", "belum ada", null, null],
  [null, null, null, null, null, null, null, null, "JUMLAH", null, 7_000_000_000, 5_000, null, null],
];

/** The sheet row of the n-th data line (the first line, a heading, is row 7). */
export const MESSY_FIRST_LINE_ROW = 7;
export const rowOfRef = (ref: string, nth = 0): number => {
  const hits = MESSY_LINES.flatMap((l, i) => (l[1] === ref ? [MESSY_FIRST_LINE_ROW + i] : []));
  const row = hits[nth];
  if (row === undefined) throw new Error(`no line with ref ${ref}`);
  return row;
};
export const rowOfTitle = (title: string): number => MESSY_FIRST_LINE_ROW + MESSY_LINES.findIndex((l) => l[2] === title);

/** The messy plan as an XLSX file: a merged title over the table, a blank row, the header, column numbers. */
export async function buildMessyXlsx(lines: Line[] = MESSY_LINES, title = "DAFTAR PROGRAM CSR PT ALFA TAMBANG TAHUN 2025"): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Rencana 2025");
  ws.addRow([title]);
  ws.mergeCells(1, 1, 1, MESSY_HEADER.length);
  ws.addRow(["Kota Bontang dan sekitarnya"]);
  ws.addRow([]);
  ws.addRow(MESSY_HEADER);
  ws.addRow(MESSY_HEADER.map((_, i) => `(${i + 1})`));
  ws.addRow([]);
  for (const line of lines) {
    const row = ws.addRow(line);
    if (line.length === 1) ws.mergeCells(row.number, 1, row.number, MESSY_HEADER.length);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export const upload = (bytes: Uint8Array, filename = "Rencana CSR 2025.xlsx") => ({ filename, contentBase64: Buffer.from(bytes).toString("base64") });
