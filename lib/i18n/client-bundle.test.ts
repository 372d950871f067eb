import path from "node:path";
import { describe, expect, it } from "vitest";
import { isClientModule, pathsTo, root, sourceFiles } from "@/lib/testing/import-graph";

// One language is sent to the browser, in the RSC payload, never the catalogs in the JavaScript:
// no module a client component imports, directly or through others, may import a catalog
// (lib/i18n/messages/*) or the server-side translator (lib/i18n/translate.ts, which holds both).

const FORBIDDEN = [path.join(root, "lib/i18n/messages"), path.join(root, "lib/i18n/translate.ts")];

describe("the browser's JavaScript", () => {
  it("never imports a message catalog, from any client component", () => {
    const clientEntries = ["app", "components", "lib"].flatMap((d) => sourceFiles(path.join(root, d))).filter(isClientModule);
    expect(clientEntries.length).toBeGreaterThan(50);
    const offending = pathsTo(clientEntries, (file, isPackage) => !isPackage && FORBIDDEN.some((f) => file === f || file.startsWith(f + path.sep)));
    expect(offending).toEqual([]);
  });
});
