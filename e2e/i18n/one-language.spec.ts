import { DEMO, expect, signIn, test } from "../fixtures";

// One language reaches the browser: the active one's messages come with the page (RSC payload),
// the JavaScript carries neither catalog, and English counts read as plurals.

const ID_ONLY = "Terlalu banyak percobaan gagal";
const EN_ONLY = "Too many failed attempts";

test("the browser gets only the chosen language, and English counts are plural", async ({ page }) => {
  const scripts: string[] = [];
  page.on("response", async (res) => {
    if (res.request().resourceType() === "script" && res.ok()) scripts.push(await res.text().catch(() => ""));
  });
  await signIn(page, DEMO.viewer);
  await page.goto("/programs");
  const countId = await page.getByTestId("program-count").textContent();
  expect(countId).toMatch(/^\d[\d.]* program$/);

  let html = await (await page.request.get("/programs")).text();
  expect(html).toContain(ID_ONLY);
  expect(html).not.toContain(EN_ONLY);

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "CSR programs" })).toBeVisible();
  const countEn = (await page.getByTestId("program-count").textContent()) ?? "";
  const n = Number(countEn.replace(/\D/g, ""));
  expect(n).toBeGreaterThan(1);
  expect(countEn).toBe(`${countId?.replace(/ program$/, "")} programs`);

  html = await (await page.request.get("/programs")).text();
  expect(html).toContain(EN_ONLY);
  expect(html).not.toContain(ID_ONLY);

  expect(scripts.length).toBeGreaterThan(3);
  expect(scripts.filter((s) => s.includes(ID_ONLY) || s.includes(EN_ONLY))).toEqual([]);

  // Back to Indonesian for the other specs sharing this account's cookies.
  await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
  await expect(page.getByRole("heading", { name: "Program CSR" })).toBeVisible();
});
