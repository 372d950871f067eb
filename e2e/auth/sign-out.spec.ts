import { DEMO, expect, signInWithForm, test } from "../fixtures";

test("V4: after sign-out a copy of the session cookie no longer works", async ({ page, playwright, baseURL }) => {
  await signInWithForm(page, DEMO.viewer);
  const token = (await page.context().cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  expect(token).toBeDefined();
  const stolen = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: `${token?.name}=${token?.value}` } });
  expect((await stolen.get("/api/trpc/users.me")).status()).toBe(200);

  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  expect((await stolen.get("/api/trpc/users.me")).status()).toBe(401);
  await stolen.get("/programs", { maxRedirects: 0 }).then((res) => expect(res.headers().location ?? "").toContain("/sign-in"));
  await stolen.dispose();
});
