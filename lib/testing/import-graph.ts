import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// The import graph of the app's own source, for tests that keep modules out of the browser's
// JavaScript (a catalog, zod). Read from the files, so it sees what the bundler will see.

export const root = process.cwd();

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "node_modules" || name.startsWith(".") ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

export function isClientModule(file: string): boolean {
  return /^\s*["']use client["']/.test(readFileSync(file, "utf8"));
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

/** What a file imports for its values (type-only imports are erased from the bundle): own files resolved, packages by name. */
export function valueImports(file: string): { files: string[]; packages: string[] } {
  const text = readFileSync(file, "utf8");
  const files: string[] = [];
  const packages: string[] = [];
  const add = (spec: string) => {
    const r = resolve(file, spec);
    if (r) files.push(r);
    else if (!spec.startsWith(".") && !spec.startsWith("@/")) packages.push(spec);
  };
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?([^;]*?)\s*from\s+["']([^"']+)["']/gms)) {
    if (m[2] || !m[4]) continue;
    // `import { type A, type B } from` is erased too.
    const names = m[3] ?? "";
    if (/^\{[^}]*\}$/.test(names.trim()) && names.replace(/[{}\s]/g, "").split(",").filter(Boolean).every((n) => n.startsWith("type"))) continue;
    add(m[4]);
  }
  for (const m of text.matchAll(/^\s*import\s+["']([^"']+)["']/gm)) if (m[1]) add(m[1]);
  return { files, packages };
}

/**
 * Every path from `entries` to a module for which `forbidden` is true (a file path, or a package
 * name for packages), written `a → b → c` relative to the root.
 */
export function pathsTo(entries: string[], forbidden: (fileOrPackage: string, isPackage: boolean) => boolean): string[] {
  const offending: string[] = [];
  for (const entry of entries) {
    const seen = new Set<string>();
    const stack: { file: string; chain: string[] }[] = [{ file: entry, chain: [entry] }];
    while (stack.length) {
      const { file, chain } = stack.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      if (forbidden(file, false)) {
        offending.push(chain.map((c) => path.relative(root, c)).join(" → "));
        continue;
      }
      const { files, packages } = valueImports(file);
      for (const p of packages) if (forbidden(p, true)) offending.push([...chain.map((c) => path.relative(root, c)), p].join(" → "));
      for (const next of files) stack.push({ file: next, chain: [...chain, next] });
    }
  }
  return offending;
}

/** Every file reachable from `entries` through value imports (own files only), the entries included. */
export function reachableFiles(entries: string[]): string[] {
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...valueImports(file).files);
  }
  return [...seen];
}

/**
 * The client components a server page or layout renders: the first "use client" module on each
 * import path from `entries` (server modules are walked through, not collected).
 */
export function clientBoundaries(entries: string[]): string[] {
  const seen = new Set<string>();
  const found = new Set<string>();
  const stack = [...entries];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (isClientModule(file)) {
      found.add(file);
      continue;
    }
    stack.push(...valueImports(file).files);
  }
  return [...found];
}

const KEY_LITERAL = /(["'])([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_-]+)+)\1/g;
const KEY_TEMPLATE = /`([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_-]+)*\.)\$\{/g;
const DYNAMIC_T = /\bt\(\s*(?!["'`])([^,)]+)/g;

/**
 * What a file may ask a translator for: string literals shaped like message keys (`"dashboard.title"`),
 * prefixes of template keys (`` `sectors.${s}` `` gives `sectors.`), and the first argument of
 * `t(…)` calls that is neither (a variable: the key comes from somewhere else).
 */
export function messageKeysIn(file: string): { keys: string[]; prefixes: string[]; dynamic: string[] } {
  const text = readFileSync(file, "utf8").replace(/^\s*(\/\/.*|\/?\*.*)$/gm, "");
  return {
    keys: [...text.matchAll(KEY_LITERAL)].map((m) => m[2]!),
    prefixes: [...text.matchAll(KEY_TEMPLATE)].map((m) => m[1]!),
    dynamic: [...text.matchAll(DYNAMIC_T)].map((m) => m[1]!.trim()),
  };
}
