import { DEMO, expect, signIn, test } from "../fixtures";

// Issue 11, point 4: "/" is each role's place to start; an officer's home lists their to-dos, and the
// bell clears once the notifications are read.
test("each role lands where its work is, and an officer's home lists their to-dos", async ({ page, browser }) => {
  await signIn(page, DEMO.officerMahakam);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Selamat datang, Rina Wulandari");
  const todos = page.getByTestId("home-todos");
  // From the demo data: a training sent back for revision and two drafts not submitted yet.
  await expect(todos).toContainText("Revisi diminta: Pelatihan Vokasi Pengelasan dan Instrumentasi bagi Pemuda Balikpapan Barat");
  await expect(todos).toContainText("Draf belum diajukan: Skrining dan Pendampingan Pasien TBC Bersama Puskesmas Muara Jawa");
  await expect(todos).toContainText("Draf belum diajukan: Pembangunan Jaringan Air Bersih Perpipaan");
  // Only their company's programs, with their status.
  const programs = page.getByTestId("home-programs");
  await expect(programs.getByRole("listitem").first()).toBeVisible();
  await expect(programs).not.toContainText("Beasiswa Prestasi dan Keluarga Prasejahtera");
  await expect(page.getByTestId("home-compliance")).toContainText("Rencana 2026");
  await expect(page.getByRole("heading", { name: "Usulan kolaborasi" })).toBeVisible();
  await todos.getByRole("link", { name: /Revisi diminta: Pelatihan Vokasi/ }).click();
  await expect(page).toHaveURL(/\/programs\/[0-9a-f-]{36}\/edit$/);

  for (const [email, landing] of [
    [DEMO.reviewer, /\/review$/],
    [DEMO.admin, /\/review$/],
    [DEMO.viewer, /\/dashboard$/],
  ] as const) {
    const context = await browser.newContext();
    const other = await context.newPage();
    await signIn(other, email);
    await other.goto("/");
    await expect(other).toHaveURL(landing);
    await context.close();
  }
});

test("the bell counts a new notification and goes to 0 once the notifications are read", async ({ page, browser }) => {
  // The reviewer sends one of Mahakam's programs back: its officer is told.
  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  await signIn(reviewer, DEMO.reviewer);
  await reviewer.goto(`/programs?q=${encodeURIComponent("Tanggap Darurat Banjir Samarinda")}`);
  await reviewer.getByRole("table").getByRole("link", { name: /Tanggap Darurat Banjir Samarinda/ }).click();
  await expect(reviewer).toHaveURL(/\/programs\/[0-9a-f-]{36}$/);
  const programPath = new URL(reviewer.url()).pathname;
  await reviewer.goto(`/review${programPath}`);
  await reviewer.getByRole("button", { name: "Minta revisi" }).click();
  await reviewer.getByRole("textbox", { name: "Catatan untuk perusahaan" }).fill("Sertakan jumlah KK per RT dr data kelurahan.");
  await reviewer.getByRole("button", { name: "Minta revisi" }).click();
  await expect(reviewer.getByTestId("program-status")).toHaveText("Perlu revisi");
  await reviewerContext.close();

  await signIn(page, DEMO.officerMahakam);
  const bell = page.getByTestId("notification-bell");
  await expect(bell).toHaveAccessibleName(/^Notifikasi, \d+ belum dibaca$/);
  const before = Number((await bell.getAttribute("aria-label"))?.match(/(\d+) belum dibaca/)?.[1] ?? "0");
  expect(before).toBeGreaterThan(0);
  await expect(page.getByTestId("home-todos")).toContainText("Revisi diminta: Tanggap Darurat Banjir Samarinda");

  // Reading one notification lowers the count by one, right away.
  await bell.click();
  await expect(page).toHaveURL(/\/notifications/);
  await page.locator('[data-testid="notification"][data-unread]').filter({ hasText: "Tanggap Darurat Banjir" }).first().getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(programPath));
  if (before > 1) await expect(bell).toHaveAccessibleName(`Notifikasi, ${before - 1} belum dibaca`);
  else await expect(bell).toHaveAccessibleName("Notifikasi");

  // Marking the rest read clears the bell, and it stays clear after a reload.
  await page.goto("/notifications");
  const markAll = page.getByRole("button", { name: "Tandai semua dibaca" });
  if (await markAll.isEnabled()) await markAll.click();
  await expect(bell).toHaveAccessibleName("Notifikasi");
  await expect(bell.locator("span")).toHaveCount(0);
  await page.reload();
  await expect(bell).toHaveAccessibleName("Notifikasi");
});
