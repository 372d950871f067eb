import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientBoundaries, isClientModule, pathsTo, reachableFiles, root, sourceFiles, valueImports } from "./import-graph";

// The dashboard is what a forum meeting opens on phones: its JavaScript carries no validation
// library (zod, about 27 KB compressed). Filters take their constants from lib/enums, never from a
// server schemas module, which would bring zod with it. Nor does it carry the tRPC client, React
// Query and superjson (about 23 KB compressed): the dashboard's layout has no tRPC provider, and
// its client parts (the company picker, the notification bell) fetch with app/_trpc/fetch-query.ts.
// Nor next-intl with use-intl and the ICU message parser (about 13 KB compressed): its few messages
// are formatted by lib/i18n/plain-format.ts.

const abs = (p: string) => path.join(root, p);

/** The pages served by app/(dashboard)/layout.tsx without a layout of their own below it (targeting has one, with tRPC). */
const DASHBOARD_PAGES = ["page.tsx", "matrix/page.tsx", "brief/page.tsx", "present/page.tsx"].map((p) => abs(`app/(dashboard)/dashboard/${p}`));
const DASHBOARD_ROUTE = [abs("app/layout.tsx"), abs("app/(dashboard)/layout.tsx"), ...DASHBOARD_PAGES];

const isQueryStack = (spec: string, isPackage: boolean) =>
  isPackage && (spec.startsWith("@tanstack/") || spec.startsWith("@trpc/client") || spec.startsWith("@trpc/tanstack-react-query") || spec === "superjson");

const isIcuStack = (spec: string, isPackage: boolean) =>
  isPackage && (spec.startsWith("next-intl") || spec.startsWith("use-intl") || spec.startsWith("intl-messageformat") || spec.startsWith("@formatjs/"));

describe("the dashboard's JavaScript", () => {
  it("reaches no zod from any client component of the dashboard, the app frame or the shared components, nor from instrumentation-client.ts", () => {
    const entries = ["app/(dashboard)/dashboard", "app/(app)/_components", "components"]
      .flatMap((d) => sourceFiles(abs(d)))
      .filter(isClientModule)
      // The presentation deck and the brief are pages of their own, not the dashboard.
      .filter((f) => !/dashboard\/(present|brief)\//.test(f));
    expect(entries.length).toBeGreaterThan(20);
    // Runs on every page before the app's code.
    entries.push(abs("instrumentation-client.ts"));
    expect(pathsTo(entries, (spec, isPackage) => isPackage && (spec === "zod" || spec.startsWith("zod/")))).toEqual([]);
  });

  it("would see zod reached through a server schemas module", () => {
    const form = abs("app/(app)/programs/_components/program-form.tsx");
    expect(pathsTo([form], (spec, isPackage) => isPackage && spec === "zod").length).toBeGreaterThan(0);
  });

  it("reaches no React Query, tRPC client or superjson from the dashboard's pages, their layouts and the frame", () => {
    const entries = clientBoundaries(DASHBOARD_ROUTE);
    // The filter bar, the company picker, the deck, the brief's print button, the frame's menus, bell and buttons, the i18n provider.
    expect(entries.map((f) => path.relative(root, f))).toEqual(
      expect.arrayContaining(["app/(dashboard)/dashboard/_components/dashboard-filters.tsx", "app/(app)/_components/notification-bell.tsx"]),
    );
    expect(pathsTo(entries, isQueryStack)).toEqual([]);
  });

  it("reaches no next-intl, use-intl or ICU parser from the dashboard's pages, their layouts and the frame", () => {
    expect(pathsTo(clientBoundaries(DASHBOARD_ROUTE), isIcuStack)).toEqual([]);
  });

  it("would see use-intl reached through the (app) layout's whole-catalog provider", () => {
    expect(pathsTo(clientBoundaries([abs("app/(app)/layout.tsx")]), isIcuStack).length).toBeGreaterThan(0);
  });

  it("imports React Query in no server module of the dashboard's pages but the query client's (its HydrationBoundary would ship)", () => {
    // A client component a server module imports goes to the browser even unrendered: the pages
    // prefetch through app/_trpc/prefetch.ts, not app/_trpc/server.tsx (HydrateClient).
    const importers = reachableFiles(DASHBOARD_ROUTE)
      .filter((f) => valueImports(f).packages.some((p) => p.startsWith("@tanstack/react-query")))
      .map((f) => path.relative(root, f));
    expect(importers).toEqual(["app/_trpc/query-client.ts"]);
    expect(reachableFiles([abs("app/(dashboard)/dashboard/targeting/page.tsx")]).map((f) => path.relative(root, f))).toContain("app/_trpc/server.tsx");
  });

  it("would see React Query reached through the (app) layout's tRPC provider and the targeting report", () => {
    expect(pathsTo(clientBoundaries([abs("app/(app)/layout.tsx")]), isQueryStack).length).toBeGreaterThan(0);
    expect(pathsTo(clientBoundaries([abs("app/(dashboard)/dashboard/targeting/page.tsx")]), isQueryStack).length).toBeGreaterThan(0);
  });
});
