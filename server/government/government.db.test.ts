import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execute } from "@/db/client";
import { auditLog, governmentActivities, programAreas, programs } from "@/db/schema";
import { resolveViewer, type StaffViewer } from "@/server/auth/viewer";
import { EXIT } from "@/server/cli/cli-io";
import { runCsr } from "@/server/cli/csr";
import { runImportGovernmentCommand, type ImportGovernmentFlags } from "@/server/cli/import-government.command";
import { createTestDatabase } from "@/server/test/harness";
import { AREAS, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { importGovernmentActivities } from "./government.import";
import { activitiesInAreas, getActivity, listActivities } from "./government.queries";
import { createActivity, deleteActivity, updateActivity } from "./government.service";
import type { CreateActivityValues } from "./government.schemas";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const dir = mkdtempSync(path.join(tmpdir(), "csr-gov-import-"));

// As an office's spreadsheet comes: a title line, doubled spaces, Indonesian number and date
// formats, place names with "Kel." and the regency after a comma, a count in houses, blanks.
const MESSY_CSV = [
  "Rekap Kegiatan Pemerintah di Lokasi CSR Tahun 2024 (data uji),,,,,,,,,,,,,",
  "ref,agency,funding,title,description,sector,target_group,locations,start_date,end_date,budget_idr,beneficiaries,source_name,sub_kegiatan_name",
  'PUPR-RTLH-01,Dinas PUPR  Kota Balikpapan,APBD Kota,Rehabilitasi Rumah Tidak Layak Huni Kel. Sepinggan,Bedah rumah warga miskin di Sepinggan,infrastruktur,rumah tangga miskin,"Kel. Sepinggan, Balikpapan Selatan, Kota Balikpapan",01/03/2024,30/11/2024,"Rp 1.250.000.000",87 unit,DPA Dinas PUPR Kota Balikpapan 2024,Rehabilitasi Rumah Tidak Layak Huni',
  'KEMENSOS-PKH-KLR,Kementerian Sosial,APBN,Program Keluarga Harapan Desa Kaliorang,,sosial,keluarga miskin,"Desa Kaliorang, Kab. Kutai Timur",Januari 2024,Desember 2024,"1,25 M",312 KPM,,',
  'DD-STUNT-01,Pemerintah Desa Sungai Meriam,Dana Desa,Pencegahan stunting di posyandu desa,PMT lokal bagi balita,kesehatan,balita stunting,"Desa Sungai Meriam, Kec. Anggana",2024-02-01,2024-12-31,150.000.000,45,APBDes Sungai Meriam 2024,',
  "DINSOS-X,Dinas Sosial,APBX,Bantuan sembako lansia,,sosial,lansia,Sepinggan,01/01/2024,31/12/2024,,,,",
].join("\n");

async function buildXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Kegiatan 2024");
  ws.addRow(["DAFTAR KEGIATAN APBD/APBDes TAHUN 2024"]);
  ws.addRow([]);
  ws.addRow(["Kode", "Instansi", "Sumber Dana", "Nama Kegiatan", "Sektor", "Sasaran", "Lokasi", "Tanggal Mulai", "Tanggal Selesai", "Anggaran (Rp)", "Jumlah Penerima", "Sumber Data", "Tanggal Data"]);
  ws.addRow(["DINSOS-RTLH-7", "Dinas Sosial Provinsi Kalimantan Timur", "APBD Prov", "Bantuan stimulan RTLH", "infrastruktur", "rumah tangga miskin", "Rawa Makmur, Kota Samarinda", new Date(Date.UTC(2024, 3, 1)), new Date(Date.UTC(2024, 9, 31)), 450_000_000, 15, "DPA Dinas Sosial Prov. Kaltim 2024", "15/01/2024"]);
  ws.addRow(["ADD-KLR-2", "Pemerintah Desa Kaliorang", "ADD", "Insentif kader posyandu", "kesehatan", "kader posyandu", "Desa Kaliorang, Kec. Kaliorang", "01/01/2024", "31/12/2024", "Rp 60 juta", "24 orang", "", ""]);
  ws.addRow(["DLH-KKR-1", "Dinas Lingkungan Hidup Kabupaten Kutai Kartanegara", "APBD", "Penanaman pohon di Embalut", "lingkungan", "masyarakat umum", "Embalut, Tenggarong Seberang", "Maret 2024", "Juni 2024", "", "", "", ""]);
  ws.addRow(["JUMLAH", "", "", "", "", "", "", "", "", 510_000_000, 39, "", ""]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function run(file: string, flags: Partial<ImportGovernmentFlags> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runImportGovernmentCommand(
    { io: { out: (l) => out.push(l), err: (l) => err.push(l) }, lang: "id", open: async () => ({ db: h.db, close: async () => undefined }) },
    file,
    { dryRun: false, json: false, skipInvalid: false, ...flags },
  );
  return { code, out, err };
}

const countGovernment = async () => (await h.db.select({ n: sql<number>`count(*)::int` }).from(programs).where(eq(programs.source, "government")))[0]?.n ?? 0;

async function byRef(agencyKey: string, ref: string) {
  const [row] = await h.db
    .select({ id: programs.id })
    .from(governmentActivities)
    .innerJoin(programs, eq(programs.id, governmentActivities.programId))
    .where(and(eq(governmentActivities.agencyKey, agencyKey), eq(governmentActivities.ref, ref)));
  return row ? getActivity(h.db, row.id) : null;
}

async function staff(key: "reviewerKutim" | "reviewer" | "viewer"): Promise<StaffViewer> {
  const v = await resolveViewer(h.db, fx.users[key]);
  if (!v || v.role === "officer") throw new Error("no staff viewer");
  return v;
}

let csvFile: string;
let xlsxFile: string;
beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  csvFile = path.join(dir, "kegiatan pemerintah 2024.csv");
  writeFileSync(csvFile, MESSY_CSV);
  xlsxFile = path.join(dir, "apbd-2024.xlsx");
  writeFileSync(xlsxFile, await buildXlsx());
});
afterAll(async () => {
  await h?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe(`csr import-government (${process.env.TEST_DB_KIND})`, () => {
  it("refuses a file with an invalid row: the row, column, value and fix in Indonesian; nothing saved; exit 2", async () => {
    const { code, err, out } = await run(csvFile);
    expect(code).toBe(EXIT.usage);
    expect(out).toEqual([]);
    expect(err).toContain("row 6, funding: error: Sumber dana 'APBX' tidak dikenal. Tulis APBN, APBD Provinsi, APBD Kabupaten/Kota, APBDes/Dana Desa, atau lainnya.");
    expect(err.at(-1)).toMatch(/1 rows with an error; nothing imported \(--skip-invalid/);
    expect(await countGovernment()).toBe(0);
  });

  it("--skip-invalid saves the valid rows as read from the messy cells", async () => {
    const { code, out } = await run(csvFile, { skipInvalid: true });
    expect(code).toBe(EXIT.ok);
    expect(out[0]).toMatch(/^Imported 3 government activities from kegiatan pemerintah 2024\.csv \(3 new, 0 updated, 1 rows left out\)/);
    const rtlh = await byRef("dinas pupr kota balikpapan", "PUPR-RTLH-01");
    expect(rtlh).toMatchObject({
      agency: "Dinas PUPR Kota Balikpapan",
      funding: "apbd_regency",
      sector: "infrastructure",
      startDate: "2024-03-01",
      endDate: "2024-11-30",
      budgetIdr: 1_250_000_000,
      plannedBeneficiaries: 87,
      sourceName: "DPA Dinas PUPR Kota Balikpapan 2024",
      subKegiatanName: "Rehabilitasi Rumah Tidak Layak Huni",
      isDemo: false,
    });
    expect(rtlh?.areas.map((a) => a.code)).toEqual(["64.71.05.1002"]);
    const pkh = await byRef("kementerian sosial", "KEMENSOS-PKH-KLR");
    expect(pkh).toMatchObject({ funding: "apbn", startDate: "2024-01-01", endDate: "2024-12-31", budgetIdr: 1_250_000_000, plannedBeneficiaries: 312 });
    // No source column value: the file's name says where the figures come from.
    expect(pkh?.sourceName).toBe("kegiatan pemerintah 2024.csv");
    expect(pkh?.areas.map((a) => a.code)).toEqual([AREAS.kutimVillage]);
    const dd = await byRef("pemerintah desa sungai meriam", "DD-STUNT-01");
    expect(dd).toMatchObject({ funding: "apbdes", budgetIdr: 150_000_000, plannedBeneficiaries: 45, sector: "health", targetGroup: "children" });
    expect(dd?.areas.map((a) => a.code)).toEqual(["64.02.04.2006"]);
    // Reference data, no company, and the overlap check queued with each row.
    const rows = await h.db.select({ status: programs.status, companyId: programs.companyId }).from(programs).where(eq(programs.source, "government"));
    expect(rows).toEqual(Array(3).fill({ status: "reference", companyId: null }));
    const jobs = await execute<{ n: number }>(h.db, sql`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'overlaps.check' AND data->>'programId' = ${rtlh?.id ?? ""}`);
    expect(Number(jobs.rows[0]?.n)).toBeGreaterThanOrEqual(1);
  });

  it("importing the same file again updates by (agency, ref), never duplicates", async () => {
    const before = await countGovernment();
    const first = await byRef("dinas pupr kota balikpapan", "PUPR-RTLH-01");
    // The agency written with other spacing and case is the same agency.
    writeFileSync(csvFile, MESSY_CSV.replace("Dinas PUPR  Kota Balikpapan", "DINAS PUPR Kota  Balikpapan").replace("87 unit", "90 unit"));
    const { code, out } = await run(csvFile, { skipInvalid: true });
    expect(code).toBe(EXIT.ok);
    expect(out[0]).toMatch(/\(0 new, 3 updated, 1 rows left out\)/);
    expect(await countGovernment()).toBe(before);
    const again = await byRef("dinas pupr kota balikpapan", "PUPR-RTLH-01");
    expect(again?.id).toBe(first?.id);
    expect(again?.plannedBeneficiaries).toBe(90);
    expect(again?.version).toBe((first?.version ?? 0) + 1);
  });

  it("reads an XLSX with Indonesian headers, date cells, funding labels and a bare APBD read from the agency", async () => {
    const { code, out, err } = await run(xlsxFile, { json: true });
    expect(err.filter((l) => l.includes(": error:"))).toEqual([]);
    expect(code).toBe(EXIT.ok);
    const report = JSON.parse(out[0] ?? "") as { imported: number; created: number; rows: { ref: string; funding: string; status: string; messages: { level: string; text: string }[] }[] };
    expect(report.imported).toBe(3);
    expect(report.rows.map((r) => [r.ref, r.funding])).toEqual([
      ["DINSOS-RTLH-7", "apbd_province"],
      ["ADD-KLR-2", "apbdes"],
      ["DLH-KKR-1", "apbd_regency"],
    ]);
    expect(report.rows[2]?.messages.map((m) => m.text)).toContain("'APBD' dibaca sebagai APBD Kabupaten/Kota dari nama instansinya.");
    const rtlh = await byRef("dinas sosial provinsi kalimantan timur", "DINSOS-RTLH-7");
    expect(rtlh).toMatchObject({ startDate: "2024-04-01", endDate: "2024-10-31", budgetIdr: 450_000_000, sourceName: "DPA Dinas Sosial Prov. Kaltim 2024", sourceDate: "2024-01-15" });
    expect(rtlh?.areas.map((a) => a.code)).toEqual([AREAS.samarindaWard]);
    const add = await byRef("pemerintah desa kaliorang", "ADD-KLR-2");
    expect(add).toMatchObject({ budgetIdr: 60_000_000, plannedBeneficiaries: 24, sourceName: "apbd-2024.xlsx" });
    const dlh = await byRef("dinas lingkungan hidup kabupaten kutai kartanegara", "DLH-KKR-1");
    expect(dlh).toMatchObject({ startDate: "2024-03-01", endDate: "2024-06-30", budgetIdr: null, plannedBeneficiaries: null });
    expect(dlh?.areas.map((a) => a.code)).toEqual([AREAS.kukarVillage]);
  });

  it("reads a budget document (RKPD) as written: sub kegiatan under their program and kegiatan lines, sector from the code, DAU/BTT from the document's level", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("RKPD 2026");
    ws.addRow(["RENCANA KERJA PEMERINTAH DAERAH (RKPD) PROVINSI KALIMANTAN TIMUR TAHUN 2026"]);
    ws.addRow([]);
    ws.addRow(["Kode", "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Lokasi", "Target", "Pagu Indikatif (Rp)", "Sumber Dana", "Perangkat Daerah"]);
    ws.addRow(["1.06.06", "PROGRAM PENANGANAN FAKIR MISKIN", "", "", "", 12_500_000_000, "", "Dinas Sosial"]);
    ws.addRow(["1.06.06.1.01", "Pengelolaan Data Fakir Miskin Cakupan Daerah Provinsi", "", "", "", "", "", "Dinas Sosial"]);
    ws.addRow(["1.06.06.1.01.0001", "Pendataan Fakir Miskin Cakupan Daerah Provinsi", "Jumlah data fakir miskin", "Kab. Kutai Kartanegara; Kab. Kutai Timur", "12.000 KK", "Rp 850.000.000", "DAU", "Dinas Sosial"]);
    ws.addRow(["1.02.02.1.02.0010", "Pengelolaan Pelayanan Kesehatan Gizi Masyarakat", "Jumlah balita gizi buruk", "Kota Samarinda", "120 orang", 2_400_000_000, "BTT", "Dinas Kesehatan"]);
    const report = await importGovernmentActivities(h.db, await staff("reviewer"), { filename: "rkpd-2026.xlsx", bytes: new Uint8Array(await wb.xlsx.writeBuffer()) });
    expect(report.fileMessages.map((m) => [m.level, m.message, m.params?.rows])).toEqual([["info", "importNotes.governmentParentRows", "4, 5"]]);
    expect(report.rows.map((r) => [r.row, r.ref, r.funding, r.status])).toEqual([
      [6, "1.06.06.1.01.0001", "apbd_province", "ok"],
      [7, "1.02.02.1.02.0010", "apbd_province", "ok"],
    ]);
    expect(report.saved).toBe(true);
    const data = await byRef("dinas sosial", "1.06.06.1.01.0001");
    expect(data).toMatchObject({
      sector: "social",
      startDate: "2026-01-01",
      endDate: "2026-12-31",
      budgetIdr: 850_000_000,
      plannedBeneficiaries: 12_000,
      programCode: "1.06.06",
      programName: "PROGRAM PENANGANAN FAKIR MISKIN",
      kegiatanCode: "1.06.06.1.01",
      subKegiatanCode: "1.06.06.1.01.0001",
      subKegiatanName: "Pendataan Fakir Miskin Cakupan Daerah Provinsi",
    });
    expect(data?.areas.map((a) => a.code).sort()).toEqual(["64.02", "64.08"]);
    const gizi = await byRef("dinas kesehatan", "1.02.02.1.02.0010");
    expect(gizi).toMatchObject({ sector: "health", plannedBeneficiaries: 120, targetGroup: "children", programCode: null });
  });

  it("is the csr command import-government: a dry run through the argument parser saves nothing", async () => {
    const before = await countGovernment();
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
    const open = async () => ({ db: h.db, close: async () => undefined });
    expect(await runCsr(["import-government", xlsxFile, "--dry-run", "--json"], io, open)).toBe(EXIT.ok);
    expect(JSON.parse(out[0] ?? "")).toMatchObject({ imported: 0 });
    expect(await runCsr(["import-government", csvFile, "--dry-run", "--lang", "en"], io, open)).toBe(EXIT.usage);
    expect(err).toContain("row 6, funding: error: Funding 'APBX' is unknown. Write APBN, APBD Provinsi, APBD Kabupaten/Kota, APBDes/Dana Desa, or other.");
    expect(await runCsr(["import-government"], io, open)).toBe(EXIT.usage);
    expect(await countGovernment()).toBe(before);
  });

  it("reads a recipients-per-village list without an agency column: the national program names its agency, the village fund its village", async () => {
    const csv = [
      "Rekap Penerima Bansos per Desa - Kec. Muara Kaman - Tahun 2025",
      "No;Desa;Kecamatan;Program;Kelompok Sasaran;Jumlah KPM;Sumber;Sektor",
      "1;Muara Kaman Ulu;Muara Kaman;Program Keluarga Harapan (PKH);Keluarga miskin;112;APBN;Sosial",
      "2;Sedulang;Muara Kaman;Program Indonesia Pintar (PIP);siswa SD/SMP;87 siswa;APBN;Pendidikan",
      "3;Liang Buaya;Muara Kaman;BLT Dana Desa;keluarga miskin ekstrem;60;Dana Desa;Sosial",
    ].join("\n");
    const report = await importGovernmentActivities(h.db, await staff("reviewer"), { filename: "bansos-muara-kaman.csv", bytes: Buffer.from(csv) }, { dryRun: true });
    expect(report.fileMessages.filter((m) => m.level === "error")).toEqual([]);
    expect(report.rows.map((r) => [r.status, r.agency, r.funding])).toEqual([
      ["ok", "Kementerian Sosial", "apbn"],
      ["ok", "Kementerian Pendidikan Dasar dan Menengah", "apbn"],
      ["ok", "Pemerintah Desa Liang Buaya", "apbdes"],
    ]);
    expect(report.rows[0]?.messages).toContainEqual(expect.objectContaining({ level: "info", message: "importNotes.governmentAgencyFromProgram" }));
    // The acronym alone, with no sector or target group column: the program's name, sector and people.
    const bare = [
      "Rekap Penerima Bansos per Desa - Tahun 2025",
      "No;Desa;Program;Jumlah KPM;Sumber",
      "1;Liang Buaya;BLT-DD;60;Dana Desa",
      "2;Muara Kaman Ulu;PIP;87 siswa;APBN",
      "3;Muara Kaman Ulu;BPNT;245;APBN",
    ].join("\n");
    const read = await importGovernmentActivities(h.db, await staff("reviewer"), { filename: "bansos.csv", bytes: Buffer.from(bare) }, { dryRun: true });
    expect(read.rows.map((r) => [r.status, r.title, r.agency])).toEqual([
      ["ok", "Bantuan Langsung Tunai Dana Desa (BLT-DD)", "Pemerintah Desa Liang Buaya"],
      ["ok", "Program Indonesia Pintar (PIP)", "Kementerian Pendidikan Dasar dan Menengah"],
      ["ok", "Bantuan Pangan Non Tunai (BPNT/Sembako)", "Kementerian Sosial"],
    ]);
    expect(read.rows[1]?.messages).toContainEqual(expect.objectContaining({ level: "info", message: "importNotes.governmentProgramExpanded", params: expect.objectContaining({ value: "PIP" }) }));
    // A list naming no national program still needs the column, said once for the file.
    const other = csv.replace("Program Keluarga Harapan (PKH)", "Bedah rumah").replace("Program Indonesia Pintar (PIP)", "Beasiswa daerah").replace("BLT Dana Desa", "Bantuan modal usaha");
    const refused = await importGovernmentActivities(h.db, await staff("reviewer"), { filename: "bansos.csv", bytes: Buffer.from(other) }, { dryRun: true });
    expect(refused.fileMessages).toContainEqual(expect.objectContaining({ level: "error", message: "errors.governmentAgencyColumnMissing" }));
  });

  it("a regency reviewer's upload: a row outside the regency is refused with the place named", async () => {
    const csv = [
      "ref,agency,funding,title,sector,target_group,locations,start_date,end_date,budget_idr,beneficiaries",
      "DINSOS-KT-1,Dinas Sosial Kabupaten Kutai Timur,APBD Kab,Bantuan sosial lansia terlantar,sosial,lansia,Desa Kaliorang,01/01/2025,31/12/2025,Rp 90 juta,30",
      "DINSOS-PROV-9,Dinas Sosial Provinsi Kalimantan Timur,APBD Provinsi,Bantuan sosial lansia se-provinsi,sosial,lansia,Provinsi Kalimantan Timur,01/01/2025,31/12/2025,Rp 9 M,3000",
    ].join("\n");
    const report = await importGovernmentActivities(h.db, await staff("reviewerKutim"), { filename: "dinsos.csv", bytes: Buffer.from(csv) });
    expect(report.saved).toBe(false);
    expect(report.rows.map((r) => r.status)).toEqual(["ok", "error"]);
    expect(report.rows[1]?.messages).toContainEqual(expect.objectContaining({ row: 3, column: "locations", level: "error", message: "errors.governmentOutsideJurisdiction" }));
    const partial = await importGovernmentActivities(h.db, await staff("reviewerKutim"), { filename: "dinsos.csv", bytes: Buffer.from(csv) }, { skipInvalid: true });
    expect(partial).toMatchObject({ saved: true, created: 1, skipped: 1 });
    expect(await byRef("dinas sosial provinsi kalimantan timur", "DINSOS-PROV-9")).toBeNull();
    const [audit] = await h.db.select({ details: auditLog.details }).from(auditLog).where(eq(auditLog.action, "government.import")).orderBy(sql`${auditLog.at} DESC`).limit(1);
    expect(audit?.details).toMatchObject({ filename: "dinsos.csv", via: "upload", created: 1, skipped: 1 });
  });
});

const form = (o: Partial<CreateActivityValues> = {}): CreateActivityValues => ({
  ref: "SPAM-KT-2025",
  agency: "Dinas PUPR Kabupaten Kutai Timur",
  funding: "apbd_regency",
  title: "Pembangunan SPAM jaringan perpipaan Desa Bukit Makmur",
  sector: "infrastructure",
  targetGroupText: "warga desa",
  areaCodes: ["64.08.10.2006"],
  startDate: "2025-02-01",
  endDate: "2025-11-30",
  budgetIdr: 4_500_000_000,
  plannedBeneficiaries: 640,
  subKegiatanName: "Pembangunan SPAM Jaringan Perpipaan di Kawasan Perdesaan",
  sourceName: "DPA Dinas PUPR Kab. Kutai Timur 2025",
  ...o,
});

describe(`government activity service (${process.env.TEST_DB_KIND})`, () => {
  it("a regency reviewer writes inside the regency, not a province-wide activity; a viewer writes nothing", async () => {
    const kutim = await staff("reviewerKutim");
    const created = await createActivity(h.db, kutim, form());
    expect(created.version).toBe(1);
    await expect(createActivity(h.db, kutim, form({ ref: "PROV-1", areaCodes: [AREAS.kaltim] }))).rejects.toMatchObject({ code: "FORBIDDEN", message: "errors.outsideJurisdiction" });
    await expect(createActivity(h.db, kutim, form({ ref: "MIX-1", areaCodes: ["64.08.10.2006", AREAS.samarindaWard] }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createActivity(h.db, await staff("viewer"), form({ ref: "V-1" }))).rejects.toMatchObject({ code: "FORBIDDEN", message: "errors.forbidden" });
    // A province-wide activity entered by the province's reviewer: the regency reviewer may not edit or delete it.
    const prov = await createActivity(h.db, await staff("reviewer"), form({ ref: "PROV-2", agency: "Dinas Sosial Provinsi Kalimantan Timur", funding: "apbd_province", areaCodes: [AREAS.kaltim] }));
    await expect(updateActivity(h.db, kutim, { ...form({ ref: "PROV-2", areaCodes: ["64.08.10.2006"] }), id: prov.id, version: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deleteActivity(h.db, kutim, { id: prov.id, version: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await getActivity(h.db, prov.id)).not.toBeNull();
  });

  it("updates with the version it started from, refuses a stale one, refuses a ref taken in the same agency", async () => {
    const kutim = await staff("reviewerKutim");
    const a = await createActivity(h.db, kutim, form({ ref: "SPAM-KT-2026", startDate: "2026-01-01", endDate: "2026-12-31" }));
    const saved = await updateActivity(h.db, kutim, { ...form({ ref: "SPAM-KT-2026b", budgetIdr: 5_000_000_000, startDate: "2026-01-01", endDate: "2026-12-31" }), id: a.id, version: 1 });
    expect(saved.version).toBe(2);
    const read = await getActivity(h.db, a.id);
    // The ref moved on programs and, through the foreign key, on the details.
    expect(read).toMatchObject({ ref: "SPAM-KT-2026b", budgetIdr: 5_000_000_000 });
    const [detail] = await h.db.select({ ref: governmentActivities.ref }).from(governmentActivities).where(eq(governmentActivities.programId, a.id));
    expect(detail?.ref).toBe("SPAM-KT-2026b");
    await expect(updateActivity(h.db, kutim, { ...form({ ref: "SPAM-KT-2026b" }), id: a.id, version: 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(updateActivity(h.db, kutim, { ...form({ ref: "SPAM-KT-2025" }), id: a.id, version: 2 })).rejects.toMatchObject({ message: "errors.governmentRefTaken" });
    // Another agency may use the same ref.
    await expect(createActivity(h.db, kutim, form({ agency: "Pemerintah Desa Bukit Makmur", funding: "apbdes" }))).resolves.toMatchObject({ version: 1 });
  });

  it("lists by area, funding, year and words; activitiesInAreas finds a province-wide one from a village", async () => {
    const list = await listActivities(h.db, { area: AREAS.kutim, funding: "apbd_regency", year: 2025 });
    expect(list.items.map((i) => i.ref)).toContain("SPAM-KT-2025");
    expect(list.items.every((i) => i.funding === "apbd_regency")).toBe(true);
    expect((await listActivities(h.db, { q: "perpipaan", year: 2025 })).items.map((i) => i.ref)).toContain("SPAM-KT-2025");
    expect((await listActivities(h.db, { q: "perpipaan", year: 2023 })).total).toBe(0);
    const inVillage = await activitiesInAreas(h.db, ["64.08.10.2006"], { startDate: "2025-06-01", endDate: "2025-06-30" });
    const refs = inVillage.map((a) => a.ref);
    expect(refs).toContain("SPAM-KT-2025");
    expect(refs).toContain("PROV-2");
    expect(refs).not.toContain("DINSOS-KT-1"); // Desa Kaliorang, another village
    expect(inVillage.find((a) => a.ref === "PROV-2")?.areas.map((x) => x.code)).toEqual([AREAS.kaltim]);
  });

  it("deleting an activity unlinks the CSR program that supported it and is audited", async () => {
    const reviewer = await staff("reviewer");
    const a = await createActivity(h.db, reviewer, form({ ref: "DEL-1" }));
    const [csr] = await h.db
      .insert(programs)
      .values({ companyId: fx.companies.c, ref: "CSR-SUP", title: "Pipa air bersih pendamping SPAM", description: "Sambungan rumah", sector: "infrastructure", startDate: "2025-03-01", endDate: "2025-12-31", status: "submitted", supportsActivityId: a.id })
      .returning({ id: programs.id });
    await h.db.insert(programAreas).values({ programId: csr?.id ?? "", areaCode: "64.08.10.2006" });
    await deleteActivity(h.db, reviewer, { id: a.id, version: 1 });
    expect(await getActivity(h.db, a.id)).toBeNull();
    const [after] = await h.db.select({ supports: programs.supportsActivityId }).from(programs).where(eq(programs.id, csr?.id ?? ""));
    expect(after?.supports).toBeNull();
    const actions = (await h.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, a.id))).map((r) => r.action).sort();
    expect(actions).toEqual(["government.create", "government.delete"]);
  });
});
