import { DEMO, expect, signIn, test, LANDING } from "../fixtures";

test("V7: after an admin reset the user must choose their own password, and the policy says what is wrong", async ({ page, browser }) => {
  const email = `ganti.sandi.${Date.now()}@forumcsr.demo`;
  await signIn(page, DEMO.admin);
  await page.goto("/admin/users");
  await page.getByRole("button", { name: "Tambah pengguna" }).click();
  const dialog = page.getByRole("dialog", { name: "Tambah pengguna" });
  await dialog.getByLabel("Nama").fill("Ganti Sandi");
  await dialog.getByLabel("Email").fill(email);
  await dialog.getByLabel("Peran").selectOption({ label: "Anggota forum (lihat saja)" });
  await dialog.getByLabel("Wilayah kerja").fill("64.72");
  // Ten characters were enough before; now the form says why not, next to the field.
  await dialog.getByLabel("Kata sandi awal").fill("password12");
  await dialog.getByRole("button", { name: "Simpan" }).click();
  await expect(dialog.getByTestId("field-error")).toHaveText("Kata sandi minimal 12 karakter (maksimal 128).");
  await dialog.getByLabel("Kata sandi awal").fill("qwerty123456");
  await dialog.getByRole("button", { name: "Simpan" }).click();
  await expect(dialog.getByTestId("field-error")).toContainText("terlalu umum");
  await dialog.getByLabel("Kata sandi awal").fill("Sandi-Awal-Forum-2026");
  await dialog.getByRole("button", { name: "Simpan" }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByRole("row", { name: new RegExp(email) });
  await row.getByRole("button", { name: "Atur ulang kata sandi" }).click();
  const reset = page.getByRole("dialog", { name: "Atur ulang kata sandi" });
  await reset.getByLabel("Kata sandi baru").fill("Sementara-Dari-Admin-7");
  await reset.getByRole("button", { name: "Atur ulang kata sandi" }).click();
  await expect(reset.getByTestId("alert-reset-done")).toBeVisible();

  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await member.goto("/sign-in");
  await member.getByLabel("Email").fill(email);
  await member.getByLabel("Kata sandi").fill("Sementara-Dari-Admin-7");
  await member.getByRole("button", { name: "Masuk" }).click();
  await expect(member).toHaveURL(/\/account\/password/);
  await expect(member.getByTestId("alert-password-change-required")).toBeVisible();
  // Every other page leads back here until the password is changed.
  await member.goto("/dashboard");
  await expect(member).toHaveURL(/\/account\/password/);

  await member.getByLabel("Kata sandi saat ini").fill("Sementara-Dari-Admin-7");
  await member.getByLabel("Kata sandi baru", { exact: true }).fill(`Sandi ${email}`);
  await member.getByLabel("Ulangi kata sandi baru").fill(`Sandi ${email}`);
  await member.getByRole("button", { name: "Simpan kata sandi baru" }).click();
  await expect(member.getByTestId("field-error")).toHaveText("Kata sandi tidak boleh memuat alamat email Anda atau bagian namanya.");

  await member.getByLabel("Kata sandi baru", { exact: true }).fill("Pilihan Saya Sendiri 2026");
  await member.getByLabel("Ulangi kata sandi baru").fill("Pilihan Saya Sendiri 2026");
  await member.getByRole("button", { name: "Simpan kata sandi baru" }).click();
  await expect(member).toHaveURL(LANDING);
  await expect(member.getByTestId("current-user")).toContainText("Ganti Sandi");
  await memberContext.close();
});
