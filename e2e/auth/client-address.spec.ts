import { DEMO, expect, signIn, test } from "../fixtures";

test("V5: a forged X-Forwarded-For does not reach the audit log", async ({ browser, page }) => {
  const email = `tidak.ada.${Date.now()}@forumcsr.demo`;
  const forged = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "6.6.6.6" } });
  const attacker = await forged.newPage();
  await attacker.goto("/sign-in");
  await attacker.getByLabel("Email").fill(email);
  await attacker.getByLabel("Kata sandi").fill("salah-sekali-12345");
  await attacker.getByRole("button", { name: "Masuk" }).click();
  await expect(attacker.getByTestId("alert-sign-in-error")).toBeVisible();
  await forged.close();

  await signIn(page, DEMO.admin);
  await page.goto("/admin/audit");
  const row = page.getByRole("row", { name: new RegExp(email.replace(/\./g, "\\.")) });
  await expect(row).toBeVisible();
  // With TRUSTED_PROXIES unset the address is the one that connected, whatever the header said.
  await expect(row).toContainText("127.0.0.1");
  await expect(row).not.toContainText("6.6.6.6");
});
