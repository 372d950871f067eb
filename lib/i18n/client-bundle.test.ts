import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// One language is sent to the browser, in the RSC payload, never the catalogs in the JavaScript:
// no module a client component imports, directly or through others, may import a catalog
// (lib/i18n/messages/*) or the server-side translator (lib/i18n/translate.ts, which holds both).

const root = process.cwd();
const FORBIDDEN = [path.join(root, "lib/i18n/messages"), path.join(root, "lib/i18n/translate.ts")];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "node_modules" || name.startsWith(".") ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

function resolve(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(root, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** The modules a file imports for their values (type-only imports are erased from the bundle). */
function valueImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?([^;]*?)\s*from\s+["']([^"']+)["']/gms)) {
    if (m[2] || !m[4]) continue;
    // `import { type A, type B } from` is erased too.
    const names = m[3] ?? "";
    if (/^\{[^}]*\}$/.test(names.trim()) && names.replace(/[{}\s]/g, "").split(",").filter(Boolean).every((n) => n.startsWith("type"))) continue;
    const r = resolve(file, m[4]);
    if (r) out.push(r);
  }
  for (const m of text.matchAll(/^\s*import\s+["']([^"']+)["']/gm)) {
    const r = m[1] ? resolve(file, m[1]) : null;
    if (r) out.push(r);
  }
  return out;
}

describe("the browser's JavaScript", () => {
  it("never imports a message catalog, from any client component", () => {
    const clientEntries = ["app", "components", "lib"]
      .flatMap((d) => sourceFiles(path.join(root, d)))
      .filter((f) => /^\s*["']use client["']/.test(readFileSync(f, "utf8")));
    expect(clientEntries.length).toBeGreaterThan(50);
    const offending: string[] = [];
    for (const entry of clientEntries) {
      const seen = new Set<string>();
      const stack: { file: string; chain: string[] }[] = [{ file: entry, chain: [entry] }];
      while (stack.length) {
        const { file, chain } = stack.pop()!;
        if (seen.has(file)) continue;
        seen.add(file);
        if (FORBIDDEN.some((f) => file === f || file.startsWith(f + path.sep))) {
          offending.push(chain.map((c) => path.relative(root, c)).join(" → "));
          continue;
        }
        for (const next of valueImports(file)) stack.push({ file: next, chain: [...chain, next] });
      }
    }
    expect(offending).toEqual([]);
  });
});
