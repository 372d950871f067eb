import { DEMO, expect, signIn, test } from "../fixtures";

// The dashboard streams (issue 11, point 8): the frame, the header (the page's largest text, its
// LCP element) and the filters are sent first; the figures, which wait for the summary query, come
// after them in the same response, behind a skeleton, and replace it in place.

const SUBTITLE = "Program CSR di wilayah kerja Anda untuk rapat forum.";

test("the header and filters come before the figures in the HTML, with a skeleton in between, and the figures replace it", async ({ page }) => {
  await signIn(page, DEMO.viewer);
  const response = await page.request.get("/dashboard");
  expect(response.status()).toBe(200);
  const html = await response.text();

  const subtitle = html.indexOf(SUBTITLE);
  const filters = html.indexOf('role="search"');
  // React's marker of a boundary still pending when the shell was written, followed by its fallback.
  const pending = html.search(/<!--\$\?--><template id="B:\d+"><\/template><div data-testid="dashboard-skeleton"/);
  const figures = html.indexOf('data-testid="key-figures"');
  expect(subtitle).toBeGreaterThan(0);
  expect(filters).toBeGreaterThan(subtitle);
  expect(pending).toBeGreaterThan(filters);
  expect(figures).toBeGreaterThan(pending);
  // The figures arrive as a hidden segment that a script moves into the boundary, not in the shell.
  expect(html.slice(0, figures)).toMatch(/<div hidden id="S:\d+">[^]*$/);
  expect(html.slice(figures)).toMatch(/\$RC\("B:\d+","S:\d+"\)/);
  // The skeleton says what it is to screen readers and hides its grey blocks from them.
  expect(html).toMatch(/<div data-testid="dashboard-skeleton"><p role="status" class="sr-only">Memuat…<\/p><div aria-hidden="true">/);

  // In the browser the figures take the skeleton's place, right under the filters, inside main.
  await page.goto("/dashboard");
  await expect(page.getByTestId("key-figures")).toBeVisible();
  await expect(page.getByTestId("dashboard-skeleton")).toHaveCount(0);
  const order = await page.locator("main").evaluate((main) => {
    const search = main.querySelector('[role="search"]');
    const keyFigures = main.querySelector('[data-testid="key-figures"]');
    return Boolean(search && keyFigures && search.compareDocumentPosition(keyFigures) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(order).toBe(true);
});
