import { DEMO, expect, signIn, test } from "../fixtures";
import type { Page } from "@playwright/test";

// Valid NIKs of real Kaltim districts (Palaran 647201, Bontang Selatan 647402): district, birth date
// DDMMYY (women: day + 40), serial.
const nik = (district: string, dd: number, mm: number, yy: number, serial: number) =>
  `${district}${String(dd).padStart(2, "0")}${String(mm).padStart(2, "0")}${String(yy).padStart(2, "0")}${String(serial).padStart(4, "0")}`;
const PEOPLE = [
  nik("647201", 12, 3, 90, 1),
  nik("647201", 52, 7, 88, 2),
  nik("647402", 1, 1, 15, 3),
  nik("647402", 45, 6, 95, 4),
  nik("647201", 29, 2, 0, 5),
  nik("647201", 30, 11, 72, 6),
  nik("647402", 61, 12, 10, 7),
];
const spaced = (n: string) => `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8, 12)} ${n.slice(12)}`;
const dotted = (n: string) => `${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)}.${n.slice(6)}`;

async function openOwnProgramList(page: Page, title: string) {
  await page.goto(`/programs?q=${encodeURIComponent(title)}`);
  await page.getByRole("table").getByRole("link", { name: new RegExp(title) }).first().click();
  await expect(page).toHaveURL(/\/programs\/[0-9a-f-]{36}$/);
  await page.getByTestId("beneficiaries-link").click();
  await expect(page).toHaveURL(/\/programs\/[0-9a-f-]{36}\/beneficiaries$/);
  await expect(page.getByRole("heading", { level: 1, name: "Daftar penerima manfaat" })).toBeVisible();
  // Purpose and legal basis (UU PDP) are shown before any file is read.
  await expect(page.getByTestId("purpose")).toContainText("UU 27/2022");
}

async function choose(page: Page, name: string, text: string) {
  await page.getByLabel("Berkas daftar (CSV atau XLSX)").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });
  await page.getByRole("button", { name: "Periksa berkas" }).click();
}

test("an officer uploads a messy list, sees the invalid row by number, skips it and confirms; a reviewer sees the shared count with another company's program", async ({ page }) => {
  // Company 1 (Pupuk Borneo) lists the people its stunting programme reached.
  await signIn(page, "officer@pupuk-borneo.demo");
  await openOwnProgramList(page, "Pendampingan Gizi dan PMT Lokal");
  await page.getByTestId("purpose-ack").check();
  await choose(page, "penerima-pmt.csv", ["nik,nama", ...PEOPLE.slice(0, 6).map((p, i) => `${p},Balita ${i + 1}`)].join("\n"));
  await expect(page.getByTestId("preview-summary")).toContainText("6 orang akan disimpan");
  await page.getByRole("button", { name: "Simpan daftar" }).click();
  await expect(page.getByTestId("list-persons")).toContainText("6");
  await page.context().clearCookies();

  // Company 2 (Kutai Batubara): NIKs with spaces and dots, one with a letter O, one person twice.
  await signIn(page, DEMO.officerKutai);
  await openOwnProgramList(page, "Bantuan Sembako dan Dapur Umum");
  await page.getByTestId("purpose-ack").check();
  const messy = [
    "No.,NIK,Nama Penerima,Kelurahan",
    `1,"${spaced(PEOPLE[0]!)}",Hj. Rusdiana,Rawa Makmur`,
    `2,${dotted(PEOPLE[1]!)},Muhammad Rizky,rawa makmur`,
    `3,'${PEOPLE[2]},Siti Aminah,`,
    `4,6472O11203900009,Andi Baso,Bantuas`,
    `5,"${spaced(PEOPLE[3]!)}",Ni Made Ayu,`,
    `6,${PEOPLE[4]},Dg. Mappa,`,
    `7,${PEOPLE[5]},La Ode Hamid,`,
    `8,"${spaced(PEOPLE[0]!)}",Hj. Rusdiana (dobel),`,
    `9,${PEOPLE[6]},Fransiska,`,
  ].join("\r\n");
  await choose(page, "Daftar Penerima Sembako Banjir.csv", messy);
  const preview = page.getByTestId("beneficiary-preview");
  await expect(page.getByTestId("preview-summary")).toHaveText(/9 baris dibaca · 7 orang akan disimpan · 1 baris orang yang sama .* · 1 baris NIK tidak valid/);
  // The invalid row by its spreadsheet row number (header on row 1, so item 4 is row 5), with the fix.
  const errors = page.getByTestId("beneficiary-errors");
  await expect(errors.getByRole("row").nth(1)).toContainText("5");
  await expect(errors.getByRole("row").nth(1)).toContainText("NIK");
  await expect(errors).toContainText("hanya berisi 16 angka");
  // Nothing is saved unless the invalid rows are skipped.
  const save = preview.getByRole("button", { name: "Simpan daftar" });
  await expect(save).toBeDisabled();
  await page.getByTestId("skip-invalid").check();
  await save.click();
  await expect(page.getByRole("status").filter({ hasText: "Tersimpan: 7 orang" })).toContainText("1 baris tidak valid dilewati");
  await expect(page.getByTestId("list-shared")).toHaveText("6 orang di 1 program lain");
  await page.getByRole("button", { name: "Tampilkan baris bersama" }).click();
  await expect(page.getByTestId("shared-rows").getByRole("row")).toHaveCount(7);
  await expect(page.getByTestId("shared-rows")).not.toContainText("Pupuk");
  await page.context().clearCookies();

  // The reviewer sees the count between the two programs, never a name.
  await signIn(page, DEMO.reviewer);
  await page.goto("/review/beneficiaries");
  const pair = page.getByTestId("shared-pairs").getByRole("row").filter({ hasText: "KBP-2025-017" });
  await expect(pair).toContainText("PBS-2025-006");
  await expect(pair.getByTestId("pair-shared")).toHaveText("6");
  await expect(page.locator("main")).not.toContainText("Rusdiana");
  // The flag reaches the queue's own tab once the job has run.
  await expect(async () => {
    await page.goto("/review?tab=shared");
    await expect(page.getByText("Penerima yang sama di kedua daftar: 6 orang")).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await page.context().clearCookies();

  // An admin imports the DTSEN deciles (Indonesian headers, "Desil 2"); the targeting view shows the shares, below 5 hidden.
  await signIn(page, DEMO.admin);
  await page.goto("/review/beneficiaries");
  const registry = ["NIK;Desil", ...PEOPLE.map((p, i) => `${i % 2 ? dotted(p) : p};${i < 5 ? `Desil ${1 + (i % 4)}` : String(i + 2)}`)].join("\n");
  await page.getByLabel("Berkas DTSEN/DTKS").setInputFiles({ name: "dtsen-kaltim-2026.csv", mimeType: "text/csv", buffer: Buffer.from(registry, "utf8") });
  await page.getByRole("button", { name: "Impor" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Tersimpan: 7 orang" })).toBeVisible();
  await page.goto("/dashboard/targeting");
  const shares = page.getByTestId("registry-shares");
  // Kutai Batubara's 7 people: 5 in deciles 1–4, 2 higher (shown as <5), none missing.
  await expect(shares.getByRole("row").filter({ hasText: "PT Kutai Batubara Prima" }).first()).toHaveText(/PT Kutai Batubara Prima\s*7\s*5 \(71,4%\)\s*<5\s*0/);
});
