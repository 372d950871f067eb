import { DEMO, expect, signIn, test } from "../fixtures";

test("a viewer presents the dashboard: slides by keyboard and buttons, the slide kept on reload, back to the same filters", async ({
  page,
}) => {
  await signIn(page, DEMO.viewer);
  await page.getByRole("navigation", { name: "Navigasi utama" }).first().getByRole("link", { name: "Dasbor" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.getByLabel("Sektor").selectOption({ label: "Kesehatan" });
  await expect(page).toHaveURL(/sector=health/);

  await page.getByRole("link", { name: "Mode presentasi" }).click();
  await expect(page).toHaveURL(/\/dashboard\/present\?sector=health/);
  const deck = page.getByTestId("presentation");
  await expect(deck.getByRole("heading", { level: 2, name: "Angka kunci" })).toBeVisible();
  await expect(deck.getByTestId("slide-filters").first()).toHaveText("Kesehatan");
  await expect(deck.getByTestId("present-figure-programs")).toHaveText(/^[1-9][\d.]*$/);
  await expect(deck.getByTestId("present-figure-budget")).toHaveText(/^Rp /);
  await expect(deck.getByTestId("slide-indicator")).toHaveText("1 / 5");
  // The app's frame behind the deck is out of reach of Tab while presenting.
  await expect(page.locator("header[data-app-chrome]")).toHaveAttribute("inert", "");

  await page.keyboard.press("ArrowRight");
  await expect(deck.getByRole("heading", { level: 2, name: "Anggaran rencana per sektor" })).toBeVisible();
  await expect(deck.getByRole("heading", { level: 2, name: "Angka kunci" })).toBeHidden();
  await expect(deck.getByTestId("slide-indicator")).toHaveText("2 / 5");
  await expect(page).toHaveURL(/[?&]slide=2/);

  await page.reload();
  await expect(deck.getByRole("heading", { level: 2, name: "Anggaran rencana per sektor" })).toBeVisible();
  // The server's HTML shows the slide before the page's script listens for keys; the frame
  // turns inert in the same commit that adds the key listener.
  await expect(page.locator("header[data-app-chrome]")).toHaveAttribute("inert", "");

  await page.keyboard.press("ArrowLeft");
  await expect(deck.getByRole("heading", { level: 2, name: "Angka kunci" })).toBeVisible();
  await expect(deck.getByTestId("slide-indicator")).toHaveText("1 / 5");

  await page.keyboard.press("End");
  await expect(deck.getByRole("heading", { level: 2, name: "Celah: yang belum tersentuh" })).toBeVisible();
  await expect(deck.getByRole("button", { name: "Berikutnya" })).toBeDisabled();
  await deck.getByRole("button", { name: "Sebelumnya" }).click();
  await expect(deck.getByRole("heading", { level: 2, name: "Tumpang tindih yang menunggu keputusan" })).toBeVisible();

  await deck.getByRole("link", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/dashboard\?sector=health$/);
  await expect(page.getByRole("heading", { level: 1, name: "Dasbor" })).toBeVisible();
  await expect(page.locator("header[data-app-chrome]")).not.toHaveAttribute("inert");
});
