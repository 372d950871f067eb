import path from "node:path";
import { describe, expect, it } from "vitest";
import { isClientModule, pathsTo, root, sourceFiles } from "./import-graph";

// The dashboard is what a forum meeting opens on phones: its JavaScript carries no validation
// library (zod, about 27 KB compressed). Filters take their constants from lib/enums, never from a
// server schemas module, which would bring zod with it.

describe("the dashboard's JavaScript", () => {
  it("reaches no zod from any client component of the dashboard, the app frame or the shared components", () => {
    const entries = ["app/(app)/dashboard", "app/(app)/_components", "components"]
      .flatMap((d) => sourceFiles(path.join(root, d)))
      .filter(isClientModule)
      // The presentation deck and the brief are pages of their own, not the dashboard.
      .filter((f) => !/dashboard\/(present|brief)\//.test(f));
    expect(entries.length).toBeGreaterThan(20);
    expect(pathsTo(entries, (spec, isPackage) => isPackage && (spec === "zod" || spec.startsWith("zod/")))).toEqual([]);
  });

  it("would see zod reached through a server schemas module", () => {
    const form = path.join(root, "app/(app)/programs/_components/program-form.tsx");
    expect(pathsTo([form], (spec, isPackage) => isPackage && spec === "zod").length).toBeGreaterThan(0);
  });
});
