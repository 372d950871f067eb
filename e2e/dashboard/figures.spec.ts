import { DEMO, expect, signIn, test } from "../fixtures";

// Figures people trust (issue 11, point 6), in a browser whose language is US English.
test.use({ locale: "en-US" });

test("targeting opens on all years, flags mixed years, and never calls the poorest regency a pile-up", async ({ page }) => {
  await signIn(page, DEMO.viewer);
  await page.goto("/dashboard/targeting");
  await expect(page.getByRole("combobox", { name: "Tahun" })).toHaveValue("");
  await expect(page.getByTestId("alert-targeting-mixed-years")).toContainText("2016");
  await expect(page.getByTestId("targeting-rules")).toContainText("wilayah termiskin di tabel, tidak pernah disebut penumpukan");
  const mahulu = page.getByTestId("targeting-table").getByRole("row").filter({ hasText: "Mahakam Ulu" });
  await expect(mahulu).toContainText("10,75%");
  await expect(mahulu).not.toContainText("Penumpukan");
  // Sources in Indonesian.
  await expect(page.getByTestId("targeting-table")).toContainText("dikutip dari");
  await expect(page.getByTestId("targeting-table")).not.toContainText("as reported");
});

test("a forum viewer's brief links open, and dates are typed day first whatever the browser's language", async ({ page }) => {
  await signIn(page, DEMO.viewer);
  await page.goto("/dashboard/brief?from=2026-01-01&to=2026-12-31");
  await expect(page.locator("a[href^='/review/']")).toHaveCount(0);
  const from = page.getByLabel("Dari tanggal");
  await expect(from).toHaveValue("01/01/2026");
  await from.fill("31/02/2026");
  await from.blur();
  await expect(page.getByTestId("date-field-error")).toHaveText("31/02/2026 bukan tanggal yang ada. Periksa hari dan bulannya.");
  await from.fill("01022026");
  await expect(from).toHaveValue("01/02/2026");
  await page.getByRole("button", { name: "Tampilkan" }).click();
  await expect(page).toHaveURL(/from=2026-02-01/);
});
