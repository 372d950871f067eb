import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { storageStatePath } from "../auth-state";
import { DEMO, expect, test } from "../fixtures";

// Every page of the app, opened as a role that may see it, checked by axe at a desktop width (1366)
// and at a phone width (390): no serious or critical violation is allowed. The phone check resizes
// the same page (the layout is CSS), which keeps the run short. Each role starts from the session
// global setup opened for it (storage state).
const WIDTHS = [
  { name: "1366", width: 1366, height: 900 },
  { name: "390", width: 390, height: 844 },
] as const;

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

interface Target {
  /** The page's route, as the app names it. */
  route: string;
  /** Where to go: a path, or how to find one in the demo data. */
  open: string | ((page: Page) => Promise<string>);
  /** Markup repeated hundreds of times (the thesaurus' terms): axe reads the first few, which share one component. */
  exclude?: string;
}

async function check(page: Page, exclude?: string) {
  await expect(page.locator("h1, h2").first()).toBeVisible();
  // Client components that fetch after the first paint (tRPC queries) should have settled.
  await page.waitForLoadState("networkidle").catch(() => undefined);
  const found: string[] = [];
  for (const w of WIDTHS) {
    await page.setViewportSize({ width: w.width, height: w.height });
    // label-content-name-mismatch (WCAG 2.5.3, label in name) is still "experimental" in axe: asked for by name.
    let builder = new AxeBuilder({ page }).withTags(TAGS).options({ rules: { "label-content-name-mismatch": { enabled: true } } });
    if (exclude) builder = builder.exclude(exclude);
    const result = await builder.analyze();
    for (const v of result.violations) {
      if (v.impact !== "serious" && v.impact !== "critical") continue;
      const nodes = v.nodes.slice(0, 4).map((n) => `${n.target.join(" ")}${n.any[0]?.message ? ` (${n.any[0].message})` : ""}`);
      found.push(`@${w.name} ${v.impact} ${v.id}: ${v.help}\n      ${nodes.join("\n      ")}`);
    }
  }
  await page.setViewportSize(WIDTHS[0]);
  expect(found, `serious or critical axe violations on ${page.url()}:\n${found.join("\n")}`).toEqual([]);
}

/** The href of the first link that matches, to open a page whose id the demo data decides. */
function firstLink(from: string, selector: string) {
  return async (page: Page) => {
    await page.goto(from);
    const href = await page.locator(selector).first().getAttribute("href");
    expect(href, `${selector} on ${from}`).toBeTruthy();
    return href!;
  };
}

