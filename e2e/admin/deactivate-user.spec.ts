import { DEMO, expect, signIn, test } from "../fixtures";

test("an admin creates a user, and deactivating them ends their open session at once", async ({ page, browser }) => {
  const email = `anggota.${Date.now()}@forumcsr.demo`;
  const password = "Forum-Baru-2026";
  await signIn(page, DEMO.admin);
  await page.locator("summary").filter({ hasText: "Administrasi" }).click();
  await page.getByRole("link", { name: "Pengguna" }).click();
  await page.getByRole("button", { name: "Tambah pengguna" }).click();
  const dialog = page.getByRole("dialog", { name: "Tambah pengguna" });
  await dialog.getByLabel("Nama").fill("Anggota Forum Baru");
  await dialog.getByLabel("Email").fill(email);
  await dialog.getByLabel("Peran").selectOption({ label: "Anggota forum (lihat saja)" });
  await dialog.getByLabel("Wilayah kerja").fill("64.72");
  await dialog.getByLabel("Kata sandi awal").fill(password);
  await dialog.getByRole("button", { name: "Simpan" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("row", { name: new RegExp(email) })).toBeVisible();

  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await signIn(member, email, password);
  await expect(member.getByTestId("current-user")).toContainText("Anggota Forum Baru");

  await page
    .getByRole("row", { name: new RegExp(email) })
    .getByRole("button", { name: "Nonaktifkan" })
    .click();
  await page.getByRole("dialog", { name: "Nonaktifkan" }).getByRole("button", { name: "Nonaktifkan" }).click();
  await expect(page.getByRole("row", { name: new RegExp(email) })).toContainText("Nonaktif");

  // The member's browser still holds its session cookie, but the session no longer works.
  await member.goto("/programs");
  await expect(member).toHaveURL(/\/sign-in/);
  await member.getByLabel("Email").fill(email);
  await member.getByLabel("Kata sandi").fill(password);
  await member.getByRole("button", { name: "Masuk" }).click();
  await expect(member.getByTestId("alert-sign-in-error")).toHaveText("Akun ini telah dinonaktifkan. Hubungi admin Dinas Sosial.");
  await memberContext.close();
});
