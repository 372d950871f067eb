import { DEMO, expect, test } from "../fixtures";

test("a wrong password is refused with a clear message, and the page speaks English on request", async ({ page }) => {
  await page.goto("/programs");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fprograms/);
  await page.getByLabel("Email").fill(DEMO.viewer);
  await page.getByLabel("Kata sandi").fill("salah-sekali-123");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByTestId("alert-sign-in-error")).toHaveText("Email atau kata sandi salah.");

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.getByLabel("Email").fill(DEMO.viewer);
  await page.getByLabel("Password").fill(DEMO.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "CSR programs" })).toBeVisible();
  await expect(page.getByTestId("current-user")).toContainText("Forum member (read-only)");
});