const PAGES: Record<string, { email: string; targets: Target[] }> = {
  "forum member": {
    email: DEMO.viewer,
    targets: [
      { route: "/programs", open: "/programs" },
      { route: "/programs/[id]", open: firstLink("/programs", 'main table a[href^="/programs/"]') },
      { route: "/dashboard", open: "/dashboard" },
      { route: "/dashboard/targeting", open: "/dashboard/targeting" },
      { route: "/dashboard/brief", open: "/dashboard/brief" },
      { route: "/dashboard/present", open: "/dashboard/present" },
      { route: "/dashboard/matrix", open: "/dashboard/matrix" },
      { route: "/needs", open: "/needs" },
      { route: "/notifications", open: "/notifications" },
      { route: "/account/password", open: "/account/password" },
      { route: "not found", open: "/programs/00000000-0000-4000-8000-000000000000" },
    ],
  },
  officer: {
    email: DEMO.officerMahakam,
    targets: [
      { route: "/ (officer home)", open: "/" },
      { route: "/programs", open: "/programs" },
      { route: "/programs/new", open: "/programs/new" },
      {
        route: "/programs/[id] (draft)",
        open: firstLink(`/programs?q=${encodeURIComponent("Skrining dan Pendampingan Pasien TBC")}`, 'main table a[href^="/programs/"]'),
      },
      {
        route: "/programs/[id]/edit",
        open: async (page) =>
          `${await firstLink(`/programs?q=${encodeURIComponent("Skrining dan Pendampingan Pasien TBC")}`, 'main table a[href^="/programs/"]')(page)}/edit`,
      },
      { route: "/programs/import", open: "/programs/import" },
      {
        route: "/programs/import/[id]",
        open: async (page) => {
          const stamp = Date.now();
          const csv = [
            "Kode;Judul Program;Uraian Kegiatan;Sektor;Sasaran;Lokasi;Tgl Mulai;Tgl Selesai;Anggaran;Jumlah Penerima",
            `AXE-${stamp}-1;Posyandu Lansia Guntung;Pemeriksaan kesehatan bulanan untuk lansia di Kelurahan Guntung.;Kesehatan;lansia;Kel. Guntung, Bontang Utara, Kota Bontang;01/03/2026;30/11/2026;50000000;120`,
            `AXE-${stamp}-2;Bedah Rumah;Perbaikan rumah.;Infrastruktur;keluarga miskin;Kota Bontang;01/06/2026;01/01/2026;25000000;5`,
          ].join("\r\n");
          await page.goto("/programs/import");
          await page.getByLabel("Berkas CSV atau XLSX").setInputFiles({ name: "axe.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
          await page.getByRole("button", { name: "Periksa berkas" }).click();
          await expect(page).toHaveURL(/\/programs\/import\/[0-9a-f-]{36}$/, { timeout: 30_000 });
          await expect(page.getByTestId("preview-row").first()).toBeVisible({ timeout: 30_000 });
          return new URL(page.url()).pathname;
        },
      },
      { route: "/notifications", open: "/notifications" },
      { route: "/needs", open: "/needs" },
    ],
  },
  reviewer: {
    email: DEMO.reviewer,
    targets: [
      { route: "/review/programs", open: "/review/programs" },
      { route: "/review/programs/[id]", open: firstLink("/review/programs", 'main a[href^="/review/programs/"]') },
      { route: "/review", open: "/review" },
      { route: "/review/[id]", open: firstLink("/review", 'main a[href^="/review/"]:not([href^="/review/programs"])') },
      { route: "/needs", open: "/needs" },
      { route: "/needs/new", open: "/needs/new" },
      { route: "/needs/[id]/edit", open: firstLink("/needs", 'main a[href^="/needs/"][href$="/edit"]') },
      { route: "/dashboard", open: "/dashboard" },
    ],
  },
  admin: {
    email: DEMO.admin,
    targets: [
      { route: "/admin/companies", open: "/admin/companies" },
      { route: "/admin/users", open: "/admin/users" },
      { route: "/admin/priority-programs", open: "/admin/priority-programs" },
      { route: "/admin/indicators", open: "/admin/indicators" },
      { route: "/admin/compliance", open: "/admin/compliance" },
      { route: "/admin/thesaurus", open: "/admin/thesaurus", exclude: '[data-testid="thesaurus-groups"] > li:nth-child(n+4)' },
      { route: "/admin/settings", open: "/admin/settings" },
      { route: "/admin/audit", open: "/admin/audit" },
    ],
  },
};

// A trace of every page's axe run costs seconds each and is not needed to read a finding: the
// message names the rule, the element and the colours.
test.use({ trace: "off" });

test.describe("axe, without a session", () => {
  test("axe: /sign-in", async ({ page }) => {
    await page.goto("/sign-in");
    await check(page);
  });

  test("axe: /public, while an admin has it on", async ({ page, browser }) => {
    const adminContext = await browser.newContext({ storageState: storageStatePath(DEMO.admin) });
    const admin = await adminContext.newPage();
    await admin.goto("/admin/settings");
    const toggle = admin.getByRole("switch", { name: "Tampilkan halaman publik" });
    await toggle.click();
    // Publishing asks first.
    await admin.getByRole("dialog", { name: "Terbitkan halaman publik?" }).getByRole("button", { name: "Ya, terbitkan untuk umum" }).click();
    await expect(toggle).toHaveAttribute("aria-checked", "true");
    try {
      await page.goto("/public");
      await check(page);
    } finally {
      // Off again: later specs share this database.
      await toggle.click();
      await expect(toggle).toHaveAttribute("aria-checked", "false");
      await adminContext.close();
    }
  });
});

for (const [role, { email, targets }] of Object.entries(PAGES)) {
  test.describe(`axe, as ${role}`, () => {
    test.use({ storageState: storageStatePath(email) });
    for (const target of targets) {
      test(`axe: ${target.route} (${role})`, async ({ page }) => {
        const path = typeof target.open === "string" ? target.open : await target.open(page);
        await page.goto(path);
        await check(page, target.exclude);
      });
    }
  });
}
