import { DEMO, expect, signIn, test } from "../fixtures";

test("a viewer reads programs but cannot edit or register any", async ({ page }) => {
  await signIn(page, DEMO.viewer);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/programs");
  await expect(page.getByRole("link", { name: "Daftarkan program" })).toHaveCount(0);
  await page.getByLabel("Sektor").selectOption({ label: "Kesehatan" });
  await expect(page).toHaveURL(/sector=health/);
  const first = page.getByRole("table").getByRole("link").first();
  await first.click();
  await expect(page).toHaveURL(/\/programs\/[0-9a-f-]{36}$/);
  await expect(page.getByText("Kesehatan").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Ubah draf" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Ajukan ke Dinas Sosial" })).toHaveCount(0);

  const id = page.url().split("/").pop() ?? "";
  await page.goto(`/programs/${id}/edit`);
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  await page.goto("/programs/new");
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();

  // The API refuses too, whatever the page shows.
  const res = await page.request.post("/api/trpc/programs.create", {
    data: {
      json: {
        title: "Tidak boleh",
        description: "Percobaan membuat program oleh viewer.",
        sector: "health",
        targetGroup: "children",
        areaCodes: ["64.72"],
        startDate: "2026-01-01",
        endDate: "2026-02-01",
        budgetIdr: 1,
        plannedBeneficiaries: 1,
      },
    },
  });
  expect(res.status()).toBe(403);
});
