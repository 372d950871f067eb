import { DEMO, expect, signIn, test } from "../fixtures";

test("on a phone the list shows cards and the menu opens", async ({ page }) => {
  await signIn(page, DEMO.reviewer);
  await page.goto("/programs");
  await expect(page.getByRole("table")).toBeHidden();
  const cards = page.getByRole("main").getByRole("listitem");
  await expect(cards.first()).toBeVisible();
  await page.getByText("Menu", { exact: true }).click();
  await expect(page.getByRole("navigation", { name: "Navigasi utama" }).last()).toBeVisible();
  await page.getByText("Menu", { exact: true }).click();
  await page.getByRole("button", { name: "Saringan" }).click();
  await page.getByLabel("Sektor").selectOption({ label: "Pendidikan" });
  await expect(page).toHaveURL(/sector=education/);
  await expect(cards.first()).toContainText("Pendidikan");
});
